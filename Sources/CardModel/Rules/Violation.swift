/// A rule a request breaks, with the facts it was decided on and a message in three languages.
///
/// Decisions carry every violation, never just the first.
public struct Violation: Sendable, Hashable, CustomStringConvertible {
    /// The rule broken.
    public let rule: RuleID
    /// What went wrong, in English, German and Simplified Chinese.
    public let message: LocalizedText
    /// The facts the decision rested on, as name and value (for example `"bank": "CMB"`); never personal data.
    public let facts: [Fact]

    /// Creates a violation.
    public init(rule: RuleID, message: LocalizedText, facts: [Fact] = []) {
        self.rule = rule
        self.message = message
        self.facts = facts
    }

    /// `EX-EMPLOYER-BANKS: <English message>`.
    public var description: String { "\(self.rule.rawValue): \(self.message.english)" }
}

/// A named fact a decision rested on, such as `date = 2025-12-31`.
public struct Fact: Sendable, Hashable, CustomStringConvertible {
    /// The fact's name.
    public let name: String
    /// Its value, as text.
    public let value: String

    /// Creates a fact.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }

    /// `name = value`.
    public var description: String { "\(self.name) = \(self.value)" }
}

/// A note on how a decision read a rule where the source leaves room ("our reading" in DOMAIN.md).
public struct Interpretation: Sendable, Hashable, CustomStringConvertible {
    /// The rule read.
    public let rule: RuleID
    /// The reading and why, in three languages.
    public let message: LocalizedText

    /// Creates a note.
    public init(rule: RuleID, message: LocalizedText) {
        self.rule = rule
        self.message = message
    }

    /// `RULE: <English message>`.
    public var description: String { "\(self.rule.rawValue): \(self.message.english)" }
}
