public import CardModel

/// Why a ``WorkPermit`` refused an opening, an event or a history: the one error shape of every case machine
/// (CardModel's `CaseError`, Documentation/API.md).
///
/// The permit is left exactly as it was, history included. The error names the event, the phase the permit was
/// in (`nil` when there was no permit yet: an opening or the start of a replay), the rule concerned, the
/// violations with their facts where a rule decided, and says what is wrong in three languages; it never names
/// a number or a person (CM-PRIVACY). Only a ``WorkPermit`` throws one.
public typealias WorkPermitError = CaseError<WorkPermitErrorCode, WorkPermit.Phase>

/// The kinds of ``WorkPermitError``: the codes every case machine shares (`eventNotAllowed`,
/// `dateBeforePreviousEvent`, `emptyHistory`,
/// `historyMustStartWithOpening`) and the permit's own below.
///
/// A name, so new codes can be added in a minor release without breaking a host's `switch` (STYLE.md §5).
public struct WorkPermitErrorCode: CaseErrorCode {
    /// The code's name, such as `expired`.
    public let name: String

    /// The code named `name`.
    public init(name: String) {
        self.name = name
    }

    /// The permit was already issued: ``WorkPermitEvent/issued(on:number:category:validUntil:)`` opens a permit
    /// and comes only once.
    public static var alreadyIssued: Self { Self(name: "alreadyIssued") }
    /// The last valid day is not after the day of issue.
    public static var validityNotAfterIssue: Self { Self(name: "validityNotAfterIssue") }
    /// The permit had expired: it can no longer be extended or changed.
    public static var expired: Self { Self(name: "expired") }
    /// An extension must move the last valid day later.
    public static var extensionNotLater: Self { Self(name: "extensionNotLater") }
    /// The permit was cancelled: it takes no event any more.
    public static var cancelled: Self { Self(name: "cancelled") }

    /// A history that does not start with the issue: now the shared `historyMustStartWithOpening`.
    @available(*, deprecated, renamed: "historyMustStartWithOpening")
    public static var notIssuedFirst: Self { .historyMustStartWithOpening }
    /// An event dated before the previous one: now the shared `dateBeforePreviousEvent`.
    @available(*, deprecated, renamed: "dateBeforePreviousEvent")
    public static var outOfOrder: Self { .dateBeforePreviousEvent }
}
