import CardModel

#if !hasFeature(Embedded)
    extension OnboardingTimeline: Encodable {
        private enum CodingKeys: String, CodingKey {
            case entry, notificationLetterIssued, permitForm, steps, deadlines, problems, advice, missingCalendarYears
            case provisionalYears, notes
        }

        /// Encodes the entry, the letter's date (absent when not given), the permit's form, the steps, the
        /// deadlines, the problems and advice, the years without data or provisional, and the notes.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.entry, forKey: .entry)
            try container.encodeIfPresent(self.notificationLetterIssued, forKey: .notificationLetterIssued)
            try container.encode(self.permitForm, forKey: .permitForm)
            try container.encode(self.steps, forKey: .steps)
            try container.encode(self.deadlines, forKey: .deadlines)
            try container.encode(self.problems, forKey: .problems)
            try container.encode(self.advice, forKey: .advice)
            try container.encode(self.missingCalendarYears, forKey: .missingCalendarYears)
            try container.encode(self.provisionalYears, forKey: .provisionalYears)
            try container.encode(self.notes, forKey: .notes)
        }
    }

    extension OnboardingTimeline.Step: Encodable {
        private enum CodingKeys: String, CodingKey { case step, date, earliest, latest, needs }

        /// Encodes the step, its day or window (each absent where unknown) and what it needs.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.step, forKey: .step)
            try container.encodeIfPresent(self.date, forKey: .date)
            try container.encodeIfPresent(self.earliest, forKey: .earliest)
            try container.encodeIfPresent(self.latest, forKey: .latest)
            try container.encode(self.needs, forKey: .needs)
        }
    }
#endif
