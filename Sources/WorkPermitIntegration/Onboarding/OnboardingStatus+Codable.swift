import CardModel

#if !hasFeature(Embedded)
    extension OnboardingStatus: Encodable {
        private enum CodingKeys: String, CodingKey {
            case date, phase, permitForm, done, next, deadlines, warnings, effects, notes
        }

        /// Encodes the day, the phase, the permit's form (absent before entry), the steps done and next, the
        /// deadlines, the warnings, the effects and the notes.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.date, forKey: .date)
            try container.encode(self.phase, forKey: .phase)
            try container.encodeIfPresent(self.permitForm, forKey: .permitForm)
            try container.encode(self.done, forKey: .done)
            try container.encode(self.next, forKey: .next)
            try container.encode(self.deadlines, forKey: .deadlines)
            try container.encode(self.warnings, forKey: .warnings)
            try container.encode(self.effects, forKey: .effects)
            try container.encode(self.notes, forKey: .notes)
        }
    }
#endif
