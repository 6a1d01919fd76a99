import CardModel

#if !hasFeature(Embedded)
    extension NextStep: Encodable {
        private enum CodingKeys: String, CodingKey { case step, earliest, latest, needs, blockers }

        /// Encodes the step, its first and last day (`latest` absent without a deadline), what it needs and what
        /// stands in its way.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.step, forKey: .step)
            try container.encode(self.earliest, forKey: .earliest)
            try container.encodeIfPresent(self.latest, forKey: .latest)
            try container.encode(self.needs, forKey: .needs)
            try container.encode(self.blockers, forKey: .blockers)
        }
    }
#endif
