#if !hasFeature(Embedded)
    extension WorkingDayCalendar: Codable {
        private enum CodingKeys: String, CodingKey { case official, ownSchedules, schedules, fallback }

        /// Decodes a calendar in any of its stored forms, validating every stored schedule again.
        ///
        /// - A reference to the official calendar with the schedules that differ from or add to it:
        ///   `{"official":{"name":"mainlandChina","from":2004,"through":2026},"ownSchedules":[…],"fallback":"refuse"}`.
        ///   The calendar is rebuilt from the running library's official schedules (every year it ships, which may be
        ///   more than the snapshot relied on) with the own schedules added, each replacing the official one of its
        ///   year. A reference to a year the running library has no official data for, or to an unknown calendar, is
        ///   refused.
        /// - Every schedule in full, as calendars not based on the official one are stored (and as earlier versions
        ///   stored every calendar): `{"schedules":[…],"fallback":"refuse"}`.
        /// - The string `"mainlandChina"`: the running library's ``mainlandChina``, as earlier versions of
        ///   `ExchangePolicy` stored the official calendar.
        ///
        /// - Throws: `DecodingError` for an invalid schedule, an unknown fallback, or a reference the running library's
        ///   official data does not cover.
        public init(from decoder: any Decoder) throws {
            if let single = try? decoder.singleValueContainer(), let name = try? single.decode(String.self) {
                guard name == CalendarReference.mainlandChinaName else {
                    throw DecodingError.dataCorruptedError(in: single, debugDescription: "unknown calendar '\(name)'")
                }
                self = .mainlandChina
                return
            }
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let fallback = try container.decode(Fallback.self, forKey: .fallback)
            guard let reference = try container.decodeIfPresent(CalendarReference.self, forKey: .official) else {
                self.init(
                    schedules: try container.decode([HolidaySchedule].self, forKey: .schedules), fallback: fallback)
                return
            }
            let own = try container.decodeIfPresent([HolidaySchedule].self, forKey: .ownSchedules) ?? []
            switch reference.officialSchedules() {
            case .success(let official):
                self.init(schedules: official + own, fallback: fallback)
            case .failure(let mismatch):
                throw DecodingError.dataCorruptedError(
                    forKey: .official, in: container, debugDescription: mismatch.description)
            }
        }

        /// Encodes the calendar leanly: a calendar with a schedule for every official year as a reference to the
        /// official calendar (its name and years) plus only the schedules that differ from or add to the official
        /// ones; any other calendar with every schedule in full. The fallback always.
        ///
        /// Mainland China's official calendar with next year's notice added stores one schedule, not 24.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            if let reference = CalendarReference.official, self.hasEveryOfficialYear {
                var official: [Int: HolidaySchedule] = [:]
                for schedule in HolidaySchedule.official { official[schedule.year] = schedule }
                try container.encode(reference, forKey: .official)
                try container.encode(self.schedules.filter { official[$0.year] != $0 }, forKey: .ownSchedules)
            } else {
                try container.encode(self.schedules, forKey: .schedules)
            }
            try container.encode(self.fallback, forKey: .fallback)
        }

        /// Whether the calendar has a schedule (the official one or its own) for every year of official data.
        private var hasEveryOfficialYear: Bool {
            let years = Set(self.yearsWithData)
            return HolidaySchedule.official.allSatisfy { years.contains($0.year) }
        }
    }

    extension WorkingDayCalendar.Fallback: Codable {}
#endif
