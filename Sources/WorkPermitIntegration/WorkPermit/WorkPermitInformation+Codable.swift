import CardModel

#if !hasFeature(Embedded)
    extension WorkPermitInformation: Codable {
        private enum CodingKeys: String, CodingKey { case number, category, validUntil }

        /// Decodes `{"number": "WP…", "category": "B", "validUntil": "2027-12-31"}`, validating the number again.
        ///
        /// - Throws: `DecodingError` for a missing or invalid value.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                number: try container.decode(WorkPermitNumber.self, forKey: .number),
                category: try container.decode(WorkPermitCategory.self, forKey: .category),
                validUntil: try container.decode(CivilDate.self, forKey: .validUntil))
        }

        /// Encodes the number, the category and the last valid day, with the keys ``init(from:)`` reads.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.number, forKey: .number)
            try container.encode(self.category, forKey: .category)
            try container.encode(self.validUntil, forKey: .validUntil)
        }
    }
#endif
