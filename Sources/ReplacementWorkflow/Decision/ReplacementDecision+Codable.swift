#if !hasFeature(Embedded)
    extension ReplacementDecision: Encodable {
        private enum CodingKeys: String, CodingKey {
            case violations, notes, fee, acceptanceDate, readyDate, login, menuPath, documents, steps, generation
            case warnings
        }

        /// Encodes every field, `warnings` included.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.violations, forKey: .violations)
            try container.encode(self.notes, forKey: .notes)
            try container.encode(self.fee, forKey: .fee)
            try container.encodeIfPresent(self.acceptanceDate, forKey: .acceptanceDate)
            try container.encodeIfPresent(self.readyDate, forKey: .readyDate)
            try container.encodeIfPresent(self.login, forKey: .login)
            try container.encode(self.menuPath, forKey: .menuPath)
            try container.encode(self.documents, forKey: .documents)
            try container.encode(self.steps, forKey: .steps)
            try container.encodeIfPresent(self.generation, forKey: .generation)
            try container.encode(self.warnings, forKey: .warnings)
        }
    }

    // The website login is stored as its raw value.
    extension WebsiteLogin: Codable {}
#endif
