public import CardModel

/// Whether a work permit procedure (extend, change, cancel, or a new application) can be carried out on a
/// day, with every rule that stands in the way, and the permit's form afterwards (WP-ONLINE, WP-NO-CHANGE).
///
/// Only a ``WorkPermit`` decides one (``WorkPermit/decision(for:on:)``): it has no public initializer and is
/// `Encodable` (for logs and the `--json` output) but not `Decodable`.
public struct WorkPermitProcedureDecision: Sendable, Hashable, CustomStringConvertible {
    /// The procedure asked about.
    public let procedure: WorkPermitProcedure
    /// Every rule that stands in the way; empty when the procedure is open.
    public let violations: [Violation]
    /// The permit's form after the procedure (integrated from the effective date, WP-NO-CHANGE); `nil` for a
    /// cancellation or a refused procedure.
    public let formAfter: WorkPermitForm?
    /// The readings the answer rests on.
    public let notes: [Interpretation]

    /// A decision, as the permit makes it.
    init(procedure: WorkPermitProcedure, violations: [Violation], formAfter: WorkPermitForm?, notes: [Interpretation]) {
        self.procedure = procedure
        self.violations = violations
        self.formAfter = formAfter
        self.notes = notes
    }

    /// Whether the procedure can be carried out (online, WP-ONLINE): no rule stands in the way.
    public var isApproved: Bool { self.violations.isEmpty }

    /// Whether the procedure can be carried out: ``isApproved``.
    @available(*, deprecated, renamed: "isApproved")
    public var approved: Bool { self.isApproved }

    /// `extend: approved` or `extend: refused (WP-ONLINE)`.
    public var description: String {
        self.isApproved
            ? "\(self.procedure): approved"
            : "\(self.procedure): refused (\(self.violations.map { $0.rule.rawValue }.joined(separator: ", ")))"
    }
}
