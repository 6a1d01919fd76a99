import CardModel

#if !hasFeature(Embedded)
    extension CompletedStep: Encodable {
        private enum CodingKeys: String, CodingKey { case step, date, event }

        /// Encodes the step, its day and the event that recorded it.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.step, forKey: .step)
            try container.encode(self.date, forKey: .date)
            try container.encode(self.event, forKey: .event)
        }
    }
#endif
