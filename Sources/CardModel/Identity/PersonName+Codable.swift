#if !hasFeature(Embedded)
    extension PersonName: Codable {
        /// Decodes a name, refusing an empty one.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            do {
                try self.init(try container.decode(String.self))
            } catch let error as PersonName.Error {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "PersonName: \(error)")
            }
        }

        /// Encodes the full name (for the host's own storage).
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(self.revealed)
        }
    }
#endif
