import CardModel

#if !hasFeature(Embedded)
    extension ExchangeReceiptOption: Codable {
        /// The stored form's keys.
        private enum CodingKeys: String, CodingKey { case method, fee }

        /// Decodes an option from its `method` and `fee`.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                method: try container.decode(ExchangeReceiptMethod.self, forKey: .method),
                fee: try container.decode(Money.self, forKey: .fee))
        }

        /// Encodes the option's `method` and `fee`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.method, forKey: .method)
            try container.encode(self.fee, forKey: .fee)
        }
    }

    // The way of receiving the card is stored as its code.
    extension ExchangeReceiptMethod: Codable {}
#endif
