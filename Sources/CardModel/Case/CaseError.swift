/// Why a case machine refused an opening, an event or a history: one shape for every machine (STYLE.md §5).
///
/// The case is left exactly as it was, history included. The error names the event, the phase the case was in
/// (`nil` when there was no case yet), the rule concerned where there is one, every violation where the policy
/// decided, and says what is wrong in three languages. Only the machines create one, so a host cannot forge it.
public struct CaseError<Code: CaseErrorCode, Phase: Hashable & Sendable & CustomStringConvertible>: Error, Hashable,
    Sendable, CustomStringConvertible
{
    /// The kind of failure.
    public let code: Code
    /// The name of the event refused, such as `cardReceived`.
    public let event: String
    /// The phase the case was in, or `nil` when there was no case yet (an opening, a replay).
    public let phase: Phase?
    /// The rule concerned, where one is; the first violation's rule when there are violations.
    public let rule: RuleID?
    /// Every rule the request breaks, where the policy decided (a machine's `applicationRefused` and the like).
    public let violations: [Violation]
    /// What is wrong and what to do, in three languages.
    public let message: LocalizedText

    /// Creates an error; `package`, so only the library's machines throw one.
    package init(
        _ code: Code, event: String, phase: Phase?, rule: RuleID? = nil, violations: [Violation] = [],
        message: LocalizedText
    ) {
        self.code = code
        self.event = event
        self.phase = phase
        self.rule = rule ?? violations.first?.rule
        self.violations = violations
        self.message = message
    }

    /// `eventNotAllowed (cardReceived in applied): <English message>`.
    public var description: String {
        "\(self.code) (\(self.event) in \(self.phase.map(\.description) ?? "no case")): \(self.message.english)"
    }
}
