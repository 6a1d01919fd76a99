#if !hasFeature(Embedded)
    extension CivilDate: Codable {
        /// Decodes a date from its ISO 8601 string, validating it again.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            do {
                self = try CivilDate(parsing: text)
            } catch {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "Not a valid ISO 8601 date (YYYY-MM-DD): \(error)")
            }
        }

        /// Encodes the date as its ISO 8601 string.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(self.description)
        }
    }

    extension Weekday: Codable {}
#endif
