import CardModel

#if !hasFeature(Embedded)
    extension WorkPermitIntegrationPolicy: Codable {
        private enum CodingKeys: String, CodingKey {
            case effectiveDate, onlineSystemStartDate, notificationLetterValidityMonths, residencePermitDeadlineDays
            case residencePermitDecisionDays, residencePermitMinimumValidityDays, residencePermitMaximumValidityYears
            case calendar
        }

        /// Decodes a policy and validates its parameters again.
        ///
        /// The calendar is decoded as `WorkingDayCalendar` decodes it: a reference to the official calendar with only
        /// the schedules that differ from or add to it, every schedule in full, or (as earlier versions stored it)
        /// the string `"mainlandChina"`. A missing calendar, as earlier versions stored the official one, means
        /// `.mainlandChina` as this library ships it.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            do {
                try self.init(
                    effectiveDate: try container.decode(CivilDate.self, forKey: .effectiveDate),
                    onlineSystemStartDate: try container.decodeIfPresent(CivilDate.self, forKey: .onlineSystemStartDate)
                        ?? Defaults.onlineSystemStartDate,
                    notificationLetterValidityMonths: try container.decode(
                        Int.self, forKey: .notificationLetterValidityMonths),
                    residencePermitDeadlineDays: try container.decode(Int.self, forKey: .residencePermitDeadlineDays),
                    residencePermitDecisionDays: try container.decode(Int.self, forKey: .residencePermitDecisionDays),
                    residencePermitMinimumValidityDays: try container.decode(
                        Int.self, forKey: .residencePermitMinimumValidityDays),
                    residencePermitMaximumValidityYears: try container.decode(
                        Int.self, forKey: .residencePermitMaximumValidityYears),
                    calendar: try container.decodeIfPresent(WorkingDayCalendar.self, forKey: .calendar)
                        ?? .mainlandChina)
            } catch let error as ParameterError {
                throw DecodingError.dataCorruptedError(
                    forKey: .effectiveDate, in: container, debugDescription: error.description)
            }
        }

        /// Encodes the parameters and the calendar, in `WorkingDayCalendar`'s lean form (the official calendar by name
        /// with the years it covers, and only the schedules that differ from or add to it), so snapshots stay small.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.effectiveDate, forKey: .effectiveDate)
            if self.onlineSystemStartDate != Defaults.onlineSystemStartDate {
                try container.encode(self.onlineSystemStartDate, forKey: .onlineSystemStartDate)
            }
            try container.encode(self.notificationLetterValidityMonths, forKey: .notificationLetterValidityMonths)
            try container.encode(self.residencePermitDeadlineDays, forKey: .residencePermitDeadlineDays)
            try container.encode(self.residencePermitDecisionDays, forKey: .residencePermitDecisionDays)
            try container.encode(self.residencePermitMinimumValidityDays, forKey: .residencePermitMinimumValidityDays)
            try container.encode(self.residencePermitMaximumValidityYears, forKey: .residencePermitMaximumValidityYears)
            try container.encode(self.calendar, forKey: .calendar)
        }
    }
#endif
