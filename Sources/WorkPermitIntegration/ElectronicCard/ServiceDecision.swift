public import CardModel

/// Whether a card gives a function on a day, with every rule that stands in the way (WP-SERVICES).
///
/// Only the library decides one (``ElectronicCard/decision(for:on:)``, ``ElectronicCardServices``): it has no
/// public initializer and is `Encodable` (for logs and the `--json` output) but not `Decodable`.
public struct ServiceDecision: Sendable, Hashable, CustomStringConvertible {
    /// The function asked about.
    public let function: CardFunction
    /// Every rule that stands in the way; empty when the function is available.
    public let violations: [Violation]
    /// The readings the answer rests on.
    public let notes: [Interpretation]

    /// A decision, as the card makes it.
    init(function: CardFunction, violations: [Violation], notes: [Interpretation]) {
        self.function = function
        self.violations = violations
        self.notes = notes
    }

    /// Whether the function is available: no rule stands in the way.
    public var isApproved: Bool { self.violations.isEmpty }

    /// Whether the function is available: ``isApproved``.
    @available(*, deprecated, renamed: "isApproved")
    public var approved: Bool { self.isApproved }

    /// `workPermitInformation: approved` or `…: refused (WP-ECARD, …)`.
    public var description: String {
        self.isApproved
            ? "\(self.function): approved"
            : "\(self.function): refused (\(self.violations.map { $0.rule.rawValue }.joined(separator: ", ")))"
    }
}
