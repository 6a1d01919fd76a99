#if !hasFeature(Embedded)
    extension PartnerBank: Codable {
        private enum CodingKeys: String, CodingKey { case code, name }

        /// Decodes a bank from its `code` and `name`, as stored (the code is not looked up).
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.code = try container.decode(String.self, forKey: .code)
            self.name = try container.decode(LocalizedText.self, forKey: .name)
        }

        /// Encodes the bank's `code` and `name`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.code, forKey: .code)
            try container.encode(self.name, forKey: .name)
        }
    }
#endif
