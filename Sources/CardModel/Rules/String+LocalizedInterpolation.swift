extension String.StringInterpolation {
    /// Interpolates a date as ``CivilDate/formatted(in:weekday:)`` writes it in `language`.
    ///
    /// `"am \(date, in: .german)"` gives `am 30. Dezember 2026`; a plain `"\(date)"` stays ISO 8601.
    ///
    /// - Parameters:
    ///   - date: The date.
    ///   - language: The language of the text around it.
    ///   - weekday: Whether to name the day of the week too.
    public mutating func appendInterpolation(_ date: CivilDate, in language: Language, weekday: Bool = false) {
        self.appendLiteral(date.formatted(in: language, weekday: weekday))
    }

    /// Interpolates an amount as ``Money/formatted(in:)`` writes it in `language`.
    ///
    /// `"\(fee, in: .simplifiedChinese)"` gives `20.00元`; a plain `"\(fee)"` stays `CNY 20.00`.
    ///
    /// - Parameters:
    ///   - money: The amount.
    ///   - language: The language of the text around it.
    public mutating func appendInterpolation(_ money: Money, in language: Language) {
        self.appendLiteral(money.formatted(in: language))
    }
}
