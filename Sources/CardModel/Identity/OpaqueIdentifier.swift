/// Validation of identifiers with no published format: digits and capital letters, 6 to 32 characters
/// (CM-ID-FOREIGN). No check character is invented.
enum OpaqueIdentifier {
    static func validate(
        _ text: String, lengths: ClosedRange<Int> = 6...32
    ) throws(IdentifierValidationError)
        -> String
    {
        let bytes = NormalisedIdentifier(text)
        guard lengths.contains(bytes.count), bytes.count <= NormalisedIdentifier.capacity else {
            throw .lengthOutOfRange(allowed: lengths, found: bytes.count)
        }
        for index in 0..<bytes.count
        where !IdentifierText.isDigit(bytes[index]) && !IdentifierText.isUpperLetter(bytes[index]) {
            throw .invalidCharacter(position: index + 1)
        }
        return bytes.text
    }
}

/// The number of a foreigner's work permit (CM-ID-FOREIGN).
///
/// No official format is published: an opaque identifier of digits and capital letters, 6 to 32
/// characters after normalisation. No check character is invented.
public struct WorkPermitNumber: PersonalIdentifier {
    /// The error thrown for an invalid number.
    public typealias ValidationError = IdentifierValidationError
    /// The full number. Personal information: show it only where the user asked for it.
    public let revealed: String

    /// Validates the shape of a work permit number.
    ///
    /// - Throws: ``IdentifierValidationError/lengthOutOfRange(allowed:found:)`` (6...32) or
    ///   ``IdentifierValidationError/invalidCharacter(position:)``.
    public init(_ text: String) throws(IdentifierValidationError) {
        self.revealed = try OpaqueIdentifier.validate(text)
    }
}

/// A social security number (CM-ID-FOREIGN).
///
/// A Chinese citizen's social security number is their resident identity number
/// (``init(residentIdentityNumber:)``); a foreigner's is assigned at enrolment and has no published format:
/// an opaque identifier of digits and capital letters, 6 to 32 characters.
public struct SocialSecurityNumber: PersonalIdentifier {
    /// The error thrown for an invalid number.
    public typealias ValidationError = IdentifierValidationError
    /// The full number. Personal information: show it only where the user asked for it.
    public let revealed: String

    /// Validates the shape of a social security number.
    ///
    /// - Throws: ``IdentifierValidationError/lengthOutOfRange(allowed:found:)`` (6...32) or
    ///   ``IdentifierValidationError/invalidCharacter(position:)``.
    public init(_ text: String) throws(IdentifierValidationError) {
        self.revealed = try OpaqueIdentifier.validate(text)
    }

    /// A citizen's social security number: their resident identity number.
    public init(residentIdentityNumber: ResidentIdentityNumber) {
        self.revealed = residentIdentityNumber.revealed
    }
}

/// A passport number (opaque: digits and capital letters, 5 to 20 characters).
public struct PassportNumber: PersonalIdentifier {
    /// The error thrown for an invalid number.
    public typealias ValidationError = IdentifierValidationError
    /// The full number. Personal information: show it only where the user asked for it.
    public let revealed: String

    /// Validates the shape of a passport number.
    ///
    /// - Throws: ``IdentifierValidationError/lengthOutOfRange(allowed:found:)`` (5...20) or
    ///   ``IdentifierValidationError/invalidCharacter(position:)``.
    public init(_ text: String) throws(IdentifierValidationError) {
        self.revealed = try OpaqueIdentifier.validate(text, lengths: 5...20)
    }
}
