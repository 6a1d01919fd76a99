/// A physical card's status (CM-STATUS).
///
/// Only an active card gives the card's functions (RP-LOSS, EX-OLD-VALID).
public enum CardStatus: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Issued, not yet activated.
    case issued
    /// Active: the card's functions work.
    case active
    /// Reported lost (temporarily or formally).
    case reportedLost
    /// Damaged.
    case damaged
    /// Superseded: a newer card was activated.
    case superseded
    /// Cancelled.
    case cancelled

    /// Whether a card in this status gives its functions: only when active.
    public var givesFunctions: Bool { self == .active }

    /// The status's name, such as `reportedLost`.
    public var description: String { self.rawValue }
}
