/// A function a social security card gives (CM-FUNCTIONS).
public enum CardFunction: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Medical treatment with real-time settlement (REPLACEMENT).
    case medicalSettlement
    /// Pension payment (EXCHANGE-2026).
    case pensionPayment
    /// Social insurance functions (EXCHANGE-2026).
    case socialInsurance
    /// Medical insurance functions (EXCHANGE-2026).
    case medicalInsurance
    /// The bank (financial) function, activated at the issuing bank (EX-ACTIVATION).
    case financial
    /// Work permit information, for foreigners (WORK-PERMIT-2024).
    case workPermitInformation
    /// Work permit QR code verification (WORK-PERMIT-2024).
    case workPermitQRVerification
    /// Notifications about the work permit (WORK-PERMIT-2024).
    case notifications
    /// "All-in-One Card" (BEIJING PASS): querying business information (WORK-PERMIT-2024).
    case businessInformationQuery
    /// "All-in-One Card" (BEIJING PASS): receiving benefits and subsidies (WORK-PERMIT-2024).
    case benefitsAndSubsidies

    /// The social security functions an active card gives every insured person (EX-OLD-VALID).
    public static let socialSecurity: Set<CardFunction> = [
        .medicalSettlement, .pensionPayment, .socialInsurance, .medicalInsurance,
    ]

    /// The work permit functions of a foreigner's card (WP-SERVICES).
    public static let workPermit: Set<CardFunction> = [
        .workPermitInformation, .workPermitQRVerification, .notifications,
    ]

    /// The BEIJING PASS services (CM-FUNCTIONS).
    public static let beijingPass: Set<CardFunction> = [.businessInformationQuery, .benefitsAndSubsidies]

    /// The function's name, such as `medicalSettlement`.
    public var description: String { self.rawValue }

    /// The function's name in three languages.
    public var name: LocalizedText {
        switch self {
        case .medicalSettlement:
            LocalizedText(
                english: "medical treatment with real-time settlement", german: "Arztbesuch mit Sofortabrechnung",
                chinese: "就医实时结算")
        case .pensionPayment:
            LocalizedText(english: "pension payment", german: "Rentenauszahlung", chinese: "养老金发放")
        case .socialInsurance:
            LocalizedText(english: "social insurance", german: "Sozialversicherung", chinese: "社会保险")
        case .medicalInsurance:
            LocalizedText(english: "medical insurance", german: "Krankenversicherung", chinese: "医疗保险")
        case .financial:
            LocalizedText(english: "bank (financial) function", german: "Bankfunktion", chinese: "金融功能")
        case .workPermitInformation:
            LocalizedText(
                english: "work permit information", german: "Informationen zur Arbeitserlaubnis",
                chinese: "工作许可信息")
        case .workPermitQRVerification:
            LocalizedText(
                english: "work permit QR code verification", german: "Prüfung des QR-Codes der Arbeitserlaubnis",
                chinese: "工作许可二维码核验")
        case .notifications:
            LocalizedText(english: "notifications", german: "Benachrichtigungen", chinese: "消息通知")
        case .businessInformationQuery:
            LocalizedText(
                english: "business information query (BEIJING PASS)",
                german: "Abfrage von Geschäftsinformationen (BEIJING PASS)", chinese: "业务信息查询（社保卡“一卡通”）")
        case .benefitsAndSubsidies:
            LocalizedText(
                english: "benefits and subsidies (BEIJING PASS)",
                german: "Leistungen und Zuschüsse (BEIJING PASS)", chinese: "待遇补贴领取（社保卡“一卡通”）")
        }
    }
}
