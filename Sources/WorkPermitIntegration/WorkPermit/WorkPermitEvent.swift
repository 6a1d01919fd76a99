public import CardModel

/// Something that happened to a work permit, with its date (WP-ONLINE: every procedure is handled online).
///
/// The first event of a permit's history is ``issued(on:number:category:validUntil:)``, and only the first:
/// ``WorkPermit/open(on:number:category:validUntil:policy:)`` records it.
public enum WorkPermitEvent: CaseEvent {
    /// The permit was issued (the application was granted) with this number, category and validity.
    case issued(on: CivilDate, number: WorkPermitNumber, category: WorkPermitCategory, validUntil: CivilDate)
    /// The permit was extended to a later last day.
    case extended(on: CivilDate, validUntil: CivilDate)
    /// The permit's details were changed.
    case changed(on: CivilDate, change: WorkPermitChange)
    /// The permit was cancelled.
    case cancelled(on: CivilDate)

    /// The day the event happened.
    public var date: CivilDate {
        switch self {
        case .issued(let date, _, _, _), .extended(let date, _), .changed(let date, _), .cancelled(let date):
            date
        }
    }

    /// The event's name, as its JSON form and the errors name it: `issued`, `extended`, `changed` or `cancelled`.
    public var name: String {
        switch self {
        case .issued: "issued"
        case .extended: "extended"
        case .changed: "changed"
        case .cancelled: "cancelled"
        }
    }

    /// The procedure the event completes (WP-ONLINE).
    public var procedure: WorkPermitProcedure {
        switch self {
        case .issued: .apply
        case .extended: .extend
        case .changed: .change
        case .cancelled: .cancel
        }
    }

    /// The event with the permit number masked, such as `issued(2024-12-01, 1234****5678, B, 2026-11-30)`.
    public var description: String {
        switch self {
        case .issued(let date, let number, let category, let validUntil):
            "issued(\(date), \(number), \(category), valid until \(validUntil))"
        case .extended(let date, let validUntil): "extended(\(date), valid until \(validUntil))"
        case .changed(let date, let change): "changed(\(date), \(change))"
        case .cancelled(let date): "cancelled(\(date))"
        }
    }
}
