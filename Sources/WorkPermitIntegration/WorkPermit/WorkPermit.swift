public import CardModel

/// A foreigner's work permit and its lifecycle: issued, extended, changed, cancelled, every procedure handled
/// online (WP-ONLINE), on a physical card or integrated with the social security card (WP-EFFECTIVE,
/// WP-NO-CHANGE).
///
/// ```
///        open(on:number:category:validUntil:policy:)
///   ───────────────────────────────────────────────▶ issued ──┐ extend(on:validUntil:)
///                                                       │  ▲   │ change(on:_:)
///                                                       │  └───┘ (physical → integrated from 2024-12-01)
///                                                       │ cancel(on:)
///                                                       ▼
///                                                   cancelled   (refuses every event)
/// ```
///
/// A permit issued before the policy's effective date (2024-12-01) is physical, one issued from it is
/// integrated. A physical permit stays physical and valid as it is ("no change, no renewal"); its first
/// extension or change from the effective date is handled under the integrated procedure, after which the
/// permit lives on the social security card (WP-NO-CHANGE). An extension or change needs a permit that has
/// not expired; an extension moves the last valid day later.
///
/// The host feeds events with their dates (``apply(_:)``, or a wrapper such as ``extend(on:validUntil:)``) and
/// carries out the ``WorkPermitEffect``s each one returns. An event the permit cannot take, or one dated before
/// the previous event, throws a ``WorkPermitError`` and leaves the permit exactly as it was, history included.
/// The history is append-only; ``init(replaying:policy:)`` rebuilds a permit from it, and decoding a snapshot
/// replays it under the policy the host expects, so a tampered snapshot is refused. Questions about a day
/// (``status(on:)``, ``openProcedures(on:)``, ``decision(for:on:)``) are answered from the states the permit
/// recorded.
///
/// ```swift
/// var (permit, effects) = try WorkPermit.open(
///     on: try CivilDate(parsing: "2023-05-01"), number: try WorkPermitNumber("WP20230501"), category: .b,
///     validUntil: try CivilDate(parsing: "2025-04-30"))                         // issuePhysicalPermitCard, …
/// permit.form                                                                  // .physical
/// try permit.extend(on: try CivilDate(parsing: "2025-03-15"), validUntil: try CivilDate(parsing: "2026-04-30"))
/// permit.form                                                                  // .integrated
/// ```
public struct WorkPermit: CaseMachine {
    /// The permit's phase: a read-only mirror of its state without the data (STYLE.md §6).
    public enum Phase: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        /// Issued and not cancelled (it may have expired: see ``WorkPermit/status(on:)``).
        ///
        /// Can transition to: ``issued`` (extended or changed, possibly integrated), ``cancelled``.
        case issued
        /// Cancelled.
        ///
        /// Can transition to: nothing; every event is refused.
        case cancelled

        /// The phase's name.
        public var description: String { self.rawValue }
    }

    /// Where a permit stands on a given day.
    public enum Status: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        /// The day is before the permit was issued.
        case notYetIssued
        /// Valid on that day.
        case valid
        /// Past its last valid day.
        case expired
        /// Cancelled on or before that day.
        case cancelled

        /// The status's name.
        public var description: String { self.rawValue }
    }

    /// The permit's data in every state.
    struct Record: Sendable, Hashable {
        let number: WorkPermitNumber
        let category: WorkPermitCategory
        let issuedOn: CivilDate
        let validUntil: CivilDate
        let form: WorkPermitForm

        /// The same permit with another last valid day or form.
        func with(validUntil: CivilDate? = nil, form: WorkPermitForm? = nil) -> Record {
            Record(
                number: self.number, category: self.category, issuedOn: self.issuedOn,
                validUntil: validUntil ?? self.validUntil, form: form ?? self.form)
        }

        /// The information loaded on the card or the physical permit card.
        var information: WorkPermitInformation {
            WorkPermitInformation(number: self.number, category: self.category, validUntil: self.validUntil)
        }
    }

    private enum State: Sendable, Hashable {
        /// Can transition to: `issued` (extended, changed), `cancelled`.
        case issued(Record)
        /// Can transition to: nothing.
        case cancelled(Record, on: CivilDate)

        var phase: Phase {
            switch self {
            case .issued: .issued
            case .cancelled: .cancelled
            }
        }

        var record: Record {
            switch self {
            case .issued(let record), .cancelled(let record, _): record
            }
        }
    }

    /// The policy the permit follows (the effective date of the integration).
    public let policy: WorkPermitIntegrationPolicy
    /// The events and the states they led to; changed only in ``apply(_:)``.
    private var ledger: CaseLedger<WorkPermitEvent, State>

    private init(policy: WorkPermitIntegrationPolicy, opening: WorkPermitEvent, record: Record) {
        self.policy = policy
        self.ledger = CaseLedger(opening: opening, state: .issued(record), on: record.issuedOn)
    }

    /// Issues a permit, physical before the policy's effective date, integrated from it (WP-EFFECTIVE), and
    /// says what the host carries out.
    ///
    /// - Parameters:
    ///   - date: The day the permit is issued.
    ///   - number: The work permit number.
    ///   - category: A, B or C (WP-CATEGORY).
    ///   - validUntil: The last valid day, after `date`.
    ///   - policy: The policy; `.beijing` by default.
    /// - Returns: The permit, in ``Phase/issued``, and its effects: a physical work permit card before the
    ///   effective date (``WorkPermitEffect/issuePhysicalPermitCard(_:)``), the information loaded on the social
    ///   security card from it (``WorkPermitEffect/loadOntoSocialSecurityCard(_:)``, WP-ONLINE), then a reminder
    ///   for the last valid day (``WorkPermitEffect/scheduleExpiry(_:)``).
    /// - Throws: ``WorkPermitError`` with code ``WorkPermitErrorCode/validityNotAfterIssue`` (phase `nil`).
    public static func open(
        on date: CivilDate, number: WorkPermitNumber, category: WorkPermitCategory, validUntil: CivilDate,
        policy: WorkPermitIntegrationPolicy = .beijing
    ) throws(WorkPermitError) -> (opened: WorkPermit, effects: [WorkPermitEffect]) {
        let event = WorkPermitEvent.issued(on: date, number: number, category: category, validUntil: validUntil)
        guard validUntil > date else {
            throw Self.refusal(
                .validityNotAfterIssue, event, in: nil,
                Violation(
                    rule: .workPermitOnline,
                    message: WorkPermitMessages.validityNotAfterIssue(validUntil, issuedOn: date),
                    facts: [Fact("issuedOn", "\(date)"), Fact("validUntil", "\(validUntil)")]))
        }
        let record = Record(
            number: number, category: category, issuedOn: date, validUntil: validUntil,
            form: policy.formOfNewPermit(issuedOn: date))
        let placement: WorkPermitEffect =
            record.form == .integrated
            ? .loadOntoSocialSecurityCard(record.information) : .issuePhysicalPermitCard(record.information)
        return (WorkPermit(policy: policy, opening: event, record: record), [placement, .scheduleExpiry(validUntil)])
    }

    /// Rebuilds a permit from its history: the issue first, then every event, each checked again.
    ///
    /// - Throws: ``WorkPermitError`` with code `emptyHistory`,
    ///   `historyMustStartWithOpening` (the first event is not
    ///   ``WorkPermitEvent/issued(on:number:category:validUntil:)``, or a later one is), or the error the opening
    ///   or the first refused event gives.
    public init(
        replaying history: [WorkPermitEvent], policy: WorkPermitIntegrationPolicy = .beijing
    )
        throws(WorkPermitError)
    {
        self = try Self.replaying(history, opening: "issued") { first throws(WorkPermitError) in
            guard case .issued(let date, let number, let category, let validUntil) = first else { return nil }
            return try Self.open(on: date, number: number, category: category, validUntil: validUntil, policy: policy)
                .opened
        }
    }

    // MARK: - Reading the permit

    /// Every event applied, in order, starting with ``WorkPermitEvent/issued(on:number:category:validUntil:)``.
    public var history: [WorkPermitEvent] { self.ledger.events }

    /// The permit's phase now.
    public var phase: Phase { self.ledger.current.phase }

    /// The permit's phase at the end of `date`, from the states the permit recorded; `nil` for a day before the
    /// issue (there was no permit yet).
    public func phase(on date: CivilDate) -> Phase? { self.ledger.state(on: date)?.phase }

    private var record: Record { self.ledger.current.record }

    /// The permit as it was at the end of `date`, from the recorded states; for a day before the issue, the
    /// permit as issued (nothing had happened to it yet).
    private func record(on date: CivilDate) -> Record {
        (self.ledger.state(on: date) ?? self.ledger.entries[0].state).record
    }

    /// The work permit number.
    public var number: WorkPermitNumber { self.record.number }
    /// The category, A, B or C (WP-CATEGORY).
    public var category: WorkPermitCategory { self.record.category }
    /// The day the permit was issued.
    public var issuedOn: CivilDate { self.record.issuedOn }
    /// The last valid day.
    public var validUntil: CivilDate { self.record.validUntil }
    /// The days the permit is valid, from its issue to its last valid day.
    public var validity: ClosedRange<CivilDate> { self.record.issuedOn...self.record.validUntil }
    /// Physical, or integrated with the social security card (WP-EFFECTIVE, WP-NO-CHANGE).
    public var form: WorkPermitForm { self.record.form }
    /// The day the permit was cancelled, if it was.
    public var cancelledOn: CivilDate? {
        switch self.ledger.current {
        case .issued: nil
        case .cancelled(_, let date): date
        }
    }

    /// The information loaded on the social security card when the permit is integrated (WP-EFFECTIVE).
    public var information: WorkPermitInformation { self.record.information }

    /// Where the permit stands at the end of `date`, from the states it recorded: not yet issued (a day before
    /// the issue), valid, expired (after the last valid day it had then) or cancelled (on or after the day of
    /// the cancellation).
    public func status(on date: CivilDate) -> Status {
        switch self.ledger.state(on: date) {
        case nil: .notYetIssued
        case .cancelled: .cancelled
        case .issued(let record): date <= record.validUntil ? .valid : .expired
        }
    }

    /// The procedures open on `date`, each handled online (WP-ONLINE): extend and change while the permit
    /// is valid, cancel until it is cancelled; none before the issue or once cancelled.
    public func openProcedures(on date: CivilDate) -> [WorkPermitProcedure] {
        switch self.status(on: date) {
        case .valid: [.extend, .change, .cancel]
        case .expired: [.cancel]
        case .notYetIssued, .cancelled: []
        }
    }

    /// The form the permit will have after an extension or change on `date`: integrated from the effective
    /// date, else the form it had on `date` (WP-NO-CHANGE); for a day before the issue, the form it was issued
    /// with.
    public func formAfterProcedure(on date: CivilDate) -> WorkPermitForm {
        self.policy.isIntegrationInForce(on: date) ? .integrated : self.record(on: date).form
    }

    /// The permit's recorded state on `date` for the procedure decisions: `nil` before the issue, the last valid
    /// day and form it had then, and the day of a cancellation by then.
    func recorded(on date: CivilDate) -> (record: Record, cancelledOn: CivilDate?)? {
        switch self.ledger.state(on: date) {
        case nil: nil
        case .issued(let record): (record, nil)
        case .cancelled(let record, let day): (record, day)
        }
    }
}

// MARK: - Events

extension WorkPermit {
    /// Applies one event: checks it against the phase, the date of the previous event and the rules, and on
    /// success records it and returns what the host carries out.
    ///
    /// - Throws: ``WorkPermitError``, leaving the permit unchanged, with code
    ///   `dateBeforePreviousEvent`, ``WorkPermitErrorCode/alreadyIssued``,
    ///   ``WorkPermitErrorCode/cancelled``, ``WorkPermitErrorCode/expired`` or
    ///   ``WorkPermitErrorCode/extensionNotLater``.
    @discardableResult
    public mutating func apply(_ event: WorkPermitEvent) throws(WorkPermitError) -> [WorkPermitEffect] {
        let (state, effects) = try self.transition(from: self.ledger.current, on: event)
        // The one place the permit changes, after every check passed: a refused event leaves it untouched.
        self.ledger.record(event, leadingTo: state)
        return effects
    }

    // MARK: Transitions (pure: they compute, `apply` records)

    /// The state `event` leads to from `state`, and the effects; throws without changing anything.
    private func transition(
        from state: State, on event: WorkPermitEvent
    ) throws(WorkPermitError) -> (State, [WorkPermitEffect]) {
        try self.requireOrder(event, in: state)
        switch (state, event) {
        case (.issued(let record), .extended(let date, let validUntil)):
            try Self.requireNotExpired(record, on: date, procedure: .extend, event: event)
            guard validUntil > record.validUntil else {
                throw Self.refusal(
                    .extensionNotLater, event, in: .issued,
                    Violation(
                        rule: .workPermitOnline, message: WorkPermitMessages.extensionNotLater(record.validUntil),
                        facts: [Fact("validUntil", "\(record.validUntil)"), Fact("requested", "\(validUntil)")]))
            }
            return self.procedure(on: record.with(validUntil: validUntil), date: date, extended: true)
        case (.issued(let record), .changed(let date, _)):
            try Self.requireNotExpired(record, on: date, procedure: .change, event: event)
            return self.procedure(on: record, date: date, extended: false)
        case (.issued(let record), .cancelled(let date)):
            let removal: WorkPermitEffect =
                record.form == .integrated ? .removeFromSocialSecurityCard : .withdrawPhysicalPermitCard
            return (.cancelled(record, on: date), [removal, .cancelExpiryReminder])
        case (.issued, .issued):
            throw Self.refusal(
                .alreadyIssued, event, in: .issued,
                Self.notNow(WorkPermitProcedure.apply.rawValue, in: .issued, WorkPermitMessages.alreadyIssued))
        case (.cancelled(_, let day), _):
            throw Self.refusal(
                .cancelled, event, in: .cancelled,
                Self.notNow(event.procedure.rawValue, in: .cancelled, WorkPermitMessages.cancelled(on: day)))
        }
    }

    /// WP-NO-CHANGE: the effects of an extension or change, moving a physical permit onto the card from the
    /// effective date.
    private func procedure(on record: Record, date: CivilDate, extended: Bool) -> (State, [WorkPermitEffect]) {
        let expiry: [WorkPermitEffect] = extended ? [.scheduleExpiry(record.validUntil)] : []
        guard self.policy.isIntegrationInForce(on: date) else {
            return (.issued(record), [.updatePhysicalPermitCard(record.information)] + expiry)
        }
        let integrated = record.with(form: .integrated)
        switch record.form {
        case .physical:
            return (
                .issued(integrated),
                [.retirePhysicalPermitCard, .loadOntoSocialSecurityCard(integrated.information)] + expiry
            )
        case .integrated:
            return (.issued(integrated), [.loadOntoSocialSecurityCard(integrated.information)] + expiry)
        }
    }

    /// WP-ONLINE: an extension or change needs a permit that has not expired on `date`.
    private static func requireNotExpired(
        _ record: Record, on date: CivilDate, procedure: WorkPermitProcedure, event: WorkPermitEvent
    ) throws(WorkPermitError) {
        guard date <= record.validUntil else {
            throw Self.refusal(
                .expired, event, in: .issued,
                Violation(
                    rule: .workPermitOnline,
                    message: WorkPermitMessages.expired(record.validUntil, procedure: procedure),
                    facts: [Fact("validUntil", "\(record.validUntil)"), Fact("date", "\(date)")]))
        }
    }

    /// CM-DATE: the date-order check every event makes first (CardModel's `CaseLedger`).
    private func requireOrder(_ event: WorkPermitEvent, in state: State) throws(WorkPermitError) {
        guard self.ledger.admits(event) else {
            let previous = self.ledger.latestDate
            throw Self.refusal(
                .dateBeforePreviousEvent, event, in: state.phase,
                Violation(
                    rule: .date, message: CaseMachineMessages.dateBeforePreviousEvent(event.date, previous: previous),
                    facts: [Fact("date", "\(event.date)"), Fact("previous", "\(previous)")]))
        }
    }

    /// A refusal of an event the phase does not take, naming the procedure and the phase in its facts.
    private static func notNow(_ procedure: String, in phase: Phase, _ message: LocalizedText) -> Violation {
        Violation(
            rule: .workPermitOnline, message: message,
            facts: [Fact("event", procedure), Fact("phase", phase.rawValue)])
    }

    private static func refusal(
        _ code: WorkPermitErrorCode, _ event: WorkPermitEvent, in phase: Phase?, _ violation: Violation
    ) -> WorkPermitError {
        WorkPermitError(code, event: event.name, phase: phase, violations: [violation], message: violation.message)
    }
}

extension WorkPermit: CustomStringConvertible, CustomDebugStringConvertible {
    /// `WorkPermit(1234****5678, B, integrated, 2024-12-01...2026-11-30, issued)`, the number masked.
    public var description: String {
        "WorkPermit(\(self.number), \(self.category), \(self.form), \(self.issuedOn)...\(self.validUntil), "
            + "\(self.phase))"
    }

    /// The same as ``description``.
    public var debugDescription: String { self.description }
}
