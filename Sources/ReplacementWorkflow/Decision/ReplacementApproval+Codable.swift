#if !hasFeature(Embedded)
    extension ReplacementApproval: Encodable {
        private enum CodingKeys: String, CodingKey { case acceptanceDate, readyDate, fee, generation }

        /// Encodes the `acceptanceDate`, `readyDate`, `fee` and, when the rule says, `generation`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.acceptanceDate, forKey: .acceptanceDate)
            try container.encode(self.readyDate, forKey: .readyDate)
            try container.encode(self.fee, forKey: .fee)
            try container.encodeIfPresent(self.generation, forKey: .generation)
        }
    }
#endif
