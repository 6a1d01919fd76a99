public import CardModel

/// Whether a work permit procedure (extend, change, cancel, or a new application) can be carried out on a
/// day, with every rule that stands in the way, and the permit's form afterwards (WP-ONLINE, WP-NO-CHANGE).
public struct WorkPermitProcedureDecision: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The procedure asked about.
    public let procedure: WorkPermitProcedure
    /// Every rule that stands in the way; empty when the procedure is open.
    public let violations: [Violation]
    /// The permit's form after the procedure (integrated from the effective date, WP-NO-CHANGE); `nil` for a
    /// cancellation or a refused procedure.
    public let formAfter: WorkPermitForm?
    /// The readings the answer rests on.
    public let notes: [Interpretation]

    /// Creates a decision.
    public init(
        procedure: WorkPermitProcedure, violations: [Violation], formAfter: WorkPermitForm?,
        notes: [Interpretation] = []
    ) {
        self.procedure = procedure
        self.violations = violations
        self.formAfter = formAfter
        self.notes = notes
    }

    /// Whether the procedure can be carried out (online, WP-ONLINE).
    public var approved: Bool { self.violations.isEmpty }

    /// `extend: approved` or `extend: refused (WP-ONLINE)`.
    public var description: String {
        self.approved
            ? "\(self.procedure): approved"
            : "\(self.procedure): refused (\(self.violations.map(\.rule.rawValue).joined(separator: ", ")))"
    }
}
