public import CardModel

/// An approved replacement with every date known: what ``ReplacementDecision/approval`` gives, so a host needs
/// no unwrapping (CM-ACCEPTANCE, RP-READY, RP-FEE, EX-GENERATION).
///
/// Only the policy makes one, through ``ReplacementPolicy/evaluate(_:holder:)``. A date counted provisionally by
/// law for a year without a notice is still a date here; ``ReplacementDecision/provisionalYears`` and its warnings
/// say so (CM-PROVISIONAL).
public struct ReplacementApproval: Sendable, Hashable {
    /// The day the application is accepted: the application's date if a working day, else the next working day
    /// (CM-ACCEPTANCE).
    public let acceptanceDate: CivilDate
    /// The day the new card is ready: the policy's working days after ``acceptanceDate`` (RP-READY). Postage time
    /// is not counted.
    public let readyDate: CivilDate
    /// The production fee (RP-FEE).
    public let fee: Money
    /// The new card's generation: third when the card is ready from 2026-01-01 (EX-GENERATION, RP-READY); `nil`
    /// for a card ready before, where the rule does not say (the decision has a note).
    public let generation: CardGeneration?

    /// Creates the view; only ``ReplacementDecision/approval`` makes one.
    init(acceptanceDate: CivilDate, readyDate: CivilDate, fee: Money, generation: CardGeneration?) {
        self.acceptanceDate = acceptanceDate
        self.readyDate = readyDate
        self.fee = fee
        self.generation = generation
    }
}

/// An approved replacement with every date known: now ``ReplacementApproval``.
@available(*, deprecated, renamed: "ReplacementApproval")
public typealias ReplacementAcceptance = ReplacementApproval
