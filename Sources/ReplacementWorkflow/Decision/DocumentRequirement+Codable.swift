#if !hasFeature(Embedded)
    extension DocumentRequirement: Codable {
        private enum CodingKeys: String, CodingKey { case item, occasion }

        /// Decodes a requirement from its `item` and `occasion`.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                try container.decode(Item.self, forKey: .item),
                at: try container.decode(Occasion.self, forKey: .occasion))
        }

        /// Encodes the requirement's `item` and `occasion`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.item, forKey: .item)
            try container.encode(self.occasion, forKey: .occasion)
        }
    }

    // The requirement's raw-value enums are stored as their raw values.
    extension DocumentRequirement.Item: Codable {}
    extension DocumentRequirement.Occasion: Codable {}
#endif
