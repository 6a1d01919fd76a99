import CardModel

extension ExchangePolicy: Codable {
    private enum CodingKeys: String, CodingKey {
        case centralizedPhaseStart, regularPhaseStart, partnerBanks, maximumEmployerBanks, productionWorkingDays
        case firstApplicationCalendarDays, thirdGenerationOnlyFrom, postageFee, calendar
    }

    /// The name under which the official calendar is stored instead of its 23 years of schedules.
    static let mainlandChinaCalendarName = "mainlandChina"

    /// Decodes a policy and validates it again, as ``init(centralizedPhaseStart:regularPhaseStart:partnerBanks:maximumEmployerBanks:productionWorkingDays:firstApplicationCalendarDays:thirdGenerationOnlyFrom:postageFee:calendar:)`` does.
    ///
    /// The calendar is either the string `"mainlandChina"` (the official calendar of the running library) or a
    /// full `WorkingDayCalendar`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let calendar: WorkingDayCalendar
        if let name = try? container.decode(String.self, forKey: .calendar) {
            guard name == Self.mainlandChinaCalendarName else {
                throw DecodingError.dataCorruptedError(
                    forKey: .calendar, in: container, debugDescription: "unknown calendar name '\(name)'")
            }
            calendar = .mainlandChina
        } else {
            calendar = try container.decode(WorkingDayCalendar.self, forKey: .calendar)
        }
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

    /// Encodes the parameters; the official calendar as `"mainlandChina"`, any other calendar in full.
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
        if self.calendar == .mainlandChina {
            try container.encode(Self.mainlandChinaCalendarName, forKey: .calendar)
        } else {
            try container.encode(self.calendar, forKey: .calendar)
        }
    }
}
