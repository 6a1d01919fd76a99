public import CardModel

/// One method per event, each handling it with ``ReplacementCase/handle(_:)``.
extension ReplacementCase {
    /// Reports the lost card lost temporarily on `date` (RP-LOSS-REPORT); returns `[.blockCard]`.
    @discardableResult
    public mutating func reportLostTemporarily(on date: CivilDate) throws(ReplacementCaseError) -> [ReplacementEffect] {
        try self.handle(.reportedLostTemporarily(on: date))
    }

    /// Withdraws the temporary loss report on `date` (RP-LOSS-REPORT); returns `[.unblockCard]`.
    @discardableResult
    public mutating func withdrawTemporaryReport(
        on date: CivilDate
    ) throws(ReplacementCaseError)
        -> [ReplacementEffect]
    {
        try self.handle(.temporaryReportWithdrawn(on: date))
    }

    /// Applies for the replacement (RP-FEE, RP-LOSS-REPORT, RP-CERTIFICATE); returns the fee, the formal loss report
    /// for a lost card and the certificate.
    @discardableResult
    public mutating func apply(
        _ application: ReplacementApplication
    ) throws(ReplacementCaseError)
        -> [ReplacementEffect]
    {
        try self.handle(.applied(application))
    }

    /// Records that the new card was made on `date`; returns the notice (and, for express delivery, the dispatch).
    @discardableResult
    public mutating func cardProduced(on date: CivilDate) throws(ReplacementCaseError) -> [ReplacementEffect] {
        try self.handle(.cardProduced(on: date))
    }

    /// Records that the new card was sent by express on `date`.
    @discardableResult
    public mutating func dispatched(on date: CivilDate) throws(ReplacementCaseError) -> [ReplacementEffect] {
        try self.handle(.dispatched(on: date))
    }

    /// Delivers the new card on `date` against `documents` (RP-RECEIPT); returns the handover.
    @discardableResult
    public mutating func delivered(
        on date: CivilDate, documents: ReceiptDocuments
    ) throws(ReplacementCaseError)
        -> [ReplacementEffect]
    {
        try self.handle(.delivered(on: date, documents: documents))
    }

    /// Hands the new card over at a social security office on `date` against `documents` (RP-RECEIPT); returns the
    /// handover.
    @discardableResult
    public mutating func collected(
        on date: CivilDate, documents: ReceiptDocuments
    ) throws(ReplacementCaseError)
        -> [ReplacementEffect]
    {
        try self.handle(.collected(on: date, documents: documents))
    }

    /// Activates the new card on `date` (RP-SUPERSEDE); returns `[.supersedeOldCard]`.
    @discardableResult
    public mutating func activated(on date: CivilDate) throws(ReplacementCaseError) -> [ReplacementEffect] {
        try self.handle(.activated(on: date))
    }

    /// Records that the formally reported lost card turned up on `date`; it stays unusable (RP-SUPERSEDE).
    @discardableResult
    public mutating func lostCardFound(on date: CivilDate) throws(ReplacementCaseError) -> [ReplacementEffect] {
        try self.handle(.lostCardFound(on: date))
    }
}
