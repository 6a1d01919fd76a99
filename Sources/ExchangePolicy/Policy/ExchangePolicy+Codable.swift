import CardModel

#if !hasFeature(Embedded)
    extension ExchangePolicy: Codable {
        private enum CodingKeys: String, CodingKey {
            case centralizedPhaseStart, regularPhaseStart, partnerBanks, maximumEmployerBanks, productionWorkingDays
            case firstApplicationCalendarDays, thirdGenerationOnlyFrom, postageFee, calendar
        }

        /// Decodes a policy and validates it again, as ``init(centralizedPhaseStart:regularPhaseStart:partnerBanks:maximumEmployerBanks:productionWorkingDays:firstApplicationCalendarDays:thirdGenerationOnlyFrom:postageFee:calendar:)`` does.
        ///
        /// The calendar is decoded as `WorkingDayCalendar` decodes it: a reference to the official calendar with only
        /// the schedules that differ from or add to it, every schedule in full, or the string `"mainlandChina"` (the
        /// official calendar of the running library, as earlier versions stored it). A missing calendar means the
        /// official one too, as the other policies read it.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let calendar = try container.decodeIfPresent(WorkingDayCalendar.self, forKey: .calendar) ?? .mainlandChina
            do {
                try self.init(
                    centralizedPhaseStart: try container.decode(CivilDate.self, forKey: .centralizedPhaseStart),
                    regularPhaseStart: try container.decode(CivilDate.self, forKey: .regularPhaseStart),
                    partnerBanks: try container.decode([PartnerBank].self, forKey: .partnerBanks),
                    maximumEmployerBanks: try container.decode(Int.self, forKey: .maximumEmployerBanks),
                    productionWorkingDays: try container.decode(Int.self, forKey: .productionWorkingDays),
                    firstApplicationCalendarDays: try container.decode(Int.self, forKey: .firstApplicationCalendarDays),
                    thirdGenerationOnlyFrom: try container.decode(CivilDate.self, forKey: .thirdGenerationOnlyFrom),
                    postageFee: try container.decode(Money.self, forKey: .postageFee),
                    calendar: calendar)
            } catch let error as ExchangePolicyError {
                throw DecodingError.dataCorrupted(
                    DecodingError.Context(codingPath: decoder.codingPath, debugDescription: error.description))
            }
        }

        /// Encodes the parameters and the calendar, in `WorkingDayCalendar`'s lean form: the official calendar by name
        /// with the years it covers, and only the schedules that differ from or add to it.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.centralizedPhaseStart, forKey: .centralizedPhaseStart)
            try container.encode(self.regularPhaseStart, forKey: .regularPhaseStart)
            try container.encode(self.partnerBanks, forKey: .partnerBanks)
            try container.encode(self.maximumEmployerBanks, forKey: .maximumEmployerBanks)
            try container.encode(self.productionWorkingDays, forKey: .productionWorkingDays)
            try container.encode(self.firstApplicationCalendarDays, forKey: .firstApplicationCalendarDays)
            try container.encode(self.thirdGenerationOnlyFrom, forKey: .thirdGenerationOnlyFrom)
            try container.encode(self.postageFee, forKey: .postageFee)
            try container.encode(self.calendar, forKey: .calendar)
        }
    }
#endif
