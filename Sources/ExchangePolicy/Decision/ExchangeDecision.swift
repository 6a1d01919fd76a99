public import CardModel

/// The answer to an ``ExchangeApplication``: approved, or refused with every violated rule; and what the
/// applicant gets (``ExchangePolicy/evaluate(_:)``).
///
/// A refused decision lists *all* violations, each with its `RuleID`, the facts it rests on and a message in
/// English, German and Simplified Chinese. ``notes`` say where our reading of a notice decided, approved or not.
///
/// Only the policy makes one: it encodes (for logs and the `--json` output) but does not decode, so a decision in
/// a host's hands is one the rules produced.
public struct ExchangeDecision: Sendable, Hashable, CustomStringConvertible {
    /// The application's date.
    public let date: CivilDate
    /// The exchange's phase on ``date``, or `nil` before the exchange opened (EX-PHASE).
    public let phase: ExchangePhase?
    /// Every rule the application breaks; empty when approved.
    public let violations: [Violation]
    /// Where our reading of a notice decided (for example the offline exception to EX-EMPLOYER-BANKS).
    public let notes: [Interpretation]
    /// What the decision could not fully answer, each with its rule and the facts (never a refusal): a date that
    /// needs a year the calendar has no data for is unknown, with a CM-WORKDAY warning naming the year; a date
    /// counted by a provisional calendar says so under CM-PROVISIONAL, naming the year (its facts also say
    /// `provisional = true`).
    public let warnings: [Violation]
    /// What an approved applicant should know, each with its rule: the old card stays valid until the new one
    /// is activated (EX-OLD-VALID), how to activate it (EX-ACTIVATION), and for a minor that only the guardian
    /// collects the card (EX-MINOR). Empty when refused.
    public let information: [Interpretation]
    /// The years without working-day data that left a date of the decision unknown, in order (CM-WORKDAY).
    public let missingCalendarYears: [Int]
    /// The years whose working days the decision counted provisionally by law, in order (CM-PROVISIONAL): each
    /// has a warning naming it.
    public let provisionalYears: [Int]
    /// The generation of the card the applicant gets: third (EX-GENERATION); `nil` when refused.
    public let generation: CardGeneration?
    /// How freely the applicant picks the bank through the chosen channel (EX-FREE-CHOICE, EX-EMPLOYER-BANKS).
    public let bankChoice: BankChoice
    /// The way of receiving the card the applicant chose (EX-RECEIPT).
    public let receipt: ExchangeReceiptMethod
    /// The ways of receiving the card open to this application, with their fees (EX-RECEIPT).
    public let receiptOptions: [ExchangeReceiptOption]
    /// The day the application is accepted: the next working day for one made on a rest day (CM-ACCEPTANCE);
    /// the day itself for instant issuance; `nil` when refused, or when it needs a year without calendar data.
    public let acceptanceDate: CivilDate?
    /// The ready date, the day by which the card is produced: 4 working days after the acceptance date, or the
    /// application day for instant issuance (EX-PRODUCTION, EX-RECEIPT); postage time not counted; `nil` when
    /// refused, or when it needs a year the calendar has no data for (a CM-WORKDAY warning names the year).
    public let readyDate: CivilDate?

    /// The ready date: ``readyDate``.
    @available(*, deprecated, renamed: "readyDate")
    public var readyBy: CivilDate? { self.readyDate }

    /// Whether the application is approved: no violation.
    public var isApproved: Bool { self.violations.isEmpty }

    /// The rules broken, in the order reported.
    public var violatedRules: [RuleID] { self.violations.map { $0.rule } }

    /// Whether a date of the decision is unknown for lack of working-day data (a CM-WORKDAY warning naming the
    /// year; add the year's schedule to the policy's calendar). The decision itself is still made.
    public var lacksCalendarData: Bool { !self.missingCalendarYears.isEmpty }

    /// `approved: ready by 2026-01-09`, `approved: ready by unknown (no calendar data for 2027)` or
    /// `refused: EX-CHANNELS, EX-PARTNER-BANKS`.
    public var description: String {
        if self.isApproved, self.readyDate == nil, self.lacksCalendarData {
            let years = self.missingCalendarYears.map { String($0) }.joined(separator: ", ")
            return "approved: ready by unknown (no calendar data for \(years))"
        }
        if self.isApproved { return "approved: ready by \(self.readyDate.map { $0.description } ?? "?")" }
        return "refused: " + self.violations.map { $0.rule.rawValue }.joined(separator: ", ")
    }
}
