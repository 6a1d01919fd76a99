extension Money {
    /// The amount as people write it in `language`, for prose (CM-MONEY).
    ///
    /// This is the one amount format of every message of the library and of `sscard`'s text output:
    ///
    /// | Language | 20 yuan     | −0.05 yuan   | 1 234 567.80 yuan  |
    /// |----------|-------------|--------------|--------------------|
    /// | English  | `CNY 20.00` | `CNY -0.05`  | `CNY 1234567.80`   |
    /// | German   | `20,00 CNY` | `-0,05 CNY`  | `1.234.567,80 CNY` |
    /// | Chinese  | `20.00元`    | `-0.05元`     | `1,234,567.80元`    |
    ///
    /// English is ``description`` unchanged (no grouping), which the English output and the `text` of
    /// the JSON encoding have always shown. German puts the code after the amount, with a decimal comma
    /// and a full stop between groups of three digits; Chinese writes 元 after the amount, with a decimal
    /// point and commas between groups of three. A negative amount starts with an ASCII `-` in every
    /// language (no fee is negative; a difference can be). There are always two decimals, and no floating
    /// point is involved, so `Money(fen: Int.min)` formats exactly.
    ///
    /// - Parameter language: The language of the text around the amount.
    /// - Returns: The amount in `language`.
    public func formatted(in language: Language) -> String {
        let magnitude = self.fen.magnitude
        let cents = magnitude % 100
        let sign = self.fen < 0 ? "-" : ""
        let fraction = cents < 10 ? "0\(cents)" : "\(cents)"
        switch language {
        case .english:
            return self.description
        case .german:
            return sign + Self.grouped(magnitude / 100, separator: ".") + "," + fraction + " CNY"
        case .simplifiedChinese:
            return sign + Self.grouped(magnitude / 100, separator: ",") + "." + fraction + "元"
        }
    }

    /// The amount in English, German and Chinese, as ``formatted(in:)`` writes it.
    public var localized: LocalizedText {
        LocalizedText(
            english: self.formatted(in: .english), german: self.formatted(in: .german),
            chinese: self.formatted(in: .simplifiedChinese))
    }

    /// `1234567` as `1.234.567` (with `separator` `.`).
    private static func grouped(_ value: UInt, separator: String) -> String {
        var digits = String(value)
        var index = digits.endIndex
        while digits.distance(from: digits.startIndex, to: index) > 3 {
            index = digits.index(index, offsetBy: -3)
            digits.insert(contentsOf: separator, at: index)
        }
        return digits
    }
}
