#if !hasFeature(Embedded)
    extension Money: Codable {
        private enum CodingKeys: String, CodingKey { case fen, text }

        /// Decodes `{"fen": 2000}` (a `text` key, if present, is ignored: the fen are the truth).
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(fen: try container.decode(Int.self, forKey: .fen))
        }

        /// Encodes `{"fen": 2000, "text": "CNY 20.00"}`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.fen, forKey: .fen)
            try container.encode(self.description, forKey: .text)
        }
    }
#endif
