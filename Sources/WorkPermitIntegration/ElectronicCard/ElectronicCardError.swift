public import CardModel

/// Why an electronic card refused an event; the card is left unchanged, history included.
public struct ElectronicCardError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of refusal.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Storage: Hashable, Sendable {
            case emptyHistory, notRegisteredFirst, alreadyRegistered, outOfOrder, integrationNotInForce
            case credentialMismatch, permitNotValid, realNameNotVerified, alreadyVerified, alreadyReceived
        }
        private let storage: Storage

        /// A history without events cannot be replayed.
        public static var emptyHistory: Self { Self(storage: .emptyHistory) }
        /// A card's first event must be ``ElectronicCardEvent/registered(on:registration:)``.
        public static var notRegisteredFirst: Self { Self(storage: .notRegisteredFirst) }
        /// The card was already registered.
        public static var alreadyRegistered: Self { Self(storage: .alreadyRegistered) }
        /// The event is dated before the previous event.
        public static var outOfOrder: Self { Self(storage: .outOfOrder) }
        /// Work permit information on the card before the integration is in force (WP-EFFECTIVE).
        public static var integrationNotInForce: Self { Self(storage: .integrationNotInForce) }
        /// The work permit number registered with is not the permit's, or a permit loaded later is not the one
        /// the card was registered with or already carries (WP-ECARD).
        public static var credentialMismatch: Self { Self(storage: .credentialMismatch) }
        /// The work permit had expired on that day (WP-ECARD).
        public static var permitNotValid: Self { Self(storage: .permitNotValid) }
        /// Real-person verification before real-name verification (WP-ECARD).
        public static var realNameNotVerified: Self { Self(storage: .realNameNotVerified) }
        /// That verification was already passed.
        public static var alreadyVerified: Self { Self(storage: .alreadyVerified) }
        /// The physical card was already received.
        public static var alreadyReceived: Self { Self(storage: .alreadyReceived) }

        /// The code's name, such as `realNameNotVerified`.
        public var description: String {
            switch self.storage {
            case .emptyHistory: "emptyHistory"
            case .notRegisteredFirst: "notRegisteredFirst"
            case .alreadyRegistered: "alreadyRegistered"
            case .outOfOrder: "outOfOrder"
            case .integrationNotInForce: "integrationNotInForce"
            case .credentialMismatch: "credentialMismatch"
            case .permitNotValid: "permitNotValid"
            case .realNameNotVerified: "realNameNotVerified"
            case .alreadyVerified: "alreadyVerified"
            case .alreadyReceived: "alreadyReceived"
            }
        }
    }

    /// The kind of refusal.
    public let code: Code
    /// The phase the card was in (``ElectronicCard/Phase/unregistered`` while replaying a first event).
    public let phase: ElectronicCard.Phase
    /// The rules the event breaks, each with facts and a message in three languages.
    public let violations: [Violation]

    /// Creates an error.
    public init(code: Code, phase: ElectronicCard.Phase, violations: [Violation]) {
        self.code = code
        self.phase = phase
        self.violations = violations
    }

    /// What went wrong, in English, German and Simplified Chinese.
    public var message: LocalizedText { Messages.joined(self.violations.map(\.message)) }

    /// `ElectronicCardError.realNameNotVerified in registered: <English message>`; never a number or a name.
    public var description: String { "ElectronicCardError.\(self.code) in \(self.phase): \(self.message.english)" }
}
