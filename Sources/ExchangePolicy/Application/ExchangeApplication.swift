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
public struct ExchangeApplication: Sendable, Hashable, CustomStringConvertible {
    /// The day the application is made.
    public var date: CivilDate
    /// The generation of the card the person holds, or `nil` for a person without a card (EX-ELIGIBLE).
    public var currentCard: CardGeneration?
    /// The channel applied through (EX-CHANNELS).
    public var channel: ExchangeChannel
    /// The issuing bank chosen (EX-PARTNER-BANKS).
    public var bank: PartnerBank
    /// The way of receiving the card chosen (EX-RECEIPT).
    public var receipt: ExchangeReceiptMethod
    /// The holder's employer's arrangement, for an employee whose employer has one; `nil` otherwise
    /// (EX-FREE-CHOICE, EX-EMPLOYER-BANKS).
    public var employer: EmployerArrangement?
    /// Whether the holder is under 18 on ``date`` (EX-MINOR).
    ///
    /// Where the holder's birth date is known (``holderBirthDate``, or the holder's identity document in
    /// ``ExchangePolicy/evaluate(_:parties:)`` and ``ExchangeCase``), a flag that contradicts it is refused as an
    /// EX-MINOR violation: the flag cannot turn a minor into an adult who collects the card.
    public var holderIsMinor: Bool
    /// Whether a guardian applies on the holder's behalf (EX-MINOR).
    public var appliedByGuardian: Bool
    /// The holder's birth date, where the application knows it (``init(date:holder:currentCard:channel:bank:receipt:employer:appliedByGuardian:)``
    /// records it); `nil` otherwise (EX-MINOR).
    ///
    /// ``ExchangePolicy/evaluate(_:)`` checks ``holderIsMinor`` against it on ``date``. Never printed: the
    /// description and the mirror say only whether it is known.
    public var holderBirthDate: CivilDate?

    /// Creates an application.
    public init(
        date: CivilDate, currentCard: CardGeneration?, channel: ExchangeChannel, bank: PartnerBank,
        receipt: ExchangeReceiptMethod = .bankBranch, employer: EmployerArrangement? = nil, holderIsMinor: Bool = false,
        appliedByGuardian: Bool = false, holderBirthDate: CivilDate? = nil
    ) {
        self.date = date
        self.currentCard = currentCard
        self.channel = channel
        self.bank = bank
        self.receipt = receipt
        self.employer = employer
        self.holderIsMinor = holderIsMinor
        self.appliedByGuardian = appliedByGuardian
        self.holderBirthDate = holderBirthDate
    }

    /// Creates an application for `holder`, who is a minor when under 18 on `date` (EX-MINOR).
    ///
    /// The birth date is the one the holder's identity document gives (a resident identity number, or a
    /// foreign permanent resident ID number of the 2023 format), else `holder.birthDate`; it is kept in
    /// ``holderBirthDate``.
    public init(
        date: CivilDate, holder: CardHolder, currentCard: CardGeneration?, channel: ExchangeChannel,
        bank: PartnerBank, receipt: ExchangeReceiptMethod = .bankBranch, employer: EmployerArrangement? = nil,
        appliedByGuardian: Bool = false
    ) {
        let birthDate = holder.document.birthDate ?? holder.birthDate
        self.init(
            date: date, currentCard: currentCard, channel: channel, bank: bank, receipt: receipt, employer: employer,
            holderIsMinor: Minority.isMinor(bornOn: birthDate, on: date), appliedByGuardian: appliedByGuardian,
            holderBirthDate: birthDate)
    }

    /// `ExchangeApplication(2026-01-05, second generation, bank-outlet, CMB, bank-branch)`.
    public var description: String {
        "ExchangeApplication(\(self.date), \(self.currentCard.map { $0.description } ?? "no card"), \(self.channel), "
            + "\(self.bank), \(self.receipt)\(self.holderIsMinor ? ", minor" : "")"
            + "\(self.appliedByGuardian ? ", by guardian" : "")"
            + "\(self.employer.map { ", \($0)" } ?? ""))"
    }
}
