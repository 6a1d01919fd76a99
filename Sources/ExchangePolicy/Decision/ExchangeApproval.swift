public import CardModel

/// An approved exchange with every date known: what ``ExchangeDecision/approval`` gives, so a host needs no
/// unwrapping (EX-PRODUCTION, CM-ACCEPTANCE, EX-GENERATION, EX-RECEIPT).
///
/// Only the policy makes one, through ``ExchangePolicy/evaluate(_:)``. A date counted provisionally by law for a
/// year without a notice is still a date here; ``ExchangeDecision/provisionalYears`` and its warnings say so
/// (CM-PROVISIONAL).
public struct ExchangeApproval: Sendable, Hashable {
    /// The day the application is accepted: the next working day for one made on a rest day (CM-ACCEPTANCE);
    /// the application day for instant issuance.
    public let acceptanceDate: CivilDate
    /// The ready date, the day by which the card is produced: the policy's working days after
    /// ``acceptanceDate``, or the application day for instant issuance (EX-PRODUCTION, EX-RECEIPT); postage time
    /// not counted.
    public let readyDate: CivilDate
    /// The generation of the card the applicant gets: third (EX-GENERATION).
    public let generation: CardGeneration
    /// The way of receiving the card the applicant chose (EX-RECEIPT).
    public let receipt: ExchangeReceiptMethod

    /// Creates the view; only ``ExchangeDecision/approval`` makes one.
    init(
        acceptanceDate: CivilDate, readyDate: CivilDate, generation: CardGeneration, receipt: ExchangeReceiptMethod
    ) {
        self.acceptanceDate = acceptanceDate
        self.readyDate = readyDate
        self.generation = generation
        self.receipt = receipt
    }

    /// The ready date: ``readyDate``.
    @available(*, deprecated, renamed: "readyDate")
    public var readyBy: CivilDate { self.readyDate }
}
