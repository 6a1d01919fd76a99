public import CardModel

/// What the host should do after an event (STYLE.md §6: the case does no I/O, it says what to do).
///
/// Every effect carries the data the host needs, so the host never reads the case back to act. Effects are
/// instructions to the host, never input to a case: they encode (for a log or a queue,
/// `{"effect": "orderCard", "bank": {…}, "readyDate": "2026-01-09"}`) but do not decode.
public enum ExchangeEffect: Sendable, Hashable, CustomStringConvertible {
    /// Tell the holder (the guardian, for a minor) something.
    case notifyHolder(ExchangeNotice)
    /// Tell the employer something (company pickup).
    case notifyEmployer(ExchangeNotice)
    /// Order the card from the bank, to be produced by the ready date (EX-PRODUCTION); `nil` when the date needs
    /// a year the calendar has no data for (the decision's CM-WORKDAY warning names it).
    case orderCard(bank: PartnerBank, readyDate: CivilDate?)
    /// Produce the card on the spot at the instant-issuance branch (EX-RECEIPT).
    case makeCardOnTheSpot(bank: PartnerBank)
    /// Withdraw the card order: the application was cancelled.
    case cancelCardOrder(bank: PartnerBank)
    /// Send the card by post, free of charge (EX-RECEIPT).
    case postCard
    /// Hand the card over to the recipient (EX-RECEIPT, EX-MINOR).
    case handOverCard(to: RecipientRole)
    /// Switch on the new card's social security function (EX-ACTIVATION).
    case activateSocialSecurityFunction
    /// Switch on the new card's bank function at the issuing bank (EX-ACTIVATION).
    case activateFinancialFunction(bank: PartnerBank)
    /// Record the old card as superseded from the date: its social security functions end (EX-OLD-VALID,
    /// CM-STATUS). The old card is not collected.
    case supersedeOldCard(generation: CardGeneration, from: CivilDate)

    /// Order the card: ``orderCard(bank:readyDate:)``.
    @available(*, deprecated, renamed: "orderCard(bank:readyDate:)")
    public static func orderCard(bank: PartnerBank, readyBy: CivilDate?) -> Self {
        .orderCard(bank: bank, readyDate: readyBy)
    }

    /// The effect's name, as its JSON form's `effect` says it, such as `orderCard`.
    public var name: String {
        switch self {
        case .notifyHolder: "notifyHolder"
        case .notifyEmployer: "notifyEmployer"
        case .orderCard: "orderCard"
        case .makeCardOnTheSpot: "makeCardOnTheSpot"
        case .cancelCardOrder: "cancelCardOrder"
        case .postCard: "postCard"
        case .handOverCard: "handOverCard"
        case .activateSocialSecurityFunction: "activateSocialSecurityFunction"
        case .activateFinancialFunction: "activateFinancialFunction"
        case .supersedeOldCard: "supersedeOldCard"
        }
    }

    /// The effect in a few words, such as `orderCard(CMB, ready by 2026-01-09)`.
    public var description: String {
        switch self {
        case .notifyHolder(let notice): "notifyHolder(\(notice))"
        case .notifyEmployer(let notice): "notifyEmployer(\(notice))"
        case .orderCard(let bank, let readyDate):
            "orderCard(\(bank), ready by \(readyDate.map { $0.description } ?? "unknown"))"
        case .makeCardOnTheSpot(let bank): "makeCardOnTheSpot(\(bank))"
        case .cancelCardOrder(let bank): "cancelCardOrder(\(bank))"
        case .postCard: "postCard"
        case .handOverCard(let role): "handOverCard(to: \(role))"
        case .activateSocialSecurityFunction: "activateSocialSecurityFunction"
        case .activateFinancialFunction(let bank): "activateFinancialFunction(\(bank))"
        case .supersedeOldCard(let generation, let date): "supersedeOldCard(\(generation), from \(date))"
        }
    }
}

/// A message the host sends to the holder or the employer.
public enum ExchangeNotice: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// The application was accepted; the card is being made.
    case applicationAccepted
    /// The card is ready for collection at the bank branch.
    case cardReadyForCollection
    /// The card has been posted.
    case cardPosted
    /// The card is ready for the employer to pick up.
    case cardReadyForCompanyPickup
    /// The card has been received: activate its social security function before using it for medical care
    /// (EX-ACTIVATION).
    case activationRequired
    /// The social security function is active; the old card is superseded (EX-OLD-VALID).
    case socialSecurityFunctionActivated
    /// The application was cancelled.
    case applicationCancelled

    /// The notice's text in three languages.
    public var text: LocalizedText {
        switch self {
        case .applicationAccepted:
            LocalizedText(
                english: "Your application for a third-generation card was accepted; the card is being made.",
                german:
                    "Ihr Antrag auf eine Karte der dritten Generation wurde angenommen; die Karte wird hergestellt.",
                chinese: "您的第三代社保卡申请已受理，正在制卡。")
        case .cardReadyForCollection:
            LocalizedText(
                english: "Your card is ready for collection at the bank branch; bring your original identity document.",
                german: "Ihre Karte liegt zur Abholung in der Bankfiliale bereit; bitte den Ausweis im Original "
                    + "mitbringen.",
                chinese: "您的社保卡已制好，请携带本人有效身份证件原件到银行网点领取。")
        case .cardPosted:
            LocalizedText(
                english: "Your card has been posted (free of charge).",
                german: "Ihre Karte wurde (kostenlos) "
                    + "verschickt.", chinese: "您的社保卡已免费邮寄。")
        case .cardReadyForCompanyPickup:
            LocalizedText(
                english: "An employee's card is ready for company pickup.",
                german: "Die Karte einer beschäftigten Person liegt zur Firmenabholung bereit.",
                chinese: "职工社保卡已制好，可由单位代领。")
        case .activationRequired:
            LocalizedText(
                english: "Activate the new card's social security function before using it for medical care: online "
                    + "or at a district social security hall.",
                german: "Vor der Nutzung für medizinische Leistungen die Sozialversicherungsfunktion der neuen Karte "
                    + "aktivieren: online oder in einer Sozialversicherungshalle des Bezirks.",
                chinese: "新卡用于就医前须先激活社保功能：可在线上或到区社保经办大厅办理。")
        case .socialSecurityFunctionActivated:
            LocalizedText(
                english: "The new card's social security function is active; the old card no longer works and need "
                    + "not be returned.",
                german: "Die Sozialversicherungsfunktion der neuen Karte ist aktiv; die alte Karte funktioniert nicht "
                    + "mehr und muss nicht zurückgegeben werden.",
                chinese: "新卡社保功能已激活，旧卡社保功能同步停用，旧卡无需交回。")
        case .applicationCancelled:
            LocalizedText(
                english: "Your application was cancelled; your old card stays valid.",
                german: "Ihr Antrag wurde zurückgezogen; Ihre alte Karte bleibt gültig.",
                chinese: "您的申请已撤销，旧卡继续有效。")
        }
    }

    /// The notice's name, such as `cardPosted`.
    public var description: String { self.rawValue }
}
