public import CardModel

/// One foreign employee's onboarding, from the Notification Letter to the residence permit decision
/// (WORK-PERMIT-2024, EEAL-30).
///
/// ```
///  notStarted ─notificationLetterIssued─▶ notificationLetterIssued ─zVisaIssued─▶ zVisaIssued ─entered─▶ inChina
///                                         (Z visa by the letter's last valid day, WP-VISA; an entry after it is
///                                          recorded and flagged, WP-NOTIFICATION)
///
///  inChina: three tracks, in any interleaving
///    electronic card   electronicCardRegistered            (any time after entry, as ``ElectronicCard``; before
///                                                            2024-12-01 with the social security number, so after it)
///    social insurance  enrolled ─▶ socialSecurityNumberAssigned ─▶ physicalCardIssued ─▶ physicalCardReceived
///    residence permit  residencePermitApplied ─▶ residencePermitGranted ──▶ (completed, with the card received)
///                                              └▶ residencePermitRefused ──▶ closed (refuses every event)
/// ```
///
/// Enrolment (by the employer or the foreigner, in the online hall or at the agency) and the residence
/// permit application (at the exit-entry administration of the place of work) present the Notification
/// Letter, valid on that day, or the electronic card with the work permit information (WP-ENROL,
/// WP-RESIDENCE). The residence permit is applied for within 30 calendar days of entry, counted by
/// CM-PERIOD (entry 2026-03-02: last day 2026-04-01); a late application is recorded and flagged; the
/// decision is due 15 calendar days after the acceptance, moved to the next working day like every period
/// (WP-RESIDENCE-DEADLINE). Events record what happened: when a deadline needs a year the calendar has no
/// data for, the event is still recorded, the deadline keeps its nominal day, its effective day is unknown
/// (never guessed) and the status warns with CM-WORKDAY naming the year.
///
/// ``status(on:)`` answers at any day: the steps done, the next possible steps with what each needs, the
/// deadlines and which are missed, warnings, and the effects the host should have in place.
///
/// An event the onboarding cannot take, or one dated before the previous event, throws an
/// ``OnboardingError`` and leaves the onboarding unchanged, history included. The history is append-only;
/// ``init(replaying:policy:)`` rebuilds an onboarding from it, and decoding replays the encoded history, so
/// a tampered snapshot is refused.
///
/// ```swift
/// var onboarding = ForeignerOnboarding()
/// try onboarding.handle(.notificationLetterIssued(on: try CivilDate(parsing: "2026-01-15")))
/// try onboarding.handle(.zVisaIssued(on: try CivilDate(parsing: "2026-02-10")))
/// let effects = try onboarding.handle(.entered(on: try CivilDate(parsing: "2026-03-02")))
/// // [.scheduleDeadline(residencePermitApplication 2026-04-01 …)]; the letter's reminder stays (no e-card yet)
/// onboarding.status(on: try CivilDate(parsing: "2026-04-02")).missedDeadlines  // [residencePermitApplication …]
/// ```
public struct ForeignerOnboarding: Sendable, Hashable {
    // The state types are internal only so that the extension files (+InChina, +Status) can read them; only
    // this file changes the state.

    struct Letter: Sendable, Hashable {
        var issuedOn: CivilDate
        var expiry: OnboardingDeadline
        /// The letter's last valid day (its own day, never moved: WP-NOTIFICATION).
        var validUntil: CivilDate { self.expiry.nominalLastDay }
    }

    struct Enrolment: Sendable, Hashable {
        var date: CivilDate
        var by: Enroller
        var channel: EnrolmentChannel
        var document: PermitDocument
    }

    enum Insurance: Sendable, Hashable {
        /// Can transition to: `enrolled`.
        case notEnrolled
        /// Can transition to: `numberAssigned`.
        case enrolled(Enrolment)
        /// Can transition to: `cardIssued`.
        case numberAssigned(Enrolment, numberOn: CivilDate)
        /// Can transition to: `cardReceived`.
        case cardIssued(Enrolment, numberOn: CivilDate, issuedOn: CivilDate)
        /// Can transition to: nothing.
        case cardReceived(Enrolment, numberOn: CivilDate, issuedOn: CivilDate, receivedOn: CivilDate)
    }

    struct Application: Sendable, Hashable {
        var date: CivilDate
        var document: PermitDocument
        /// The acceptance date (CM-ACCEPTANCE); `nil` when the calendar has no data for the year it needs.
        var acceptedOn: CivilDate?
        /// The decision's deadline, counted from the acceptance; `nil` while the acceptance date is unknown.
        var decisionDue: OnboardingDeadline?
        /// The year without calendar data when the acceptance date is unknown.
        var acceptanceYearWithoutData: Int?
    }

    enum Residence: Sendable, Hashable {
        /// Can transition to: `applied`.
        case notApplied
        /// Can transition to: `granted`, `refused`.
        case applied(Application)
        /// Can transition to: nothing.
        case granted(Application, on: CivilDate, validUntil: CivilDate)
        /// Can transition to: nothing (the onboarding is closed).
        case refused(Application, on: CivilDate)
    }

    struct InChina: Sendable, Hashable {
        var letter: Letter
        var visaOn: CivilDate
        var entryOn: CivilDate
        var form: WorkPermitForm
        var applicationDeadline: OnboardingDeadline
        var electronicCardOn: CivilDate?
        var insurance: Insurance
        var residence: Residence
    }

    enum State: Sendable, Hashable {
        /// Can transition to: `notified`.
        case notStarted
        /// Can transition to: `visaIssued`.
        case notified(Letter)
        /// Can transition to: `inChina`.
        case visaIssued(Letter, visaOn: CivilDate)
        /// Can transition to: `inChina` (each track moves on its own).
        case inChina(InChina)
    }

    /// The policy the onboarding follows.
    public let policy: WorkPermitIntegrationPolicy
    /// Every event the onboarding took, oldest first; append-only.
    public private(set) var history: [OnboardingEvent]
    private(set) var state: State

    /// Creates an onboarding with nothing done yet.
    public init(policy: WorkPermitIntegrationPolicy = .beijing) {
        self.policy = policy
        self.history = []
        self.state = .notStarted
    }

    /// Rebuilds an onboarding from its history, checking every event again.
    ///
    /// - Throws: ``OnboardingError``: the first event the onboarding refuses.
    public init(
        replaying history: [OnboardingEvent], policy: WorkPermitIntegrationPolicy = .beijing
    )
        throws(OnboardingError)
    {
        self.init(policy: policy)
        for event in history {
            _ = try self.handle(event)
        }
    }

    // MARK: - Reading the onboarding

    /// The onboarding's phase.
    public var phase: Phase {
        switch self.state {
        case .notStarted:
            return Phase(
                stage: .notStarted, electronicCardRegistered: false, insurance: .notEnrolled, residence: .notApplied)
        case .notified:
            return Phase(
                stage: .notificationLetterIssued, electronicCardRegistered: false, insurance: .notEnrolled,
                residence: .notApplied)
        case .visaIssued:
            return Phase(
                stage: .zVisaIssued, electronicCardRegistered: false, insurance: .notEnrolled, residence: .notApplied)
        case .inChina(let china):
            let insurance: Phase.Insurance
            switch china.insurance {
            case .notEnrolled: insurance = .notEnrolled
            case .enrolled: insurance = .enrolled
            case .numberAssigned: insurance = .numberAssigned
            case .cardIssued: insurance = .cardIssued
            case .cardReceived: insurance = .cardReceived
            }
            let residence: Phase.Residence
            switch china.residence {
            case .notApplied: residence = .notApplied
            case .applied: residence = .applied
            case .granted: residence = .granted
            case .refused: residence = .refused
            }
            let stage: Phase.Stage =
                residence == .refused
                ? .closed : residence == .granted && insurance == .cardReceived ? .completed : .inChina
            return Phase(
                stage: stage, electronicCardRegistered: china.electronicCardOn != nil, insurance: insurance,
                residence: residence)
        }
    }

    /// The permit's form once the foreigner has entered: physical before the effective date, integrated
    /// from it (WP-EFFECTIVE; our reading: the entry date decides).
    public var permitForm: WorkPermitForm? {
        guard case .inChina(let china) = self.state else { return nil }
        return china.form
    }

    /// The deadlines known so far: the letter's expiry, the residence permit application and, once the
    /// application's acceptance date is known, the decision. A deadline whose effective last day needs a year
    /// without calendar data has its nominal day and ``OnboardingDeadline/lastDay`` `nil` (CM-WORKDAY).
    public var deadlines: [OnboardingDeadline] {
        switch self.state {
        case .notStarted: return []
        case .notified(let letter), .visaIssued(let letter, _): return [letter.expiry]
        case .inChina(let china):
            var deadlines = [china.letter.expiry, china.applicationDeadline]
            if let due = Self.application(of: china.residence)?.decisionDue { deadlines.append(due) }
            return deadlines
        }
    }

    /// The functions the foreigner's electronic card gives after the latest event (WP-SERVICES, WP-ECARD,
    /// CM-FORM): none before it is registered. ``electronicCardFunctions(on:)`` answers for a given day.
    public var electronicCardFunctions: Set<CardFunction> {
        guard case .inChina(let china) = self.state, china.electronicCardOn != nil else { return [] }
        return Self.functions(of: china)
    }

    static func functions(of china: InChina) -> Set<CardFunction> {
        var received = false
        if case .cardReceived = china.insurance { received = true }
        return ElectronicCard.functions(
            in: received ? .standardServices : .verified, carriesWorkPermitInformation: china.form == .integrated)
    }

    /// Whether the Notification Letter is still the foreigner's proof of the permit, so its expiry reminder stays
    /// after entry: an integrated permit, a letter valid at entry, no electronic card yet, and enrolment or the
    /// residence permit application (the steps that present it) still to come, the onboarding not closed.
    static func isLetterStillNeeded(_ china: InChina) -> Bool {
        guard china.form == .integrated, china.entryOn <= china.letter.validUntil, china.electronicCardOn == nil else {
            return false
        }
        let enrolled: Bool
        switch china.insurance {
        case .notEnrolled: enrolled = false
        case .enrolled, .numberAssigned, .cardIssued, .cardReceived: enrolled = true
        }
        switch china.residence {
        case .notApplied: return true
        case .applied, .granted: return !enrolled
        case .refused: return false
        }
    }

    /// The day the social security number was assigned, if it was.
    static func socialSecurityNumberDate(_ insurance: Insurance) -> CivilDate? {
        switch insurance {
        case .notEnrolled, .enrolled: nil
        case .numberAssigned(_, let on), .cardIssued(_, let on, _), .cardReceived(_, let on, _, _): on
        }
    }

    static func application(of residence: Residence) -> Application? {
        switch residence {
        case .notApplied: nil
        case .applied(let application), .granted(let application, _, _), .refused(let application, _): application
        }
    }

    // MARK: - Events

    /// Takes `event` and returns what the host carries out.
    ///
    /// - Throws: ``OnboardingError``, leaving the onboarding unchanged: ``OnboardingError/Code/outOfOrder``,
    ///   ``OnboardingError/Code/notYet``, ``OnboardingError/Code/alreadyDone``,
    ///   ``OnboardingError/Code/notificationLetterExpired``, ``OnboardingError/Code/documentNotAvailable``,
    ///   ``OnboardingError/Code/residencePermitValidity``,
    ///   ``OnboardingError/Code/dateOutOfRange``, ``OnboardingError/Code/decisionBeforeAcceptance`` or
    ///   ``OnboardingError/Code/closed``.
    @discardableResult
    public mutating func handle(_ event: OnboardingEvent) throws(OnboardingError) -> [OnboardingEffect] {
        if let previous = self.history.last?.date, event.date < previous {
            throw self.error(.outOfOrder, [Messages.outOfOrder(event.date, previous: previous)])
        }
        let effects: [OnboardingEffect]
        switch self.state {
        case .notStarted:
            guard case .notificationLetterIssued(let date) = event else {
                throw self.notYet(event, needs: .notificationLetter)
            }
            let expiry: CivilDate
            do { expiry = try self.policy.notificationLetterExpiry(issuedOn: date) } catch {
                throw self.error(.dateOutOfRange, [Messages.dateOutOfRange(error)])
            }
            let deadline = OnboardingDeadline(kind: .notificationLetterExpiry, nominalLastDay: expiry, lastDay: expiry)
            self.state = .notified(Letter(issuedOn: date, expiry: deadline))
            effects = [.scheduleDeadline(deadline)]
        case .notified(let letter):
            switch event {
            case .notificationLetterIssued: throw self.alreadyDone(event)
            case .zVisaIssued(let date):
                guard date <= letter.validUntil else {
                    throw self.error(
                        .notificationLetterExpired,
                        [
                            OnboardingMessages.visa(letterValidUntil: letter.validUntil, on: date),
                            OnboardingMessages.letterExpired(
                                issuedOn: letter.issuedOn, validUntil: letter.validUntil, on: date, for: event.step),
                        ])
                }
                self.state = .visaIssued(letter, visaOn: date)
                effects = []
            case .entered, .electronicCardRegistered, .enrolled, .socialSecurityNumberAssigned, .physicalCardIssued,
                .physicalCardReceived, .residencePermitApplied, .residencePermitGranted, .residencePermitRefused:
                throw self.notYet(event, needs: .zVisa)
            }
        case .visaIssued(let letter, let visaOn):
            switch event {
            case .notificationLetterIssued, .zVisaIssued: throw self.alreadyDone(event)
            case .entered(let date):
                // An entry after the letter expired is recorded, since it happened, and flagged: WP-VISA ties the
                // letter to the visa; after entry the letter can no longer prove the permit (WP-NOTIFICATION).
                // Without calendar data for the deadline's year the entry is still recorded: the deadline keeps
                // its nominal day and an unknown effective one (CM-WORKDAY).
                let deadline: OnboardingDeadline
                do {
                    deadline = try .period(
                        .residencePermitApplication, days: self.policy.residencePermitDeadlineDays, after: date,
                        calendar: self.policy.calendar)
                } catch {
                    throw self.error(.dateOutOfRange, [Messages.dateOutOfRange(error)])
                }
                let china = InChina(
                    letter: letter, visaOn: visaOn, entryOn: date, form: self.policy.formOfNewPermit(issuedOn: date),
                    applicationDeadline: deadline, electronicCardOn: nil, insurance: .notEnrolled,
                    residence: .notApplied)
                self.state = .inChina(china)
                // The letter's reminder stays after entry while the letter is the proof document (an integrated
                // permit and no electronic card yet); a late entry flags it.
                let letterEffects: [OnboardingEffect] =
                    date > letter.validUntil
                    ? [.flagMissedDeadline(letter.expiry)]
                    : Self.isLetterStillNeeded(china) ? [] : [.cancelDeadline(.notificationLetterExpiry)]
                effects =
                    letterEffects + [.scheduleDeadline(china.applicationDeadline)]
                    + (china.form == .physical ? [.issuePhysicalWorkPermitCard] : [])
            case .electronicCardRegistered, .enrolled, .socialSecurityNumberAssigned, .physicalCardIssued,
                .physicalCardReceived, .residencePermitApplied, .residencePermitGranted, .residencePermitRefused:
                throw self.notYet(event, needs: .entry)
            }
        case .inChina(let china):
            let wasCompleted = self.phase.stage == .completed
            let (next, inChinaEffects) = try self.transition(from: china, on: event)
            self.state = .inChina(next)
            effects = inChinaEffects + (!wasCompleted && self.phase.stage == .completed ? [.completed] : [])
        }
        self.history.append(event)
        return effects
    }

    func error(_ code: OnboardingError.Code, _ violations: [Violation]) -> OnboardingError {
        OnboardingError(code: code, phase: self.phase, violations: violations)
    }

    func notYet(_ event: OnboardingEvent, needs step: OnboardingStep) -> OnboardingError {
        self.error(
            .notYet,
            [
                Messages.notNow(
                    event.name, phase: self.phase.stage.rawValue, rule: event.step.rule,
                    english: "“\(event.step.name.english)” needs “\(step.name.english)” first",
                    german: "„\(event.step.name.german)“ setzt „\(step.name.german)“ voraus",
                    chinese: "“\(event.step.name.chinese)”须先完成“\(step.name.chinese)”")
            ])
    }

    func alreadyDone(_ event: OnboardingEvent) -> OnboardingError {
        self.error(
            .alreadyDone,
            [
                Messages.notNow(
                    event.name, phase: self.phase.stage.rawValue, rule: event.step.rule,
                    english: "“\(event.step.name.english)” has already happened",
                    german: "„\(event.step.name.german)“ ist bereits erfolgt",
                    chinese: "“\(event.step.name.chinese)”已完成")
            ])
    }

    // MARK: - Convenience events

    /// The foreigner was enrolled in social insurance on `date` (WP-ENROL).
    ///
    /// - Throws: ``OnboardingError``, as ``handle(_:)``.
    @discardableResult
    public mutating func enrol(
        on date: CivilDate, by enroller: Enroller, channel: EnrolmentChannel, document: PermitDocument
    ) throws(OnboardingError) -> [OnboardingEffect] {
        try self.handle(.enrolled(on: date, by: enroller, channel: channel, document: document))
    }

    /// The foreigner applied for the residence permit on `date`, presenting `document` (WP-RESIDENCE).
    ///
    /// - Throws: ``OnboardingError``, as ``handle(_:)``.
    @discardableResult
    public mutating func applyForResidencePermit(
        on date: CivilDate, with document: PermitDocument
    )
        throws(OnboardingError) -> [OnboardingEffect]
    {
        try self.handle(.residencePermitApplied(on: date, document: document))
    }
}

extension ForeignerOnboarding: CustomStringConvertible {
    /// `ForeignerOnboarding(inChina (eCard: no, …), 3 events)`.
    public var description: String { "ForeignerOnboarding(\(self.phase), \(self.history.count) events)" }
}
