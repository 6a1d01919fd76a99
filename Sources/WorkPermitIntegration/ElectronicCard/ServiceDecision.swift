public import CardModel

/// Whether a card gives a function now, with every rule that stands in the way (WP-SERVICES).
public struct ServiceDecision: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The function asked about.
    public let function: CardFunction
    /// Every rule that stands in the way; empty when the function is available.
    public let violations: [Violation]
    /// The readings the answer rests on.
    public let notes: [Interpretation]

    /// Creates a decision.
    public init(function: CardFunction, violations: [Violation], notes: [Interpretation] = []) {
        self.function = function
        self.violations = violations
        self.notes = notes
    }

    /// Whether the function is available.
    public var approved: Bool { self.violations.isEmpty }

    /// `workPermitInformation: approved` or `…: refused (WP-ECARD, …)`.
    public var description: String {
        self.approved
            ? "\(self.function): approved"
            : "\(self.function): refused (\(self.violations.map(\.rule.rawValue).joined(separator: ", ")))"
    }
}
