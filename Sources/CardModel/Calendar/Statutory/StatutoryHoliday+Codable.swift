#if !hasFeature(Embedded)
    extension StatutoryHoliday: Codable {
        private enum CodingKeys: String, CodingKey { case holiday, days }

        /// Decodes a statutory holiday from its `holiday` and `days`.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                holiday: try container.decode(HolidayName.self, forKey: .holiday),
                days: try container.decode([CivilDate].self, forKey: .days))
        }

        /// Encodes the statutory holiday's `holiday` and `days`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.holiday, forKey: .holiday)
            try container.encode(self.days, forKey: .days)
        }
    }

    extension HolidayLaw: Codable {}
#endif
