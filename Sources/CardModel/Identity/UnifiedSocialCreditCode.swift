/// The unified social credit code of an employer or other organisation (CM-ID, GB 32100-2015).
///
/// 18 characters from the alphabet `0-9 A-H J-N P-R T U W-Y` (no I, O, S, V, Z): a registration-department
/// code, an organisation-type code, a 6-digit region code, a 9-character organisation code and a check
/// character computed with weights 3^i mod 31. Input is normalised first (white space, spaces and hyphens
/// removed, letters upper-cased). Not personal information, but masked in output like the other
/// identifiers, since a host may pair it with a person.
///
/// ```swift
/// let code = try UnifiedSocialCreditCode("91350100M000100Y43")
/// code.registrationDepartment   // .marketRegulation
/// code.regionCode               // "350100"
/// ```
public struct UnifiedSocialCreditCode: PersonalIdentifier {
    /// The error thrown for an invalid code.
    public typealias ValidationError = IdentifierValidationError

    /// The full code.
    public let revealed: String

    static let alphabet: [UInt8] = Array("0123456789ABCDEFGHJKLMNPQRTUWXY".utf8)
    static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    /// The value of each ASCII byte in the alphabet, or -1.
    static let values: [Int8] = {
        var table = [Int8](repeating: -1, count: 128)
        for (value, byte) in alphabet.enumerated() { table[Int(byte)] = Int8(value) }
        return table
    }()

    /// Validates a unified social credit code.
    ///
    /// - Throws: ``IdentifierValidationError/wrongLength(expected:found:)``,
    ///   ``IdentifierValidationError/invalidCharacter(position:)`` or
    ///   ``IdentifierValidationError/checkCharacterMismatch(expected:found:)``.
    public init(_ text: String) throws(IdentifierValidationError) {
        let bytes = NormalisedIdentifier(text)
        guard bytes.count == 18 else { throw .wrongLength(expected: [18], found: bytes.count) }
        var sum = 0
        for index in 0..<18 {
            let byte = bytes[index]
            guard byte < 128, Self.values[Int(byte)] >= 0 else { throw .invalidCharacter(position: index + 1) }
            if index < 17 { sum += Int(Self.values[Int(byte)]) * Self.weights[index] }
        }
        let expected = Self.alphabet[(31 - sum % 31) % 31]
        guard expected == bytes[17] else {
            throw .checkCharacterMismatch(
                expected: Character(Unicode.Scalar(expected)), found: Character(Unicode.Scalar(bytes[17])))
        }
        self.revealed = bytes.text
    }

    /// The registration department code, the first character (GB 32100: `1` institutional establishment,
    /// `5` civil affairs, `9` market regulation, `Y` other, ...).
    public var registrationDepartmentCode: Character { self.revealed.first ?? "0" }

    /// The registration department, where the code names a known one.
    public var registrationDepartment: RegistrationDepartment? {
        RegistrationDepartment(rawValue: String(self.registrationDepartmentCode))
    }

    /// The organisation-type code, the second character.
    public var organizationTypeCode: Character { Array(self.revealed)[1] }

    /// The 6-character administrative region code of the registering authority, such as `110105`.
    public var regionCode: String { String(self.revealed.dropFirst(2).prefix(6)) }

    /// The 9-character organisation code.
    public var organizationCode: String { String(self.revealed.dropFirst(8).prefix(9)) }

    /// The registration departments of GB 32100-2015.
    public enum RegistrationDepartment: String, Sendable, Hashable, CaseIterable {
        /// 机构编制 (institutional establishment).
        case institutionalEstablishment = "1"
        /// 外交 (foreign affairs).
        case foreignAffairs = "2"
        /// 司法行政 (justice).
        case justice = "3"
        /// 文化 (culture).
        case culture = "4"
        /// 民政 (civil affairs).
        case civilAffairs = "5"
        /// 旅游 (tourism).
        case tourism = "6"
        /// 宗教 (religious affairs).
        case religiousAffairs = "7"
        /// 工会 (trade unions).
        case tradeUnion = "8"
        /// 工商 / 市场监管 (market regulation).
        case marketRegulation = "9"
        /// 中央军委改革和编制办公室 (military establishment).
        case militaryEstablishment = "A"
        /// 农业 (agriculture).
        case agriculture = "N"
        /// 其他 (other).
        case other = "Y"
    }
}
