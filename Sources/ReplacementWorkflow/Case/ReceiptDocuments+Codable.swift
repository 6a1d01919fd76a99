import CardModel

#if !hasFeature(Embedded)
    extension ReceiptDocuments: Codable {
        private enum CodingKeys: String, CodingKey { case receiver, holder, agent }

        /// Decodes who receives the card (`receiver`) and the documents shown (`holder`, `agent`, each optional).
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.receiver = try container.decode(ActingParty.self, forKey: .receiver)
            self.holder = try container.decodeIfPresent(PresentedDocument.self, forKey: .holder)
            self.agent = try container.decodeIfPresent(PresentedDocument.self, forKey: .agent)
        }

        /// Encodes the `receiver` and the documents shown (`holder`, `agent`, when shown).
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.receiver, forKey: .receiver)
            try container.encodeIfPresent(self.holder, forKey: .holder)
            try container.encodeIfPresent(self.agent, forKey: .agent)
        }
    }
#endif
