public import CardModel

/// Why an onboarding refused an event; the onboarding is left unchanged, history included.
public struct OnboardingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of refusal.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Storage: Hashable, Sendable {
            case outOfOrder, notYet, alreadyDone, notificationLetterExpired, documentNotAvailable
            case residencePermitValidity, dateOutOfRange, closed, decisionBeforeAcceptance
        }
        private let storage: Storage

        /// The event is dated before the previous event.
        public static var outOfOrder: Self { Self(storage: .outOfOrder) }
        /// A step the event needs first has not happened (such as entry before the Z visa).
        public static var notYet: Self { Self(storage: .notYet) }
        /// The step has already happened.
        public static var alreadyDone: Self { Self(storage: .alreadyDone) }
        /// The Notification Letter had expired on that day (WP-NOTIFICATION, WP-VISA).
        public static var notificationLetterExpired: Self { Self(storage: .notificationLetterExpired) }
        /// The document presented is not available or not valid on that day (WP-ENROL, WP-RESIDENCE).
        public static var documentNotAvailable: Self { Self(storage: .documentNotAvailable) }
        /// The residence permit's validity is outside 90 days to 5 years (WP-RESIDENCE-DEADLINE).
        public static var residencePermitValidity: Self { Self(storage: .residencePermitValidity) }
        /// A date the event needs is outside 1900...2199.
        public static var dateOutOfRange: Self { Self(storage: .dateOutOfRange) }
        /// The residence permit was refused: the onboarding is closed.
        public static var closed: Self { Self(storage: .closed) }
        /// The residence permit decision is dated before the application was accepted (WP-RESIDENCE-DEADLINE,
        /// CM-ACCEPTANCE).
        public static var decisionBeforeAcceptance: Self { Self(storage: .decisionBeforeAcceptance) }

        /// The code's name, such as `notificationLetterExpired`.
        public var description: String {
            switch self.storage {
            case .outOfOrder: "outOfOrder"
            case .notYet: "notYet"
            case .alreadyDone: "alreadyDone"
            case .notificationLetterExpired: "notificationLetterExpired"
            case .documentNotAvailable: "documentNotAvailable"
            case .residencePermitValidity: "residencePermitValidity"
            case .dateOutOfRange: "dateOutOfRange"
            case .closed: "closed"
            case .decisionBeforeAcceptance: "decisionBeforeAcceptance"
            }
        }
    }

    /// The kind of refusal.
    public let code: Code
    /// The phase the onboarding was in.
    public let phase: ForeignerOnboarding.Phase
    /// The rules the event breaks, each with facts and a message in three languages.
    public let violations: [Violation]

    /// Creates an error.
    public init(code: Code, phase: ForeignerOnboarding.Phase, violations: [Violation]) {
        self.code = code
        self.phase = phase
        self.violations = violations
    }

    /// What went wrong, in English, German and Simplified Chinese.
    public var message: LocalizedText { Messages.joined(self.violations.map(\.message)) }

    /// `OnboardingError.notificationLetterExpired in notificationLetterIssued: <English message>`.
    public var description: String {
        "OnboardingError.\(self.code) in \(self.phase.stage): \(self.message.english)"
    }
}
