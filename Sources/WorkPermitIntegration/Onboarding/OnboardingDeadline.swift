public import CardModel

/// A deadline of an onboarding, with its nominal and effective last day and the rule that sets it.
public struct OnboardingDeadline: Sendable, Hashable, CustomStringConvertible {
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

    /// Creates a deadline; only the module makes them, from the policy (the effective day is never before the
    /// nominal one).
    init(kind: Kind, nominalLastDay: CivilDate, lastDay: CivilDate) {
        self.kind = kind
        self.nominalLastDay = nominalLastDay
        self.lastDay = max(lastDay, nominalLastDay)
    }

    /// Creates a deadline from a period end (CM-PERIOD).
    init(kind: Kind, period: PeriodEnd) {
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

extension OnboardingDeadline: Codable {
    private enum CodingKeys: String, CodingKey { case kind, nominalLastDay, lastDay }

    /// Decodes a deadline, refusing an effective last day before the nominal one, or a letter's last day that
    /// moved (WP-NOTIFICATION: the letter's day is its own).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(Kind.self, forKey: .kind)
        let nominal = try container.decode(CivilDate.self, forKey: .nominalLastDay)
        let last = try container.decode(CivilDate.self, forKey: .lastDay)
        guard last >= nominal, kind != .notificationLetterExpiry || last == nominal else {
            throw DecodingError.dataCorruptedError(
                forKey: .lastDay, in: container,
                debugDescription: "the effective last day \(last) does not fit the nominal last day \(nominal)")
        }
        self.init(kind: kind, nominalLastDay: nominal, lastDay: last)
    }

    /// Encodes the kind and both days.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.kind, forKey: .kind)
        try container.encode(self.nominalLastDay, forKey: .nominalLastDay)
        try container.encode(self.lastDay, forKey: .lastDay)
    }
}
