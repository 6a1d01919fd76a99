public import CardModel

/// One person's exchange, from the application to the activated new card: a sans-I/O state machine.
///
/// ```
///            apply(_:parties:policy:)  (approved by the policy, else refused with every violation)
///                       │
///                       ▼            cancelled(on:)
///                   applied ─────────────────────────────► cancelled
///                       │ cardMade(on:)  not before the acceptance date (else tooEarly)
///          ┌────────────┴───────────────────────┐
///          │ to collect, by post, by employer   │ instant issuance: made and handed over
///          ▼                                    │ on the spot, the same day
///      cardMade                                 │
///          │ cardReceived(on:by:)               │
///          │  holder; the guardian of a minor;  │
///          │  the employer under company pickup;│
///          │  a document that does not match    │
///          │  is refused                        │
///          ▼                                    │
///      received ◄───────────────────────────────┘
///          │ socialSecurityActivated(on:through:)      online or in person
///          │ financialFunctionActivated(on:presenting:) at the issuing bank, which activates both
///          ▼
///      activated ── the old card is superseded from this day (EX-OLD-VALID)
///          │ financialFunctionActivated(on:presenting:)  (once, if not yet)
///          ▼
///      activated (bank function on)
/// ```
///
/// The host feeds events with their dates and carries out the ``ExchangeEffect``s each one returns. An event
/// the phase does not allow, one dated before the previous event, or a receipt by the wrong person throws an
/// ``ExchangeCaseError`` and leaves the case exactly as it was, history included. The history is append-only;
/// ``init(replaying:policy:)`` rebuilds the case from it, and decoding replays it, so a tampered snapshot is
/// refused, never half-accepted.
///
/// ```swift
/// var (exchange, effects) = try ExchangeCase.apply(application, parties: parties)   // orderCard, notifyHolder
/// try exchange.cardMade(on: CivilDate("2026-01-08")!)                               // notifyHolder(ready)
/// try exchange.cardReceived(on: CivilDate("2026-01-09")!, by: .holder(PresentedDocument(document)))
/// try exchange.socialSecurityActivated(on: CivilDate("2026-01-09")!, through: .jingtong)
/// exchange.oldCardValidity(on: CivilDate("2026-01-08")!).isValid                    // true
/// ```
public struct ExchangeCase: Sendable, Hashable {
    /// A case's phase: a read-only mirror of its state without the data (STYLE.md §6).
    public enum Phase: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
        /// Applied and approved; the card is being made. Can transition to: ``cardMade``, ``received`` (instant
        /// issuance), ``cancelled``.
        case applied
        /// The card is made and waits for collection, is in the post or waits for the employer. Can transition
        /// to: ``received``.
        case cardMade
        /// The card is in the holder's (guardian's, employer's) hands, not yet activated; the old card still
        /// works. Can transition to: ``activated``.
        case received
        /// The new card's social security function is active; the old card is superseded. Can transition to:
        /// ``activated`` (bank function activated once).
        case activated
        /// The application was cancelled before the card was made. Terminal.
        case cancelled

        /// The phase's name in three languages.
        public var name: LocalizedText {
            switch self {
            case .applied: LocalizedText(english: "applied", german: "beantragt", chinese: "已申请")
            case .cardMade: LocalizedText(english: "card made", german: "Karte hergestellt", chinese: "已制卡")
            case .received: LocalizedText(english: "received", german: "erhalten", chinese: "已领卡")
            case .activated: LocalizedText(english: "activated", german: "aktiviert", chinese: "已激活")
            case .cancelled: LocalizedText(english: "cancelled", german: "zurückgezogen", chinese: "已撤销")
            }
        }

        /// The phase's name, such as `cardMade`.
        public var description: String { self.rawValue }
    }

    private enum State: Sendable, Hashable {
        /// Can transition to: cardMade, received (instant issuance), cancelled.
        case applied
        /// Can transition to: received.
        case cardMade(on: CivilDate)
        /// Can transition to: activated.
        case received(on: CivilDate, by: RecipientRole)
        /// Can transition to: activated with the bank function (once).
        case activated(on: CivilDate, financialFunctionOn: CivilDate?, receivedBy: RecipientRole)
        /// Terminal.
        case cancelled(on: CivilDate)
    }

    /// The policy that decided the application.
    public let policy: ExchangePolicy
    /// The approved application.
    public let application: ExchangeApplication
    /// Who may collect the card.
    public let parties: ExchangeParties
    /// The policy's decision on the application: approved, with the ready-by date and the receipt options.
    public let decision: ExchangeDecision
    /// Every event handled, in order, starting with ``ExchangeEvent/applied(application:parties:)``.
    public private(set) var history: [ExchangeEvent]
    /// The generation of the card exchanged (first or second).
    public let oldCard: CardGeneration
    private var state: State
    private var latestEventDate: CivilDate

    private init(
        policy: ExchangePolicy, application: ExchangeApplication, parties: ExchangeParties,
        decision: ExchangeDecision, oldCard: CardGeneration
    ) {
        self.policy = policy
        self.application = application
        self.parties = parties
        self.decision = decision
        self.oldCard = oldCard
        self.history = [.applied(application: application, parties: parties)]
        self.state = .applied
        self.latestEventDate = application.date
    }

    /// Opens a case for an application the policy approves, and says what to do first.
    ///
    /// The parties must fit the application first (a guardian's document exactly when a guardian applies, and not
    /// the holder's own). Then the policy decides with the parties' documents
    /// (``ExchangePolicy/evaluate(_:parties:)``): where the holder's document gives a birth date, the
    /// application's ``ExchangeApplication/holderIsMinor`` must agree with it, and a guardian's document must show
    /// an adult (EX-MINOR), so the flag cannot hand a minor's card to the minor.
    ///
    /// - Returns: The case, in ``Phase/applied``, and its effects: ``ExchangeEffect/orderCard(bank:readyBy:)`` (or
    ///   ``ExchangeEffect/makeCardOnTheSpot(bank:)`` for instant issuance) and
    ///   ``ExchangeEffect/notifyHolder(_:)``.
    /// - Throws: ``ExchangeCaseError`` with code ``ExchangeCaseError/Code/partiesDoNotMatchApplication`` or
    ///   ``ExchangeCaseError/Code/applicationRefused`` (carrying every violation, including EX-MINOR for a
    ///   minority flag the documents contradict). A year without calendar data is no refusal: the case opens with
    ///   its ready-by date unknown (``readyBy`` is `nil`, the decision warns with CM-WORKDAY).
    public static func apply(
        _ application: ExchangeApplication, parties: ExchangeParties, policy: ExchangePolicy = .beijing
    ) throws(ExchangeCaseError) -> (exchange: ExchangeCase, effects: [ExchangeEffect]) {
        let guardianMatches: Bool
        if let guardian = parties.guardian {
            guardianMatches = application.appliedByGuardian && !guardian.identifiesSamePerson(as: parties.holder)
        } else {
            guardianMatches = !application.appliedByGuardian
        }
        guard guardianMatches else {
            throw ExchangeCaseError(
                .partiesDoNotMatchApplication, event: "applied", phase: nil, rule: .exchangeMinor,
                message: CaseMessages.partiesDoNotMatch)
        }
        let decision = policy.evaluate(application, parties: parties)
        guard decision.isApproved, let oldCard = application.currentCard else {
            throw ExchangeCaseError(
                .applicationRefused, event: "applied", phase: nil, message: CaseMessages.refused(decision.violations),
                violations: decision.violations)
        }
        let exchange = ExchangeCase(
            policy: policy, application: application, parties: parties, decision: decision, oldCard: oldCard)
        let order: ExchangeEffect
        if application.receipt == .instantIssuance {
            order = .makeCardOnTheSpot(bank: application.bank)
        } else {
            order = .orderCard(bank: application.bank, readyBy: decision.readyBy)
        }
        return (exchange, [order, .notifyHolder(.applicationAccepted)])
    }

    /// Rebuilds a case from its history: the application first, then every event, each checked again.
    ///
    /// - Throws: ``ExchangeCaseError`` with code ``ExchangeCaseError/Code/emptyHistory``,
    ///   ``ExchangeCaseError/Code/historyMustStartWithApplication``, or the error the first refused event gives.
    public init(replaying history: [ExchangeEvent], policy: ExchangePolicy = .beijing) throws(ExchangeCaseError) {
        guard let first = history.first else {
            throw ExchangeCaseError(.emptyHistory, event: "replay", phase: nil, message: CaseMessages.emptyHistory)
        }
        guard case .applied(let application, let parties) = first else {
            throw ExchangeCaseError(
                .historyMustStartWithApplication, event: first.name, phase: nil,
                message: CaseMessages.mustStartWithApplication)
        }
        var exchange = try Self.apply(application, parties: parties, policy: policy).exchange
        for event in history.dropFirst() { _ = try exchange.handle(event) }
        self = exchange
    }

    // MARK: - Reading the case

    /// The case's phase.
    public var phase: Phase {
        switch self.state {
        case .applied: .applied
        case .cardMade: .cardMade
        case .received: .received
        case .activated: .activated
        case .cancelled: .cancelled
        }
    }

    /// The day by which the card is made (EX-PRODUCTION; the application day for instant issuance).
    public var readyBy: CivilDate? { self.decision.readyBy }

    /// The day of the last event handled.
    public var lastEventDate: CivilDate { self.latestEventDate }

    /// The day the new card's social security function was activated, if it was (EX-ACTIVATION).
    public var activatedOn: CivilDate? {
        guard case .activated(let date, _, _) = self.state else { return nil }
        return date
    }

    /// The day the new card's bank function was activated, if it was (EX-ACTIVATION).
    public var financialFunctionActivatedOn: CivilDate? {
        guard case .activated(_, let date, _) = self.state else { return nil }
        return date
    }

    /// Who received the card, once it was received.
    public var receivedBy: RecipientRole? {
        switch self.state {
        case .applied, .cardMade, .cancelled: nil
        case .received(_, let role), .activated(_, _, let role): role
        }
    }

    /// Whether the old card is valid on `date` and which functions work (EX-OLD-VALID): valid every day before
    /// the new card's activation, superseded from the activation day, whatever the case's later events.
    public func oldCardValidity(on date: CivilDate) -> OldCardValidity {
        self.policy.oldCardValidity(on: date, newCardActivatedOn: self.activatedOn)
    }

    /// The one who applied in person and takes an instant-issuance card: the guardian for a minor.
    private var applicantRole: RecipientRole { self.application.appliedByGuardian ? .guardian : .holder }
}

// MARK: - Events

extension ExchangeCase {
    /// Handles one event: checks it against the phase, the date of the previous event and the rules, and on
    /// success records it and returns what the host should do.
    ///
    /// - Throws: ``ExchangeCaseError`` with code ``ExchangeCaseError/Code/eventNotAllowed``,
    ///   ``ExchangeCaseError/Code/dateBeforePreviousEvent``, ``ExchangeCaseError/Code/recipientNotAllowed``,
    ///   ``ExchangeCaseError/Code/guardianRequired``, ``ExchangeCaseError/Code/documentNotAccepted``,
    ///   ``ExchangeCaseError/Code/documentMismatch``, ``ExchangeCaseError/Code/employerMismatch``,
    ///   ``ExchangeCaseError/Code/instantIssuanceNotSameDay``, ``ExchangeCaseError/Code/tooEarly`` or
    ///   ``ExchangeCaseError/Code/financialFunctionAlreadyActive``; the case is then unchanged.
    public mutating func handle(_ event: ExchangeEvent) throws(ExchangeCaseError) -> [ExchangeEffect] {
        let (state, effects) = try self.transition(for: event)
        // Commit only after every check passed: a refused event leaves state and history untouched.
        self.state = state
        self.latestEventDate = event.date
        self.history.append(event)
        return effects
    }

    /// The card was made (EX-PRODUCTION); for instant issuance, made and handed over on the spot (EX-RECEIPT).
    ///
    /// Not before the application's acceptance date (``ExchangeDecision/acceptanceDate``, CM-ACCEPTANCE): an
    /// application made online on Saturday 2026-01-10 is accepted on Monday 2026-01-12, and a card made earlier is
    /// refused with ``ExchangeCaseError/Code/tooEarly``.
    ///
    /// - Throws: ``ExchangeCaseError``, as ``handle(_:)``.
    @discardableResult
    public mutating func cardMade(on date: CivilDate) throws(ExchangeCaseError) -> [ExchangeEffect] {
        try self.handle(.cardMade(on: date))
    }

    /// The card was received by `recipient` (EX-RECEIPT, EX-MINOR).
    ///
    /// - Throws: ``ExchangeCaseError``, as ``handle(_:)``.
    @discardableResult
    public mutating func cardReceived(
        on date: CivilDate, by recipient: ExchangeRecipient
    ) throws(ExchangeCaseError)
        -> [ExchangeEffect]
    {
        try self.handle(.cardReceived(on: date, by: recipient))
    }

    /// The social security function was activated through `channel` (EX-ACTIVATION).
    ///
    /// - Throws: ``ExchangeCaseError``, as ``handle(_:)``.
    @discardableResult
    public mutating func socialSecurityActivated(
        on date: CivilDate, through channel: ActivationChannel
    )
        throws(ExchangeCaseError) -> [ExchangeEffect]
    {
        try self.handle(.socialSecurityActivated(on: date, through: channel))
    }

    /// The bank function was activated at the issuing bank, `document` shown (EX-ACTIVATION).
    ///
    /// - Throws: ``ExchangeCaseError``, as ``handle(_:)``.
    @discardableResult
    public mutating func financialFunctionActivated(
        on date: CivilDate, presenting document: PresentedDocument
    )
        throws(ExchangeCaseError) -> [ExchangeEffect]
    {
        try self.handle(.financialFunctionActivated(on: date, presenting: document))
    }

    /// The application was cancelled before the card was made.
    ///
    /// - Throws: ``ExchangeCaseError``, as ``handle(_:)``.
    @discardableResult
    public mutating func cancelled(on date: CivilDate) throws(ExchangeCaseError) -> [ExchangeEffect] {
        try self.handle(.cancelled(on: date))
    }

    // MARK: Transitions (pure: they compute, `handle` commits)

    private func transition(for event: ExchangeEvent) throws(ExchangeCaseError) -> (State, [ExchangeEffect]) {
        switch (self.state, event) {
        case (.applied, .cardMade(let date)):
            try self.requireOrder(event)
            return try self.made(on: date)
        case (.applied, .cancelled(let date)):
            try self.requireOrder(event)
            return (
                .cancelled(on: date),
                [.cancelCardOrder(bank: self.application.bank), .notifyHolder(.applicationCancelled)]
            )
        case (.cardMade, .cardReceived(let date, let recipient)):
            try self.requireOrder(event)
            return try self.received(on: date, by: recipient)
        case (.received(_, let role), .socialSecurityActivated(let date, _)):
            try self.requireOrder(event)
            return (
                .activated(on: date, financialFunctionOn: nil, receivedBy: role),
                [
                    .activateSocialSecurityFunction, .supersedeOldCard(generation: self.oldCard, from: date),
                    .notifyHolder(.socialSecurityFunctionActivated),
                ]
            )
        case (.received(_, let role), .financialFunctionActivated(let date, let document)):
            try self.requireOrder(event)
            try self.requireActivationDocument(document, on: date, event: event)
            return (
                .activated(on: date, financialFunctionOn: date, receivedBy: role),
                [
                    .activateFinancialFunction(bank: self.application.bank), .activateSocialSecurityFunction,
                    .supersedeOldCard(generation: self.oldCard, from: date),
                    .notifyHolder(.socialSecurityFunctionActivated),
                ]
            )
        case (.activated(let activated, let financial, let role), .financialFunctionActivated(let date, let document)):
            guard financial == nil else {
                throw self.error(
                    .financialFunctionAlreadyActive, event, rule: .exchangeActivation,
                    CaseMessages.financialAlreadyActive)
            }
            try self.requireOrder(event)
            try self.requireActivationDocument(document, on: date, event: event)
            return (
                .activated(on: activated, financialFunctionOn: date, receivedBy: role),
                [.activateFinancialFunction(bank: self.application.bank)]
            )
        case (.applied, .applied), (.applied, .cardReceived), (.applied, .socialSecurityActivated),
            (.applied, .financialFunctionActivated),
            (.cardMade, .applied), (.cardMade, .cardMade), (.cardMade, .socialSecurityActivated),
            (.cardMade, .financialFunctionActivated), (.cardMade, .cancelled),
            (.received, .applied), (.received, .cardMade), (.received, .cardReceived), (.received, .cancelled),
            (.activated, .applied), (.activated, .cardMade), (.activated, .cardReceived),
            (.activated, .socialSecurityActivated), (.activated, .cancelled),
            (.cancelled, _):
            throw self.error(.eventNotAllowed, event, CaseMessages.notAllowed(event.name, in: self.phase))
        }
    }

    private func made(on date: CivilDate) throws(ExchangeCaseError) -> (State, [ExchangeEffect]) {
        if self.application.receipt != .instantIssuance { try self.requireAccepted(madeOn: date) }
        switch self.application.receipt {
        case .instantIssuance:
            guard date == self.application.date else {
                throw self.error(
                    .instantIssuanceNotSameDay, .cardMade(on: date), rule: .exchangeReceipt,
                    CaseMessages.instantNotSameDay(self.application.date))
            }
            let role = self.applicantRole
            return (.received(on: date, by: role), [.handOverCard(to: role), .notifyHolder(.activationRequired)])
        case .bankBranch: return (.cardMade(on: date), [.notifyHolder(.cardReadyForCollection)])
        case .post: return (.cardMade(on: date), [.postCard, .notifyHolder(.cardPosted)])
        case .employer: return (.cardMade(on: date), [.notifyEmployer(.cardReadyForCompanyPickup)])
        }
    }

    /// EX-PRODUCTION, CM-ACCEPTANCE: a card is made from the acceptance date on, the next working day for an
    /// application made on a rest day (instant issuance excepted: made on the spot on the application day).
    private func requireAccepted(madeOn date: CivilDate) throws(ExchangeCaseError) {
        let accepted = self.decision.acceptanceDate ?? self.application.date
        guard date >= accepted else {
            throw self.error(
                .tooEarly, .cardMade(on: date), rule: .exchangeProduction,
                CaseMessages.tooEarly(date, accepted: accepted))
        }
    }

    private func received(
        on date: CivilDate, by recipient: ExchangeRecipient
    ) throws(ExchangeCaseError)
        -> (State, [ExchangeEffect])
    {
        let event = ExchangeEvent.cardReceived(on: date, by: recipient)
        let pickup = self.application.receipt == .employer
        switch recipient {
        case .employer(let code):
            guard pickup, let employer = self.application.employer else {
                throw self.error(.recipientNotAllowed, event, rule: .exchangeReceipt, CaseMessages.notCompanyPickup)
            }
            guard code == employer.employer else {
                throw self.error(.employerMismatch, event, rule: .exchangeReceipt, CaseMessages.employerMismatch)
            }
        case .holder(let document):
            guard !pickup else {
                throw self.error(.recipientNotAllowed, event, rule: .exchangeReceipt, CaseMessages.employerOnly)
            }
            guard !self.application.holderIsMinor else {
                throw self.error(.guardianRequired, event, rule: .exchangeMinor, CaseMessages.guardianOnly)
            }
            try self.requireDocument(document, of: self.parties.holder, on: date, event: event)
        case .guardian(let document):
            guard !pickup else {
                throw self.error(.recipientNotAllowed, event, rule: .exchangeReceipt, CaseMessages.employerOnly)
            }
            guard let guardian = self.parties.guardian else {
                throw self.error(.recipientNotAllowed, event, rule: .exchangeMinor, CaseMessages.noGuardian)
            }
            try self.requireDocument(document, of: guardian, on: date, event: event)
        }
        var effects: [ExchangeEffect] = []
        if self.application.receipt != .post { effects.append(.handOverCard(to: recipient.role)) }
        effects.append(.notifyHolder(.activationRequired))
        return (.received(on: date, by: recipient.role), effects)
    }

    private func requireOrder(_ event: ExchangeEvent) throws(ExchangeCaseError) {
        guard event.date >= self.latestEventDate else {
            throw self.error(
                .dateBeforePreviousEvent, event, CaseMessages.dateBefore(event.date, previous: self.latestEventDate))
        }
    }

    private func requireDocument(
        _ presented: PresentedDocument, of expected: IdentityDocument, on date: CivilDate, event: ExchangeEvent
    ) throws(ExchangeCaseError) {
        guard presented.isOriginalAndValid(on: date) else {
            throw self.error(.documentNotAccepted, event, rule: .exchangeReceipt, CaseMessages.documentNotAccepted)
        }
        guard presented.document.identifiesSamePerson(as: expected) else {
            throw self.error(.documentMismatch, event, rule: .exchangeReceipt, CaseMessages.documentMismatch)
        }
    }

    /// The bank function needs the holder's original, valid document, or for a minor the guardian's (our reading).
    private func requireActivationDocument(
        _ presented: PresentedDocument, on date: CivilDate, event: ExchangeEvent
    )
        throws(ExchangeCaseError)
    {
        guard presented.isOriginalAndValid(on: date) else {
            throw self.error(.documentNotAccepted, event, rule: .exchangeActivation, CaseMessages.documentNotAccepted)
        }
        let document = presented.document
        let matchesGuardian = self.parties.guardian.map { document.identifiesSamePerson(as: $0) } ?? false
        guard document.identifiesSamePerson(as: self.parties.holder) || matchesGuardian else {
            throw self.error(.documentMismatch, event, rule: .exchangeActivation, CaseMessages.documentMismatch)
        }
    }

    private func error(
        _ code: ExchangeCaseError.Code, _ event: ExchangeEvent, rule: RuleID? = nil, _ message: LocalizedText
    ) -> ExchangeCaseError {
        ExchangeCaseError(code, event: event.name, phase: self.phase, rule: rule, message: message)
    }
}

extension ExchangeCase {
    /// Hashes the history, which determines the rest under one policy (equal cases have equal histories), so a
    /// host's set of cases does not hash the policy's calendar each time.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.history)
    }
}

extension ExchangeCase: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// `ExchangeCase(received, 3 events, ready by 2026-01-09)`; no personal data.
    public var description: String {
        "ExchangeCase(\(self.phase), \(self.history.count) events, ready by \(self.readyBy.map(\.description) ?? "?"))"
    }

    /// The phase, the ready-by date, the masked holder document, the events and the policy in one line.
    public var debugDescription: String {
        "ExchangeCase(\(self.phase), ready by \(self.readyBy.map(\.description) ?? "?"), holder: \(self.parties.holder), "
            + "history: [\(self.history.map(\.description).joined(separator: ", "))], policy: \(self.policy))"
    }

    /// A mirror showing the phase, the ready-by date, the parties (masked), the application, the decision, the
    /// events as one line each and the policy summarised (its mirror), never the policy's holiday calendar.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "phase": self.phase, "readyBy": self.readyBy as Any, "parties": self.parties,
                "application": self.application, "decision": self.decision.description,
                "history": self.history.map(\.description), "policy": self.policy,
            ],
            displayStyle: .struct)
    }
}
