public import CardModel

/// The planned timeline of an onboarding from its entry date (and the Notification Letter's date, if
/// known): every step with its known date or its window, the deadlines, and warnings; what
/// `sscard onboarding` prints.
///
/// Unlike ``ForeignerOnboarding``, which records what happened, a timeline plans: it does not need the Z
/// visa's date (only that it lies between the letter and the entry). A timeline that cannot happen (entry
/// before the letter or after its expiry, WP-NOTIFICATION; a permit form the dates rule out, WP-EFFECTIVE,
/// WP-ONLINE) is still built, with ``isPossible`` false and the reasons among the ``warnings``.
///
/// ```swift
/// let timeline = try OnboardingTimeline(
///     entry: CivilDate("2026-03-02")!, notificationLetterIssued: CivilDate("2026-01-15")!)
/// timeline.deadlines.map(\.lastDay)    // [2026-07-15, 2026-04-01, 2026-04-16]
/// ```
public struct OnboardingTimeline: Sendable, Hashable, Codable {
    /// One step of the timeline: its known date, or the window it falls in.
    public struct Step: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The step.
        public let step: OnboardingStep
        /// The day it happens, where known (the letter's date and the entry).
        public let date: CivilDate?
        /// The first day it can happen, where known.
        public let earliest: CivilDate?
        /// The last day it should happen, where a rule sets one.
        public let latest: CivilDate?
        /// What it needs, in three languages.
        public let needs: [LocalizedText]

        /// Creates a step.
        public init(
            step: OnboardingStep, date: CivilDate?, earliest: CivilDate?, latest: CivilDate?, needs: [LocalizedText]
        ) {
            self.step = step
            self.date = date
            self.earliest = earliest
            self.latest = latest
            self.needs = needs
        }

        /// The rule the step follows.
        public var rule: RuleID { self.step.rule }

        /// `2026-03-02 entry`, `2026-03-02...2026-04-01 residencePermitApplication` or `after … enrolment`.
        public var description: String {
            if let date = self.date { return "\(date) \(self.step)" }
            switch (self.earliest, self.latest) {
            case (let earliest?, let latest?): return "\(earliest)...\(latest) \(self.step)"
            case (let earliest?, nil): return "from \(earliest) \(self.step)"
            case (nil, let latest?): return "by \(latest) \(self.step)"
            case (nil, nil): return "later \(self.step)"
            }
        }
    }

    /// The entry date.
    public let entry: CivilDate
    /// The Notification Letter's date, if given.
    public let notificationLetterIssued: CivilDate?
    /// The permit's form the timeline follows.
    public let permitForm: WorkPermitForm
    /// Every step, in order.
    public let steps: [Step]
    /// The deadlines: the letter's last valid day (when its date is known), the residence permit
    /// application, and the latest day for the decision (when applied on the last day).
    public let deadlines: [OnboardingDeadline]
    /// Why the timeline cannot happen; empty when it can.
    public let problems: [Violation]
    /// Risks worth knowing, such as a letter expiring before the residence permit deadline.
    public let advice: [Violation]
    /// The readings the timeline rests on.
    public let notes: [Interpretation]

    /// Whether the timeline can happen under the rules.
    public var isPossible: Bool { self.problems.isEmpty }

    /// The problems, then the advice.
    public var warnings: [Violation] { self.problems + self.advice }

    /// Plans the onboarding of a foreigner entering on `entry`.
    ///
    /// - Parameters:
    ///   - entry: The day of entry on the Z visa.
    ///   - notificationLetterIssued: The Notification Letter's date, if known.
    ///   - permitForm: The permit's form, if the caller states it; by default the one the entry date gives
    ///     (physical before the effective date, integrated from it). A stated form the dates rule out is a
    ///     problem.
    ///   - policy: The policy; `.beijing` by default.
    /// - Throws: `CalendarError` when the calendar has no data for a deadline's year (or the dates leave
    ///   the supported years).
    public init(
        entry: CivilDate, notificationLetterIssued: CivilDate? = nil, permitForm: WorkPermitForm? = nil,
        policy: WorkPermitIntegrationPolicy = .beijing
    ) throws(CalendarError) {
        let form = permitForm ?? policy.formOfNewPermit(issuedOn: entry)
        var problems: [Violation] = []
        var advice: [Violation] = []
        var deadlines: [OnboardingDeadline] = []
        var letterExpiry: CivilDate?

        let expected = policy.formOfNewPermit(issuedOn: entry)
        if form != expected {
            problems.append(Self.formProblem(form, entry: entry, policy: policy))
        }
        if let issued = notificationLetterIssued {
            let expiry: CivilDate
            do { expiry = try policy.notificationLetterExpiry(issuedOn: issued) } catch {
                throw CalendarError(noDataFor: error.year ?? 2200)
            }
            letterExpiry = expiry
            deadlines.append(
                OnboardingDeadline(kind: .notificationLetterExpiry, nominalLastDay: expiry, lastDay: expiry))
            if issued > entry {
                problems.append(Self.letterAfterEntry(issued, entry: entry))
            } else if entry > expiry {
                problems.append(Self.entryAfterExpiry(issued, expiry: expiry, entry: entry))
            }
        }
        let application = try policy.residencePermitDeadline(enteredOn: entry)
        let applicationDeadline = OnboardingDeadline(kind: .residencePermitApplication, period: application)
        let decision = try policy.residencePermitDecisionDue(appliedOn: application.effectiveLastDay)
        deadlines.append(applicationDeadline)
        deadlines.append(OnboardingDeadline(kind: .residencePermitDecision, period: decision))
        if let expiry = letterExpiry, form == .integrated, expiry >= entry, expiry < application.effectiveLastDay {
            advice.append(OnboardingMessages.letterRiskWarning(letter: expiry, deadline: application.effectiveLastDay))
        }

        func step(
            _ step: OnboardingStep, date: CivilDate? = nil, earliest: CivilDate? = nil, latest: CivilDate? = nil
        ) -> Step {
            Step(
                step: step, date: date, earliest: earliest, latest: latest,
                needs: step.needs(form: form, letterExpiry: letterExpiry, policy: policy))
        }
        let steps: [Step] = [
            step(
                .notificationLetter, date: notificationLetterIssued,
                latest: notificationLetterIssued == nil ? entry : nil),
            step(.zVisa, earliest: notificationLetterIssued, latest: letterExpiry.map { min($0, entry) } ?? entry),
            step(.entry, date: entry),
            step(.electronicCard, earliest: form == .integrated ? entry : nil),
            step(.enrolment, earliest: entry),
            step(.socialSecurityNumber),
            step(.physicalCardIssued),
            step(.physicalCardReceived),
            step(.residencePermitApplication, earliest: entry, latest: application.effectiveLastDay),
            step(.residencePermitDecision, earliest: entry, latest: decision.effectiveLastDay),
        ]
        self.entry = entry
        self.notificationLetterIssued = notificationLetterIssued
        self.permitForm = form
        self.steps = steps
        self.deadlines = deadlines
        self.problems = problems
        self.advice = advice
        self.notes = [
            Readings.notificationMonths, Readings.notificationUse, Readings.onboardingForm,
            Readings.lateResidenceApplication,
        ]
    }

    private static func formProblem(
        _ form: WorkPermitForm, entry: CivilDate, policy: WorkPermitIntegrationPolicy
    )
        -> Violation
    {
        let facts = [
            Fact("permit", form.rawValue), Fact("entry", "\(entry)"), Fact("effectiveDate", "\(policy.effectiveDate)"),
        ]
        switch form {
        case .integrated:
            return Violation(
                rule: .workPermitEffective,
                message: LocalizedText(
                    english:
                        "the work permit is integrated with the card only from \(policy.effectiveDate); an entry on "
                        + "\(entry) came under the procedure with a physical work permit card",
                    german:
                        "die Arbeitserlaubnis ist erst ab dem \(policy.effectiveDate) in die Karte integriert; eine "
                        + "Einreise am \(entry) fiel unter das Verfahren mit physischer Arbeitserlaubnis",
                    chinese: "工作许可自\(policy.effectiveDate)起才与社保卡融合；\(entry)入境适用实体工作许可证程序"),
                facts: facts)
        case .physical:
            return Violation(
                rule: .workPermitOnline,
                message: LocalizedText(
                    english: "from \(policy.effectiveDate) no physical work permit card is issued after entry: a "
                        + "foreigner entering on \(entry) has the permit on the social security card",
                    german: "ab dem \(policy.effectiveDate) wird nach der Einreise keine physische Arbeitserlaubnis "
                        + "ausgestellt: bei Einreise am \(entry) liegt die Erlaubnis auf der Sozialversicherungskarte",
                    chinese: "自\(policy.effectiveDate)起入境后不再发放实体工作许可证：\(entry)入境的，工作许可载于社保卡"),
                facts: facts)
        }
    }

    private static func letterAfterEntry(_ issued: CivilDate, entry: CivilDate) -> Violation {
        Violation(
            rule: .workPermitVisa,
            message: LocalizedText(
                english: "the Notification Letter (\(issued)) comes after the entry (\(entry)): the Z visa needs the "
                    + "letter, and the entry needs the visa",
                german: "die Mitteilung (\(issued)) liegt nach der Einreise (\(entry)): das Z-Visum setzt die "
                    + "Mitteilung voraus, die Einreise das Visum",
                chinese: "《外国人工作许可通知》（\(issued)）晚于入境（\(entry)）：Z字签证须凭通知申请，入境须持签证"),
            facts: [Fact("notificationIssued", "\(issued)"), Fact("entry", "\(entry)")])
    }

    private static func entryAfterExpiry(_ issued: CivilDate, expiry: CivilDate, entry: CivilDate) -> Violation {
        Violation(
            rule: .workPermitNotification,
            message: LocalizedText(
                english: "the Notification Letter issued on \(issued) was valid until \(expiry); an entry on \(entry) "
                    + "comes after it expired: a new letter is needed",
                german: "die am \(issued) ausgestellte Mitteilung war bis zum \(expiry) gültig; eine Einreise am "
                    + "\(entry) liegt nach ihrem Ablauf: eine neue Mitteilung ist nötig",
                chinese: "\(issued)签发的《外国人工作许可通知》有效期至\(expiry)，\(entry)入境时已过期，须重新取得通知"),
            facts: [
                Fact("notificationIssued", "\(issued)"), Fact("validUntil", "\(expiry)"), Fact("entry", "\(entry)"),
            ])
    }
}
