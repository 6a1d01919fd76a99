public import CardModel

/// One foreign employee's onboarding, from the Notification Letter to the residence permit decision
/// (WORK-PERMIT-2024, EEAL-30): a sans-I/O state machine.
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
/// An onboarding exists before any event (``init(policy:)``, phase `notStarted`); the host feeds events with their
/// dates (``apply(_:)``, or a wrapper such as ``issueNotificationLetter(on:)`` or ``enrol(on:by:channel:document:)``)
/// and carries out the ``OnboardingEffect``s each one returns.
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
/// ``status(on:)`` answers at any day, from the states the onboarding recorded: the steps done, the next possible
/// steps with what each needs, the deadlines and which are missed, warnings, and the effects the host should have
/// in place.
///
/// An event the onboarding cannot take, or one dated before the previous event, throws an ``OnboardingError``
/// and leaves the onboarding exactly as it was, history included. The history is append-only;
/// ``init(replaying:policy:)`` rebuilds an onboarding from it, and decoding a snapshot replays it under the policy
/// the host expects, so a tampered snapshot is refused.
///
/// ```swift
/// var onboarding = ForeignerOnboarding()
/// try onboarding.issueNotificationLetter(on: try CivilDate(parsing: "2026-01-15"))
/// try onboarding.issueZVisa(on: try CivilDate(parsing: "2026-02-10"))
/// let effects = try onboarding.enter(on: try CivilDate(parsing: "2026-03-02"))
/// // [.scheduleDeadline(residencePermitApplication 2026-04-01 …)]; the letter's reminder stays (no e-card yet)
/// onboarding.status(on: try CivilDate(parsing: "2026-04-02")).missedDeadlines  // [residencePermitApplication …]
/// ```
public struct ForeignerOnboarding: CaseMachine {
    private enum State: Sendable, Hashable {
        /// Can transition to: `notified`.
        case notStarted
        /// Can transition to: `visaIssued`.
        case notified(Letter)
        /// Can transition to: `inChina`.
        case visaIssued(Letter, visaOn: CivilDate)
        /// Can transition to: `inChina` (each track moves on its own; closed once the residence permit is refused).
        case inChina(InChina)

        var phase: Phase {
            switch self {
            case .notStarted: Phase(before: .notStarted)
            case .notified: Phase(before: .notificationLetterIssued)
            case .visaIssued: Phase(before: .zVisaIssued)
            case .inChina(let china): china.phase
            }
        }

        var deadlines: [OnboardingDeadline] {
            switch self {
            case .notStarted: []
            case .notified(let letter), .visaIssued(let letter, _): [letter.expiry]
            case .inChina(let china): china.deadlines
            }
        }
    }

    /// The policy the onboarding follows.
    public let policy: WorkPermitIntegrationPolicy
    /// The events and the states they led to; changed only in ``apply(_:)``.
    private var ledger: CaseLedger<OnboardingEvent, State>

    /// Creates an onboarding with nothing done yet (phase `notStarted`).
    public init(policy: WorkPermitIntegrationPolicy = .beijing) {
        self.policy = policy
        // The onboarding exists before any event: `notStarted` from the first supported day, so every day has a
        // recorded state.
        self.ledger = CaseLedger(opening: nil, state: .notStarted, on: .earliest)
    }

    /// Rebuilds an onboarding from its history, checking every event again; an empty history gives a new
    /// onboarding.
    ///
    /// - Throws: ``OnboardingError``: the error of the first event the onboarding refuses (a history that does not
    ///   start with the Notification Letter is ``OnboardingErrorCode/notYet``).
    public init(
        replaying history: [OnboardingEvent], policy: WorkPermitIntegrationPolicy = .beijing
    ) throws(OnboardingError) {
        var onboarding = Self(policy: policy)
        for event in history { _ = try onboarding.apply(event) }
        self = onboarding
    }

    // MARK: - Reading the onboarding

    /// Every event the onboarding took, oldest first; append-only.
    public var history: [OnboardingEvent] { self.ledger.events }

    /// The onboarding's phase now.
    public var phase: Phase { self.ledger.current.phase }

    /// The onboarding's phase at the end of `date`, from the states it recorded; `notStarted` for a day before the
    /// Notification Letter.
    public func phase(on date: CivilDate) -> Phase { self.state(on: date).phase }

    /// The permit's form once the foreigner has entered: physical before the effective date, integrated
    /// from it (WP-EFFECTIVE; our reading: the entry date decides).
    public var permitForm: WorkPermitForm? {
        guard case .inChina(let china) = self.ledger.current else { return nil }
        return china.form
    }

    /// The deadlines known so far: the letter's expiry, the residence permit application and, once the
    /// application's acceptance date is known, the decision. A deadline whose effective last day needs a year
    /// without calendar data has its nominal day and ``OnboardingDeadline/lastDay`` `nil` (CM-WORKDAY).
    public var deadlines: [OnboardingDeadline] { self.ledger.current.deadlines }

    /// The functions the foreigner's electronic card gives after the latest event (WP-SERVICES, WP-ECARD,
    /// CM-FORM): none before it is registered. ``electronicCardFunctions(on:)`` answers for a given day.
    public var electronicCardFunctions: Set<CardFunction> {
        guard case .inChina(let china) = self.ledger.current else { return [] }
        return china.functions
    }

    /// The functions the foreigner's electronic card gives at the end of `date`, from the states the onboarding
    /// recorded (WP-SERVICES, WP-ECARD, CM-FORM): none before it is registered (and none on a day before the
    /// Notification Letter), the work permit services until the physical card has been received, then the
    /// standard and BEIJING PASS services too.
    ///
    /// The onboarding does not record the permit's validity (a work permit outlasts an onboarding); an
    /// ``ElectronicCard`` also stops the work permit services after the permit's last valid day.
    public func electronicCardFunctions(on date: CivilDate) -> Set<CardFunction> {
        guard case .inChina(let china) = self.state(on: date) else { return [] }
        return china.functions
    }

    /// Where the onboarding stands at the end of `date`, from the states it recorded and the events up to that
    /// day: the steps done, the next possible steps with what each needs, the deadlines and which are missed,
    /// warnings, and the effects the host should have in place. A day before the Notification Letter is
    /// `notStarted`, with the letter as the next step.
    public func status(on date: CivilDate) -> OnboardingStatus {
        let done = self.history.prefix { $0.date <= date }.map {
            CompletedStep(step: $0.step, date: $0.date, event: $0)
        }
        let state = self.state(on: date)
        switch state {
        case .notStarted:
            return self.status(on: date, phase: state.phase, done: done, self.notStartedStatus(on: date))
        case .notified(let letter):
            return self.status(on: date, phase: state.phase, done: done, self.preEntryStatus(letter, on: date))
        case .visaIssued(let letter, let visaOn):
            return self.status(
                on: date, phase: state.phase, done: done, self.preEntryStatus(letter, visaOn: visaOn, on: date))
        case .inChina(let china):
            return self.status(on: date, phase: state.phase, done: done, self.inChinaStatus(china, on: date))
        }
    }

    /// The state at the end of `date`. The ledger begins on the first supported day in `notStarted`, so every
    /// day has a recorded state; `notStarted` is also what a day before everything means.
    private func state(on date: CivilDate) -> State { self.ledger.state(on: date) ?? .notStarted }
}

// MARK: - Events

extension ForeignerOnboarding {
    /// Takes `event`: checks it against the phase, the date of the previous event and the rules, and on success
    /// records it and returns what the host carries out.
    ///
    /// - Throws: ``OnboardingError``, leaving the onboarding unchanged, with code `dateBeforePreviousEvent`,
    ///   ``OnboardingErrorCode/notYet``, ``OnboardingErrorCode/alreadyDone``,
    ///   ``OnboardingErrorCode/notificationLetterExpired``, ``OnboardingErrorCode/documentNotAvailable``,
    ///   ``OnboardingErrorCode/residencePermitValidity``, ``OnboardingErrorCode/dateOutOfRange``,
    ///   ``OnboardingErrorCode/decisionBeforeAcceptance`` or ``OnboardingErrorCode/closed``.
    @discardableResult
    public mutating func apply(_ event: OnboardingEvent) throws(OnboardingError) -> [OnboardingEffect] {
        let (state, effects) = try self.transition(from: self.ledger.current, on: event)
        // The one place the onboarding changes, after every check passed: a refused event leaves it untouched.
        self.ledger.record(event, leadingTo: state)
        return effects
    }

    // MARK: Transitions (pure: they compute, `apply` records)

    /// The state `event` leads to from `state`, and the effects; throws without changing anything.
    private func transition(
        from state: State, on event: OnboardingEvent
    ) throws(OnboardingError) -> (State, [OnboardingEffect]) {
        guard self.ledger.admits(event) else {
            throw Self.refusal(
                .dateBeforePreviousEvent, event, in: state.phase, rule: .date,
                CaseMachineMessages.dateBeforePreviousEvent(event.date, previous: self.ledger.latestDate))
        }
        switch (state, event) {
        case (.notStarted, .notificationLetterIssued(let date)):
            return try self.letterIssued(on: date, event)
        case (.notified(let letter), .zVisaIssued(let date)):
            return try Self.visaIssued(on: date, with: letter, event)
        case (.visaIssued(let letter, let visaOn), .entered(let date)):
            return try self.entered(on: date, with: letter, visaOn: visaOn, event)
        case (.inChina(let china), _):
            return try self.transition(in: china, on: event)
        case (.notified, .notificationLetterIssued), (.visaIssued, .notificationLetterIssued),
            (.visaIssued, .zVisaIssued):
            throw Self.alreadyDone(event, in: state.phase)
        case (.notStarted, .zVisaIssued), (.notStarted, .entered), (.notStarted, .electronicCardRegistered),
            (.notStarted, .enrolled), (.notStarted, .socialSecurityNumberAssigned), (.notStarted, .physicalCardIssued),
            (.notStarted, .physicalCardReceived), (.notStarted, .residencePermitApplied),
            (.notStarted, .residencePermitGranted), (.notStarted, .residencePermitRefused):
            throw Self.notYet(event, needs: .notificationLetter, in: state.phase)
        case (.notified, .entered), (.notified, .electronicCardRegistered), (.notified, .enrolled),
            (.notified, .socialSecurityNumberAssigned), (.notified, .physicalCardIssued),
            (.notified, .physicalCardReceived), (.notified, .residencePermitApplied),
            (.notified, .residencePermitGranted), (.notified, .residencePermitRefused):
            throw Self.notYet(event, needs: .zVisa, in: state.phase)
        case (.visaIssued, .electronicCardRegistered), (.visaIssued, .enrolled),
            (.visaIssued, .socialSecurityNumberAssigned), (.visaIssued, .physicalCardIssued),
            (.visaIssued, .physicalCardReceived), (.visaIssued, .residencePermitApplied),
            (.visaIssued, .residencePermitGranted), (.visaIssued, .residencePermitRefused):
            throw Self.notYet(event, needs: .entry, in: state.phase)
        }
    }

    /// The state `event` leads to in China: each track's transition, then what follows for the whole onboarding;
    /// nothing once the residence permit was refused (the onboarding is closed).
    private func transition(
        in china: InChina, on event: OnboardingEvent
    ) throws(OnboardingError) -> (State, [OnboardingEffect]) {
        if case .refused(_, let refusedOn) = china.residence {
            throw Self.closed(event, refusedOn: refusedOn, in: china.phase)
        }
        switch event {
        case .notificationLetterIssued, .zVisaIssued, .entered:
            throw Self.alreadyDone(event, in: china.phase)
        case .electronicCardRegistered(let date):
            return Self.moved(china, try self.electronicCardRegistered(on: date, china, event))
        case .enrolled(let date, let by, let channel, let document):
            let enrolment = Enrolment(date: date, by: by, channel: channel, document: document)
            return Self.moved(china, try self.enrolled(enrolment, china, event))
        case .socialSecurityNumberAssigned(let date):
            return Self.moved(china, try Self.numberAssigned(on: date, china, event))
        case .physicalCardIssued(let date):
            return Self.moved(china, try Self.physicalCardIssued(on: date, china, event))
        case .physicalCardReceived(let date):
            return Self.moved(china, try Self.physicalCardReceived(on: date, china, event))
        case .residencePermitApplied(let date, let document):
            return Self.moved(china, try self.residencePermitApplied(on: date, with: document, china, event))
        case .residencePermitGranted(let date, let validUntil):
            return Self.moved(china, try self.residencePermitGranted(on: date, validUntil: validUntil, china, event))
        case .residencePermitRefused(let date):
            return Self.moved(china, try Self.residencePermitRefused(on: date, china, event))
        }
    }

    /// WP-NOTIFICATION: the letter issued; its expiry is scheduled.
    private func letterIssued(
        on date: CivilDate, _ event: OnboardingEvent
    ) throws(OnboardingError) -> (State, [OnboardingEffect]) {
        let expiry: CivilDate
        do { expiry = try self.policy.notificationLetterExpiry(issuedOn: date) } catch {
            throw Self.refused(.dateOutOfRange, event, in: State.notStarted.phase, [Self.dateOutOfRange(error)])
        }
        let deadline = OnboardingDeadline(kind: .notificationLetterExpiry, nominalLastDay: expiry, lastDay: expiry)
        return (.notified(Letter(issuedOn: date, expiry: deadline)), [.scheduleDeadline(deadline)])
    }

    /// WP-VISA: the Z visa is applied for with a valid letter.
    private static func visaIssued(
        on date: CivilDate, with letter: Letter, _ event: OnboardingEvent
    ) throws(OnboardingError) -> (State, [OnboardingEffect]) {
        guard date <= letter.validUntil else {
            throw Self.refused(
                .notificationLetterExpired, event, in: State.notified(letter).phase,
                [
                    ForeignerOnboardingMessages.visa(letterValidUntil: letter.validUntil, on: date),
                    ForeignerOnboardingMessages.letterExpired(
                        issuedOn: letter.issuedOn, validUntil: letter.validUntil, on: date, for: event.step),
                ])
        }
        return (.visaIssued(letter, visaOn: date), [])
    }

    /// The entry: the residence permit's deadline starts (WP-RESIDENCE-DEADLINE), the permit's form follows the
    /// entry date (WP-EFFECTIVE).
    ///
    /// An entry after the letter expired is recorded, since it happened, and flagged: WP-VISA ties the letter to
    /// the visa; after entry the letter can no longer prove the permit (WP-NOTIFICATION). Without calendar data
    /// for the deadline's year the entry is still recorded: the deadline keeps its nominal day and an unknown
    /// effective one (CM-WORKDAY).
    private func entered(
        on date: CivilDate, with letter: Letter, visaOn: CivilDate, _ event: OnboardingEvent
    ) throws(OnboardingError) -> (State, [OnboardingEffect]) {
        let deadline: OnboardingDeadline
        do {
            deadline = try .period(
                .residencePermitApplication, days: self.policy.residencePermitDeadlineDays, after: date,
                calendar: self.policy.calendar)
        } catch {
            throw Self.refused(
                .dateOutOfRange, event, in: State.visaIssued(letter, visaOn: visaOn).phase,
                [Self.dateOutOfRange(error)])
        }
        let china = InChina(
            letter: letter, visaOn: visaOn, entryOn: date, form: self.policy.formOfNewPermit(issuedOn: date),
            applicationDeadline: deadline, electronicCardOn: nil, insurance: .notEnrolled, residence: .notApplied)
        // The letter's reminder stays after entry while the letter is the proof document (an integrated permit and
        // no electronic card yet); a late entry flags it.
        let letterEffects: [OnboardingEffect] =
            date > letter.validUntil
            ? [.flagMissedDeadline(letter.expiry)]
            : china.isLetterStillNeeded ? [] : [.cancelDeadline(.notificationLetterExpiry)]
        return (
            .inChina(china),
            letterEffects + [.scheduleDeadline(deadline)]
                + (china.form == .physical ? [.issuePhysicalWorkPermitCard] : [])
        )
    }

    /// A track moved in China: the track's effects, then what follows for the whole onboarding. The letter's
    /// expiry reminder is cancelled once the letter is no longer the proof document (a refusal closes the
    /// onboarding, which cancels every reminder anyway); the electronic card's functions are offered when they
    /// change; `completed` once the residence permit is granted and the physical card received.
    private static func moved(
        _ before: InChina, _ step: (InChina, [OnboardingEffect])
    ) -> (State, [OnboardingEffect]) {
        let (after, trackEffects) = step
        var effects = trackEffects
        if before.isLetterStillNeeded, !after.isLetterStillNeeded, !effects.contains(.closed) {
            effects.append(.cancelDeadline(.notificationLetterExpiry))
        }
        if after.functions != before.functions { effects.append(.offerFunctions(after.functions)) }
        if before.phase.stage != .completed, after.phase.stage == .completed { effects.append(.completed) }
        return (.inChina(after), effects)
    }
}

extension ForeignerOnboarding {
    /// Hashes the history, which determines the rest under one policy (equal onboardings have equal histories),
    /// so a host's set of onboardings does not hash the policy's calendar each time.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.history)
    }
}

extension ForeignerOnboarding: CustomStringConvertible {
    /// `ForeignerOnboarding(inChina (eCard: no, …), 3 events)`.
    public var description: String { "ForeignerOnboarding(\(self.phase), \(self.history.count) events)" }
}
