#if !hasFeature(Embedded)
    extension CardHolder: Codable {
        private enum CodingKeys: String, CodingKey { case name, document, birthDate, category }

        /// Decodes a holder, validating name, document and category again and refusing a contradicting birth date.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            do {
                try self.init(
                    name: try container.decode(PersonName.self, forKey: .name),
                    document: try container.decode(IdentityDocument.self, forKey: .document),
                    birthDate: try container.decode(CivilDate.self, forKey: .birthDate),
                    category: try container.decode(InsuredCategory.self, forKey: .category))
            } catch let error as CardHolder.Error {
                throw DecodingError.dataCorruptedError(
                    forKey: .birthDate, in: container, debugDescription: "CardHolder: \(error)")
            }
        }

        /// Encodes the holder's `name`, `document`, `birthDate` and `category` (in full, for the host's own storage).
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.name, forKey: .name)
            try container.encode(self.document, forKey: .document)
            try container.encode(self.birthDate, forKey: .birthDate)
            try container.encode(self.category, forKey: .category)
        }
    }

    // The card's raw-value enums are stored as their raw values.
    extension CardForm: Codable {}
    extension CardFunction: Codable {}
    extension CardGeneration: Codable {}
    extension CardStatus: Codable {}
    extension InsuredCategory: Codable {}
#endif
