/// Why a text is not a valid identifier (CM-ID, CM-ID-FOREIGN).
///
/// One case per failure, checked in this order: length, characters, birth date, check character.
/// The error never holds the rejected text, only positions and the check characters.
public enum IdentifierValidationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The normalised text has `found` characters; the identifier needs one of `expected`.
    case wrongLength(expected: [Int], found: Int)
    /// The normalised text has `found` characters; an identifier without a published format needs a length in
    /// `allowed` (CM-ID-FOREIGN).
    case lengthOutOfRange(allowed: ClosedRange<Int>, found: Int)
    /// The character at `position` (1-based, in the normalised text) is not allowed there.
    case invalidCharacter(position: Int)
    /// The embedded birth date is not a real date (or lies outside 1900...2199).
    case impossibleBirthDate
    /// The check character does not match: `expected` is what the other characters require.
    case checkCharacterMismatch(expected: Character, found: Character)

    /// A one-line English explanation.
    public var description: String {
        switch self {
        case .wrongLength(let expected, let found):
            let lengths = expected.map(String.init).joined(separator: " or ")
            return "wrong length: \(found) characters, expected \(lengths)"
        case .lengthOutOfRange(let allowed, let found):
            return "wrong length: \(found) characters, expected \(allowed.lowerBound) to \(allowed.upperBound)"
        case .invalidCharacter(let position):
            return "invalid character at position \(position)"
        case .impossibleBirthDate:
            return "impossible birth date"
        case .checkCharacterMismatch(let expected, let found):
            return "check character mismatch: expected \(expected), found \(found)"
        }
    }

    /// The explanation in English, German and Simplified Chinese.
    public var message: LocalizedText {
        switch self {
        case .wrongLength(let expected, let found):
            let lengths = expected.map(String.init).joined(separator: "/")
            return LocalizedText(
                english: self.description,
                german: "falsche Länge: \(found) Zeichen, erwartet \(lengths)",
                chinese: "长度错误：\(found)位，应为\(lengths)位")
        case .lengthOutOfRange(let allowed, let found):
            return LocalizedText(
                english: self.description,
                german: "falsche Länge: \(found) Zeichen, erwartet \(allowed.lowerBound) bis \(allowed.upperBound)",
                chinese: "长度错误：\(found)位，应为\(allowed.lowerBound)至\(allowed.upperBound)位")
        case .invalidCharacter(let position):
            return LocalizedText(
                english: self.description,
                german: "ungültiges Zeichen an Position \(position)",
                chinese: "第\(position)位字符无效")
        case .impossibleBirthDate:
            return LocalizedText(english: self.description, german: "unmögliches Geburtsdatum", chinese: "出生日期无效")
        case .checkCharacterMismatch(let expected, let found):
            return LocalizedText(
                english: self.description,
                german: "Prüfzeichen falsch: erwartet \(expected), gefunden \(found)",
                chinese: "校验码错误：应为\(expected)，实为\(found)")
        }
    }
}
