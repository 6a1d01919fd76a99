import CardModel

#if !hasFeature(Embedded)
    extension ServiceDecision: Encodable {
        private enum CodingKeys: String, CodingKey { case function, approved, violations, notes }

        /// Encodes `{"function": "notifications", "approved": true, "violations": [], "notes": […]}`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.function, forKey: .function)
            try container.encode(self.isApproved, forKey: .approved)
            try container.encode(self.violations, forKey: .violations)
            try container.encode(self.notes, forKey: .notes)
        }
    }
#endif
