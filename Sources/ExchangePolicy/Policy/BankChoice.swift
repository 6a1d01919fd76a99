public import CardModel

/// How freely a person picks the issuing bank (EX-FREE-CHOICE, EX-EMPLOYER-BANKS).
public enum BankChoice: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Any partner bank (EX-FREE-CHOICE): no collective application with company pickup applies.
    case free
    /// Only the banks the employer selected: an online application under the employer's collective
    /// application with company pickup (EX-EMPLOYER-BANKS).
    case employerSelection = "employer-selection"
    /// Any partner bank, although the employer has company pickup: the application is offline, which the
    /// notice does not restrict (EX-EMPLOYER-BANKS, our reading).
    case freeOffline = "free-offline"

    /// The rule that decides this choice.
    public var rule: RuleID {
        switch self {
        case .free: .exchangeFreeChoice
        case .employerSelection, .freeOffline: .exchangeEmployerBanks
        }
    }

    /// The choice's name in three languages.
    public var name: LocalizedText {
        switch self {
        case .free: LocalizedText(english: "free", german: "frei", chinese: "自主选择")
        case .employerSelection:
            LocalizedText(
                english: "one of the employer's banks", german: "eine der Banken des Arbeitgebers",
                chinese: "限单位选定的银行")
        case .freeOffline:
            LocalizedText(
                english: "free (offline, although the employer has company pickup)",
                german: "frei (offline, trotz Firmenabholung des Arbeitgebers)", chinese: "自主选择（线下申请，不受单位代领限制）")
        }
    }

    /// `free`, `employer-selection` or `free-offline`.
    public var description: String { self.rawValue }
}
