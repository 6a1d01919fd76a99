public import CardModel

/// One person's exchange, from the application to the activated new card: a sans-I/O state machine.
///
/// ```
///            open(_:parties:policy:)  (approved by the policy, else refused with every violation)
///                       │
///                       ▼            cancel(on:)
///                   applied ─────────────────────────────► cancelled
///                       │ produceCard(on:)  not before the acceptance date (else tooEarly)
///          ┌────────────┴───────────────────────┐
///          │ to collect, by post, by employer   │ instant issuance: produced and handed over
///          ▼                                    │ on the spot, the same day
///    cardProduced                               │
///          │ receiveCard(on:by:)                │
///          │  holder; the guardian of a minor;  │
///          │  the employer under company pickup;│
///          │  a document that does not match    │
///          │  is refused                        │
///          ▼                                    │
///      received ◄───────────────────────────────┘
///          │ activateSocialSecurity(on:through:)        online or in person
///          │ activateFinancialFunction(on:presenting:)  at the issuing bank, which activates both
///          ▼
///      activated ── the old card is superseded from this day (EX-OLD-VALID)
///          │ activateFinancialFunction(on:presenting:)  (once, if not yet)
///          ▼
///      activated (bank function on)
/// ```
///
/// The host feeds events with their dates (``apply(_:)``, or a wrapper such as ``produceCard(on:)``) and carries
/// out the ``ExchangeEffect``s each one returns. An event the phase does not allow, one dated before the previous
/// event, or a receipt by the wrong person throws an ``ExchangeCaseError`` and leaves the case exactly as it was,
/// history included. The history is append-only; ``init(replaying:policy:)`` rebuilds the case from it, and
/// decoding a snapshot replays it under the policy the host expects, so a tampered snapshot is refused, never
/// half-accepted.
///
/// ```swift
/// var (exchange, effects) = try ExchangeCase.open(application, parties: parties)   // orderCard, notifyHolder
/// try exchange.produceCard(on: CivilDate("2026-01-08")!)                            // notifyHolder(ready)
/// try exchange.receiveCard(on: CivilDate("2026-01-09")!, by: .holder(PresentedDocument(document)))
/// try exchange.activateSocialSecurity(on: CivilDate("2026-01-09")!, through: .jingtong)
/// exchange.oldCardValidity(on: CivilDate("2026-01-08")!).isValid                    // true
/// ```
public struct ExchangeCase: CaseMachine {
    /// A case's phase: a read-only mirror of its state without the data (STYLE.md §6).
    public enum Phase: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        /// Applied and approved; the card is being produced. Can transition to: ``cardProduced``, ``received``
        /// (instant issuance), ``cancelled``.
        case applied
        /// The card is produced and waits for collection, is in the post or waits for the employer. Can
        /// transition to: ``received``.
        case cardProduced
        /// The card is in the holder's (guardian's, employer's) hands, not yet activated; the old card still
        /// works. Can transition to: ``activated``.
        case received
        /// The new card's social security function is active; the old card is superseded. Can transition to:
        /// ``activated`` (bank function activated once).
        case activated
        /// The application was cancelled before the card was produced. Terminal.
        case cancelled

        /// The phase in which the card is produced.
        @available(*, deprecated, renamed: "cardProduced")
        public static var cardMade: Self { .cardProduced }

        /// The phase's name in three languages.
        public var name: LocalizedText { ExchangeCaseMessages.name(of: self) }

        /// The phase's name, such as `cardProduced`.
        public var description: String { self.rawValue }
    }

    private enum State: Sendable, Hashable {
        /// Can transition to: cardProduced, received (instant issuance), cancelled.
        case applied
        /// Can transition to: received.
        case cardProduced(on: CivilDate)
        /// Can transition to: activated.
        case received(on: CivilDate, by: RecipientRole)
        /// Can transition to: activated with the bank function (once).
        case activated(on: CivilDate, financialFunctionOn: CivilDate?, receivedBy: RecipientRole)
        /// Terminal.
        case cancelled(on: CivilDate)

        var phase: Phase {
            switch self {
            case .applied: .applied
            case .cardProduced: .cardProduced
            case .received: .received
            case .activated: .activated
            case .cancelled: .cancelled
            }
        }
    }

    /// The policy that decided the application.
    public let policy: ExchangePolicy
    /// The approved application.
    public let application: ExchangeApplication
    /// Who may collect the card.
    public let parties: ExchangeParties
    /// The policy's decision on the application: approved, with the ready date and the receipt options.
    public let decision: ExchangeDecision
    /// The generation of the card exchanged (first or second).
    public let oldCard: CardGeneration
    /// The events and the states they led to; changed only in ``apply(_:)``.
    private var ledger: CaseLedger<ExchangeEvent, State>

    private init(
        policy: ExchangePolicy, application: ExchangeApplication, parties: ExchangeParties,
        decision: ExchangeDecision, oldCard: CardGeneration
    ) {
        self.policy = policy
        self.application = application
        self.parties = parties
        self.decision = decision
        self.oldCard = oldCard
        self.ledger = CaseLedger(
            opening: .applied(application: application, parties: parties), state: .applied, on: application.date)
    }

    /// Opens a case for an application the policy approves, and says what to do first.
    ///
    /// The parties must fit the application first (a guardian's document exactly when a guardian applies, and not
    /// the holder's own). Then the policy decides with the parties' documents
    /// (``ExchangePolicy/evaluate(_:parties:)``): where the holder's document gives a birth date, the
    /// application's ``ExchangeApplication/holderIsMinor`` must agree with it, and a guardian's document must show
    /// an adult (EX-MINOR), so the flag cannot hand a minor's card to the minor.
    ///
    /// - Returns: The case, in ``Phase/applied``, and its effects: ``ExchangeEffect/orderCard(bank:readyDate:)``
    ///   (or ``ExchangeEffect/makeCardOnTheSpot(bank:)`` for instant issuance) and
    ///   ``ExchangeEffect/notifyHolder(_:)``.
    /// - Throws: ``ExchangeCaseError`` with code ``ExchangeErrorCode/partiesDoNotMatchApplication`` or
    ///   ``ExchangeErrorCode/applicationRefused`` (carrying every violation, including EX-MINOR for a minority flag
    ///   the documents contradict). A year without calendar data is no refusal: the case opens with its ready date
    ///   unknown (``readyDate`` is `nil`, the decision warns with CM-WORKDAY).
    public static func open(
        _ application: ExchangeApplication, parties: ExchangeParties, policy: ExchangePolicy = .beijing
    ) throws(ExchangeCaseError) -> (opened: ExchangeCase, effects: [ExchangeEffect]) {
        let guardianMatches: Bool
        if let guardian = parties.guardian {
            guardianMatches = application.appliedByGuardian && !guardian.identifiesSamePerson(as: parties.holder)
        } else {
            guardianMatches = !application.appliedByGuardian
        }
        guard guardianMatches else {
            throw ExchangeCaseError(
                .partiesDoNotMatchApplication, event: "applied", phase: nil, rule: .exchangeMinor,
                message: ExchangeCaseMessages.partiesDoNotMatch)
        }
        let decision = policy.evaluate(application, parties: parties)
        guard decision.isApproved, let oldCard = application.currentCard else {
            throw ExchangeCaseError(
                .applicationRefused, event: "applied", phase: nil, violations: decision.violations,
                message: ExchangeCaseMessages.refused(decision.violations))
        }
        let exchange = ExchangeCase(
            policy: policy, application: application, parties: parties, decision: decision, oldCard: oldCard)
        let order: ExchangeEffect
        if application.receipt == .instantIssuance {
            order = .makeCardOnTheSpot(bank: application.bank)
        } else {
            order = .orderCard(bank: application.bank, readyDate: decision.readyDate)
        }
        return (exchange, [order, .notifyHolder(.applicationAccepted)])
    }

    /// Rebuilds a case from its history: the application first, then every event, each checked again.
    ///
    /// - Throws: ``ExchangeCaseError`` with code `emptyHistory`, `historyMustStartWithOpening` (the first event
    ///   is not ``ExchangeEvent/applied(application:parties:)``, or a later one is), or the error the opening or
    ///   the first refused event gives.
    public init(replaying history: [ExchangeEvent], policy: ExchangePolicy = .beijing) throws(ExchangeCaseError) {
        self = try Self.replaying(history, opening: "applied") { first throws(ExchangeCaseError) in
            guard case .applied(let application, let parties) = first else { return nil }
            return try Self.open(application, parties: parties, policy: policy).opened
        }
    }

    // MARK: - Reading the case

    /// Every event applied, in order, starting with ``ExchangeEvent/applied(application:parties:)``.
    public var history: [ExchangeEvent] { self.ledger.events }

    /// The case's phase now.
    public var phase: Phase { self.ledger.current.phase }

    /// The case's phase at the end of `date`, from the states the case recorded; `nil` for a day before the
    /// application (there was no case yet).
    public func phase(on date: CivilDate) -> Phase? { self.ledger.state(on: date)?.phase }

    /// The day the card is produced (EX-PRODUCTION; the application day for instant issuance); `nil` when it
    /// needs a year without calendar data.
    public var readyDate: CivilDate? { self.decision.readyDate }

    /// The day of the last event applied.
    public var lastEventDate: CivilDate { self.ledger.latestDate }

    /// The day the new card's social security function was activated, if it was (EX-ACTIVATION).
    public var activatedOn: CivilDate? { Self.activation(in: self.ledger.current) }

    /// The day the new card's bank function was activated, if it was (EX-ACTIVATION).
    public var financialFunctionActivatedOn: CivilDate? {
        guard case .activated(_, let date, _) = self.ledger.current else { return nil }
        return date
    }

    /// Who received the card, once it was received.
    public var receivedBy: RecipientRole? {
        switch self.ledger.current {
        case .applied, .cardProduced, .cancelled: nil
        case .received(_, let role), .activated(_, _, let role): role
        }
    }

    /// Whether the old card is valid on `date` and which functions work (EX-OLD-VALID), from the state the case
    /// had recorded at the end of that day: valid every day before the new card's activation (and every day before
    /// the application), superseded from the activation day.
    public func oldCardValidity(on date: CivilDate) -> OldCardValidity {
        self.policy.oldCardValidity(on: date, newCardActivatedOn: self.ledger.state(on: date).flatMap(Self.activation))
    }

    /// The day of the social security function's activation, in an activated state.
    private static func activation(in state: State) -> CivilDate? {
        guard case .activated(let date, _, _) = state else { return nil }
        return date
    }

    /// The one who applied in person and takes an instant-issuance card: the guardian for a minor.
    private var applicantRole: RecipientRole { self.application.appliedByGuardian ? .guardian : .holder }
}

// MARK: - Events

extension ExchangeCase {
    /// Applies one event: checks it against the phase, the date of the previous event and the rules, and on
    /// success records it and returns what the host should do.
    ///
    /// - Throws: ``ExchangeCaseError`` with code `eventNotAllowed`, `dateBeforePreviousEvent`,
    ///   ``ExchangeErrorCode/recipientNotAllowed``, ``ExchangeErrorCode/guardianRequired``,
    ///   ``ExchangeErrorCode/documentNotAccepted``, ``ExchangeErrorCode/documentMismatch``,
    ///   ``ExchangeErrorCode/employerMismatch``, ``ExchangeErrorCode/instantIssuanceNotSameDay``,
    ///   ``ExchangeErrorCode/tooEarly`` or ``ExchangeErrorCode/financialFunctionAlreadyActive``; the case is then
    ///   unchanged.
    public mutating func apply(_ event: ExchangeEvent) throws(ExchangeCaseError) -> [ExchangeEffect] {
        let (state, effects) = try self.transition(from: self.ledger.current, on: event)
        // The one place the case changes, after every check passed: a refused event leaves it untouched.
        self.ledger.record(event, leadingTo: state)
        return effects
    }

    // MARK: Transitions (pure: they compute, `apply` records)

    /// The state `event` leads to from `state`, and the effects; throws without changing anything.
    private func transition(
        from state: State, on event: ExchangeEvent
    ) throws(ExchangeCaseError) -> (State, [ExchangeEffect]) {
        switch (state, event) {
        case (.applied, .cardProduced(let date)):
            try self.requireOrder(event, in: state)
            return try self.produced(on: date, in: state)
        case (.applied, .cancelled(let date)):
            try self.requireOrder(event, in: state)
            return (
                .cancelled(on: date),
                [.cancelCardOrder(bank: self.application.bank), .notifyHolder(.applicationCancelled)]
            )
        case (.cardProduced, .cardReceived(let date, let recipient)):
            try self.requireOrder(event, in: state)
            return try self.received(on: date, by: recipient, in: state)
        case (.received(_, let role), .socialSecurityActivated(let date, _)):
            try self.requireOrder(event, in: state)
            return (
                .activated(on: date, financialFunctionOn: nil, receivedBy: role), self.supersedingEffects(from: date)
            )
        case (.received(_, let role), .financialFunctionActivated(let date, let document)):
            try self.requireOrder(event, in: state)
            try self.requireActivationDocument(document, on: date, event: event, in: state)
            return (
                .activated(on: date, financialFunctionOn: date, receivedBy: role),
                [.activateFinancialFunction(bank: self.application.bank)] + self.supersedingEffects(from: date)
            )
        case (.activated(let activated, let financial, let role), .financialFunctionActivated(let date, let document)):
            return try self.bankFunctionActivated(
                on: date, presenting: document, after: (activated, financial, role), event: event, in: state)
        case (.applied, .applied), (.applied, .cardReceived), (.applied, .socialSecurityActivated),
            (.applied, .financialFunctionActivated),
            (.cardProduced, .applied), (.cardProduced, .cardProduced), (.cardProduced, .socialSecurityActivated),
            (.cardProduced, .financialFunctionActivated), (.cardProduced, .cancelled),
            (.received, .applied), (.received, .cardProduced), (.received, .cardReceived), (.received, .cancelled),
            (.activated, .applied), (.activated, .cardProduced), (.activated, .cardReceived),
            (.activated, .socialSecurityActivated), (.activated, .cancelled),
            (.cancelled, _):
            throw Self.refusal(
                .eventNotAllowed, event, in: state,
                CaseMachineMessages.eventNotAllowed(event.name, in: state.phase.name))
        }
    }

    /// EX-ACTIVATION: the bank function switched on later, once, after the social security function.
    private func bankFunctionActivated(
        on date: CivilDate, presenting document: PresentedDocument,
        after activated: (on: CivilDate, financialFunctionOn: CivilDate?, receivedBy: RecipientRole),
        event: ExchangeEvent, in state: State
    ) throws(ExchangeCaseError) -> (State, [ExchangeEffect]) {
        guard activated.financialFunctionOn == nil else {
            throw Self.refusal(
                .financialFunctionAlreadyActive, event, in: state, rule: .exchangeActivation,
                ExchangeCaseMessages.financialAlreadyActive)
        }
        try self.requireOrder(event, in: state)
        try self.requireActivationDocument(document, on: date, event: event, in: state)
        return (
            .activated(on: activated.on, financialFunctionOn: date, receivedBy: activated.receivedBy),
            [.activateFinancialFunction(bank: self.application.bank)]
        )
    }

    /// EX-ACTIVATION, EX-OLD-VALID: the social security function on, the old card superseded from `date`.
    private func supersedingEffects(from date: CivilDate) -> [ExchangeEffect] {
        [
            .activateSocialSecurityFunction, .supersedeOldCard(generation: self.oldCard, from: date),
            .notifyHolder(.socialSecurityFunctionActivated),
        ]
    }

    /// EX-PRODUCTION, EX-RECEIPT: the card produced, and where it goes; for instant issuance, handed over at once.
    private func produced(on date: CivilDate, in state: State) throws(ExchangeCaseError) -> (State, [ExchangeEffect]) {
        if self.application.receipt != .instantIssuance { try self.requireAccepted(producedOn: date, in: state) }
        switch self.application.receipt {
        case .instantIssuance:
            guard date == self.application.date else {
                throw Self.refusal(
                    .instantIssuanceNotSameDay, .cardProduced(on: date), in: state, rule: .exchangeReceipt,
                    ExchangeCaseMessages.instantNotSameDay(self.application.date))
            }
            let role = self.applicantRole
            return (.received(on: date, by: role), [.handOverCard(to: role), .notifyHolder(.activationRequired)])
        case .bankBranch: return (.cardProduced(on: date), [.notifyHolder(.cardReadyForCollection)])
        case .post: return (.cardProduced(on: date), [.postCard, .notifyHolder(.cardPosted)])
        case .employer: return (.cardProduced(on: date), [.notifyEmployer(.cardReadyForCompanyPickup)])
        }
    }

    /// EX-PRODUCTION, CM-ACCEPTANCE: a card is produced from the acceptance date on, the next working day for an
    /// application made on a rest day (instant issuance excepted: produced on the spot on the application day).
    private func requireAccepted(producedOn date: CivilDate, in state: State) throws(ExchangeCaseError) {
        let accepted = self.decision.acceptanceDate ?? self.application.date
        guard date >= accepted else {
            throw Self.refusal(
                .tooEarly, .cardProduced(on: date), in: state, rule: .exchangeProduction,
                ExchangeCaseMessages.tooEarly(date, accepted: accepted))
        }
    }

    /// EX-RECEIPT, EX-MINOR: the recipient fits the way of receiving chosen and shows the right document.
    private func received(
        on date: CivilDate, by recipient: ExchangeRecipient, in state: State
    ) throws(ExchangeCaseError) -> (State, [ExchangeEffect]) {
        let event = ExchangeEvent.cardReceived(on: date, by: recipient)
        let pickup = self.application.receipt == .employer
        switch recipient {
        case .employer(let code):
            guard pickup, let employer = self.application.employer else {
                throw Self.refusal(
                    .recipientNotAllowed, event, in: state, rule: .exchangeReceipt,
                    ExchangeCaseMessages.notCompanyPickup)
            }
            guard code == employer.employer else {
                throw Self.refusal(
                    .employerMismatch, event, in: state, rule: .exchangeReceipt, ExchangeCaseMessages.employerMismatch)
            }
        case .holder(let document):
            guard !pickup else {
                throw Self.refusal(
                    .recipientNotAllowed, event, in: state, rule: .exchangeReceipt, ExchangeCaseMessages.employerOnly)
            }
            guard !self.application.holderIsMinor else {
                throw Self.refusal(
                    .guardianRequired, event, in: state, rule: .exchangeMinor, ExchangeCaseMessages.guardianOnly)
            }
            try Self.requireDocument(document, of: self.parties.holder, on: date, event: event, in: state)
        case .guardian(let document):
            guard !pickup else {
                throw Self.refusal(
                    .recipientNotAllowed, event, in: state, rule: .exchangeReceipt, ExchangeCaseMessages.employerOnly)
            }
            guard let guardian = self.parties.guardian else {
                throw Self.refusal(
                    .recipientNotAllowed, event, in: state, rule: .exchangeMinor, ExchangeCaseMessages.noGuardian)
            }
            try Self.requireDocument(document, of: guardian, on: date, event: event, in: state)
        }
        var effects: [ExchangeEffect] = []
        if self.application.receipt != .post { effects.append(.handOverCard(to: recipient.role)) }
        effects.append(.notifyHolder(.activationRequired))
        return (.received(on: date, by: recipient.role), effects)
    }

    /// The date-order check every event makes first (CardModel's `CaseLedger`).
    private func requireOrder(_ event: ExchangeEvent, in state: State) throws(ExchangeCaseError) {
        guard self.ledger.admits(event) else {
            throw Self.refusal(
                .dateBeforePreviousEvent, event, in: state,
                CaseMachineMessages.dateBeforePreviousEvent(event.date, previous: self.ledger.latestDate))
        }
    }

    private static func requireDocument(
        _ presented: PresentedDocument, of expected: IdentityDocument, on date: CivilDate, event: ExchangeEvent,
        in state: State
    ) throws(ExchangeCaseError) {
        guard presented.isOriginalAndValid(on: date) else {
            throw Self.refusal(
                .documentNotAccepted, event, in: state, rule: .exchangeReceipt,
                ExchangeCaseMessages.documentNotAccepted)
        }
        guard presented.document.identifiesSamePerson(as: expected) else {
            throw Self.refusal(
                .documentMismatch, event, in: state, rule: .exchangeReceipt, ExchangeCaseMessages.documentMismatch)
        }
    }

    /// The bank function needs the holder's original, valid document, or for a minor the guardian's (our reading).
    private func requireActivationDocument(
        _ presented: PresentedDocument, on date: CivilDate, event: ExchangeEvent, in state: State
    ) throws(ExchangeCaseError) {
        guard presented.isOriginalAndValid(on: date) else {
            throw Self.refusal(
                .documentNotAccepted, event, in: state, rule: .exchangeActivation,
                ExchangeCaseMessages.documentNotAccepted)
        }
        let document = presented.document
        let matchesGuardian = self.parties.guardian.map { document.identifiesSamePerson(as: $0) } ?? false
        guard document.identifiesSamePerson(as: self.parties.holder) || matchesGuardian else {
            throw Self.refusal(
                .documentMismatch, event, in: state, rule: .exchangeActivation, ExchangeCaseMessages.documentMismatch)
        }
    }

    private static func refusal(
        _ code: ExchangeErrorCode, _ event: ExchangeEvent, in state: State, rule: RuleID? = nil,
        _ message: LocalizedText
    ) -> ExchangeCaseError {
        ExchangeCaseError(code, event: event.name, phase: state.phase, rule: rule, message: message)
    }
}

extension ExchangeCase {
    /// Hashes the history, which determines the rest under one policy (equal cases have equal histories), so a
    /// host's set of cases does not hash the policy's calendar each time.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.history)
    }
}

extension ExchangeCase: CustomStringConvertible, CustomDebugStringConvertible {
    /// `ExchangeCase(received, 3 events, ready by 2026-01-09)`; no personal data.
    public var description: String {
        "ExchangeCase(\(self.phase), \(self.history.count) events, ready by \(self.readyDate.map { $0.description } ?? "?"))"
    }

    /// The phase, the ready date, the masked holder document, the events and the policy in one line.
    public var debugDescription: String {
        "ExchangeCase(\(self.phase), ready by \(self.readyDate.map { $0.description } ?? "?"), holder: \(self.parties.holder), "
            + "history: [\(self.history.map { $0.description }.joined(separator: ", "))], policy: \(self.policy))"
    }
}
