#if !hasFeature(Embedded)
    /// What a ``PersonalIdentifier`` is on full Swift besides its masked descriptions: `Codable` (the full value, as a
    /// host stores it) and `CustomReflectable` (a mirror that shows only the masked value). Embedded Swift has neither,
    /// and there it is `Sendable` alone.
    public typealias PersonalIdentifierStorage = Codable & CustomReflectable

    extension PersonalIdentifier {
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
#endif
