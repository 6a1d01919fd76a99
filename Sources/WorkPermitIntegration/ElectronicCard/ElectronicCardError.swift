public import CardModel

/// Why an ``ElectronicCard`` refused an opening, an event or a history: the one error shape of every case
/// machine (CardModel's `CaseError`, Documentation/API.md).
///
/// The card is left exactly as it was, history included. The error names the event, the phase the card was in
/// (`nil` when there was no card yet: a registration or the start of a replay), the rule concerned, every
/// violation with its facts where a rule decided, and says what is wrong in three languages; it never names a
/// number or a person (CM-PRIVACY). Only an ``ElectronicCard`` throws one.
public typealias ElectronicCardError = CaseError<ElectronicCardErrorCode, ElectronicCard.Phase>

/// The kinds of ``ElectronicCardError``: the codes every case machine shares (`eventNotAllowed`,
/// `dateBeforePreviousEvent`, `emptyHistory`,
/// `historyMustStartWithOpening`) and the card's own below.
///
/// A name, so new codes can be added in a minor release without breaking a host's `switch` (STYLE.md §5).
public struct ElectronicCardErrorCode: CaseErrorCode {
    /// The code's name, such as `realNameNotVerified`.
    public let name: String

    /// The code named `name`.
    public init(name: String) {
        self.name = name
    }

    /// The card was already registered: ``ElectronicCardEvent/registered(on:registration:)`` opens a card and
    /// comes only once.
    public static var alreadyRegistered: Self { Self(name: "alreadyRegistered") }
    /// Work permit information on the card before the integration is in force (WP-EFFECTIVE).
    public static var integrationNotInForce: Self { Self(name: "integrationNotInForce") }
    /// The work permit number registered with is not the permit's, or a permit loaded later is not the one
    /// the card was registered with or already carries (WP-ECARD).
    public static var credentialMismatch: Self { Self(name: "credentialMismatch") }
    /// The work permit had expired on that day (WP-ECARD).
    public static var permitNotValid: Self { Self(name: "permitNotValid") }
    /// Real-person verification before real-name verification (WP-ECARD).
    public static var realNameNotVerified: Self { Self(name: "realNameNotVerified") }
    /// That verification was already passed.
    public static var alreadyVerified: Self { Self(name: "alreadyVerified") }
    /// The physical card was already received.
    public static var alreadyReceived: Self { Self(name: "alreadyReceived") }

    /// A history that does not start with the registration: now the shared
    /// `historyMustStartWithOpening`.
    @available(*, deprecated, renamed: "historyMustStartWithOpening")
    public static var notRegisteredFirst: Self { .historyMustStartWithOpening }
    /// An event dated before the previous one: now the shared `dateBeforePreviousEvent`.
    @available(*, deprecated, renamed: "dateBeforePreviousEvent")
    public static var outOfOrder: Self { .dateBeforePreviousEvent }
}
