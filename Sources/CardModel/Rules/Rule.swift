/// A rule of DOMAIN.md: its id, its text and the source it comes from.
///
/// ``Rule/catalogue`` lists every rule, so a host can show "why" next to a decision, with the source.
public struct Rule: Sendable, Hashable, Identifiable, CustomStringConvertible {
    /// The rule's id.
    public let id: RuleID
    /// A short title in three languages.
    public let title: LocalizedText
    /// What the rule says, in three languages.
    public let text: LocalizedText
    /// The sources it rests on, such as `EXCHANGE-2026` or `GB 11643`, as keyed in DOMAIN.md.
    public let sources: [SourceKey]

    /// Creates a rule.
    public init(id: RuleID, title: LocalizedText, text: LocalizedText, sources: [SourceKey]) {
        self.id = id
        self.title = title
        self.text = text
        self.sources = sources
    }

    /// `EX-PHASE: <English title>`.
    public var description: String { "\(self.id.rawValue): \(self.title.english)" }

    /// The rule with `id`.
    public static func rule(_ id: RuleID) -> Rule? {
        catalogue.first { $0.id == id }
    }
}
