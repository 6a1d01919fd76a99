public import CardModel

/// Why a ``ForeignerOnboarding`` refused an event or a history: the one error shape of every case machine
/// (`CaseError`, Documentation/API.md).
///
/// The onboarding is left exactly as it was, history included. The error names the event, the phase the
/// onboarding was in, the rule concerned, every rule the event breaks (`violations`, each with its
/// facts, where the event breaks a rule rather than coming at the wrong time) and says what is wrong in three
/// languages. Only the onboarding creates one.
public typealias OnboardingError = CaseError<OnboardingErrorCode, ForeignerOnboarding.Phase>

/// The kind of an ``OnboardingError``: the codes every case machine shares and the onboarding's own below.
///
/// Of the shared codes the onboarding throws `dateBeforePreviousEvent`; `eventNotAllowed` is refined into
/// ``notYet``, ``alreadyDone`` and ``closed``, and `emptyHistory` and `historyMustStartWithOpening` never occur:
/// an onboarding exists before any event (``ForeignerOnboarding/init(policy:)``), so an empty history replays to a
/// new onboarding and one that does not start with the Notification Letter is ``notYet``.
///
/// A name, so new codes can be added in a minor release without breaking a host's `switch` (STYLE.md §5).
public struct OnboardingErrorCode: CaseErrorCode {
    /// The code's name, such as `notificationLetterExpired`.
    public let name: String

    /// The code named `name`.
    public init(name: String) { self.name = name }

    /// A step the event needs first has not happened (such as entry before the Z visa, or an electronic card
    /// before the integration without the social security number).
    public static var notYet: Self { Self(name: "notYet") }
    /// The step has already happened.
    public static var alreadyDone: Self { Self(name: "alreadyDone") }
    /// The Notification Letter had expired on that day (WP-NOTIFICATION, WP-VISA).
    public static var notificationLetterExpired: Self { Self(name: "notificationLetterExpired") }
    /// The document presented is not available or not valid on that day (WP-ENROL, WP-RESIDENCE).
    public static var documentNotAvailable: Self { Self(name: "documentNotAvailable") }
    /// The residence permit's validity is outside 90 days to 5 years (WP-RESIDENCE-DEADLINE).
    public static var residencePermitValidity: Self { Self(name: "residencePermitValidity") }
    /// A date the event needs is outside 1900...2199 (CM-DATE; the violation names the year).
    public static var dateOutOfRange: Self { Self(name: "dateOutOfRange") }
    /// The residence permit was refused: the onboarding is closed.
    public static var closed: Self { Self(name: "closed") }
    /// The residence permit decision is dated before the application was accepted (WP-RESIDENCE-DEADLINE,
    /// CM-ACCEPTANCE).
    public static var decisionBeforeAcceptance: Self { Self(name: "decisionBeforeAcceptance") }

    /// The event is dated before the previous event.
    @available(*, deprecated, renamed: "dateBeforePreviousEvent")
    public static var outOfOrder: Self { .dateBeforePreviousEvent }
}
