#if !hasFeature(Embedded)
    extension Rule: Codable {
        private enum CodingKeys: String, CodingKey { case id, title, text, sources }

        /// Decodes a rule from its `id`, `title`, `text` and `sources`.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                id: try container.decode(RuleID.self, forKey: .id),
                title: try container.decode(LocalizedText.self, forKey: .title),
                text: try container.decode(LocalizedText.self, forKey: .text),
                sources: try container.decode([SourceKey].self, forKey: .sources))
        }

        /// Encodes the rule's `id`, `title`, `text` and `sources`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.id, forKey: .id)
            try container.encode(self.title, forKey: .title)
            try container.encode(self.text, forKey: .text)
            try container.encode(self.sources, forKey: .sources)
        }
    }

    // Raw-value enums of the rules are stored as their raw values.
    extension RuleID: Codable {}
    extension SourceKey: Codable {}
    extension Language: Codable {}
#endif
