#if !hasFeature(Embedded)
    extension HolidayName: Codable {
        private enum CodingKeys: String, CodingKey { case key, name }

        /// The translations of an object-form name, each of which may be missing for a predefined key.
        private struct PartialName: Decodable {
            let english: String?
            let german: String?
            let chinese: String?
        }

        /// The predefined name with this key, if there is one.
        ///
        /// - Parameter key: A key such as `newYearsDay`.
        /// - Returns: One of ``predefined``, or `nil` for a key none of them has.
        public static func predefined(key: String) -> HolidayName? {
            Self.predefined.first { $0.key == key }
        }

        /// Decodes a name from a predefined key (`"newYearsDay"`) or from the object form (CM-WORKDAY).
        ///
        /// In the object form, a predefined key's `name` and translations are optional and default to the
        /// predefined ones; any other key needs all three translations.
        ///
        /// - Throws: `DecodingError.dataCorrupted` naming the key for a plain string that is not a predefined key;
        ///   `DecodingError.keyNotFound` for a translation missing from a name that is not predefined.
        public init(from decoder: any Decoder) throws {
            if let single = try? decoder.singleValueContainer(), let key = try? single.decode(String.self) {
                guard let known = Self.predefined(key: key) else {
                    throw DecodingError.dataCorruptedError(
                        in: single,
                        debugDescription: "Unknown holiday key \"\(key)\": a plain string must be one of "
                            + Self.predefined.map(\.key).joined(separator: ", ")
                            + "; write a new holiday as {\"key\": …, \"name\": {\"english\", \"german\", \"chinese\"}}")
                }
                self = known
                return
            }
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let key = try container.decode(String.self, forKey: .key)
            if let known = Self.predefined(key: key) {
                let partial = try container.decodeIfPresent(PartialName.self, forKey: .name)
                self.init(
                    key: key,
                    name: LocalizedText(
                        english: partial?.english ?? known.name.english,
                        german: partial?.german ?? known.name.german,
                        chinese: partial?.chinese ?? known.name.chinese))
            } else {
                self.init(key: key, name: try container.decode(LocalizedText.self, forKey: .name))
            }
        }

        /// Encodes the full object form, `{"key": …, "name": {"chinese": …, "english": …, "german": …}}`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.key, forKey: .key)
            try container.encode(self.name, forKey: .name)
        }
    }
#endif
