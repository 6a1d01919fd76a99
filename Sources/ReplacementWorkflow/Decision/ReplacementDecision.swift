public import CardModel

/// The answer to a replacement application: approved or refused with every violated rule, and what follows
/// (RP-FEE, RP-READY, RP-LOGIN, RP-DOCUMENTS, RP-CHANNELS, EX-GENERATION).
///
/// A refused application has no acceptance or ready date; the fee and documents are still given, and the steps
/// up to the application, so a host can say what an approved application would need (the steps after it, paying,
/// saving the certificate, receiving and activating the card, follow an approved application only).
///
/// A date that needs a calendar year the calendar has no data for is unknown (`nil`) and a
/// ``ReplacementWarning`` names the year (CM-WORKDAY): the decision is not a refusal, everything else is
/// answered, and ``isComplete`` is `false`.
///
/// Only ``ReplacementPolicy/evaluate(_:holder:)`` makes one, so a host cannot forge it; it is `Encodable` for logs,
/// not `Decodable`.
public struct ReplacementDecision: Sendable, Hashable, CustomStringConvertible {
    /// Every rule the application breaks; empty when it is approved.
    public let violations: [Violation]
    /// How the library read a rule where the source leaves room ("our reading").
    public let notes: [Interpretation]
    /// The production fee (RP-FEE).
    public let fee: Money
    /// The day the application is accepted: the application's date if a working day, else the next working day
    /// (CM-ACCEPTANCE); `nil` when refused, or unknown for want of calendar data (see ``warnings``).
    public let acceptanceDate: CivilDate?
    /// The day the new card is ready: the policy's working days after the acceptance date (RP-READY); `nil`
    /// when refused, or unknown for want of calendar data (see ``warnings``). Postage time is not counted.
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
    /// The answers that depend on a year without calendar data, or that were counted provisionally for a year
    /// without a notice; one warning a year (CM-WORKDAY, CM-PROVISIONAL).
    public let warnings: [ReplacementWarning]

    /// Creates a decision; only ``ReplacementPolicy/evaluate(_:holder:)`` makes one, so a host cannot forge it.
    init(
        violations: [Violation], notes: [Interpretation], fee: Money, acceptanceDate: CivilDate?,
        readyDate: CivilDate?, login: WebsiteLogin?, menuPath: [LocalizedText], documents: [DocumentRequirement],
        steps: [ReplacementStep], generation: CardGeneration?, warnings: [ReplacementWarning]
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
        self.warnings = warnings
    }

    /// Whether the application is approved: no rule is broken (as far as the calendar can tell: see
    /// ``isComplete``).
    public var isApproved: Bool { self.violations.isEmpty }

    /// Whether the application is approved: now ``isApproved``.
    @available(*, deprecated, renamed: "isApproved")
    public var isAccepted: Bool { self.isApproved }

    /// Whether every answer is known: no answer waits for a year without calendar data (CM-WORKDAY).
    public var isComplete: Bool { !self.warnings.contains { $0.kind == .noCalendarData } }

    /// The years some answer counted provisionally by law, in order (CM-PROVISIONAL).
    public var provisionalYears: [Int] {
        self.warnings.filter { $0.kind == .provisional }.map { $0.year }
    }

    /// The years without calendar data that some answer needs, in order (CM-WORKDAY).
    public var missingCalendarYears: [Int] {
        self.warnings.filter { $0.kind == .noCalendarData }.map { $0.year }
    }

    /// The rules broken, in order, without repeats.
    public var violatedRules: [RuleID] {
        var seen: Set<RuleID> = []
        return self.violations.map { $0.rule }.filter { seen.insert($0).inserted }
    }

    /// For example `approved: ready 2026-10-12, CNY 20.00`, `approved: ready unknown (no data for 2027),
    /// CNY 20.00` or `refused: RP-ONSITE-DAYS, RP-DOCUMENTS`.
    public var description: String {
        if self.isApproved {
            let missing = self.missingCalendarYears.map { String($0) }.joined(separator: ", ")
            let ready = self.readyDate.map { "\($0)" } ?? (missing.isEmpty ? "?" : "unknown (no data for \(missing))")
            return "approved: ready \(ready), \(self.fee)"
        }
        return "refused: " + self.violatedRules.map { $0.rawValue }.joined(separator: ", ")
    }
}
