public import CardModel

/// Why an ``ExchangeCase`` refused an application, an event or a history: the one error shape of every case
/// machine (`CaseError`, Documentation/API.md).
///
/// The case is left exactly as it was, history included. The error names the event, the phase the case was in
/// (`nil` when there was no case yet), the rule concerned where there is one, and says what is wrong in three
/// languages; a refused application also carries every violation of the decision. Only the case creates one.
public typealias ExchangeCaseError = CaseError<ExchangeErrorCode, ExchangeCase.Phase>

/// The kind of an ``ExchangeCaseError``: the codes every case machine shares (`eventNotAllowed`,
/// `dateBeforePreviousEvent`, `emptyHistory`, `historyMustStartWithOpening`) and the exchange's own below.
///
/// A name, so new codes can be added in a minor release without breaking a host's `switch` (STYLE.md §5).
public struct ExchangeErrorCode: CaseErrorCode {
    /// The code's name, such as `tooEarly`.
    public let name: String

    /// The code named `name`.
    public init(name: String) { self.name = name }

    /// The policy refused the application; the error's `violations` list every reason.
    public static var applicationRefused: Self { Self(name: "applicationRefused") }
    /// A guardian's document is given without a guardian applying, or missing when one applies, or it is the
    /// holder's own.
    public static var partiesDoNotMatchApplication: Self { Self(name: "partiesDoNotMatchApplication") }
    /// The recipient does not fit the way of receiving chosen (EX-RECEIPT).
    public static var recipientNotAllowed: Self { Self(name: "recipientNotAllowed") }
    /// A minor's card is received only by the guardian (EX-MINOR).
    public static var guardianRequired: Self { Self(name: "guardianRequired") }
    /// The document shown is a copy or has expired.
    public static var documentNotAccepted: Self { Self(name: "documentNotAccepted") }
    /// The document shown is not the recorded holder's or guardian's.
    public static var documentMismatch: Self { Self(name: "documentMismatch") }
    /// The employer collecting is not the employer of the arrangement.
    public static var employerMismatch: Self { Self(name: "employerMismatch") }
    /// The card is produced before the application was accepted (EX-PRODUCTION, CM-ACCEPTANCE): an application
    /// made on a rest day is accepted on the next working day, and its card is produced from that day on.
    public static var tooEarly: Self { Self(name: "tooEarly") }
    /// An instant-issuance card is produced on the day of the application, on the spot.
    public static var instantIssuanceNotSameDay: Self { Self(name: "instantIssuanceNotSameDay") }
    /// The bank function is already active.
    public static var financialFunctionAlreadyActive: Self { Self(name: "financialFunctionAlreadyActive") }

    /// The history to replay does not start with the application.
    @available(*, deprecated, renamed: "historyMustStartWithOpening")
    public static var historyMustStartWithApplication: Self { .historyMustStartWithOpening }
}
