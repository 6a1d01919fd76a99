public import CardModel

/// A deadline of an onboarding, with its nominal and effective last day and the rule that sets it.
public struct OnboardingDeadline: Sendable, Hashable, CustomStringConvertible {
    /// Which deadline.
    public enum Kind: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        /// The Notification Letter's last valid day: the Z visa and the entry must come by then
        /// (WP-NOTIFICATION, WP-VISA).
        case notificationLetterExpiry
        /// The last day to apply for the residence permit (WP-RESIDENCE-DEADLINE).
        case residencePermitApplication
        /// The last day for the decision on the residence permit (WP-RESIDENCE-DEADLINE).
        case residencePermitDecision

        /// The kind's id, such as `residencePermitApplication`.
        public var description: String { self.rawValue }

        /// The rule that sets the deadline.
        public var rule: RuleID {
            switch self {
            case .notificationLetterExpiry: .workPermitNotification
            case .residencePermitApplication, .residencePermitDecision: .workPermitResidenceDeadline
            }
        }

        /// The deadline's name in three languages.
        public var name: LocalizedText {
            switch self {
            case .notificationLetterExpiry:
                LocalizedText(
                    english: "Notification Letter valid until",
                    german: "Mitteilung über die Arbeitserlaubnis gültig bis",
                    chinese: "《外国人工作许可通知》有效期至")
            case .residencePermitApplication:
                LocalizedText(
                    english: "apply for the residence permit by", german: "Aufenthaltstitel beantragen bis",
                    chinese: "申请居留许可截止日")
            case .residencePermitDecision:
                LocalizedText(
                    english: "residence permit decision due by",
                    german: "Entscheidung über den Aufenthaltstitel fällig bis",
                    chinese: "居留许可审批截止日")
            }
        }
    }

    /// Which deadline.
    public let kind: Kind
    /// The nominal last day (CM-PERIOD: the event's date + N days; for the letter, Civil Code Art. 202).
    public let nominalLastDay: CivilDate
    /// The effective last day: the nominal one, or the next working day when it is not one (CM-PERIOD); `nil`
    /// when the calendar has no data for the year that decides it (CM-WORKDAY: never guessed).
    public let lastDay: CivilDate?
    /// The year the calendar has no working-day data for, when ``lastDay`` is unknown.
    public let yearWithoutData: Int?
    /// The year without a notice whose provisional calendar gave ``lastDay`` (CM-PROVISIONAL: weekends and the
    /// statutory days are rest days until the notice is added); `nil` when the effective day rests on notices only.
    public let provisionalYear: Int?

    /// Creates a deadline whose effective last day is known; only the module makes them, from the policy.
    init(kind: Kind, nominalLastDay: CivilDate, lastDay: CivilDate, provisionalYear: Int? = nil) {
        self.kind = kind
        self.nominalLastDay = nominalLastDay
        self.lastDay = max(lastDay, nominalLastDay)
        self.yearWithoutData = nil
        self.provisionalYear = provisionalYear
    }

    /// Creates a deadline whose effective last day needs `year`, which the calendar has no data for.
    init(kind: Kind, nominalLastDay: CivilDate, unknownFor year: Int) {
        self.kind = kind
        self.nominalLastDay = nominalLastDay
        self.lastDay = nil
        self.yearWithoutData = year
        self.provisionalYear = nil
    }

    /// Creates a deadline from a period end (CM-PERIOD).
    init(kind: Kind, period: PeriodEnd) {
        self.init(kind: kind, nominalLastDay: period.nominalLastDay, lastDay: period.effectiveLastDay)
    }

    /// The deadline of a period of `days` calendar days after `date` (CM-PERIOD): the nominal last day always;
    /// the effective one when `calendar` has the data, else marked unknown with the year it needs. An effective
    /// day from a provisional calendar names the year (CM-PROVISIONAL); so does one counted from `date` when
    /// `date` itself was provisional (`dependsOnProvisional`).
    ///
    /// - Throws: `CivilDateError` when the nominal last day would fall after 2199.
    static func period(
        _ kind: Kind, days: Int, after date: CivilDate, calendar: WorkingDayCalendar,
        dependsOnProvisional: Int? = nil
    ) throws(CivilDateError) -> OnboardingDeadline {
        let nominal = try date.adding(days: days)
        do {
            let lastDay = try calendar.acceptanceDate(for: nominal)
            let provisional = calendar.provisionalYears(from: nominal, through: lastDay).first ?? dependsOnProvisional
            return Self(kind: kind, nominalLastDay: nominal, lastDay: lastDay, provisionalYear: provisional)
        } catch {
            return Self(kind: kind, nominalLastDay: nominal, unknownFor: error.year)
        }
    }

    /// The rule that sets the deadline.
    public var rule: RuleID { self.kind.rule }

    /// Whether the effective last day is provisional (CM-PROVISIONAL).
    public var isProvisional: Bool { self.provisionalYear != nil }

    /// Whether the effective last day is known.
    public var isKnown: Bool { self.lastDay != nil }

    /// The last day that is in time whatever the calendar says: the effective last day, or the nominal one
    /// when the effective one is unknown (the effective day is never before the nominal one).
    public var lastSafeDay: CivilDate { self.lastDay ?? self.nominalLastDay }

    /// Whether a step done on `date` is certainly late: after the effective last day. `false` while the
    /// effective day is unknown and `date` is after the nominal one (it may still be in time).
    public func isCertainlyMissed(by date: CivilDate) -> Bool {
        guard let lastDay = self.lastDay else { return false }
        return date > lastDay
    }

    /// `residencePermitApplication 2026-04-01 (WP-RESIDENCE-DEADLINE)`, with the nominal day when it differs, or
    /// `… 2027-01-01 (effective day unknown: no calendar data for 2027) …`.
    public var description: String {
        let day: String
        if let lastDay = self.lastDay {
            day = self.nominalLastDay == lastDay ? "\(lastDay)" : "\(self.nominalLastDay) (effective \(lastDay))"
        } else {
            day = "\(self.nominalLastDay) (effective day unknown: no calendar data for \(self.yearWithoutData ?? 0))"
        }
        return "\(self.kind) \(day) (\(self.rule))"
    }
}
