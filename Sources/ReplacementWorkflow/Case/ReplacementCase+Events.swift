public import CardModel

/// One imperative method per event, each applying it with ``ReplacementCase/apply(_:)-(ReplacementEvent)``.
extension ReplacementCase {
    /// Reports the lost card lost temporarily on `date` (RP-LOSS-REPORT); returns `[.blockCard]`.
    ///
    /// - Throws: ``ReplacementCaseError``, as ``apply(_:)-(ReplacementEvent)``.
    @discardableResult
    public mutating func reportLostTemporarily(on date: CivilDate) throws(ReplacementCaseError) -> [ReplacementEffect] {
        try self.apply(.reportedLostTemporarily(on: date))
    }

    /// Withdraws the temporary loss report on `date` (RP-LOSS-REPORT); returns `[.unblockCard]`.
    ///
    /// - Throws: ``ReplacementCaseError``, as ``apply(_:)-(ReplacementEvent)``.
    @discardableResult
    public mutating func withdrawTemporaryReport(
        on date: CivilDate
    ) throws(ReplacementCaseError)
        -> [ReplacementEffect]
    {
        try self.apply(.temporaryReportWithdrawn(on: date))
    }

    /// Applies for the replacement (RP-FEE, RP-LOSS-REPORT, RP-CERTIFICATE): the event
    /// ``ReplacementEvent/applied(_:)``; returns the fee, the formal loss report for a lost card and the
    /// certificate.
    ///
    /// - Throws: ``ReplacementCaseError``, as ``apply(_:)-(ReplacementEvent)``.
    @discardableResult
    public mutating func applyForReplacement(
        _ application: ReplacementApplication
    ) throws(ReplacementCaseError)
        -> [ReplacementEffect]
    {
        try self.apply(.applied(application))
    }

    /// Records that the new card was made on `date`; returns the notice (and, for express delivery, the dispatch).
    ///
    /// - Throws: ``ReplacementCaseError``, as ``apply(_:)-(ReplacementEvent)``.
    @discardableResult
    public mutating func produceCard(on date: CivilDate) throws(ReplacementCaseError) -> [ReplacementEffect] {
        try self.apply(.cardProduced(on: date))
    }

    /// Records that the new card was sent by express on `date`.
    ///
    /// - Throws: ``ReplacementCaseError``, as ``apply(_:)-(ReplacementEvent)``.
    @discardableResult
    public mutating func dispatch(on date: CivilDate) throws(ReplacementCaseError) -> [ReplacementEffect] {
        try self.apply(.dispatched(on: date))
    }

    /// Delivers the new card on `date` against `documents` (RP-RECEIPT); returns the handover.
    ///
    /// - Throws: ``ReplacementCaseError``, as ``apply(_:)-(ReplacementEvent)``.
    @discardableResult
    public mutating func deliver(
        on date: CivilDate, documents: ReceiptDocuments
    ) throws(ReplacementCaseError)
        -> [ReplacementEffect]
    {
        try self.apply(.delivered(on: date, documents: documents))
    }

    /// Hands the new card over at a social security office on `date` against `documents` (RP-RECEIPT); returns the
    /// handover.
    ///
    /// - Throws: ``ReplacementCaseError``, as ``apply(_:)-(ReplacementEvent)``.
    @discardableResult
    public mutating func collect(
        on date: CivilDate, documents: ReceiptDocuments
    ) throws(ReplacementCaseError)
        -> [ReplacementEffect]
    {
        try self.apply(.collected(on: date, documents: documents))
    }

    /// Activates the new card on `date` (RP-SUPERSEDE); returns `[.supersedeOldCard]`.
    ///
    /// - Throws: ``ReplacementCaseError``, as ``apply(_:)-(ReplacementEvent)``.
    @discardableResult
    public mutating func activate(on date: CivilDate) throws(ReplacementCaseError) -> [ReplacementEffect] {
        try self.apply(.activated(on: date))
    }

    /// Records that the formally reported lost card turned up on `date`; it stays unusable (RP-SUPERSEDE).
    ///
    /// - Throws: ``ReplacementCaseError``, as ``apply(_:)-(ReplacementEvent)``.
    @discardableResult
    public mutating func findLostCard(on date: CivilDate) throws(ReplacementCaseError) -> [ReplacementEffect] {
        try self.apply(.lostCardFound(on: date))
    }
}

// MARK: - Deprecated names

extension ReplacementCase {
    /// Applies `event`: now ``apply(_:)-(ReplacementEvent)``.
    @available(*, deprecated, renamed: "apply(_:)")
    @discardableResult
    public mutating func handle(_ event: ReplacementEvent) throws(ReplacementCaseError) -> [ReplacementEffect] {
        try self.apply(event)
    }

    /// Applies for the replacement: now ``applyForReplacement(_:)``.
    @available(*, deprecated, renamed: "applyForReplacement(_:)")
    @discardableResult
    public mutating func apply(
        _ application: ReplacementApplication
    ) throws(ReplacementCaseError)
        -> [ReplacementEffect]
    {
        try self.applyForReplacement(application)
    }

    /// Records that the new card was made: now ``produceCard(on:)``.
    @available(*, deprecated, renamed: "produceCard(on:)")
    @discardableResult
    public mutating func cardProduced(on date: CivilDate) throws(ReplacementCaseError) -> [ReplacementEffect] {
        try self.produceCard(on: date)
    }

    /// Records that the new card was sent: now ``dispatch(on:)``.
    @available(*, deprecated, renamed: "dispatch(on:)")
    @discardableResult
    public mutating func dispatched(on date: CivilDate) throws(ReplacementCaseError) -> [ReplacementEffect] {
        try self.dispatch(on: date)
    }

    /// Delivers the new card: now ``deliver(on:documents:)``.
    @available(*, deprecated, renamed: "deliver(on:documents:)")
    @discardableResult
    public mutating func delivered(
        on date: CivilDate, documents: ReceiptDocuments
    ) throws(ReplacementCaseError)
        -> [ReplacementEffect]
    {
        try self.deliver(on: date, documents: documents)
    }

    /// Hands the new card over at an office: now ``collect(on:documents:)``.
    @available(*, deprecated, renamed: "collect(on:documents:)")
    @discardableResult
    public mutating func collected(
        on date: CivilDate, documents: ReceiptDocuments
    ) throws(ReplacementCaseError)
        -> [ReplacementEffect]
    {
        try self.collect(on: date, documents: documents)
    }

    /// Activates the new card: now ``activate(on:)``.
    @available(*, deprecated, renamed: "activate(on:)")
    @discardableResult
    public mutating func activated(on date: CivilDate) throws(ReplacementCaseError) -> [ReplacementEffect] {
        try self.activate(on: date)
    }

    /// Records that the lost card turned up: now ``findLostCard(on:)``.
    @available(*, deprecated, renamed: "findLostCard(on:)")
    @discardableResult
    public mutating func lostCardFound(on date: CivilDate) throws(ReplacementCaseError) -> [ReplacementEffect] {
        try self.findLostCard(on: date)
    }
}
