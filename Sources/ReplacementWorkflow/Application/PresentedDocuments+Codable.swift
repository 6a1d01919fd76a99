import CardModel

#if !hasFeature(Embedded)
    extension PresentedDocuments: Codable {
        private enum CodingKeys: String, CodingKey { case holder, agent, damagedCardHandedIn }

        /// Decodes the documents from `holder` and `agent` (each optional) and `damagedCardHandedIn`.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                holder: try container.decodeIfPresent(PresentedDocument.self, forKey: .holder),
                agent: try container.decodeIfPresent(PresentedDocument.self, forKey: .agent),
                damagedCardHandedIn: try container.decode(Bool.self, forKey: .damagedCardHandedIn))
        }

        /// Encodes `holder` and `agent` when shown, and `damagedCardHandedIn`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeIfPresent(self.holder, forKey: .holder)
            try container.encodeIfPresent(self.agent, forKey: .agent)
            try container.encode(self.damagedCardHandedIn, forKey: .damagedCardHandedIn)
        }
    }
#endif
