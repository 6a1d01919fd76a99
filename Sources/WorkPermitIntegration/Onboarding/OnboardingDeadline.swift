public import CardModel

/// A deadline of an onboarding, with its nominal and effective last day and the rule that sets it.
public struct OnboardingDeadline: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Which deadline.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
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
    /// The effective last day: the nominal one, or the next working day when it is not one (CM-PERIOD).
    public let lastDay: CivilDate

    /// Creates a deadline.
    public init(kind: Kind, nominalLastDay: CivilDate, lastDay: CivilDate) {
        self.kind = kind
        self.nominalLastDay = nominalLastDay
        self.lastDay = lastDay
    }

    /// Creates a deadline from a period end (CM-PERIOD).
    public init(kind: Kind, period: PeriodEnd) {
        self.init(kind: kind, nominalLastDay: period.nominalLastDay, lastDay: period.effectiveLastDay)
    }

    /// The rule that sets the deadline.
    public var rule: RuleID { self.kind.rule }

    /// `residencePermitApplication 2026-04-01 (WP-RESIDENCE-DEADLINE)`, with the nominal day when it differs.
    public var description: String {
        let day =
            self.nominalLastDay == self.lastDay
            ? "\(self.lastDay)" : "\(self.nominalLastDay) (effective \(self.lastDay))"
        return "\(self.kind) \(day) (\(self.rule))"
    }
}

/// A deadline and where it stands on a given day.
public struct OnboardingDeadlineStatus: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Where a deadline stands.
    public enum Outcome: Sendable, Hashable, Codable, CustomStringConvertible {
        /// Not yet met, and the last day has not passed.
        case pending
        /// Met on that day, in time.
        case met(on: CivilDate)
        /// Met on that day, after the last day.
        case metLate(on: CivilDate)
        /// Not met, and the last day has passed.
        case missed

        /// `pending`, `met 2026-03-20`, `metLate 2026-04-10` or `missed`.
        public var description: String {
            switch self {
            case .pending: "pending"
            case .met(let date): "met \(date)"
            case .metLate(let date): "metLate \(date)"
            case .missed: "missed"
            }
        }

        /// Whether the deadline was missed or met late.
        public var isMissed: Bool {
            switch self {
            case .pending, .met: false
            case .metLate, .missed: true
            }
        }
    }

    /// The deadline.
    public let deadline: OnboardingDeadline
    /// Where it stands.
    public let outcome: Outcome

    /// Creates a status.
    public init(deadline: OnboardingDeadline, outcome: Outcome) {
        self.deadline = deadline
        self.outcome = outcome
    }

    /// Where `deadline` stands on `date`, given the day it was met, if it was.
    static func evaluate(
        _ deadline: OnboardingDeadline, metOn: CivilDate?, on date: CivilDate
    )
        -> OnboardingDeadlineStatus
    {
        let outcome: Outcome
        if let metOn {
            outcome = metOn <= deadline.lastDay ? .met(on: metOn) : .metLate(on: metOn)
        } else {
            outcome = date > deadline.lastDay ? .missed : .pending
        }
        return OnboardingDeadlineStatus(deadline: deadline, outcome: outcome)
    }

    /// `residencePermitApplication 2026-04-01 (WP-RESIDENCE-DEADLINE): pending`.
    public var description: String { "\(self.deadline): \(self.outcome)" }
}
