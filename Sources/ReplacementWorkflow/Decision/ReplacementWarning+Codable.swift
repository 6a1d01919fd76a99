#if !hasFeature(Embedded)
    extension ReplacementWarning: Codable {
        private enum CodingKeys: String, CodingKey { case kind, year, answers }

        /// Decodes a warning from its `kind`, `year` and `answers`.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                try container.decode(Kind.self, forKey: .kind), year: try container.decode(Int.self, forKey: .year),
                answers: try container.decode([Answer].self, forKey: .answers))
        }

        /// Encodes the warning's `kind`, `year` and `answers` (its message is not stored: it follows from them).
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.kind, forKey: .kind)
            try container.encode(self.year, forKey: .year)
            try container.encode(self.answers, forKey: .answers)
        }
    }

    // The warning's raw-value enums are stored as their raw values.
    extension ReplacementWarning.Kind: Codable {}
    extension ReplacementWarning.Answer: Codable {}
#endif
