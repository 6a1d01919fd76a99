public import CardModel

/// The answer to a replacement application: accepted or refused with every violated rule, and what follows
/// (RP-FEE, RP-READY, RP-LOGIN, RP-DOCUMENTS, RP-CHANNELS, EX-GENERATION).
///
/// A refused application has no acceptance or ready date; the fee, documents and steps are still given, so a
/// host can say what an accepted application would need.
public struct ReplacementDecision: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Every rule the application breaks; empty when it is accepted.
    public let violations: [Violation]
    /// How the library read a rule where the source leaves room ("our reading").
    public let notes: [Interpretation]
    /// The production fee (RP-FEE).
    public let fee: Money
    /// The day the application is accepted: the application's date if a working day, else the next working day
    /// (CM-ACCEPTANCE); `nil` when refused.
    public let acceptanceDate: CivilDate?
    /// The day the new card is ready: the policy's working days after the acceptance date (RP-READY); `nil`
    /// when refused. Postage time is not counted.
    public let readyDate: CivilDate?
    /// The login option on the website (RP-LOGIN); `nil` for the other channels.
    public let login: WebsiteLogin?
    /// The menu path of the channel to the replacement option (RP-LOGIN, RP-CHANNELS); empty on site.
    public let menuPath: [LocalizedText]
    /// The documents to bring, and when (RP-DOCUMENTS, RP-RECEIPT).
    public let documents: [DocumentRequirement]
    /// The steps in order.
    public let steps: [ReplacementStep]
    /// The new card's generation: third when the card is ready (made) from 2026-01-01 (EX-GENERATION, RP-READY);
    /// `nil` when the application is refused (no card is made) or where the rule does not say (a card ready before
    /// 2026-01-01, with a note).
    public let generation: CardGeneration?

    /// Creates a decision; only ``ReplacementPolicy/evaluate(_:holder:)`` makes one, so a host cannot forge it.
    init(
        violations: [Violation], notes: [Interpretation], fee: Money, acceptanceDate: CivilDate?,
        readyDate: CivilDate?, login: WebsiteLogin?, menuPath: [LocalizedText], documents: [DocumentRequirement],
        steps: [ReplacementStep], generation: CardGeneration?
    ) {
        self.violations = violations
        self.notes = notes
        self.fee = fee
        self.acceptanceDate = acceptanceDate
        self.readyDate = readyDate
        self.login = login
        self.menuPath = menuPath
        self.documents = documents
        self.steps = steps
        self.generation = generation
    }

    /// Whether the application is accepted: no rule is broken.
    public var isAccepted: Bool { self.violations.isEmpty }

    /// The rules broken, in order, without repeats.
    public var violatedRules: [RuleID] {
        var seen: Set<RuleID> = []
        return self.violations.map(\.rule).filter { seen.insert($0).inserted }
    }

    /// For example `accepted: ready 2026-10-12, CNY 20.00` or `refused: RP-ONSITE-DAYS, RP-DOCUMENTS`.
    public var description: String {
        if self.isAccepted {
            return "accepted: ready \(self.readyDate.map { "\($0)" } ?? "?"), \(self.fee)"
        }
        return "refused: " + self.violatedRules.map(\.rawValue).joined(separator: ", ")
    }
}
