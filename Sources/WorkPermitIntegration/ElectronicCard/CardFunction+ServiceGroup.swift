public import CardModel

extension CardFunction {
    /// The group of services the function belongs to for a foreigner's card, with the rule that names it:
    /// work permit services (WP-SERVICES), BEIJING PASS (CM-FUNCTIONS), social security functions
    /// (CM-FUNCTIONS) or the bank function (EX-ACTIVATION).
    public var serviceGroup: ServiceGroup {
        if CardFunction.workPermit.contains(self) { return .workPermit }
        if CardFunction.beijingPass.contains(self) { return .beijingPass }
        if CardFunction.socialSecurity.contains(self) { return .socialSecurity }
        return .bank
    }

    /// A group of a card's services (WP-SERVICES, CM-FUNCTIONS).
    public enum ServiceGroup: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        /// Query and download the permit's information, verify its QR code, notifications (WP-SERVICES).
        case workPermit
        /// The "All-in-One Card" (BEIJING PASS) services (CM-FUNCTIONS).
        case beijingPass
        /// The social security functions, the standard services (CM-FUNCTIONS).
        case socialSecurity
        /// The bank function, activated on the physical card at the issuing bank (EX-ACTIVATION).
        case bank

        /// The group's id, such as `beijingPass`.
        public var description: String { self.rawValue }

        /// The rule that names the group.
        public var rule: RuleID {
            switch self {
            case .workPermit: .workPermitServices
            case .beijingPass, .socialSecurity: .functions
            case .bank: .exchangeActivation
            }
        }

        /// The group's name in three languages.
        public var name: LocalizedText {
            switch self {
            case .workPermit:
                LocalizedText(
                    english: "work permit services", german: "Dienste zur Arbeitserlaubnis", chinese: "工作许可服务")
            case .beijingPass:
                LocalizedText(
                    english: "BEIJING PASS services", german: "BEIJING-PASS-Dienste", chinese: "社保卡“一卡通”服务")
            case .socialSecurity:
                LocalizedText(
                    english: "social security functions (standard services)",
                    german: "Funktionen der Sozialversicherung (Standarddienste)", chinese: "社会保障功能（标准服务）")
            case .bank:
                LocalizedText(english: "bank function", german: "Bankfunktion", chinese: "金融功能")
            }
        }
    }
}
