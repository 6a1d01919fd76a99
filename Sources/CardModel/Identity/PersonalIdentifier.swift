/// A validated identifier that is personal information (CM-ID, CM-PRIVACY).
///
/// Conforming types get masked `description`, `debugDescription` and `dump` output, and a `Codable`
/// form (the full value, as a host stores it) that validates again on decoding. Only ``revealed``
/// gives the full value.
public protocol PersonalIdentifier: Sendable, Hashable, Codable, CustomStringConvertible,
    CustomDebugStringConvertible, CustomReflectable
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

    /// A mirror that shows only the masked value, so `dump` does not reveal it.
    public var customMirror: Mirror { Mirror(self, children: ["masked": self.description], displayStyle: .struct) }

    /// Decodes the full value and validates it again.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "\(Self.self): \(error)")
        }
    }

    /// Encodes the full value (for the host's own storage).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(self.revealed)
    }
}
