public import CardModel

/// One replacement of a lost or damaged card, from the loss report to the new card's activation: a sans-I/O
/// state machine (RP-LOSS, RP-LOSS-REPORT, RP-FEE, RP-READY, RP-CERTIFICATE, RP-RECEIPT, RP-SUPERSEDE).
///
/// ```
///                 reportedLostTemporarily            temporaryReportWithdrawn (or the report lapses
///   +------------+ ----------------------> +-------------------------+  by itself after the policy's days)
///   | cardActive |                         | temporarilyReportedLost | ----------------------> cardActive
///   +------------+                         +-------------------------+
///         | applied (approved: fee;              | applied (lost: the report becomes formal)
///         |  lost: formal loss report)           |
///         v                                      v
///   +---------+  cardProduced  +-----------+  collected, documents match  +----------+  activated  +-----------+
///   | applied | -------------> | cardReady | ---------------------------> | received | ----------> | activated |
///   +---------+                +-----------+                              +----------+             +-----------+
///   (certificate                     | dispatched (express)                    ^
///    available)                      v                                         |
///                              +------------+  delivered, documents match      |
///                              | dispatched | ---------------------------------+
///                              +------------+
///   lostCardFound: recorded from applied on (lost cards only); the found card stays unusable.
/// ```
///
/// A case exists before any event: the holder's card is active (``init(holder:policy:)``). The host feeds events
/// with their dates through ``apply(_:)-(ReplacementEvent)`` or the wrappers (``reportLostTemporarily(on:)``,
/// ``applyForReplacement(_:)``, ``produceCard(on:)``, ``collect(on:documents:)``, ``activate(on:)``, …); the
/// case answers with the effects to carry out (charge the fee, block the card, issue the certificate, notify,
/// dispatch, hand over, supersede). An event that does not fit the phase, is dated before the previous event,
/// breaks a rule or needs a year the calendar lacks throws a ``ReplacementCaseError`` and leaves the case exactly
/// as it was, history included.
///
/// A temporary loss report lapses by itself: any question or event dated after its last day
/// (``ReplacementPolicy/temporaryReportLastDay(reportedOn:)``) sees the old card active again, unless the report
/// was made formal by an application or withdrawn. While the old card is lost or damaged and the new one not yet
/// activated, the card gives no functions (``functions(on:of:)``, RP-LOSS). Questions about a past day are
/// answered from the states the case recorded.
///
/// The history is append-only; ``init(replaying:holder:policy:)`` rebuilds a case from it, and decoding a
/// snapshot replays it under the policy the host expects, so a corrupted or tampered snapshot is refused.
/// Identity documents are masked in every printed form.
///
/// ```swift
/// var replacement = ReplacementCase(holder: holderDocument)
/// try replacement.applyForReplacement(application)   // [chargeFee(CNY 20.00), reportLossFormally, ...]
/// try replacement.produceCard(on: readyDate)          // [notifyReady(collect)]
/// ```
public struct ReplacementCase: CaseMachine {
    /// The holder's identity document on the card record: documents shown on site and on receipt must match it.
    public let holder: IdentityDocument
    /// The policy the case follows.
    public let policy: ReplacementPolicy
    /// Every event applied, the state each led to, and the order of their dates; changed only in ``apply(_:)-(ReplacementEvent)``.
    private var ledger: CaseLedger<ReplacementEvent, State>

    /// The kinds of the case's errors.
    public typealias Code = ReplacementErrorCode

    /// An approved application and its certificate.
    private struct Filed: Sendable, Hashable {
        let application: ReplacementApplication
        let certificate: ReplacementCertificate
    }

    /// The case's state, with each state's data.
    private enum State: Sendable, Hashable {
        /// The old card is active. Can transition to: temporarilyReported, applied.
        case cardActive
        /// Blocked by a temporary report through `lastDay`. Can transition to: cardActive (withdrawn, or lapsed after
        /// `lastDay`), applied.
        case temporarilyReported(on: CivilDate, lastDay: CivilDate)
        /// Applied, the card in production. Can transition to: cardReady.
        case applied(Filed)
        /// The card is made. Can transition to: received (collected), dispatched (express).
        case cardReady(Filed, producedOn: CivilDate)
        /// Sent by express. Can transition to: received (delivered).
        case dispatched(Filed, producedOn: CivilDate)
        /// Handed over. Can transition to: activated.
        case received(Filed, producedOn: CivilDate)
        /// The new card is active; the old one superseded for good. Final.
        case activated(Filed, producedOn: CivilDate)

        var phase: Phase {
            switch self {
            case .cardActive: .cardActive
            case .temporarilyReported: .temporarilyReportedLost
            case .applied: .applied
            case .cardReady: .cardReady
            case .dispatched: .dispatched
            case .received: .received
            case .activated: .activated
            }
        }

        var filed: Filed? {
            switch self {
            case .cardActive, .temporarilyReported: nil
            case .applied(let filed), .cardReady(let filed, _), .dispatched(let filed, _), .received(let filed, _),
                .activated(let filed, _):
                filed
            }
        }

        var producedOn: CivilDate? {
            switch self {
            case .cardActive, .temporarilyReported, .applied: nil
            case .cardReady(_, let date), .dispatched(_, let date), .received(_, let date), .activated(_, let date):
                date
            }
        }

        /// The state as seen on `date`: a temporary report lapsed before `date` reads as the card active again.
        func settled(on date: CivilDate) -> State {
            if case .temporarilyReported(_, let lastDay) = self, date > lastDay { return .cardActive }
            return self
        }
    }

    /// A new case for the holder with `holder`'s identity document: the old card active, nothing reported.
    ///
    /// - Parameters:
    ///   - holder: The holder's identity document on the card record.
    ///   - policy: The policy; ``ReplacementPolicy/beijing`` by default.
    public init(holder: IdentityDocument, policy: ReplacementPolicy = .beijing) {
        self.holder = holder
        self.policy = policy
        // The card has been active since before any date a case can hold.
        self.ledger = CaseLedger(opening: nil, state: .cardActive, on: .earliest)
    }

    /// Rebuilds a case by applying every event of `history` in order, each checked again.
    ///
    /// A replacement case exists before any event, so an empty history is the case with the card active, and
    /// no event has to come first.
    ///
    /// - Throws: ``ReplacementCaseError`` for the first event the case refuses: the history is not one this
    ///   policy and holder can have produced.
    public init(
        replaying history: [ReplacementEvent], holder: IdentityDocument, policy: ReplacementPolicy = .beijing
    )
        throws(ReplacementCaseError)
    {
        var replacement = ReplacementCase(holder: holder, policy: policy)
        for event in history { _ = try replacement.apply(event) }
        self = replacement
    }

    // MARK: - Applying events

    /// Applies `event` and returns the effects the host carries out.
    ///
    /// The event is checked against the date of the previous event, then against the phase on its own date (a
    /// temporary report lapsed by then reads as the card active again) and the rules; only when every check
    /// passed is it recorded with the state it led to.
    ///
    /// - Returns: The effects, in order (possibly none).
    /// - Throws: ``ReplacementCaseError`` with code `eventNotAllowed`,
    ///   `dateBeforePreviousEvent`, ``ReplacementErrorCode/tooEarly``,
    ///   ``ReplacementErrorCode/applicationRefused``, ``ReplacementErrorCode/handoverRefused`` or
    ///   ``ReplacementErrorCode/noCalendarData`` (with a CM-WORKDAY violation naming the year); the case is then
    ///   unchanged.
    @discardableResult
    public mutating func apply(_ event: ReplacementEvent) throws(ReplacementCaseError) -> [ReplacementEffect] {
        guard self.ledger.admits(event) else {
            throw ReplacementCaseError(
                .dateBeforePreviousEvent, event: event.name, phase: self.phase,
                message: CaseMachineMessages.dateBeforePreviousEvent(event.date, previous: self.ledger.latestDate))
        }
        let (state, effects) = try self.transition(from: self.ledger.current.settled(on: event.date), on: event)
        // Commit only after every check passed: a refused event leaves the ledger untouched.
        self.ledger.record(event, leadingTo: state)
        return effects
    }

    // MARK: - Reading the case

    /// Every event applied, in order; append-only.
    public var history: [ReplacementEvent] { self.ledger.events }

    /// The phase after the last event, as recorded (use ``phase(on:)`` to see a temporary report lapse).
    public var phase: Phase { self.ledger.current.phase }

    /// The phase on `date`: after the events dated up to `date`, with a temporary report that lapsed before `date`
    /// read as the card active again (RP-LOSS-REPORT); ``Phase/cardActive`` before the first event.
    public func phase(on date: CivilDate) -> Phase { self.state(on: date).phase }

    /// The approved application, once applied.
    public var application: ReplacementApplication? { self.ledger.current.filed?.application }

    /// The electronic certificate, available from the application on (RP-CERTIFICATE).
    public var certificate: ReplacementCertificate? { self.ledger.current.filed?.certificate }

    /// The day the new card is ready, once applied (RP-READY).
    public var readyDate: CivilDate? { self.certificate?.readyDate }

    /// The last day the temporary loss report in force on `date` blocks the card, or `nil` when none is in force
    /// (RP-LOSS-REPORT), as before the first event.
    public func temporaryReportLastDay(on date: CivilDate) -> CivilDate? {
        if case .temporarilyReported(_, let lastDay) = self.state(on: date) { return lastDay }
        return nil
    }

    /// The generation of the new card: third when made from the policy's date (EX-GENERATION); `nil` before an
    /// application or where the rule does not say.
    ///
    /// Until the card is made, the ready date stands for the day it is made (RP-READY), as in the
    /// ``ReplacementDecision``: applied on 2025-12-31 and ready on 2026-01-07, it is third generation. Once made,
    /// the production date decides.
    public var newCardGeneration: CardGeneration? {
        let state = self.ledger.current
        guard let filed = state.filed else { return nil }
        return self.policy.generation(issuedFrom: state.producedOn ?? filed.certificate.readyDate)
    }

    /// The old card's status on `date` (CM-STATUS): active (as before the first event); reported lost
    /// (temporarily or formally); damaged once a damaged card's replacement is applied for; superseded once the
    /// new card is activated (RP-SUPERSEDE). A lost card that turns up stays reported lost or superseded.
    public func oldCardStatus(on date: CivilDate) -> CardStatus {
        switch self.state(on: date) {
        case .cardActive: .active
        case .temporarilyReported: .reportedLost
        case .applied(let filed), .cardReady(let filed, _), .dispatched(let filed, _), .received(let filed, _):
            filed.application.reason == .lost ? .reportedLost : .damaged
        case .activated: .superseded
        }
    }

    /// The new card's status on `date` (CM-STATUS): `nil` before it is made (as before the first event), issued
    /// once made, active once activated.
    public func newCardStatus(on date: CivilDate) -> CardStatus? {
        switch self.state(on: date) {
        case .cardActive, .temporarilyReported, .applied: nil
        case .cardReady, .dispatched, .received: .issued
        case .activated: .active
        }
    }

    /// The functions the holder's card gives on `date` (RP-LOSS, CM-STATUS).
    ///
    /// All of `card`'s functions while the old card is active (as before the first event) or once the new card is
    /// activated; none while the old card is reported lost or damaged and the new one is not yet active.
    ///
    /// - Parameters:
    ///   - date: The day asked about.
    ///   - card: The functions the holder's card gives when active; the social security functions by default.
    public func functions(
        on date: CivilDate, of card: Set<CardFunction> = CardFunction.socialSecurity
    )
        -> Set<CardFunction>
    {
        let old = self.oldCardStatus(on: date)
        let new = self.newCardStatus(on: date)
        return old.givesFunctions || new?.givesFunctions == true ? card : []
    }

    /// The state recorded for the end of `date`, settled on `date` (a temporary report lapsed by then reads as the
    /// card active).
    ///
    /// The case opens with the card active on the earliest date there is, so every day has a recorded state; the
    /// card active is also the right answer for a day before the first event.
    private func state(on date: CivilDate) -> State {
        (self.ledger.state(on: date) ?? .cardActive).settled(on: date)
    }
}

// MARK: - Transitions (pure: they compute, `apply` commits)

extension ReplacementCase {
    /// The state `event` leads to from `state` (already settled on the event's date) and the effects, or the
    /// error; one function per event, each over every state.
    private func transition(
        from state: State, on event: ReplacementEvent
    ) throws(ReplacementCaseError) -> (State, [ReplacementEffect]) {
        switch event {
        case .reportedLostTemporarily(let date): try self.whenReportedLostTemporarily(from: state, on: date, event)
        case .temporaryReportWithdrawn: try self.whenTemporaryReportWithdrawn(from: state, event)
        case .applied(let application): try self.whenApplied(application, from: state, event)
        case .cardProduced(let date): try self.whenCardProduced(from: state, on: date, event)
        case .dispatched: try self.whenDispatched(from: state, event)
        case .delivered(_, let documents): try self.whenDelivered(from: state, documents: documents, event)
        case .collected(_, let documents): try self.whenCollected(from: state, documents: documents, event)
        case .activated: try self.whenActivated(from: state, event)
        case .lostCardFound: try self.whenLostCardFound(from: state, event)
        }
    }

    /// RP-LOSS-REPORT: only an active card is reported lost temporarily; it is blocked through the lapse.
    private func whenReportedLostTemporarily(
        from state: State, on date: CivilDate, _ event: ReplacementEvent
    ) throws(ReplacementCaseError) -> (State, [ReplacementEffect]) {
        switch state {
        case .cardActive:
            return (
                .temporarilyReported(on: date, lastDay: self.policy.temporaryReportLastDay(reportedOn: date)),
                [.blockCard]
            )
        case .temporarilyReported, .applied, .cardReady, .dispatched, .received, .activated:
            throw Self.notAllowed(event, in: state, because: ReplacementCaseMessages.notActive)
        }
    }

    /// RP-LOSS-REPORT: a temporary report in force can be withdrawn; the card is active again.
    private func whenTemporaryReportWithdrawn(
        from state: State, _ event: ReplacementEvent
    ) throws(ReplacementCaseError) -> (State, [ReplacementEffect]) {
        switch state {
        case .temporarilyReported:
            return (.cardActive, [.unblockCard])
        case .cardActive, .applied, .cardReady, .dispatched, .received, .activated:
            throw Self.notAllowed(event, in: state, because: ReplacementCaseMessages.noTemporaryReport)
        }
    }

    /// RP-FEE, RP-LOSS-REPORT, RP-CERTIFICATE, RP-READY: an application the policy approves, with both dates
    /// known, charges the fee, makes a loss report formal and issues the certificate.
    private func whenApplied(
        _ application: ReplacementApplication, from state: State, _ event: ReplacementEvent
    ) throws(ReplacementCaseError) -> (State, [ReplacementEffect]) {
        switch state {
        case .cardActive:
            break
        case .temporarilyReported:
            guard application.reason == .lost else {
                throw Self.notAllowed(event, in: state, because: ReplacementCaseMessages.reportedLostNotDamaged)
            }
        case .applied, .cardReady, .dispatched, .received, .activated:
            throw Self.notAllowed(event, in: state, because: ReplacementCaseMessages.alreadyApplied)
        }
        let decision = self.policy.evaluate(application, holder: self.holder)
        guard decision.isApproved else {
            throw ReplacementCaseError(
                .applicationRefused, event: event.name, phase: state.phase, violations: decision.violations,
                message: ReplacementCaseMessages.applicationRefused(decision.violations))
        }
        // The certificate needs both dates: a case waits for the year's calendar data (CM-WORKDAY).
        guard let approval = decision.approval else {
            let year = decision.missingCalendarYears.first ?? application.date.year
            let missing = ReplacementCaseMessages.noCalendarData(CalendarError(noDataFor: year))
            throw ReplacementCaseError(
                .noCalendarData, event: event.name, phase: state.phase, violations: [missing], message: missing.message)
        }
        let certificate = ReplacementCertificate(
            appliedOn: application.date, acceptanceDate: approval.acceptanceDate, readyDate: approval.readyDate,
            reason: application.reason, fee: approval.fee, receipt: application.receipt)
        var effects: [ReplacementEffect] = [.chargeFee(approval.fee)]
        if application.reason == .lost { effects.append(.reportLossFormally) }
        effects.append(.issueCertificate(certificate))
        return (.applied(Filed(application: application, certificate: certificate)), effects)
    }

    /// RP-READY, CM-ACCEPTANCE: the card in production is made, not before the acceptance date.
    private func whenCardProduced(
        from state: State, on date: CivilDate, _ event: ReplacementEvent
    ) throws(ReplacementCaseError) -> (State, [ReplacementEffect]) {
        switch state {
        case .applied(let filed):
            let accepted = filed.certificate.acceptanceDate
            guard date >= accepted else {
                throw ReplacementCaseError(
                    .tooEarly, event: event.name, phase: state.phase, rule: .replacementReady,
                    message: ReplacementCaseMessages.producedBeforeAcceptance(date, acceptanceDate: accepted))
            }
            let method = filed.application.receipt
            return (
                .cardReady(filed, producedOn: date),
                method == .express ? [.notifyReady(method), .dispatch] : [.notifyReady(method)]
            )
        case .cardActive, .temporarilyReported, .cardReady, .dispatched, .received, .activated:
            throw Self.notAllowed(event, in: state, because: ReplacementCaseMessages.notInProduction)
        }
    }

    /// RP-RECEIPT: a card made for express delivery is dispatched.
    private func whenDispatched(
        from state: State, _ event: ReplacementEvent
    ) throws(ReplacementCaseError) -> (State, [ReplacementEffect]) {
        switch state {
        case .cardReady(let filed, let produced):
            guard filed.application.receipt == .express else {
                throw Self.notAllowed(event, in: state, because: ReplacementCaseMessages.toBeCollected)
            }
            return (.dispatched(filed, producedOn: produced), [])
        case .cardActive, .temporarilyReported, .applied, .dispatched, .received, .activated:
            throw Self.notAllowed(event, in: state, because: ReplacementCaseMessages.notReady)
        }
    }

    /// RP-RECEIPT: a dispatched card is delivered against the receiver's documents.
    private func whenDelivered(
        from state: State, documents: ReceiptDocuments, _ event: ReplacementEvent
    ) throws(ReplacementCaseError) -> (State, [ReplacementEffect]) {
        switch state {
        case .dispatched(let filed, let produced):
            return try self.handOver(filed, producedOn: produced, documents: documents, from: state, event)
        case .cardActive, .temporarilyReported, .applied, .cardReady, .received, .activated:
            let reason =
                state.filed?.application.receipt == .collect
                ? ReplacementCaseMessages.toBeCollected : ReplacementCaseMessages.notDispatched
            throw Self.notAllowed(event, in: state, because: reason)
        }
    }

    /// RP-RECEIPT: a card made for collection is collected against the receiver's documents.
    private func whenCollected(
        from state: State, documents: ReceiptDocuments, _ event: ReplacementEvent
    ) throws(ReplacementCaseError) -> (State, [ReplacementEffect]) {
        switch state {
        case .cardReady(let filed, let produced):
            guard filed.application.receipt == .collect else {
                throw Self.notAllowed(event, in: state, because: ReplacementCaseMessages.toBeDelivered)
            }
            return try self.handOver(filed, producedOn: produced, documents: documents, from: state, event)
        case .cardActive, .temporarilyReported, .applied, .dispatched, .received, .activated:
            throw Self.notAllowed(event, in: state, because: ReplacementCaseMessages.notReady)
        }
    }

    /// RP-SUPERSEDE: a received card is activated, superseding the old one.
    private func whenActivated(
        from state: State, _ event: ReplacementEvent
    ) throws(ReplacementCaseError) -> (State, [ReplacementEffect]) {
        switch state {
        case .received(let filed, let produced):
            return (.activated(filed, producedOn: produced), [.supersedeOldCard])
        case .cardActive, .temporarilyReported, .applied, .cardReady, .dispatched, .activated:
            throw Self.notAllowed(event, in: state, because: ReplacementCaseMessages.notReceived)
        }
    }

    /// RP-LOSS-REPORT, RP-SUPERSEDE: a formally reported lost card that turns up is recorded and stays unusable.
    private func whenLostCardFound(
        from state: State, _ event: ReplacementEvent
    ) throws(ReplacementCaseError) -> (State, [ReplacementEffect]) {
        switch state {
        case .applied(let filed), .cardReady(let filed, _), .dispatched(let filed, _), .received(let filed, _),
            .activated(let filed, _):
            guard filed.application.reason == .lost else {
                throw Self.notAllowed(event, in: state, because: ReplacementCaseMessages.replacedAsDamaged)
            }
            return (state, [])
        case .cardActive, .temporarilyReported:
            throw Self.notAllowed(event, in: state, because: ReplacementCaseMessages.noFormalReport)
        }
    }

    /// Hands the new card over on `event`'s date against `documents`, the same for a collection and a delivery
    /// (RP-RECEIPT): refused, with every violation, unless the holder's original valid document matches the holder
    /// on record (and an agent shows their own as well).
    private func handOver(
        _ filed: Filed, producedOn produced: CivilDate, documents: ReceiptDocuments, from state: State,
        _ event: ReplacementEvent
    ) throws(ReplacementCaseError) -> (State, [ReplacementEffect]) {
        let violations = DocumentCheck.violations(
            holderShown: documents.holder, agentShown: documents.agent, acting: documents.receiver,
            holderOnRecord: self.holder, on: event.date, occasion: .receipt)
        guard violations.isEmpty else {
            throw ReplacementCaseError(
                .handoverRefused, event: event.name, phase: state.phase, violations: violations,
                message: ReplacementCaseMessages.handoverRefused(violations))
        }
        return (.received(filed, producedOn: produced), [.handOver(to: documents.receiver)])
    }

    /// The error for an event the phase does not allow, saying why.
    private static func notAllowed(
        _ event: ReplacementEvent, in state: State, because reason: LocalizedText
    ) -> ReplacementCaseError {
        ReplacementCaseError(
            .eventNotAllowed, event: event.name, phase: state.phase,
            message: ReplacementCaseMessages.notAllowed(event.name, in: state.phase, because: reason))
    }
}

extension ReplacementCase {
    /// Hashes the holder and the history, which determine the rest under one policy (equal cases have equal
    /// histories), so a host's set of cases does not hash the policy's calendar each time.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.holder)
        hasher.combine(self.history)
    }
}

extension ReplacementCase: CustomStringConvertible, CustomDebugStringConvertible {
    /// For example `ReplacementCase(cardReady, holder: residentIdentityCard 1101**********002X, 3 events)`.
    public var description: String {
        "ReplacementCase(\(self.phase), holder: \(self.holder), \(self.history.count) events)"
    }

    /// The description and the events, with documents masked.
    public var debugDescription: String {
        "ReplacementCase(\(self.phase), holder: \(self.holder), history: \(self.history.map { $0.description }))"
    }
}
