/// The lines of a notice, normalised for reading (CM-NOTICE).
///
/// Full-width digits become ASCII digits; full-width and half-width punctuation become one form (`(`, `)`, `:`,
/// `,`, `;`, `.`); every dash or tilde between dates ("—", "———", "－", "～", "-") becomes one `~`; quotation marks
/// and spaces are dropped. Each line keeps its 1-based number in the original text.
struct NoticeText: Sendable {
    /// One non-empty line: its number, the text as given (trimmed) and the normalised characters.
    struct Line: Sendable {
        let number: Int
        let original: String
        let characters: [Character]

        var text: String { String(self.characters) }
    }

    let lines: [Line]

    init(_ text: String) {
        var lines: [Line] = []
        var number = 0
        let separators: Set<Character> = ["\n", "\r\n", "\r"]
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { separators.contains($0) }) {
            number += 1
            let characters = Self.normalise(rawLine)
            guard !characters.isEmpty else { continue }
            let original = String(rawLine).trimmingWhitespace
            lines.append(Line(number: number, original: original, characters: characters))
        }
        self.lines = lines
    }

    /// The normalised characters of a line.
    static func normalise(_ text: Substring) -> [Character] {
        var result: [Character] = []
        result.reserveCapacity(text.count)
        for character in text {
            guard let mapped = Self.map(character) else { continue }
            if mapped == "~", result.last == "~" { continue }
            result.append(mapped)
        }
        return result
    }

    private static func map(_ character: Character) -> Character? {
        if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 {
            let value = scalar.value
            if (0xFF10...0xFF19).contains(value), let digit = Unicode.Scalar(value - 0xFF10 + 0x30) {
                return Character(digit)
            }
        }
        switch character {
        case "（", "(", "〈", "【", "[", "［": return "("
        case "）", ")", "〉", "】", "]", "］": return ")"
        case "：", ":": return ":"
        case "，", ",", "﹐": return ","
        case "；", ";": return ";"
        case "。", "．", ".": return "."
        case "、", "﹑": return "、"
        case "—", "－", "～", "~", "-", "–", "―", "‒", "〜": return "~"
        case "“", "”", "\"", "‘", "’", "'", "「", "」", "『", "』", "《", "》": return nil
        case " ", "\t", "\u{3000}", "\u{00A0}": return nil
        default: return character.isWhitespace ? nil : character
        }
    }
}

extension String {
    /// The string without leading and trailing whitespace.
    var trimmingWhitespace: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }
}

extension Character {
    /// The value of an ASCII digit, or `nil`.
    var asciiDigit: Int? {
        guard let value = self.asciiValue, (48...57).contains(value) else { return nil }
        return Int(value) - 48
    }

    /// The value of a Chinese numeral character (〇 ○ 零 一 … 九), or `nil`.
    var chineseDigit: Int? {
        switch self {
        case "〇", "○", "零", "O": 0
        case "一": 1
        case "二": 2
        case "三": 3
        case "四": 4
        case "五": 5
        case "六": 6
        case "七": 7
        case "八": 8
        case "九": 9
        default: nil
        }
    }
}
