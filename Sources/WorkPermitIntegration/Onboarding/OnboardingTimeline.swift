public import CardModel

/// The planned timeline of an onboarding from its entry date (and the Notification Letter's date, if
/// known): every step with its known date or its window, the deadlines, and warnings; what
/// `sscard onboarding` prints.
///
/// Unlike ``ForeignerOnboarding``, which records what happened, a timeline plans: it does not need the Z
/// visa's date (only that it lies between the letter and the entry). A timeline that cannot happen (entry
/// before the letter, WP-VISA; an integrated permit before the integration, WP-EFFECTIVE) is still built,
/// with ``isPossible`` false and the reasons among the ``warnings``. An entry after the letter expired can
/// happen: it is a warning (WP-NOTIFICATION: afterwards only the electronic card proves the permit).
///
/// A physical permit with an entry from the effective date is a permit issued before it and kept as it is
/// (WP-NO-CHANGE): the plan has no Notification Letter and no Z visa, and a letter given with it is a problem
/// (a letter from the effective date notifies an integrated permit, WP-EFFECTIVE; after such an entry no
/// physical card is issued, WP-ONLINE). An entry or a letter before the online work permit system
/// (``WorkPermitIntegrationPolicy/onlineSystemStartDate``, 2017-04-01) is planned not at all: no steps, no
/// deadlines, one WP-ONLINE problem.
///
/// Only ``init(entry:notificationLetterIssued:permitForm:policy:)`` makes a timeline, from the policy: it is
/// `Encodable` (for logs and JSON), not `Decodable`.
///
/// ```swift
/// let timeline = try OnboardingTimeline(
///     entry: try CivilDate(parsing: "2026-03-02"), notificationLetterIssued: try CivilDate(parsing: "2026-01-15"))
/// timeline.deadlines.map(\.lastDay)    // [2026-07-15, 2026-04-01, 2026-04-16]
/// timeline.missingCalendarYears        // [] (an entry on 2026-12-02 gives [2027]: the nominal days only)
/// ```
public struct OnboardingTimeline: Sendable, Hashable {
    /// One step of the timeline: its known date, or the window it falls in.
    public struct Step: Sendable, Hashable, CustomStringConvertible {
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

        /// Creates a step; only the timeline makes them.
        init(
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
    /// application, and the latest day for the decision (conditional: it assumes an application on the last
    /// day, so it is left out when that day is unknown). A deadline whose effective day needs a year without
    /// calendar data keeps its nominal day, with ``OnboardingDeadline/lastDay`` `nil` (CM-WORKDAY).
    public let deadlines: [OnboardingDeadline]
    /// Why the timeline cannot happen; empty when it can.
    public let problems: [Violation]
    /// Risks and gaps worth knowing: a letter expiring before the residence permit deadline, a deadline whose
    /// effective day is unknown for lack of calendar data (CM-WORKDAY, naming the year).
    public let advice: [Violation]
    /// The years the calendar has no working-day data for that a deadline needs, oldest first; empty when
    /// every deadline is known.
    public let missingCalendarYears: [Int]
    /// The years without a notice whose provisional calendar gave a deadline's effective day (CM-PROVISIONAL),
    /// oldest first; empty when every effective day rests on notices.
    public let provisionalYears: [Int]
    /// The readings the timeline rests on.
    public let notes: [Interpretation]

    /// Whether the timeline can happen under the rules.
    public var isPossible: Bool { self.problems.isEmpty }

    /// Whether `deadline` is conditional: the decision's latest day assumes an application on the last day
    /// (an earlier application gives an earlier decision day).
    public func isConditional(_ deadline: OnboardingDeadline) -> Bool {
        deadline.kind == .residencePermitDecision
    }

    /// Whether every deadline's effective day is known (the calendar has every year they need).
    public var isComplete: Bool { self.missingCalendarYears.isEmpty }

    /// The problems, then the advice.
    public var warnings: [Violation] { self.problems + self.advice }

    /// Plans the onboarding of a foreigner entering on `entry`.
    ///
    /// - Parameters:
    ///   - entry: The day of entry on the Z visa.
    ///   - notificationLetterIssued: The Notification Letter's date, if known.
    ///   - permitForm: The permit's form, if the caller states it; by default the one the entry date gives
    ///     (physical before the effective date, integrated from it). An integrated permit before the effective
    ///     date is a problem; a physical one from it is a valid plan with a WP-NO-CHANGE advice (a permit issued
    ///     before the effective date stays valid as it is).
    ///   - policy: The policy; `.beijing` by default.
    /// - Throws: `CivilDateError` (code `.yearOutOfRange`) when a deadline would fall after 2199-12-31, the last
    ///   supported date (CM-DATE). A year without calendar data is no error: the deadline keeps its nominal day
    ///   and ``missingCalendarYears`` names the year.
    public init(
        entry: CivilDate, notificationLetterIssued: CivilDate? = nil, permitForm: WorkPermitForm? = nil,
        policy: WorkPermitIntegrationPolicy = .beijing
    ) throws(CivilDateError) {
        let form = permitForm ?? policy.formOfNewPermit(issuedOn: entry)
        self.entry = entry
        self.notificationLetterIssued = notificationLetterIssued
        self.permitForm = form
        self.notes = [
            Readings.notificationMonths, Readings.notificationUse, Readings.onboardingForm,
            Readings.lateResidenceApplication, Readings.onlineSystemStart,
        ]
        // Before the online work permit system there was no Notification Letter and no electronic card: the
        // library plans none of the earlier procedures (WP-ONLINE).
        guard policy.isOnlineSystemInUse(on: entry), notificationLetterIssued.map(policy.isOnlineSystemInUse) ?? true
        else {
            self.steps = []
            self.deadlines = []
            self.problems = [
                OnboardingTimelineMessages.beforeOnlineSystem(
                    entry: entry, letter: notificationLetterIssued, policy: policy)
            ]
            self.advice = []
            self.missingCalendarYears = []
            self.provisionalYears = []
            return
        }
        var (problems, advice) = Self.formFindings(form, entry: entry, letter: notificationLetterIssued, policy: policy)
        var deadlines: [OnboardingDeadline] = []
        var letterExpiry: CivilDate?
        if let issued = notificationLetterIssued {
            let expiry = try policy.notificationLetterExpiry(issuedOn: issued)
            letterExpiry = expiry
            deadlines.append(
                OnboardingDeadline(kind: .notificationLetterExpiry, nominalLastDay: expiry, lastDay: expiry))
            if issued > entry {
                problems.append(OnboardingTimelineMessages.letterAfterEntry(issued, entry: entry))
            } else if entry > expiry {
                advice.append(
                    OnboardingTimelineMessages.entryAfterExpiry(issued, expiry: expiry, entry: entry, form: form))
            }
        }
        let (application, decision) = try Self.residenceDeadlines(entry: entry, policy: policy)
        deadlines += [application] + (decision.map { [$0] } ?? [])
        let (deadlineAdvice, missingYears) = Self.deadlineAdvice(
            deadlines, decision: decision, letterExpiry: letterExpiry, entry: entry, form: form, policy: policy)
        advice += deadlineAdvice
        self.steps = Self.plannedSteps(
            entry: entry, letter: (notificationLetterIssued, letterExpiry), application: application,
            decision: decision, form: form, policy: policy)
        self.deadlines = deadlines
        self.problems = problems
        self.advice = advice
        self.missingCalendarYears = missingYears
        self.provisionalYears = Set(deadlines.compactMap { $0.provisionalYear }).sorted()
    }

    /// WP-RESIDENCE-DEADLINE: the application's deadline and the decision's latest day, which assumes an
    /// application on the last day, accepted that day (a working day); `nil` when that last day is unknown.
    private static func residenceDeadlines(
        entry: CivilDate, policy: WorkPermitIntegrationPolicy
    ) throws(CivilDateError) -> (application: OnboardingDeadline, decision: OnboardingDeadline?) {
        let application = try OnboardingDeadline.period(
            .residencePermitApplication, days: policy.residencePermitDeadlineDays, after: entry,
            calendar: policy.calendar)
        guard let lastDay = application.lastDay else { return (application, nil) }
        let decision = try OnboardingDeadline.period(
            .residencePermitDecision, days: policy.residencePermitDecisionDays, after: lastDay,
            calendar: policy.calendar, dependsOnProvisional: application.provisionalYear)
        return (application, decision)
    }

    /// WP-RESIDENCE, CM-WORKDAY, CM-PROVISIONAL: a letter expiring before the application's deadline, each
    /// unknown or provisional effective day, and the conditional decision left out for lack of calendar data; with
    /// the years without data.
    private static func deadlineAdvice(
        _ deadlines: [OnboardingDeadline], decision: OnboardingDeadline?, letterExpiry: CivilDate?, entry: CivilDate,
        form: WorkPermitForm, policy: WorkPermitIntegrationPolicy
    ) -> (advice: [Violation], missingYears: [Int]) {
        var advice: [Violation] = []
        let application = deadlines.first { $0.kind == .residencePermitApplication }
        if let expiry = letterExpiry, let application, form == .integrated, expiry >= entry,
            expiry < application.lastSafeDay
        {
            advice.append(
                OnboardingDeadlineMessages.letterRiskWarning(letter: expiry, deadline: application.lastSafeDay))
        }
        var missingYears = Set(deadlines.compactMap { $0.yearWithoutData })
        advice += deadlines.filter { !$0.isKnown }.map(OnboardingDeadlineMessages.unknownEffectiveDay)
        advice += deadlines.filter { $0.isProvisional }.map(OnboardingDeadlineMessages.provisionalEffectiveDay)
        if decision == nil, let year = application?.yearWithoutData {
            advice.append(OnboardingTimelineMessages.unknownConditionalDecision(year: year, policy: policy))
            missingYears.insert(year)
        }
        return (advice, missingYears.sorted())
    }

    /// WP-EFFECTIVE, WP-NO-CHANGE: a permit form the entry date does not give. An integrated permit before the
    /// effective date cannot be; a physical one from it is a permit issued before it and kept as it is, a plan
    /// without a new letter (a letter given with it is a problem).
    private static func formFindings(
        _ form: WorkPermitForm, entry: CivilDate, letter: CivilDate?, policy: WorkPermitIntegrationPolicy
    ) -> (problems: [Violation], advice: [Violation]) {
        switch (form, policy.formOfNewPermit(issuedOn: entry)) {
        case (.integrated, .physical):
            return ([OnboardingTimelineMessages.formMismatch(form, entry: entry, policy: policy)], [])
        case (.physical, .integrated):
            if let issued = letter {
                return (
                    OnboardingTimelineMessages.letterForPhysicalPermit(issued: issued, entry: entry, policy: policy), []
                )
            }
            // A physical permit issued before the effective date stays valid as it is (WP-NO-CHANGE): a plan, not an
            // impossibility; no new one is issued after entry (WP-ONLINE).
            return ([], [OnboardingTimelineMessages.formMismatch(form, entry: entry, policy: policy)])
        case (.physical, .physical), (.integrated, .integrated):
            return ([], [])
        }
    }

    /// Every step, with its date or window and its needs. A physical permit with an entry from the effective date is
    /// a permit issued before it, kept as it is (WP-NO-CHANGE): its holder gets no new Notification Letter and Z
    /// visa, so the plan has neither.
    private static func plannedSteps(
        entry: CivilDate, letter: (issued: CivilDate?, expiry: CivilDate?), application: OnboardingDeadline,
        decision: OnboardingDeadline?, form: WorkPermitForm, policy: WorkPermitIntegrationPolicy
    ) -> [Step] {
        let existingPhysicalPermit = form == .physical && policy.formOfNewPermit(issuedOn: entry) == .integrated
        func step(
            _ step: OnboardingStep, date: CivilDate? = nil, earliest: CivilDate? = nil, latest: CivilDate? = nil
        ) -> Step {
            Step(
                step: step, date: date, earliest: earliest, latest: latest,
                needs: step.needs(
                    form: form, letterExpiry: letter.expiry, policy: policy,
                    letterUsable: !existingPhysicalPermit && (letter.expiry.map { entry <= $0 } ?? true),
                    existingPhysicalPermit: existingPhysicalPermit))
        }
        let visaBy = letter.expiry.map { min($0, entry) } ?? entry
        let planned: [Step] = [
            step(.notificationLetter, date: letter.issued, latest: letter.issued == nil ? entry : nil),
            // Between the letter and the entry (and by the letter's expiry); never an inverted window when the
            // letter comes after the entry (a WP-VISA problem).
            step(.zVisa, earliest: letter.issued.flatMap { $0 <= visaBy ? $0 : nil }, latest: visaBy),
            step(.entry, date: entry),
            step(.electronicCard, earliest: policy.isIntegrationInForce(on: entry) ? entry : nil),
            step(.enrolment, earliest: entry),
            step(.socialSecurityNumber),
            step(.physicalCardIssued),
            step(.physicalCardReceived),
            step(.residencePermitApplication, earliest: entry, latest: application.lastSafeDay),
            step(.residencePermitDecision, earliest: entry, latest: decision?.lastSafeDay),
        ]
        return planned.filter { !existingPhysicalPermit || ($0.step != .notificationLetter && $0.step != .zVisa) }
    }
}
