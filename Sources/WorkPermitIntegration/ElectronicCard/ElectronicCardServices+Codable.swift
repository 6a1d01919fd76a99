import CardModel

#if !hasFeature(Embedded)
    extension ElectronicCardServices: Encodable {
        private enum CodingKeys: String, CodingKey { case date, phase, decisions, notes }

        /// Encodes `{"date": "2026-03-10", "phase": "verified", "decisions": […], "notes": […]}`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.date, forKey: .date)
            try container.encode(self.phase, forKey: .phase)
            try container.encode(self.decisions, forKey: .decisions)
            try container.encode(self.notes, forKey: .notes)
        }
    }
#endif
