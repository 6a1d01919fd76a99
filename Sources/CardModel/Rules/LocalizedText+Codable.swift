#if !hasFeature(Embedded)
    extension LocalizedText: Codable {
        private enum CodingKeys: String, CodingKey { case english, german, chinese }

        /// Decodes a text from its `english`, `german` and `chinese`.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                english: try container.decode(String.self, forKey: .english),
                german: try container.decode(String.self, forKey: .german),
                chinese: try container.decode(String.self, forKey: .chinese))
        }

        /// Encodes the text's `english`, `german` and `chinese`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.english, forKey: .english)
            try container.encode(self.german, forKey: .german)
            try container.encode(self.chinese, forKey: .chinese)
        }
    }
#endif
