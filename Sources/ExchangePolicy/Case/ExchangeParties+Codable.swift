import CardModel

#if !hasFeature(Embedded)
    extension ExchangeParties: Codable {
        /// The stored form's keys: `holder`, and `guardian` when one applies.
        private enum CodingKeys: String, CodingKey { case holder, guardian }

        /// Decodes the parties from `holder` and, when one applies, `guardian`.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                holder: try container.decode(IdentityDocument.self, forKey: .holder),
                guardian: try container.decodeIfPresent(IdentityDocument.self, forKey: .guardian))
        }

        /// Encodes the `holder`'s document and, when one applies, the `guardian`'s (in full, for the host's own
        /// storage).
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.holder, forKey: .holder)
            try container.encodeIfPresent(self.guardian, forKey: .guardian)
        }
    }
#endif
