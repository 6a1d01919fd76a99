public import CardModel

/// The parameters of the work permit integration (WORK-PERMIT-2024): the effective date, the Notification
/// Letter's validity, the residence-permit deadline and decision time, the residence permit's validity
/// range, and the working-day calendar the periods are counted with.
///
/// ``beijing`` holds the values of DOMAIN.md. A caller makes another policy with different values (a new
/// Notification Letter template, a calendar with next year's holiday notice) with the throwing
/// initialiser, or with ``with(calendar:)``.
///
/// ```swift
/// let policy = WorkPermitIntegrationPolicy.beijing
/// policy.formOfNewPermit(issuedOn: try CivilDate(parsing: "2024-11-30"))              // .physical
/// try policy.notificationLetterExpiry(issuedOn: try CivilDate(parsing: "2025-08-31")) // 2026-02-28
/// try policy.residencePermitDeadline(enteredOn: try CivilDate(parsing: "2026-03-02")) // 2026-04-01
/// ```
public struct WorkPermitIntegrationPolicy: Sendable, Hashable {
    /// The day the work permit and the social security card are integrated: 2024-12-01 (WP-EFFECTIVE).
    public let effectiveDate: CivilDate
    /// The first day of the service system for foreigners working in China, with its Notification Letter,
    /// nationwide: 2017-04-01 (WP-ONLINE; 外专发〔2017〕40号). An onboarding before it came under the earlier
    /// procedures (employment licence, Alien Employment Permit), which this library does not plan.
    public let onlineSystemStartDate: CivilDate
    /// How many months the Notification Letter of Foreigner's Work Permit is valid from its issue: 6
    /// (WP-NOTIFICATION, older template).
    public let notificationLetterValidityMonths: Int
    /// Within how many calendar days of entry the residence permit is applied for: 30
    /// (WP-RESIDENCE-DEADLINE, EEAL-30; counted by CM-PERIOD).
    public let residencePermitDeadlineDays: Int
    /// Within how many calendar days of accepting the application the public security organ decides: 15
    /// (WP-RESIDENCE-DEADLINE, EEAL-30; counted by CM-PERIOD from the acceptance date, CM-ACCEPTANCE).
    public let residencePermitDecisionDays: Int
    /// The shortest validity of a work residence permit, in days: 90 (WP-RESIDENCE-DEADLINE).
    public let residencePermitMinimumValidityDays: Int
    /// The longest validity of a work residence permit, in years: 5 (WP-RESIDENCE-DEADLINE).
    public let residencePermitMaximumValidityYears: Int
    /// The working-day calendar periods are counted with (CM-PERIOD, CM-ACCEPTANCE).
    public let calendar: WorkingDayCalendar

    /// Creates a policy, refusing a count that is not positive or a validity range that is empty.
    ///
    /// - Parameters:
    ///   - effectiveDate: The first day of the integration (WP-EFFECTIVE).
    ///   - onlineSystemStartDate: The first day of the online work permit system (WP-ONLINE); not after
    ///     `effectiveDate`.
    ///   - notificationLetterValidityMonths: The Notification Letter's validity in months (WP-NOTIFICATION).
    ///   - residencePermitDeadlineDays: Calendar days after entry to apply for the residence permit.
    ///   - residencePermitDecisionDays: Calendar days after acceptance for the decision.
    ///   - residencePermitMinimumValidityDays: The shortest validity of a residence permit, in days.
    ///   - residencePermitMaximumValidityYears: The longest validity of a residence permit, in years.
    ///   - calendar: The working-day calendar; `.mainlandChina` by default.
    /// - Throws: ``WorkPermitIntegrationPolicy/ParameterError`` naming the first parameter that is not
    ///   positive, or the validity range when its minimum exceeds its maximum.
    public init(
        effectiveDate: CivilDate,
        onlineSystemStartDate: CivilDate = Defaults.onlineSystemStartDate,
        notificationLetterValidityMonths: Int = Defaults.notificationLetterValidityMonths,
        residencePermitDeadlineDays: Int = Defaults.residencePermitDeadlineDays,
        residencePermitDecisionDays: Int = Defaults.residencePermitDecisionDays,
        residencePermitMinimumValidityDays: Int = Defaults.residencePermitMinimumValidityDays,
        residencePermitMaximumValidityYears: Int = Defaults.residencePermitMaximumValidityYears,
        calendar: WorkingDayCalendar = .mainlandChina
    ) throws(ParameterError) {
        let counts = [
            ("notificationLetterValidityMonths", notificationLetterValidityMonths),
            ("residencePermitDeadlineDays", residencePermitDeadlineDays),
            ("residencePermitDecisionDays", residencePermitDecisionDays),
            ("residencePermitMinimumValidityDays", residencePermitMinimumValidityDays),
            ("residencePermitMaximumValidityYears", residencePermitMaximumValidityYears),
        ]
        for (name, value) in counts where value <= 0 || value > 10_000 {
            throw ParameterError(parameter: name)
        }
        guard residencePermitMinimumValidityDays <= residencePermitMaximumValidityYears * 365 else {
            throw ParameterError(parameter: "residencePermitMinimumValidityDays")
        }
        guard onlineSystemStartDate <= effectiveDate else {
            throw ParameterError(parameter: "onlineSystemStartDate")
        }
        self.effectiveDate = effectiveDate
        self.onlineSystemStartDate = onlineSystemStartDate
        self.notificationLetterValidityMonths = notificationLetterValidityMonths
        self.residencePermitDeadlineDays = residencePermitDeadlineDays
        self.residencePermitDecisionDays = residencePermitDecisionDays
        self.residencePermitMinimumValidityDays = residencePermitMinimumValidityDays
        self.residencePermitMaximumValidityYears = residencePermitMaximumValidityYears
        self.calendar = calendar
    }

    /// Beijing's values, known to be valid (no check needed).
    private init() {
        self.effectiveDate = Defaults.effectiveDate
        self.onlineSystemStartDate = Defaults.onlineSystemStartDate
        self.notificationLetterValidityMonths = Defaults.notificationLetterValidityMonths
        self.residencePermitDeadlineDays = Defaults.residencePermitDeadlineDays
        self.residencePermitDecisionDays = Defaults.residencePermitDecisionDays
        self.residencePermitMinimumValidityDays = Defaults.residencePermitMinimumValidityDays
        self.residencePermitMaximumValidityYears = Defaults.residencePermitMaximumValidityYears
        self.calendar = .mainlandChina
    }

    /// Beijing's policy: integrated from 2024-12-01, Notification Letter valid 6 months, residence permit
    /// applied for within 30 days of entry and decided within 15 days of acceptance, valid 90 days to 5
    /// years, counted with the official calendar of mainland China.
    public static let beijing = WorkPermitIntegrationPolicy()

    /// This policy with another working-day calendar (for example one with next year's holiday notice).
    public func with(calendar: WorkingDayCalendar) -> WorkPermitIntegrationPolicy {
        Self(copying: self, calendar: calendar)
    }

    private init(copying other: WorkPermitIntegrationPolicy, calendar: WorkingDayCalendar) {
        self.effectiveDate = other.effectiveDate
        self.onlineSystemStartDate = other.onlineSystemStartDate
        self.notificationLetterValidityMonths = other.notificationLetterValidityMonths
        self.residencePermitDeadlineDays = other.residencePermitDeadlineDays
        self.residencePermitDecisionDays = other.residencePermitDecisionDays
        self.residencePermitMinimumValidityDays = other.residencePermitMinimumValidityDays
        self.residencePermitMaximumValidityYears = other.residencePermitMaximumValidityYears
        self.calendar = calendar
    }

    // MARK: - The rules

    /// Whether the online work permit system, and with it the Notification Letter, exists on `date`
    /// (WP-ONLINE): from ``onlineSystemStartDate``.
    public func isOnlineSystemInUse(on date: CivilDate) -> Bool {
        date >= self.onlineSystemStartDate
    }

    /// Whether the integration of work permit and card is in force on `date` (WP-EFFECTIVE).
    public func isIntegrationInForce(on date: CivilDate) -> Bool {
        date >= self.effectiveDate
    }

    /// The form of a work permit newly issued on `date`: physical before the effective date, integrated
    /// with the social security card from it (WP-EFFECTIVE, WP-ONLINE).
    ///
    /// A permit issued 2024-11-30 is physical; one issued 2024-12-01 is integrated.
    public func formOfNewPermit(issuedOn date: CivilDate) -> WorkPermitForm {
        self.isIntegrationInForce(on: date) ? .integrated : .physical
    }

    /// The last day a Notification Letter issued on `date` is valid (WP-NOTIFICATION).
    ///
    /// Our reading (Civil Code Art. 202): the period of ``notificationLetterValidityMonths`` months starts
    /// the day after the issue and ends on the same day of the month that many months later, or on that
    /// month's last day when it has no such day: issued 2026-01-15, valid through 2026-07-15; issued
    /// 2025-08-31, valid through 2026-02-28. The day is the letter's own validity, not a period for acting at
    /// an office, so it is not moved to the next working day (CM-PERIOD does not apply): a letter valid through
    /// 2026-10-01, a holiday, cannot be presented on 2026-10-08.
    ///
    /// - Throws: `CivilDateError` when the last day would fall after 2199.
    public func notificationLetterExpiry(issuedOn date: CivilDate) throws(CivilDateError) -> CivilDate {
        try date.addingMonths(self.notificationLetterValidityMonths)
    }

    /// The last day to apply for the residence permit after entering on `date` (WP-RESIDENCE-DEADLINE).
    ///
    /// Counted by CM-PERIOD: ``residencePermitDeadlineDays`` calendar days starting the day after entry,
    /// moved to the next working day when the last day is not one. Entry 2026-03-02: last day 2026-04-01.
    ///
    /// - Throws: `CalendarError` naming the year the calendar has no data for.
    public func residencePermitDeadline(enteredOn date: CivilDate) throws(CalendarError) -> PeriodEnd {
        try self.calendar.periodEnd(days: self.residencePermitDeadlineDays, after: date)
    }

    /// The day the residence permit application made on `date` is accepted: that day if it is a working
    /// day, else the next working day (CM-ACCEPTANCE).
    ///
    /// - Throws: `CalendarError` naming the year the calendar has no data for.
    public func residencePermitAcceptance(appliedOn date: CivilDate) throws(CalendarError) -> CivilDate {
        try self.calendar.acceptanceDate(for: date)
    }

    /// The last day for the decision on a residence permit application made on `date`
    /// (WP-RESIDENCE-DEADLINE).
    ///
    /// Our reading: ``residencePermitDecisionDays`` calendar days counted by CM-PERIOD from the acceptance
    /// date (CM-ACCEPTANCE). Applied Monday 2026-03-16: accepted that day, decided by 2026-03-31.
    ///
    /// - Throws: `CalendarError` naming the year the calendar has no data for.
    public func residencePermitDecisionDue(appliedOn date: CivilDate) throws(CalendarError) -> PeriodEnd {
        let accepted = try self.residencePermitAcceptance(appliedOn: date)
        return try self.calendar.periodEnd(days: self.residencePermitDecisionDays, after: accepted)
    }

    /// The range a work residence permit granted on `date` may be valid until (WP-RESIDENCE-DEADLINE).
    ///
    /// Our reading, counting as CM-PERIOD does (from the day after the grant): at least
    /// ``residencePermitMinimumValidityDays`` days and at most ``residencePermitMaximumValidityYears``
    /// years (same day of the month, or the month's last day): granted 2026-03-20, valid until a day in
    /// 2026-06-18...2031-03-20.
    ///
    /// - Throws: `CivilDateError` when the range would reach past 2199.
    public func residencePermitValidityRange(
        grantedOn date: CivilDate
    ) throws(CivilDateError)
        -> ClosedRange<CivilDate>
    {
        let earliest = try date.adding(days: self.residencePermitMinimumValidityDays)
        let latest = try date.addingMonths(self.residencePermitMaximumValidityYears * 12)
        return earliest...max(earliest, latest)
    }

    /// The readings this module chose where the sources leave room ("our reading" in DOMAIN.md).
    public var interpretations: [Interpretation] { Readings.all }
}

extension WorkPermitIntegrationPolicy {
    /// Beijing's values of DOMAIN.md, written once: the defaults of the initialiser and the values of
    /// ``WorkPermitIntegrationPolicy/beijing``.
    @usableFromInline
    enum Defaults {
        /// WP-EFFECTIVE: 2024-12-01.
        static let effectiveDate = CivilDate.known(2024, 12, 1)
        /// WP-ONLINE: the service system for foreigners working in China, nationwide from 2017-04-01.
        @usableFromInline static let onlineSystemStartDate = CivilDate.known(2017, 4, 1)
        /// WP-NOTIFICATION: 6 months (older template).
        @usableFromInline static let notificationLetterValidityMonths = 6
        /// WP-RESIDENCE-DEADLINE, EEAL-30: 30 calendar days after entry.
        @usableFromInline static let residencePermitDeadlineDays = 30
        /// WP-RESIDENCE-DEADLINE, EEAL-30: 15 calendar days after acceptance.
        @usableFromInline static let residencePermitDecisionDays = 15
        /// WP-RESIDENCE-DEADLINE: at least 90 days.
        @usableFromInline static let residencePermitMinimumValidityDays = 90
        /// WP-RESIDENCE-DEADLINE: at most 5 years.
        @usableFromInline static let residencePermitMaximumValidityYears = 5
    }
}

extension WorkPermitIntegrationPolicy {
    /// A policy parameter out of range: a count that is not positive (or absurdly large), or a residence
    /// permit validity whose minimum exceeds its maximum.
    public struct ParameterError: Error, Hashable, Sendable, CustomStringConvertible {
        /// The name of the parameter, such as `residencePermitDeadlineDays`.
        public let parameter: String

        /// Creates an error naming `parameter`.
        public init(parameter: String) {
            self.parameter = parameter
        }

        /// A one-line English explanation.
        public var description: String { "policy parameter \(self.parameter) is out of range" }

        /// The explanation in English, German and Simplified Chinese.
        public var message: LocalizedText {
            LocalizedText(
                english: self.description,
                german: "Richtlinienparameter \(self.parameter) liegt außerhalb des zulässigen Bereichs",
                chinese: "政策参数\(self.parameter)超出范围")
        }
    }
}
