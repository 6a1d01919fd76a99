#if !hasFeature(Embedded)
    extension HolidaySchedule: Codable {
        private enum CodingKeys: String, CodingKey { case year, source, periods }

        /// Decodes a schedule and validates it again.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            try self.init(
                year: try container.decode(Int.self, forKey: .year),
                source: try container.decode(NoticeCitation.self, forKey: .source),
                periods: try container.decode([HolidayPeriod].self, forKey: .periods))
        }

        /// Encodes the schedule's `year`, `source` and `periods`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.year, forKey: .year)
            try container.encode(self.source, forKey: .source)
            try container.encode(self.periods, forKey: .periods)
        }
    }
#endif
