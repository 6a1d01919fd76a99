public import CardModel

/// Why a work permit refused an event; the permit is left unchanged, history included.
public struct WorkPermitError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of refusal.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Storage: Hashable, Sendable {
            case emptyHistory, notIssuedFirst, alreadyIssued, outOfOrder, validityNotAfterIssue, expired
            case extensionNotLater, cancelled
        }
        private let storage: Storage

        /// A history without events cannot be replayed.
        public static var emptyHistory: Self { Self(storage: .emptyHistory) }
        /// A permit's first event must be ``WorkPermitEvent/issued(on:number:category:validUntil:)``.
        public static var notIssuedFirst: Self { Self(storage: .notIssuedFirst) }
        /// The permit was already issued.
        public static var alreadyIssued: Self { Self(storage: .alreadyIssued) }
        /// The event is dated before the previous event.
        public static var outOfOrder: Self { Self(storage: .outOfOrder) }
        /// The last valid day is not after the day of issue.
        public static var validityNotAfterIssue: Self { Self(storage: .validityNotAfterIssue) }
        /// The permit had expired: it can no longer be extended or changed.
        public static var expired: Self { Self(storage: .expired) }
        /// An extension must move the last valid day later.
        public static var extensionNotLater: Self { Self(storage: .extensionNotLater) }
        /// The permit was cancelled.
        public static var cancelled: Self { Self(storage: .cancelled) }

        /// The code's name, such as `expired`.
        public var description: String {
            switch self.storage {
            case .emptyHistory: "emptyHistory"
            case .notIssuedFirst: "notIssuedFirst"
            case .alreadyIssued: "alreadyIssued"
            case .outOfOrder: "outOfOrder"
            case .validityNotAfterIssue: "validityNotAfterIssue"
            case .expired: "expired"
            case .extensionNotLater: "extensionNotLater"
            case .cancelled: "cancelled"
            }
        }
    }

    /// The kind of refusal.
    public let code: Code
    /// The phase the permit was in (``WorkPermit/Phase/notIssued`` while replaying a history's first event).
    public let phase: WorkPermit.Phase
    /// The rules the event breaks, each with facts and a message in three languages.
    public let violations: [Violation]

    /// Creates an error.
    public init(code: Code, phase: WorkPermit.Phase, violations: [Violation]) {
        self.code = code
        self.phase = phase
        self.violations = violations
    }

    /// What went wrong, in English, German and Simplified Chinese.
    public var message: LocalizedText { Messages.joined(self.violations.map(\.message)) }

    /// `WorkPermitError.expired in issued: <English message>`; never a number or a name.
    public var description: String { "WorkPermitError.\(self.code) in \(self.phase): \(self.message.english)" }
}
