public import CardModel

/// Something that happened in a replacement, with its date (see ``ReplacementCase``).
///
/// Events are recorded in the case's history in the order applied; their dates never go backwards.
public enum ReplacementEvent: CaseEvent {
    /// The lost card was reported lost temporarily: blocked until the report lapses, is withdrawn or is made formal
    /// (RP-LOSS-REPORT).
    case reportedLostTemporarily(on: CivilDate)
    /// The temporary loss report was withdrawn (the card turned up): the card is active again (RP-LOSS-REPORT).
    case temporaryReportWithdrawn(on: CivilDate)
    /// The replacement was applied for; a lost card is formally reported with it (RP-LOSS-REPORT, RP-FEE). The date
    /// is the application's.
    case applied(ReplacementApplication)
    /// The new card was made.
    case cardProduced(on: CivilDate)
    /// The new card was handed to the express service (RP-RECEIPT).
    case dispatched(on: CivilDate)
    /// The courier delivers the new card; the receiver shows their documents (RP-RECEIPT).
    case delivered(on: CivilDate, documents: ReceiptDocuments)
    /// The new card is collected at a social security office; the receiver shows their documents (RP-RECEIPT).
    /// The event records a handover that happened, on whatever day it happened (RP-ONSITE-DAYS restricts on-site
    /// applications only).
    case collected(on: CivilDate, documents: ReceiptDocuments)
    /// The new card was activated, superseding the old one for good (RP-SUPERSEDE).
    case activated(on: CivilDate)
    /// The formally reported lost card turned up; it stays unusable (RP-LOSS-REPORT, RP-SUPERSEDE).
    case lostCardFound(on: CivilDate)

    /// The day the event happened.
    public var date: CivilDate {
        switch self {
        case .reportedLostTemporarily(let date), .temporaryReportWithdrawn(let date), .cardProduced(let date),
            .dispatched(let date), .delivered(let date, _), .collected(let date, _), .activated(let date),
            .lostCardFound(let date):
            date
        case .applied(let application):
            application.date
        }
    }

    /// The event's name, such as `cardProduced`.
    public var name: String {
        switch self {
        case .reportedLostTemporarily: "reportedLostTemporarily"
        case .temporaryReportWithdrawn: "temporaryReportWithdrawn"
        case .applied: "applied"
        case .cardProduced: "cardProduced"
        case .dispatched: "dispatched"
        case .delivered: "delivered"
        case .collected: "collected"
        case .activated: "activated"
        case .lostCardFound: "lostCardFound"
        }
    }

    /// The name and date, such as `cardProduced(2026-10-12)`; documents are never shown.
    public var description: String { "\(self.name)(\(self.date))" }
}
