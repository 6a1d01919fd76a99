import CardModel

#if !hasFeature(Embedded)
    extension OnboardingDeadlineStatus: Encodable {
        private enum CodingKeys: String, CodingKey { case deadline, outcome }

        /// Encodes the deadline and where it stands.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.deadline, forKey: .deadline)
            try container.encode(self.outcome, forKey: .outcome)
        }
    }

    extension OnboardingDeadlineStatus.Outcome: Encodable {
        private enum CodingKeys: String, CodingKey { case outcome, on }

        /// Encodes the name and, where the deadline was met, the day: `{"outcome": "met", "on": "2026-03-20"}`,
        /// `{"outcome": "missed"}`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.name, forKey: .outcome)
            switch self {
            case .met(let date), .metLate(let date): try container.encode(date, forKey: .on)
            case .undetermined(let date): try container.encodeIfPresent(date, forKey: .on)
            case .pending, .missed: break
            }
        }
    }
#endif
