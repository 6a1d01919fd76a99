/// A resident identity number of the People's Republic of China (CM-ID, GB 11643-1999).
///
/// 18 characters: a 6-digit region code, an 8-digit birth date that must be a real date, a 3-digit sequence
/// whose parity gives the sex, and a check character `0`-`9` or `X` by ISO 7064 MOD 11-2. Input is
/// normalised first (white space, spaces and hyphens removed, `x` upper-cased). For a Chinese citizen it is
/// also the social security number.
///
/// ```swift
/// let number = try ResidentIdentityNumber("11010519491231002X")
/// number.birthDate    // 1949-12-31
/// number.sex          // .female
/// "\(number)"         // 1101**********002X
/// ```
public struct ResidentIdentityNumber: PersonalIdentifier {
    /// The error thrown for an invalid number.
    public typealias ValidationError = IdentifierValidationError

    // The first 17 digits packed into an integer and the check character: no heap storage, cheap hashing.
    private let digits: UInt64
    private let check: UInt8
    /// The birth date embedded in the number.
    public let birthDate: CivilDate

    /// Validates a resident identity number.
    ///
    /// - Throws: ``IdentifierValidationError/wrongLength(expected:found:)``,
    ///   ``IdentifierValidationError/invalidCharacter(position:)``,
    ///   ``IdentifierValidationError/impossibleBirthDate`` or
    ///   ``IdentifierValidationError/checkCharacterMismatch(expected:found:)``.
    public init(_ text: String) throws(IdentifierValidationError) {
        let number = try IdentifierText.validateMod11_2(NormalisedIdentifier(text), birthOffset: 6)
        self.digits = number.digits
        self.check = number.check
        self.birthDate = number.birthDate
    }

    /// The full number. Personal information: show it only where the user asked for it.
    public var revealed: String { IdentifierText.text(ofDigits: self.digits, check: self.check) }

    /// The 6-digit administrative region code where the number was first issued, such as `110105`.
    public var regionCode: String { String(self.revealed.prefix(6)) }

    /// The 3-digit sequence number (digits 15 to 17).
    public var sequenceNumber: Int { Int(self.digits % 1000) }

    /// The sex recorded by the sequence number's parity.
    public var sex: Sex { self.sequenceNumber % 2 == 1 ? .male : .female }
}
