public import CardModel

/// Why a ``ReplacementCase`` refused an event: the one error shape of every case machine (CardModel's
/// `CaseError`), with the replacement's codes; the case is left unchanged, history included.
///
/// The error names the event, the phase the case was in on the event's date (a lapsed temporary report reads as
/// ``ReplacementCase/Phase/cardActive``), the rule concerned, every violation where the policy or the handover
/// check decided, and says what is wrong in three languages. Only a ``ReplacementCase`` throws one.
public typealias ReplacementCaseError = CaseError<ReplacementErrorCode, ReplacementCase.Phase>

/// The kinds of ``ReplacementCaseError``: the codes every machine shares (`eventNotAllowed`,
/// `dateBeforePreviousEvent`) and the replacement's own.
///
/// A replacement case exists before any event, so its replay never refuses an empty history or one that starts
/// otherwise (`emptyHistory` and `historyMustStartWithOpening` never occur).
public struct ReplacementErrorCode: CaseErrorCode {
    /// The code's name, such as `handoverRefused`.
    public let name: String

    /// The code named `name`.
    public init(name: String) {
        self.name = name
    }

    /// The event is dated before it can happen (a card made before the application was accepted, RP-READY).
    public static var tooEarly: Self { Self(name: "tooEarly") }
    /// The application breaks the policy's rules; `violations` says which.
    public static var applicationRefused: Self { Self(name: "applicationRefused") }
    /// The card is not handed over (RP-RECEIPT); `violations` says why.
    public static var handoverRefused: Self { Self(name: "handoverRefused") }
    /// The calendar has no data for a day the event needs; the CM-WORKDAY violation in `violations`
    /// names the year in its `year` fact.
    public static var noCalendarData: Self { Self(name: "noCalendarData") }

    /// The event is dated before the previous event: now the shared `dateBeforePreviousEvent`.
    @available(*, deprecated, renamed: "dateBeforePreviousEvent")
    public static var eventBeforePrevious: Self { .dateBeforePreviousEvent }
}

extension CaseError where Code == ReplacementErrorCode {
    /// The year without calendar data, for ``ReplacementErrorCode/noCalendarData``: now the `year` fact of the
    /// CM-WORKDAY violation.
    @available(*, deprecated, message: "read the `year` fact of the CM-WORKDAY violation in `violations`")
    public var year: Int? {
        for violation in self.violations where violation.rule == .workday {
            for fact in violation.facts where fact.name == "year" { return Int(fact.value) }
        }
        return nil
    }
}
