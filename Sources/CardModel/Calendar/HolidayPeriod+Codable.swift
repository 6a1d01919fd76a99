#if !hasFeature(Embedded)
    extension HolidayPeriod: Codable {
        private enum CodingKeys: String, CodingKey {
            case holiday, firstDay, lastDay, statutoryDays, adjustedWorkingDays
        }

        /// Decodes a period and validates it again.
        ///
        /// `holiday` may be a predefined key such as `"nationalDay"` (``HolidayName``), and a missing
        /// `adjustedWorkingDays` means none, as in ``init(_:off:through:statutory:adjustedWorkingDays:)``.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            try self.init(
                try container.decode(HolidayName.self, forKey: .holiday),
                off: try container.decode(CivilDate.self, forKey: .firstDay),
                through: try container.decode(CivilDate.self, forKey: .lastDay),
                statutory: try container.decode([CivilDate].self, forKey: .statutoryDays),
                adjustedWorkingDays: try container.decodeIfPresent([CivilDate].self, forKey: .adjustedWorkingDays) ?? []
            )
        }

        /// Encodes the period's `holiday`, `firstDay`, `lastDay`, `statutoryDays` and `adjustedWorkingDays`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.holiday, forKey: .holiday)
            try container.encode(self.firstDay, forKey: .firstDay)
            try container.encode(self.lastDay, forKey: .lastDay)
            try container.encode(self.statutoryDays, forKey: .statutoryDays)
            try container.encode(self.adjustedWorkingDays, forKey: .adjustedWorkingDays)
        }
    }
#endif
