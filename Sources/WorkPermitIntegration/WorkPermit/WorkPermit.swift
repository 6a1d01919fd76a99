public import CardModel

/// A foreigner's work permit and its lifecycle: issued, extended, changed, cancelled, every procedure handled
/// online (WP-ONLINE), on a physical card or integrated with the social security card (WP-EFFECTIVE,
/// WP-NO-CHANGE).
///
/// ```
///              issued(on:number:category:validUntil:)
///   (none) ─────────────────────────────────────────▶ issued ──┐ extended(on:validUntil:)
///                                                       │  ▲    │ changed(on:change:)
///                                                       │  └────┘ (physical → integrated from 2024-12-01)
///                                                       │ cancelled(on:)
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
/// An event the permit cannot take, or one dated before the previous event, throws a ``WorkPermitError`` and
/// leaves the permit unchanged, history included. The history is append-only; ``init(replaying:policy:)``
/// rebuilds a permit from it, and decoding replays the encoded history, so a tampered snapshot is refused.
///
/// ```swift
/// var permit = try WorkPermit(
///     issuedOn: try CivilDate(parsing: "2023-05-01"), number: try WorkPermitNumber("WP20230501"), category: .b,
///     validUntil: try CivilDate(parsing: "2025-04-30"))
/// permit.form                                                                  // .physical
/// try permit.extend(on: try CivilDate(parsing: "2025-03-15"), validUntil: try CivilDate(parsing: "2026-04-30"))
/// permit.form                                                                  // .integrated
/// ```
public struct WorkPermit: Sendable, Hashable {
    /// The permit's phase, without its data.
    public enum Phase: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
        /// Not issued. No `WorkPermit` value is ever in this phase (a permit exists from its issue); it names
        /// where a history stood in the ``WorkPermitError`` thrown when it cannot be replayed from its first
        /// event (an empty history, or one that does not start with the issue).
        ///
        /// Can transition to: ``issued`` (the first event, ``WorkPermitEvent/issued(on:number:category:validUntil:)``).
        case notIssued
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
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
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

    private struct Record: Sendable, Hashable {
        var number: WorkPermitNumber
        var category: WorkPermitCategory
        var issuedOn: CivilDate
        var validUntil: CivilDate
        var form: WorkPermitForm
    }

    private enum State: Sendable, Hashable {
        /// Can transition to: `issued` (extended, changed), `cancelled`.
        case issued(Record)
        /// Can transition to: nothing.
        case cancelled(Record, on: CivilDate)
    }

    /// The policy the permit follows (the effective date of the integration).
    public let policy: WorkPermitIntegrationPolicy
    /// Every event the permit took, oldest first; append-only.
    public private(set) var history: [WorkPermitEvent]
    private var state: State

    /// Issues a permit: physical before the policy's effective date, integrated from it (WP-EFFECTIVE).
    ///
    /// - Parameters:
    ///   - date: The day the permit is issued.
    ///   - number: The work permit number.
    ///   - category: A, B or C (WP-CATEGORY).
    ///   - validUntil: The last valid day, after `date`.
    ///   - policy: The policy; `.beijing` by default.
    /// - Throws: ``WorkPermitError`` with ``WorkPermitError/Code/validityNotAfterIssue``.
    public init(
        issuedOn date: CivilDate, number: WorkPermitNumber, category: WorkPermitCategory, validUntil: CivilDate,
        policy: WorkPermitIntegrationPolicy = .beijing
    ) throws(WorkPermitError) {
        try self.init(
            replaying: [.issued(on: date, number: number, category: category, validUntil: validUntil)],
            policy: policy)
    }

    /// Issues a permit and returns it with what the host carries out: a physical work permit card before the
    /// effective date, the information loaded on the social security card from it (WP-EFFECTIVE, WP-ONLINE),
    /// and a reminder for the last valid day.
    ///
    /// - Throws: ``WorkPermitError``, as ``init(issuedOn:number:category:validUntil:policy:)``.
    public static func issue(
        on date: CivilDate, number: WorkPermitNumber, category: WorkPermitCategory, validUntil: CivilDate,
        policy: WorkPermitIntegrationPolicy = .beijing
    ) throws(WorkPermitError) -> (permit: WorkPermit, effects: [WorkPermitEffect]) {
        let permit = try WorkPermit(
            issuedOn: date, number: number, category: category, validUntil: validUntil, policy: policy)
        let placement: WorkPermitEffect =
            permit.form == .integrated
            ? .loadOntoSocialSecurityCard(permit.information) : .issuePhysicalPermitCard(permit.information)
        return (permit, [placement, .scheduleExpiry(validUntil)])
    }

    /// Rebuilds a permit from its history, checking every event again.
    ///
    /// - Throws: ``WorkPermitError`` for an empty history (``WorkPermitError/Code/emptyHistory``), a first
    ///   event that is not an issue (``WorkPermitError/Code/notIssuedFirst``), or the first event the permit
    ///   refuses.
    public init(
        replaying history: [WorkPermitEvent], policy: WorkPermitIntegrationPolicy = .beijing
    )
        throws(WorkPermitError)
    {
        guard let first = history.first else {
            throw WorkPermitError(code: .emptyHistory, phase: .notIssued, violations: [Messages.emptyHistory])
        }
        guard case .issued(let date, let number, let category, let validUntil) = first else {
            throw WorkPermitError(
                code: .notIssuedFirst, phase: .notIssued,
                violations: [
                    Messages.notNow(
                        first.procedure.rawValue, phase: Phase.notIssued.rawValue, rule: .workPermitOnline,
                        english: "a permit's history starts with its issue",
                        german: "die Historie einer Arbeitserlaubnis beginnt mit ihrer Ausstellung",
                        chinese: "工作许可的历史记录须以签发开始")
                ])
        }
        guard validUntil > date else {
            throw WorkPermitError(
                code: .validityNotAfterIssue, phase: .notIssued,
                violations: [Self.validityViolation(validUntil, after: date)])
        }
        self.policy = policy
        self.history = [first]
        self.state = .issued(
            Record(
                number: number, category: category, issuedOn: date, validUntil: validUntil,
                form: policy.formOfNewPermit(issuedOn: date)))
        for event in history.dropFirst() {
            _ = try self.handle(event)
        }
    }

    // MARK: - Reading the permit

    /// The permit's phase.
    public var phase: Phase {
        switch self.state {
        case .issued: .issued
        case .cancelled: .cancelled
        }
    }

    private var record: Record {
        switch self.state {
        case .issued(let record), .cancelled(let record, _): record
        }
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
        switch self.state {
        case .issued: nil
        case .cancelled(_, let date): date
        }
    }

    /// The information loaded on the social security card when the permit is integrated (WP-EFFECTIVE).
    public var information: WorkPermitInformation {
        WorkPermitInformation(number: self.record.number, category: self.record.category, validUntil: self.validUntil)
    }

    /// Where the permit stands on `date`: not yet issued, valid, expired or cancelled.
    public func status(on date: CivilDate) -> Status {
        if date < self.record.issuedOn { return .notYetIssued }
        if let cancelled = self.cancelledOn, date >= cancelled { return .cancelled }
        return date <= self.record.validUntil ? .valid : .expired
    }

    /// The procedures open on `date`, each handled online (WP-ONLINE): extend and change while the permit
    /// is valid, cancel until it is cancelled; none once cancelled.
    public func openProcedures(on date: CivilDate) -> [WorkPermitProcedure] {
        switch self.status(on: date) {
        case .valid: [.extend, .change, .cancel]
        case .expired: [.cancel]
        case .notYetIssued, .cancelled: []
        }
    }

    /// The form the permit will have after an extension or change on `date`: integrated from the effective
    /// date, else as it is (WP-NO-CHANGE).
    public func formAfterProcedure(on date: CivilDate) -> WorkPermitForm {
        self.policy.isIntegrationInForce(on: date) ? .integrated : self.record.form
    }

    // MARK: - Events

    /// Takes `event` and returns what the host carries out.
    ///
    /// - Throws: ``WorkPermitError``, leaving the permit unchanged: ``WorkPermitError/Code/outOfOrder``,
    ///   ``WorkPermitError/Code/alreadyIssued``, ``WorkPermitError/Code/cancelled``,
    ///   ``WorkPermitError/Code/expired`` or ``WorkPermitError/Code/extensionNotLater``.
    @discardableResult
    public mutating func handle(_ event: WorkPermitEvent) throws(WorkPermitError) -> [WorkPermitEffect] {
        if let previous = self.history.last?.date, event.date < previous {
            throw WorkPermitError(
                code: .outOfOrder, phase: self.phase, violations: [Messages.outOfOrder(event.date, previous: previous)])
        }
        guard case .issued(let current) = self.state else {
            throw self.cancelledError(event)
        }
        let effects: [WorkPermitEffect]
        let record: Record
        switch event {
        case .issued:
            throw self.alreadyIssuedError()
        case .extended(let date, let validUntil):
            try self.requireNotExpired(current, on: date, procedure: .extend)
            guard validUntil > current.validUntil else {
                throw self.extensionNotLaterError(current.validUntil, requested: validUntil)
            }
            let extended = Record(
                number: current.number, category: current.category, issuedOn: current.issuedOn,
                validUntil: validUntil, form: current.form)
            (record, effects) = self.procedure(on: extended, date: date)
        case .changed(let date, _):
            try self.requireNotExpired(current, on: date, procedure: .change)
            (record, effects) = self.procedure(on: current, date: date)
        case .cancelled(let date):
            self.state = .cancelled(current, on: date)
            self.history.append(event)
            return [
                current.form == .integrated ? .removeFromSocialSecurityCard : .withdrawPhysicalPermitCard,
                .cancelExpiryReminder,
            ]
        }
        self.state = .issued(record)
        self.history.append(event)
        return effects
    }

    private func cancelledError(_ event: WorkPermitEvent) -> WorkPermitError {
        let day = self.cancelledOn?.localized() ?? LocalizedText(english: "?", german: "?", chinese: "?")
        return WorkPermitError(
            code: .cancelled, phase: self.phase,
            violations: [
                Messages.notNow(
                    event.procedure.rawValue, phase: self.phase.rawValue, rule: .workPermitOnline,
                    english: "the work permit was cancelled on \(day.english): apply for a new one",
                    german: "die Arbeitserlaubnis wurde am \(day.german) aufgehoben: eine neue ist zu beantragen",
                    chinese: "工作许可已于\(day.chinese)注销，须重新申请")
            ])
    }

    private func alreadyIssuedError() -> WorkPermitError {
        WorkPermitError(
            code: .alreadyIssued, phase: self.phase,
            violations: [
                Messages.notNow(
                    "apply", phase: self.phase.rawValue, rule: .workPermitOnline,
                    english: "the work permit has already been issued",
                    german: "die Arbeitserlaubnis wurde bereits ausgestellt", chinese: "工作许可已签发")
            ])
    }

    private func extensionNotLaterError(_ validUntil: CivilDate, requested: CivilDate) -> WorkPermitError {
        WorkPermitError(
            code: .extensionNotLater, phase: self.phase,
            violations: [
                Violation(
                    rule: .workPermitOnline,
                    message: LocalizedText(
                        english: "an extension must move the last valid day after \(validUntil)",
                        german: "eine Verlängerung muss den letzten Gültigkeitstag nach den \(validUntil, in: .german) "
                            + "verschieben",
                        chinese: "延期后的有效期须晚于\(validUntil, in: .simplifiedChinese)"),
                    facts: [Fact("validUntil", "\(validUntil)"), Fact("requested", "\(requested)")])
            ])
    }

    /// The effects of an extension or change, moving a physical permit onto the card from the effective
    /// date (WP-NO-CHANGE).
    private func procedure(on record: Record, date: CivilDate) -> (Record, [WorkPermitEffect]) {
        let information = WorkPermitInformation(
            number: record.number, category: record.category, validUntil: record.validUntil)
        let extended = record.validUntil != self.record.validUntil
        let expiry: [WorkPermitEffect] = extended ? [.scheduleExpiry(record.validUntil)] : []
        guard self.policy.isIntegrationInForce(on: date) else {
            return (record, [.updatePhysicalPermitCard(information)] + expiry)
        }
        let integrated = Record(
            number: record.number, category: record.category, issuedOn: record.issuedOn,
            validUntil: record.validUntil, form: .integrated)
        switch record.form {
        case .physical:
            return (integrated, [.retirePhysicalPermitCard, .loadOntoSocialSecurityCard(information)] + expiry)
        case .integrated:
            return (integrated, [.loadOntoSocialSecurityCard(information)] + expiry)
        }
    }

    private func requireNotExpired(
        _ record: Record, on date: CivilDate, procedure: WorkPermitProcedure
    )
        throws(WorkPermitError)
    {
        guard date <= record.validUntil else {
            throw WorkPermitError(
                code: .expired, phase: self.phase,
                violations: [
                    Violation(
                        rule: .workPermitOnline,
                        message: LocalizedText(
                            english: "the work permit expired after \(record.validUntil): it can no longer be "
                                + "\(procedure == .extend ? "extended" : "changed"); apply for a new one",
                            german: "die Arbeitserlaubnis war bis zum \(record.validUntil, in: .german) gültig und ist "
                                + "abgelaufen: "
                                + "\(procedure.name.german) nicht mehr möglich, eine neue ist zu beantragen",
                            chinese: "工作许可已于\(record.validUntil, in: .simplifiedChinese)到期，"
                                + "不能再\(procedure.name.chinese)，须重新申请"),
                        facts: [Fact("validUntil", "\(record.validUntil)"), Fact("date", "\(date)")])
                ])
        }
    }

    private static func validityViolation(_ validUntil: CivilDate, after date: CivilDate) -> Violation {
        Violation(
            rule: .workPermitOnline,
            message: LocalizedText(
                english: "the last valid day \(validUntil) is not after the day of issue \(date)",
                german: "der letzte Gültigkeitstag \(validUntil, in: .german) liegt nicht nach dem "
                    + "Ausstellungstag \(date, in: .german)",
                chinese: "有效期截止日\(validUntil, in: .simplifiedChinese)不晚于签发日\(date, in: .simplifiedChinese)"),
            facts: [Fact("issuedOn", "\(date)"), Fact("validUntil", "\(validUntil)")])
    }

    // MARK: - Convenience events

    /// The permit was extended on `date` to `validUntil` (WP-ONLINE, WP-NO-CHANGE).
    ///
    /// - Throws: ``WorkPermitError``, as ``handle(_:)``.
    @discardableResult
    public mutating func extend(
        on date: CivilDate, validUntil: CivilDate
    ) throws(WorkPermitError)
        -> [WorkPermitEffect]
    {
        try self.handle(.extended(on: date, validUntil: validUntil))
    }

    /// The permit's details were changed on `date` (WP-ONLINE, WP-NO-CHANGE).
    ///
    /// - Throws: ``WorkPermitError``, as ``handle(_:)``.
    @discardableResult
    public mutating func change(
        on date: CivilDate, _ change: WorkPermitChange
    ) throws(WorkPermitError)
        -> [WorkPermitEffect]
    {
        try self.handle(.changed(on: date, change: change))
    }

    /// The permit was cancelled on `date` (WP-ONLINE).
    ///
    /// - Throws: ``WorkPermitError``, as ``handle(_:)``.
    @discardableResult
    public mutating func cancel(on date: CivilDate) throws(WorkPermitError) -> [WorkPermitEffect] {
        try self.handle(.cancelled(on: date))
    }
}

extension WorkPermit: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// `WorkPermit(1234****5678, B, integrated, 2024-12-01...2026-11-30, issued)`, the number masked.
    public var description: String {
        "WorkPermit(\(self.number), \(self.category), \(self.form), \(self.issuedOn)...\(self.validUntil), "
            + "\(self.phase))"
    }

    /// The same as ``description``.
    public var debugDescription: String { self.description }

    /// A mirror without the full number.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "number": self.number.description, "category": self.category, "form": self.form,
                "validity": "\(self.issuedOn)...\(self.validUntil)", "phase": self.phase,
                "events": self.history.count,
            ], displayStyle: .struct)
    }
}

extension WorkPermit: Codable {
    /// Decodes the policy and the history and replays it, refusing a history the permit would not take.
    public init(from decoder: any Decoder) throws {
        self = try HistorySnapshot.decode(from: decoder) {
            (history: [WorkPermitEvent], policy) throws(WorkPermitError) in
            try WorkPermit(replaying: history, policy: policy)
        }
    }

    /// Encodes the policy and the history.
    public func encode(to encoder: any Encoder) throws {
        try HistorySnapshot.encode(policy: self.policy, history: self.history, to: encoder)
    }
}
