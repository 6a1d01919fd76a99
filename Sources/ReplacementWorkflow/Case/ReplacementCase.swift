public import CardModel

/// One replacement of a lost or damaged card, from the loss report to the new card's activation: a sans-I/O
/// state machine (RP-LOSS, RP-LOSS-REPORT, RP-FEE, RP-READY, RP-CERTIFICATE, RP-RECEIPT, RP-SUPERSEDE).
///
/// ```
///                 reportedLostTemporarily            temporaryReportWithdrawn (or the report lapses
///   +------------+ ----------------------> +-------------------------+  by itself after the policy's days)
///   | cardActive |                         | temporarilyReportedLost | ----------------------> cardActive
///   +------------+                         +-------------------------+
///         | applied (accepted: fee;              | applied (lost: the report becomes formal)
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
/// The host feeds events with their dates; the case answers with the effects to carry out (charge the fee,
/// block the card, issue the certificate, notify, dispatch, hand over, supersede). An event that does not fit
/// the phase, is dated before the previous event, breaks a rule or needs a year the calendar lacks throws a
/// ``ReplacementCaseError`` and leaves the case unchanged, history included.
///
/// A temporary loss report lapses by itself: any question or event dated after its last day
/// (``ReplacementPolicy/temporaryReportLastDay(reportedOn:)``) sees the old card active again, unless the report
/// was made formal by an application or withdrawn. While the old card is lost or damaged and the new one not yet
/// activated, the card gives no functions (``functions(on:of:)``, RP-LOSS).
///
/// The history is append-only; ``init(replaying:holder:policy:)`` rebuilds a case from it, and decoding replays
/// it, so a corrupted or tampered snapshot is refused. Identity documents are masked in every printed form.
///
/// ```swift
/// var replacement = ReplacementCase(holder: holderDocument)
/// try replacement.handle(.applied(application))        // [chargeFee(CNY 20.00), reportLossFormally, ...]
/// try replacement.handle(.cardProduced(on: readyDate))  // [notifyReady(collect)]
/// ```
public struct ReplacementCase: Sendable, Hashable {
    /// The holder's identity document on the card record: documents shown on site and on receipt must match it.
    public let holder: IdentityDocument
    /// The policy the case follows.
    public let policy: ReplacementPolicy
    /// Every event handled, in order; append-only.
    public private(set) var history: [ReplacementEvent] = []
    /// The state after each event of ``history``, in the same order.
    private var states: [State] = []

    /// An accepted application and its certificate.
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

        var phase: ReplacementPhase {
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
    }

    /// Rebuilds a case by handling every event of `history` in order.
    ///
    /// - Throws: ``ReplacementCaseError`` for the first event the case refuses: the history is not one this
    ///   policy and holder can have produced.
    public init(
        replaying history: [ReplacementEvent], holder: IdentityDocument, policy: ReplacementPolicy = .beijing
    )
        throws(ReplacementCaseError)
    {
        var replacement = ReplacementCase(holder: holder, policy: policy)
        for event in history { _ = try replacement.handle(event) }
        self = replacement
    }

    // MARK: - Handling events

    /// Handles `event` and returns the effects the host carries out.
    ///
    /// - Returns: The effects, in order (possibly none).
    /// - Throws: ``ReplacementCaseError`` with code ``ReplacementCaseError/Code/eventNotAllowed``,
    ///   ``ReplacementCaseError/Code/eventBeforePrevious``, ``ReplacementCaseError/Code/tooEarly``,
    ///   ``ReplacementCaseError/Code/applicationRefused``, ``ReplacementCaseError/Code/handoverRefused`` or
    ///   ``ReplacementCaseError/Code/noCalendarData``; the case is then unchanged.
    @discardableResult
    public mutating func handle(_ event: ReplacementEvent) throws(ReplacementCaseError) -> [ReplacementEffect] {
        let current = self.states.last ?? .cardActive
        if let previous = self.history.last?.date, event.date < previous {
            throw .beforePrevious(event, previous: previous, in: current.phase)
        }
        let (next, effects) = try Self.transition(
            from: current.settled(on: event.date), by: event, holder: self.holder, policy: self.policy)
        self.history.append(event)
        self.states.append(next)
        return effects
    }

    // MARK: - Questions

    /// The phase after the last event, as recorded (use ``phase(on:)`` to see a temporary report lapse).
    public var phase: ReplacementPhase { (self.states.last ?? .cardActive).phase }

    /// The phase on `date`: after the events dated up to `date`, with a temporary report that lapsed before `date`
    /// read as the card active again (RP-LOSS-REPORT).
    public func phase(on date: CivilDate) -> ReplacementPhase { self.state(on: date).phase }

    /// The accepted application, once applied.
    public var application: ReplacementApplication? { self.states.last?.filed?.application }

    /// The electronic certificate, available from the application on (RP-CERTIFICATE).
    public var certificate: ReplacementCertificate? { self.states.last?.filed?.certificate }

    /// The day the new card is ready, once applied (RP-READY).
    public var readyDate: CivilDate? { self.certificate?.readyOn }

    /// The last day the temporary loss report in force on `date` blocks the card, or `nil` when none is in force
    /// (RP-LOSS-REPORT).
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
        let state = self.states.last ?? .cardActive
        guard let filed = state.filed else { return nil }
        return self.policy.generation(issuedFrom: state.producedOn ?? filed.certificate.readyOn)
    }

    /// The old card's status on `date` (CM-STATUS): active; reported lost (temporarily or formally); damaged once
    /// a damaged card's replacement is applied for; superseded once the new card is activated (RP-SUPERSEDE). A
    /// lost card that turns up stays reported lost or superseded.
    public func oldCardStatus(on date: CivilDate) -> CardStatus {
        let state = self.state(on: date)
        switch state {
        case .cardActive: return .active
        case .temporarilyReported: return .reportedLost
        case .applied(let filed), .cardReady(let filed, _), .dispatched(let filed, _), .received(let filed, _):
            return filed.application.reason == .lost ? .reportedLost : .damaged
        case .activated: return .superseded
        }
    }

    /// The new card's status on `date` (CM-STATUS): `nil` before it is made, issued once made, active once
    /// activated.
    public func newCardStatus(on date: CivilDate) -> CardStatus? {
        switch self.state(on: date) {
        case .cardActive, .temporarilyReported, .applied: nil
        case .cardReady, .dispatched, .received: .issued
        case .activated: .active
        }
    }

    /// The functions the holder's card gives on `date` (RP-LOSS, CM-STATUS).
    ///
    /// All of `card`'s functions while the old card is active or once the new card is activated; none while the
    /// old card is reported lost or damaged and the new one is not yet active.
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

    /// The state on `date`: after the last event dated on or before it, settled on `date`.
    private func state(on date: CivilDate) -> State {
        var index = self.history.count
        while index > 0, self.history[index - 1].date > date { index -= 1 }
        let state = index > 0 ? self.states[index - 1] : .cardActive
        return state.settled(on: date)
    }

    // MARK: - Transitions

    private static func transition(
        from state: State, by event: ReplacementEvent, holder: IdentityDocument, policy: ReplacementPolicy
    ) throws(ReplacementCaseError) -> (State, [ReplacementEffect]) {
        let phase = state.phase
        switch event {
        case .reportedLostTemporarily(let date):
            guard case .cardActive = state else {
                throw .notAllowed(event, in: phase, because: NotAllowedReason.notActive)
            }
            return (
                .temporarilyReported(on: date, lastDay: policy.temporaryReportLastDay(reportedOn: date)), [.blockCard]
            )

        case .temporaryReportWithdrawn:
            guard case .temporarilyReported = state else {
                throw .notAllowed(event, in: phase, because: NotAllowedReason.noTemporaryReport)
            }
            return (.cardActive, [.unblockCard])

        case .applied(let application):
            switch state {
            case .cardActive:
                break
            case .temporarilyReported:
                guard application.reason == .lost else {
                    throw .notAllowed(event, in: phase, because: NotAllowedReason.reportedLostNotDamaged)
                }
            case .applied, .cardReady, .dispatched, .received, .activated:
                throw .notAllowed(event, in: phase, because: NotAllowedReason.alreadyApplied)
            }
            let decision = policy.evaluate(application, holder: holder)
            guard decision.isAccepted else {
                throw .applicationRefused(event, violations: decision.violations, in: phase)
            }
            // The certificate needs both dates: a case waits for the year's calendar data (CM-WORKDAY).
            guard let accepted = decision.acceptanceDate, let ready = decision.readyDate else {
                let year = decision.missingCalendarYears.first ?? application.date.year
                throw .noCalendarData(event, error: CalendarError(noDataFor: year), in: phase)
            }
            let certificate = ReplacementCertificate(
                appliedOn: application.date, acceptedOn: accepted, readyOn: ready, reason: application.reason,
                fee: policy.fee, receipt: application.receipt)
            var effects: [ReplacementEffect] = [.chargeFee(policy.fee)]
            if application.reason == .lost { effects.append(.reportLossFormally) }
            effects.append(.issueCertificate(certificate))
            return (.applied(Filed(application: application, certificate: certificate)), effects)

        case .cardProduced(let date):
            guard case .applied(let filed) = state else {
                throw .notAllowed(event, in: phase, because: NotAllowedReason.notInProduction)
            }
            guard date >= filed.certificate.acceptedOn else {
                throw .producedBeforeAcceptance(event, acceptedOn: filed.certificate.acceptedOn, in: phase)
            }
            let method = filed.application.receipt
            return (
                .cardReady(filed, producedOn: date),
                method == .express ? [.notifyReady(method), .dispatch] : [.notifyReady(method)]
            )

        case .dispatched:
            guard case .cardReady(let filed, let produced) = state else {
                throw .notAllowed(event, in: phase, because: NotAllowedReason.notReady)
            }
            guard filed.application.receipt == .express else {
                throw .notAllowed(event, in: phase, because: NotAllowedReason.toBeCollected)
            }
            return (.dispatched(filed, producedOn: produced), [])

        case .delivered(_, let documents):
            guard case .dispatched(let filed, let produced) = state else {
                let reason =
                    state.filed?.application.receipt == .collect
                    ? NotAllowedReason.toBeCollected : NotAllowedReason.notDispatched
                throw .notAllowed(event, in: phase, because: reason)
            }
            return try Self.handOver(
                filed, producedOn: produced, by: event, documents: documents, holder: holder, in: phase)

        case .collected(_, let documents):
            guard case .cardReady(let filed, let produced) = state else {
                throw .notAllowed(event, in: phase, because: NotAllowedReason.notReady)
            }
            guard filed.application.receipt == .collect else {
                throw .notAllowed(event, in: phase, because: NotAllowedReason.toBeDelivered)
            }
            return try Self.handOver(
                filed, producedOn: produced, by: event, documents: documents, holder: holder, in: phase)

        case .activated:
            guard case .received(let filed, let produced) = state else {
                throw .notAllowed(event, in: phase, because: NotAllowedReason.notReceived)
            }
            return (.activated(filed, producedOn: produced), [.supersedeOldCard])

        case .lostCardFound:
            guard let filed = state.filed else {
                throw .notAllowed(event, in: phase, because: NotAllowedReason.noFormalReport)
            }
            guard filed.application.reason == .lost else {
                throw .notAllowed(event, in: phase, because: NotAllowedReason.replacedAsDamaged)
            }
            return (state, [])
        }
    }

    /// Hands the new card over on `event`'s date against `documents`, the same for a collection and a delivery
    /// (RP-RECEIPT): refused, with every violation, unless the holder's original valid document matches the holder
    /// on record (and an agent shows their own as well).
    private static func handOver(
        _ filed: Filed, producedOn produced: CivilDate, by event: ReplacementEvent, documents: ReceiptDocuments,
        holder: IdentityDocument, in phase: ReplacementPhase
    ) throws(ReplacementCaseError) -> (State, [ReplacementEffect]) {
        let violations = DocumentCheck.violations(
            holderShown: documents.holder, agentShown: documents.agent, acting: documents.receiver,
            holderOnRecord: holder, on: event.date, occasion: .receipt)
        guard violations.isEmpty else { throw .handoverRefused(event, violations: violations, in: phase) }
        return (.received(filed, producedOn: produced), [.handOver(to: documents.receiver)])
    }
}
