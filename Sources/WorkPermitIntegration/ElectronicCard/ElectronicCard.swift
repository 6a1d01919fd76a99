public import CardModel

/// A foreigner's electronic social security card: registration with the name plus the work permit number
/// or the social security number, real-name and real-person verification as separate steps, the work
/// permit information it then carries, and the standard services once the physical card has been received
/// (WP-ECARD, WP-SERVICES, CM-FORM, CM-FUNCTIONS).
///
/// ```
///   open(on:_:policy:) ──▶ registered ──verifyRealName(on:)──▶ realNameVerified
///                                                                     │
///                                              verifyRealPerson(on:)  │
///                                                                     ▼
///              standardServices ◀──receivePhysicalCard(on:)────────  verified
///   receivePhysicalCard(on:) may also come in registered or realNameVerified: the phase does not change then,
///   and verifyRealPerson(on:) later leads to standardServices instead of verified.
///   loadWorkPermitInformation(on:_:) loads or updates the permit's information in any phase.
/// ```
///
/// What each phase lets the holder do on a day (``functions(on:)``, ``decision(for:on:)``): nothing before both
/// verifications; before the physical card exists the card carries only the work permit information
/// (CM-FORM), so a verified card gives the work permit services (query and download the information, verify
/// the QR code, notifications); once the physical card has been received, the card mirrors it and gives the
/// standard services (the social security functions) and the BEIJING PASS services too (WP-ECARD,
/// WP-SERVICES).
/// A card registered for a physical permit that is not yet integrated (WP-NO-CHANGE) carries no permit
/// information until ``ElectronicCardEvent/workPermitInformationLoaded(on:information:)``. The work permit
/// services last while the permit is valid: after its last valid day the card neither shows it nor gives its
/// services until an extension is loaded.
///
/// The host feeds events with their dates (``apply(_:)``, or a wrapper such as ``verifyRealName(on:)``) and
/// carries out the ``ElectronicCardEffect``s each one returns. An event the card cannot take, or one dated
/// before the previous event, throws an ``ElectronicCardError`` and leaves the card exactly as it was, history
/// included. The history is append-only; ``init(replaying:policy:)`` rebuilds the card, and decoding a snapshot
/// replays it under the policy the host expects. Questions about a day are answered from the states the card
/// recorded.
public struct ElectronicCard: CaseMachine {
    /// The card's phase: a read-only mirror of its state without the data (STYLE.md §6).
    public enum Phase: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        /// Registered; real-name verification pending.
        ///
        /// Can transition to: ``realNameVerified``.
        case registered
        /// Real-name verified; real-person verification pending.
        ///
        /// Can transition to: ``verified``, or ``standardServices`` when the physical card was already received.
        case realNameVerified
        /// Both verifications passed; the physical card has not been received.
        ///
        /// Can transition to: ``standardServices``.
        case verified
        /// Verified and the physical card received: standard services (WP-ECARD).
        ///
        /// Can transition to: nothing (the work permit information can still be loaded or updated).
        case standardServices

        /// The phase's name.
        public var description: String { self.rawValue }

        /// Whether both verifications have passed.
        public var isVerified: Bool { self == .verified || self == .standardServices }
    }

    /// What the card carries in every state: the registration and the permit's information, if any.
    private struct Carried: Sendable, Hashable {
        let registration: ElectronicCardRegistration
        let workPermit: WorkPermitInformation?
    }

    private enum State: Sendable, Hashable {
        /// Can transition to: `realNameVerified`; the physical card may be received meanwhile.
        case registered(Carried, physicalCardReceivedOn: CivilDate?)
        /// Can transition to: `verified`, or `standardServices` when the physical card was received.
        case realNameVerified(Carried, physicalCardReceivedOn: CivilDate?)
        /// Can transition to: `standardServices`.
        case verified(Carried)
        /// Can transition to: nothing but a permit loaded.
        case standardServices(Carried, physicalCardReceivedOn: CivilDate)

        var phase: Phase {
            switch self {
            case .registered: .registered
            case .realNameVerified: .realNameVerified
            case .verified: .verified
            case .standardServices: .standardServices
            }
        }

        var carried: Carried {
            switch self {
            case .registered(let carried, _), .realNameVerified(let carried, _), .verified(let carried),
                .standardServices(let carried, _):
                carried
            }
        }

        var physicalCardReceivedOn: CivilDate? {
            switch self {
            case .registered(_, let date), .realNameVerified(_, let date): date
            case .verified: nil
            case .standardServices(_, let date): date
            }
        }

        /// The same state carrying `permit`.
        func loading(_ permit: WorkPermitInformation) -> State {
            let carried = Carried(registration: self.carried.registration, workPermit: permit)
            switch self {
            case .registered(_, let date): return .registered(carried, physicalCardReceivedOn: date)
            case .realNameVerified(_, let date): return .realNameVerified(carried, physicalCardReceivedOn: date)
            case .verified: return .verified(carried)
            case .standardServices(_, let date): return .standardServices(carried, physicalCardReceivedOn: date)
            }
        }

        /// The permit's information the card shows on `date`: once verified, while the permit is valid.
        func shownPermit(on date: CivilDate) -> WorkPermitInformation? {
            guard self.phase.isVerified, let permit = self.carried.workPermit, permit.validUntil >= date else {
                return nil
            }
            return permit
        }

        /// The functions the card gives on `date`, the work permit services only while the permit is valid.
        func functions(on date: CivilDate) -> Set<CardFunction> {
            ElectronicCard.functions(
                in: self.phase,
                carriesWorkPermitInformation: self.carried.workPermit.map { $0.validUntil >= date } ?? false)
        }
    }

    /// The policy the card follows (the effective date of the integration).
    public let policy: WorkPermitIntegrationPolicy
    /// The events and the states they led to; changed only in ``apply(_:)``.
    private var ledger: CaseLedger<ElectronicCardEvent, State>

    private init(policy: WorkPermitIntegrationPolicy, opening: ElectronicCardEvent, state: State) {
        self.policy = policy
        self.ledger = CaseLedger(opening: opening, state: state, on: opening.date)
    }

    /// Registers a card on `date` (WP-ECARD) and says what the host carries out: ask for real-name verification.
    ///
    /// - Returns: The card, in ``Phase/registered``, and its effect
    ///   ``ElectronicCardEffect/requestRealNameVerification``.
    /// - Throws: ``ElectronicCardError`` (phase `nil`) with code ``ElectronicCardErrorCode/integrationNotInForce``
    ///   (a permit, or its number as the credential, before the integration), ``ElectronicCardErrorCode/credentialMismatch``
    ///   or ``ElectronicCardErrorCode/permitNotValid``, carrying every violation.
    public static func open(
        on date: CivilDate, _ registration: ElectronicCardRegistration, policy: WorkPermitIntegrationPolicy = .beijing
    ) throws(ElectronicCardError) -> (opened: ElectronicCard, effects: [ElectronicCardEffect]) {
        let event = ElectronicCardEvent.registered(on: date, registration: registration)
        let violations = Self.registrationViolations(registration, on: date, policy: policy)
        if let (code, _) = violations.first {
            throw Self.refusal(code, event, in: nil, violations.map { $0.1 })
        }
        let state = State.registered(
            Carried(registration: registration, workPermit: registration.workPermit), physicalCardReceivedOn: nil)
        return (ElectronicCard(policy: policy, opening: event, state: state), [.requestRealNameVerification])
    }

    /// Rebuilds a card from its history: the registration first, then every event, each checked again.
    ///
    /// - Throws: ``ElectronicCardError`` with code `emptyHistory`,
    ///   `historyMustStartWithOpening` (the first event is not
    ///   ``ElectronicCardEvent/registered(on:registration:)``, or a later one is), or the error the opening or
    ///   the first refused event gives.
    public init(
        replaying history: [ElectronicCardEvent], policy: WorkPermitIntegrationPolicy = .beijing
    )
        throws(ElectronicCardError)
    {
        self = try Self.replaying(history, opening: "registered") { first throws(ElectronicCardError) in
            guard case .registered(let date, let registration) = first else { return nil }
            return try Self.open(on: date, registration, policy: policy).opened
        }
    }

    // MARK: - Reading the card

    /// Every event applied, in order, starting with ``ElectronicCardEvent/registered(on:registration:)``.
    public var history: [ElectronicCardEvent] { self.ledger.events }

    /// The date of the latest event (the day of the functions the mirror lists).
    var latestDate: CivilDate { self.ledger.latestDate }

    /// The card's phase now.
    public var phase: Phase { self.ledger.current.phase }

    /// The card's phase at the end of `date`, from the states the card recorded; `nil` for a day before the
    /// registration (there was no card yet).
    public func phase(on date: CivilDate) -> Phase? { self.ledger.state(on: date)?.phase }

    /// The registration (name and credential, masked when printed).
    public var registration: ElectronicCardRegistration { self.ledger.current.carried.registration }
    /// The day the card was registered.
    public var registeredOn: CivilDate { self.ledger.entries[0].from }
    /// The day the physical card was received, if it was.
    public var physicalCardReceivedOn: CivilDate? { self.ledger.current.physicalCardReceivedOn }

    /// The work permit information the card shows on `date`, from the state the card had recorded at the end
    /// of that day: only once both verifications had passed, only for an integrated permit, and only while the
    /// permit is valid on `date` (WP-ECARD); `nil` for a day before the registration.
    public func workPermitInformation(on date: CivilDate) -> WorkPermitInformation? {
        self.ledger.state(on: date)?.shownPermit(on: date)
    }

    /// The functions the card gives on `date` (WP-SERVICES, WP-ECARD, CM-FORM, CM-FUNCTIONS): those of the phase
    /// the card had recorded at the end of that day, the work permit services only while the permit is valid on
    /// `date`; none for a day before the registration.
    ///
    /// A card registered 2025-01-01 with a permit valid until 2025-01-02 and verified 2025-06-01 gives nothing
    /// on 2025-06-01: the permit it carries has expired.
    public func functions(on date: CivilDate) -> Set<CardFunction> {
        self.ledger.state(on: date)?.functions(on: date) ?? []
    }

    /// The functions an electronic card gives in `phase` (WP-SERVICES, WP-ECARD, CM-FORM, CM-FUNCTIONS).
    ///
    /// Before the physical card exists, the electronic card carries only the work permit information (CM-FORM);
    /// once the physical card has been received it mirrors it (standard services and BEIJING PASS).
    ///
    /// | phase | with work permit information | without (physical permit) |
    /// |---|---|---|
    /// | registered, realNameVerified | none | none |
    /// | verified | work permit services | none |
    /// | standardServices | social security, work permit services, BEIJING PASS | social security, BEIJING PASS |
    public static func functions(in phase: Phase, carriesWorkPermitInformation: Bool) -> Set<CardFunction> {
        switch phase {
        case .registered, .realNameVerified:
            []
        case .verified:
            carriesWorkPermitInformation ? CardFunction.workPermit : []
        case .standardServices:
            CardFunction.socialSecurity.union(CardFunction.beijingPass)
                .union(carriesWorkPermitInformation ? CardFunction.workPermit : [])
        }
    }

    /// Whether the holder can use `function` with this card on `date`, and every rule that stands in the way
    /// (WP-ECARD, WP-SERVICES, WP-NO-CHANGE, CM-FORM, CM-FUNCTIONS).
    ///
    /// The card answers from the state it had recorded at the end of `date`; the work permit services also need
    /// the permit valid on `date`. For a day before the registration every function is refused (WP-ECARD).
    public func decision(for function: CardFunction, on date: CivilDate) -> ServiceDecision {
        guard let state = self.ledger.state(on: date) else {
            return ServiceDecision(
                function: function,
                violations: [
                    Violation(
                        rule: .workPermitElectronicCard,
                        message: ElectronicCardMessages.notYetRegistered(self.registeredOn),
                        facts: [Fact("function", function.rawValue), Fact("date", "\(date)")])
                ], notes: [Readings.services])
        }
        return Self.decision(
            for: function, on: date, phase: state.phase, workPermitValidUntil: state.carried.workPermit?.validUntil,
            physicalCardReceived: state.physicalCardReceivedOn != nil)
    }
}

// MARK: - Events

extension ElectronicCard {
    /// Applies one event: checks it against the phase, the date of the previous event and the rules, and on
    /// success records it and returns what the host carries out.
    ///
    /// Besides the event's own effect (``ElectronicCardEffect/requestRealPersonVerification`` after real-name
    /// verification), the effects say what changed on the event's day: the permit information shown
    /// (``ElectronicCardEffect/showWorkPermitInformation(_:)``) and the functions offered
    /// (``ElectronicCardEffect/offerFunctions(_:)``).
    ///
    /// - Throws: ``ElectronicCardError``, leaving the card unchanged, with code
    ///   `dateBeforePreviousEvent`, ``ElectronicCardErrorCode/alreadyRegistered``,
    ///   ``ElectronicCardErrorCode/realNameNotVerified``, ``ElectronicCardErrorCode/alreadyVerified``,
    ///   ``ElectronicCardErrorCode/alreadyReceived``, ``ElectronicCardErrorCode/integrationNotInForce``,
    ///   ``ElectronicCardErrorCode/credentialMismatch`` (a permit that is not the one registered with or carried)
    ///   or ``ElectronicCardErrorCode/permitNotValid``.
    @discardableResult
    public mutating func apply(_ event: ElectronicCardEvent) throws(ElectronicCardError) -> [ElectronicCardEffect] {
        let (state, effects) = try self.transition(from: self.ledger.current, on: event)
        // The one place the card changes, after every check passed: a refused event leaves it untouched.
        self.ledger.record(event, leadingTo: state)
        return effects
    }

    // MARK: Transitions (pure: they compute, `apply` records)

    /// The state `event` leads to from `state`, and the effects; throws without changing anything.
    private func transition(
        from state: State, on event: ElectronicCardEvent
    ) throws(ElectronicCardError) -> (State, [ElectronicCardEffect]) {
        try self.requireOrder(event, in: state)
        let (next, effects) = try self.next(from: state, on: event)
        // What the card gives on the event's day, before and after it: a permit that has expired by then is
        // neither shown nor offered (WP-ECARD).
        var changes: [ElectronicCardEffect] = []
        if let shown = next.shownPermit(on: event.date), shown != state.shownPermit(on: event.date) {
            changes.append(.showWorkPermitInformation(shown))
        }
        let offered = next.functions(on: event.date)
        if offered != state.functions(on: event.date) {
            changes.append(.offerFunctions(offered))
        }
        return (next, effects + changes)
    }

    /// The state each (state, event) pair leads to, and the event's own effects.
    private func next(
        from state: State, on event: ElectronicCardEvent
    ) throws(ElectronicCardError) -> (State, [ElectronicCardEffect]) {
        switch (state, event) {
        case (.registered(let carried, let received), .realNameVerified):
            return (.realNameVerified(carried, physicalCardReceivedOn: received), [.requestRealPersonVerification])
        case (.realNameVerified(let carried, nil), .realPersonVerified):
            return (.verified(carried), [])
        case (.realNameVerified(let carried, let received?), .realPersonVerified):
            return (.standardServices(carried, physicalCardReceivedOn: received), [])
        case (.registered(let carried, nil), .physicalCardReceived(let date)):
            return (.registered(carried, physicalCardReceivedOn: date), [])
        case (.realNameVerified(let carried, nil), .physicalCardReceived(let date)):
            return (.realNameVerified(carried, physicalCardReceivedOn: date), [])
        case (.verified(let carried), .physicalCardReceived(let date)):
            return (.standardServices(carried, physicalCardReceivedOn: date), [])
        case (_, .workPermitInformationLoaded(let date, let information)):
            try self.requireLoadable(information, on: date, carried: state.carried, event: event, in: state.phase)
            return (state.loading(information), [])
        case (_, .registered):
            throw Self.notNow(.alreadyRegistered, event, in: state.phase, ElectronicCardMessages.alreadyRegistered)
        case (.registered, .realPersonVerified):
            throw Self.notNow(.realNameNotVerified, event, in: state.phase, ElectronicCardMessages.realNameFirst)
        case (.realNameVerified, .realNameVerified), (.verified, .realNameVerified),
            (.standardServices, .realNameVerified):
            throw Self.notNow(
                .alreadyVerified, event, in: state.phase, ElectronicCardMessages.realNameAlreadyVerified)
        case (.verified, .realPersonVerified), (.standardServices, .realPersonVerified):
            throw Self.notNow(
                .alreadyVerified, event, in: state.phase, ElectronicCardMessages.realPersonAlreadyVerified)
        case (.registered(_, .some), .physicalCardReceived), (.realNameVerified(_, .some), .physicalCardReceived),
            (.standardServices, .physicalCardReceived):
            throw Self.notNow(.alreadyReceived, event, in: state.phase, ElectronicCardMessages.alreadyReceived)
        }
    }

    /// CM-DATE: the date-order check every event makes first (CardModel's `CaseLedger`).
    private func requireOrder(_ event: ElectronicCardEvent, in state: State) throws(ElectronicCardError) {
        guard self.ledger.admits(event) else {
            let previous = self.ledger.latestDate
            throw Self.refusal(
                .dateBeforePreviousEvent, event, in: state.phase,
                [
                    Violation(
                        rule: .date,
                        message: CaseMachineMessages.dateBeforePreviousEvent(event.date, previous: previous),
                        facts: [Fact("date", "\(event.date)"), Fact("previous", "\(previous)")])
                ])
        }
    }

    /// WP-EFFECTIVE, WP-ECARD: a permit is loaded only from the integration, only the holder's own (the one
    /// registered with or already carried), and only while it is valid.
    private func requireLoadable(
        _ information: WorkPermitInformation, on date: CivilDate, carried: Carried, event: ElectronicCardEvent,
        in phase: Phase
    ) throws(ElectronicCardError) {
        var violations: [(ElectronicCardErrorCode, Violation)] = []
        if !self.policy.isIntegrationInForce(on: date) {
            violations.append((.integrationNotInForce, Self.notInForce(date, policy: self.policy)))
        }
        let registeredNumber: WorkPermitNumber?
        if case .workPermitNumber(let number) = carried.registration.credential {
            registeredNumber = number
        } else {
            registeredNumber = carried.workPermit?.number
        }
        if let number = registeredNumber, information.number != number {
            violations.append(
                (
                    .credentialMismatch,
                    Violation(
                        rule: .workPermitElectronicCard, message: ElectronicCardMessages.loadedOtherPermit,
                        facts: [Fact("event", "workPermitInformationLoaded")])
                ))
        }
        if information.validUntil < date {
            violations.append((.permitNotValid, Self.permitExpired(information, on: date)))
        }
        if let (code, _) = violations.first {
            throw Self.refusal(code, event, in: phase, violations.map { $0.1 })
        }
    }

    /// WP-EFFECTIVE, WP-ECARD: what a registration on `date` breaks: a permit (or its number as the credential)
    /// before the integration, a permit number that is not the permit's, an expired permit.
    private static func registrationViolations(
        _ registration: ElectronicCardRegistration, on date: CivilDate, policy: WorkPermitIntegrationPolicy
    ) -> [(ElectronicCardErrorCode, Violation)] {
        var violations: [(ElectronicCardErrorCode, Violation)] = []
        var registeredNumber: WorkPermitNumber?
        if case .workPermitNumber(let number) = registration.credential { registeredNumber = number }
        if !policy.isIntegrationInForce(on: date), registration.workPermit != nil || registeredNumber != nil {
            violations.append((.integrationNotInForce, Self.notInForce(date, policy: policy)))
        }
        if let number = registeredNumber, let permit = registration.workPermit, permit.number != number {
            violations.append(
                (
                    .credentialMismatch,
                    Violation(
                        rule: .workPermitElectronicCard, message: ElectronicCardMessages.registeredWithOtherNumber,
                        facts: [Fact("credential", "workPermitNumber")])
                ))
        }
        if let permit = registration.workPermit, permit.validUntil < date {
            violations.append((.permitNotValid, Self.permitExpired(permit, on: date)))
        }
        return violations
    }

    /// WP-ECARD: the permit had expired on `date`.
    private static func permitExpired(_ permit: WorkPermitInformation, on date: CivilDate) -> Violation {
        Violation(
            rule: .workPermitElectronicCard, message: ElectronicCardMessages.permitExpired(permit.validUntil),
            facts: [Fact("validUntil", "\(permit.validUntil)"), Fact("date", "\(date)")])
    }

    /// WP-EFFECTIVE: no permit on the card before the integration.
    private static func notInForce(_ date: CivilDate, policy: WorkPermitIntegrationPolicy) -> Violation {
        Violation(
            rule: .workPermitEffective,
            message: ElectronicCardMessages.notInForce(date, effectiveDate: policy.effectiveDate),
            facts: [Fact("date", "\(date)"), Fact("effectiveDate", "\(policy.effectiveDate)")])
    }

    /// An event the phase does not take, naming the event and the phase in its facts (WP-ECARD).
    private static func notNow(
        _ code: ElectronicCardErrorCode, _ event: ElectronicCardEvent, in phase: Phase, _ message: LocalizedText
    ) -> ElectronicCardError {
        Self.refusal(
            code, event, in: phase,
            [
                Violation(
                    rule: .workPermitElectronicCard, message: message,
                    facts: [Fact("event", event.name), Fact("phase", phase.rawValue)])
            ])
    }

    private static func refusal(
        _ code: ElectronicCardErrorCode, _ event: ElectronicCardEvent, in phase: Phase?, _ violations: [Violation]
    ) -> ElectronicCardError {
        ElectronicCardError(
            code, event: event.name, phase: phase, violations: violations,
            message: ElectronicCardMessages.joined(violations.map { $0.message }))
    }
}

extension ElectronicCard: CustomStringConvertible, CustomDebugStringConvertible {
    /// `ElectronicCard(verified, <masked registration>)`.
    public var description: String { "ElectronicCard(\(self.phase), \(self.registration))" }

    /// The same as ``description``.
    public var debugDescription: String { self.description }
}
