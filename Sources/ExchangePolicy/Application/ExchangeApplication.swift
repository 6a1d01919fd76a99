public import CardModel

/// An application to exchange an old card for a third-generation card: the facts ``ExchangePolicy/evaluate(_:)``
/// decides on.
///
/// It holds no personal identifiers beyond the employer's code; who may collect the card is given separately to
/// an ``ExchangeCase`` (``ExchangeParties``). Any combination of facts can be written down; whatever breaks a rule
/// is reported by `evaluate`, all at once.
///
/// ```swift
/// let application = ExchangeApplication(
///     date: CivilDate("2026-01-05")!, currentCard: .second, channel: .bankOutlet, bank: .cmb)
/// ```
public struct ExchangeApplication: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The day the application is made.
    public var date: CivilDate
    /// The generation of the card the person holds, or `nil` for a person without a card (EX-ELIGIBLE).
    public var currentCard: CardGeneration?
    /// The channel applied through (EX-CHANNELS).
    public var channel: ExchangeChannel
    /// The issuing bank chosen (EX-PARTNER-BANKS).
    public var bank: PartnerBank
    /// The way of receiving the card chosen (EX-RECEIPT).
    public var receipt: ReceiptMethod
    /// The holder's employer's arrangement, for an employee whose employer has one; `nil` otherwise
    /// (EX-FREE-CHOICE, EX-EMPLOYER-BANKS).
    public var employer: EmployerArrangement?
    /// Whether the holder is under 18 on ``date`` (EX-MINOR).
    public var holderIsMinor: Bool
    /// Whether a guardian applies on the holder's behalf (EX-MINOR).
    public var appliedByGuardian: Bool

    /// Creates an application.
    public init(
        date: CivilDate, currentCard: CardGeneration?, channel: ExchangeChannel, bank: PartnerBank,
        receipt: ReceiptMethod = .bankBranch, employer: EmployerArrangement? = nil, holderIsMinor: Bool = false,
        appliedByGuardian: Bool = false
    ) {
        self.date = date
        self.currentCard = currentCard
        self.channel = channel
        self.bank = bank
        self.receipt = receipt
        self.employer = employer
        self.holderIsMinor = holderIsMinor
        self.appliedByGuardian = appliedByGuardian
    }

    /// Creates an application for `holder`, who is a minor when under 18 on `date` (EX-MINOR).
    public init(
        date: CivilDate, holder: CardHolder, currentCard: CardGeneration?, channel: ExchangeChannel,
        bank: PartnerBank, receipt: ReceiptMethod = .bankBranch, employer: EmployerArrangement? = nil,
        appliedByGuardian: Bool = false
    ) {
        self.init(
            date: date, currentCard: currentCard, channel: channel, bank: bank, receipt: receipt, employer: employer,
            holderIsMinor: holder.isMinor(on: date), appliedByGuardian: appliedByGuardian)
    }

    /// `ExchangeApplication(2026-01-05, second generation, bank-outlet, CMB, bank-branch)`.
    public var description: String {
        "ExchangeApplication(\(self.date), \(self.currentCard.map(\.description) ?? "no card"), \(self.channel), "
            + "\(self.bank), \(self.receipt)\(self.holderIsMinor ? ", minor" : "")"
            + "\(self.appliedByGuardian ? ", by guardian" : "")"
            + "\(self.employer.map { ", \($0)" } ?? ""))"
    }
}
