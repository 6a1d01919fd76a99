import CardModel

#if !hasFeature(Embedded)
    extension ReplacementPolicy: Codable {
        private enum CodingKeys: String, CodingKey {
            case fee, workingDaysToProduce, temporaryReportLapseDays, thirdGenerationFrom, calendar
        }

        /// Decodes a policy and checks its parameters again.
        ///
        /// The calendar is decoded as `WorkingDayCalendar` decodes it: a reference to the official calendar with only
        /// the schedules that differ from or add to it, every schedule in full, or (as earlier versions stored it)
        /// the string `"mainlandChina"`. A missing `calendar`, as earlier versions stored the official one, means
        /// mainland China's official calendar as this library ships it.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let calendar = try container.decodeIfPresent(WorkingDayCalendar.self, forKey: .calendar) ?? .mainlandChina
            do {
                try self.init(
                    fee: try container.decode(Money.self, forKey: .fee),
                    workingDaysToProduce: try container.decode(Int.self, forKey: .workingDaysToProduce),
                    temporaryReportLapseDays: try container.decode(Int.self, forKey: .temporaryReportLapseDays),
                    thirdGenerationFrom: try container.decode(CivilDate.self, forKey: .thirdGenerationFrom),
                    calendar: calendar)
            } catch let error as ReplacementPolicyError {
                throw DecodingError.dataCorruptedError(
                    forKey: .fee, in: container, debugDescription: "ReplacementPolicy: \(error)")
            }
        }

        /// Encodes the parameters and the calendar, in `WorkingDayCalendar`'s lean form: the official calendar by name
        /// with the years it covers, and only the schedules that differ from or add to it.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.fee, forKey: .fee)
            try container.encode(self.workingDaysToProduce, forKey: .workingDaysToProduce)
            try container.encode(self.temporaryReportLapseDays, forKey: .temporaryReportLapseDays)
            try container.encode(self.thirdGenerationFrom, forKey: .thirdGenerationFrom)
            try container.encode(self.calendar, forKey: .calendar)
        }
    }
#endif
