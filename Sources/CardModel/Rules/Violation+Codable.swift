#if !hasFeature(Embedded)
    extension Violation: Codable {
        private enum CodingKeys: String, CodingKey { case rule, message, facts }

        /// Decodes a violation from its `rule`, `message` and `facts`.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                rule: try container.decode(RuleID.self, forKey: .rule),
                message: try container.decode(LocalizedText.self, forKey: .message),
                facts: try container.decode([Fact].self, forKey: .facts))
        }

        /// Encodes the violation's `rule`, `message` and `facts`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.rule, forKey: .rule)
            try container.encode(self.message, forKey: .message)
            try container.encode(self.facts, forKey: .facts)
        }
    }

    extension Fact: Codable {
        private enum CodingKeys: String, CodingKey { case name, value }

        /// Decodes a fact from its `name` and `value`.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                try container.decode(String.self, forKey: .name), try container.decode(String.self, forKey: .value))
        }

        /// Encodes the fact's `name` and `value`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.name, forKey: .name)
            try container.encode(self.value, forKey: .value)
        }
    }

    extension Interpretation: Codable {
        private enum CodingKeys: String, CodingKey { case rule, message }

        /// Decodes an interpretation from its `rule` and `message`.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                rule: try container.decode(RuleID.self, forKey: .rule),
                message: try container.decode(LocalizedText.self, forKey: .message))
        }

        /// Encodes the interpretation's `rule` and `message`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.rule, forKey: .rule)
            try container.encode(self.message, forKey: .message)
        }
    }
#endif
