/// A validated identifier that is personal information (CM-ID, CM-PRIVACY).
///
/// Conforming types get masked `description`, `debugDescription` and `dump` output, and a `Codable`
/// form (the full value, as a host stores it) that validates again on decoding. Only ``revealed``
/// gives the full value. Embedded Swift has neither `Codable` nor `dump`: there, the masked descriptions remain
/// (``PersonalIdentifierStorage``).
public protocol PersonalIdentifier: Sendable, Hashable, PersonalIdentifierStorage, CustomStringConvertible,
    CustomDebugStringConvertible
{
    /// Validates `text` after normalising it.
    init(_ text: String) throws(IdentifierValidationError)

    /// The full, canonical value. Personal information: show it only where the user asked for it.
    var revealed: String { get }
}

extension PersonalIdentifier {
    /// The value masked, such as `1101**********123X`.
    public var description: String { IdentifierText.mask(self.revealed) }

    /// The type's name and the masked value, such as `ResidentIdentityNumber(1101**********123X)`.
    public var debugDescription: String { "\(Self.self)(\(self.description))" }
}
