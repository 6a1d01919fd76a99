/// The number of a Foreign Permanent Resident ID Card (CM-ID-FOREIGN, FPRID-2023).
///
/// The 2023 card's number has 18 digits: `9`, a 2-digit province code, a 3-digit nationality code, an
/// 8-digit birth date (a real date), a 3-digit sequence and a MOD 11-2 check digit as in GB 11643.
/// The older 15-character number (3 letters and 12 digits) is still seen: it is accepted by shape,
/// without a check (``isLegacyFormat``).
public struct ForeignPermanentResidentIDNumber: PersonalIdentifier {
    /// The error thrown for an invalid number.
    public typealias ValidationError = IdentifierValidationError

    /// The full number. Personal information: show it only where the user asked for it.
    public let revealed: String
    /// The birth date, for the 18-digit format.
    public let birthDate: CivilDate?

    /// Validates a foreign permanent resident ID number, in the 2023 or the older format.
    ///
    /// - Throws: ``IdentifierValidationError`` for a wrong length, a character out of place (including a first
    ///   digit other than `9`), an impossible birth date or a wrong check digit.
    public init(_ text: String) throws(IdentifierValidationError) {
        let bytes = NormalisedIdentifier(text)
        switch bytes.count {
        case 15:
            for index in 0..<3 where !IdentifierText.isUpperLetter(bytes[index]) {
                throw .invalidCharacter(position: index + 1)
            }
            for index in 3..<15 where !IdentifierText.isDigit(bytes[index]) {
                throw .invalidCharacter(position: index + 1)
            }
            self.birthDate = nil
        case 18:
            guard bytes[0] == UInt8(ascii: "9") else { throw .invalidCharacter(position: 1) }
            self.birthDate = try IdentifierText.validateMod11_2(bytes, birthOffset: 6).birthDate
        default:
            throw .wrongLength(expected: [15, 18], found: bytes.count)
        }
        self.revealed = bytes.text
    }

    /// Whether this is the older 15-character number (accepted by shape only).
    public var isLegacyFormat: Bool { self.revealed.utf8.count == 15 }

    /// The 2-digit province code of the 18-digit format.
    public var provinceCode: String? { self.isLegacyFormat ? nil : String(self.revealed.dropFirst(1).prefix(2)) }

    /// The nationality code: 3 digits in the 2023 format, 3 letters in the older one.
    public var nationalityCode: String {
        self.isLegacyFormat ? String(self.revealed.prefix(3)) : String(self.revealed.dropFirst(3).prefix(3))
    }

    /// The sex recorded by the sequence number's parity (18-digit format).
    public var sex: Sex? {
        guard !self.isLegacyFormat, let sequence = Int(self.revealed.dropFirst(14).prefix(3)) else { return nil }
        return sequence % 2 == 1 ? .male : .female
    }
}
