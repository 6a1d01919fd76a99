public import CardModel

/// The login option to choose on the bureau's website, by insured category (RP-LOGIN).
///
/// An urban employee logs in as "individual urban employee"; an urban or rural resident as "individual resident
/// medical insurance". The replacement is then "Social Security Card Replacement or Card Application" under
/// "Management of Application Services" on the personal information page (``menuPath``).
public enum WebsiteLogin: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// "Individual urban employee", for an urban employee (social insurance paid by the employer).
    case individualUrbanEmployee
    /// "Individual resident medical insurance", for an urban or rural resident (paying their own insurance).
    case individualResidentMedicalInsurance

    /// The option for `category` (RP-LOGIN).
    public init(category: InsuredCategory) {
        switch category {
        case .urbanEmployee: self = .individualUrbanEmployee
        case .urbanRuralResident: self = .individualResidentMedicalInsurance
        }
    }

    /// The option's label in three languages.
    public var label: LocalizedText {
        switch self {
        case .individualUrbanEmployee:
            LocalizedText(
                english: "individual urban employee", german: "Einzelperson – städtische Beschäftigte",
                chinese: "城镇职工个人")
        case .individualResidentMedicalInsurance:
            LocalizedText(
                english: "individual resident medical insurance",
                german: "Einzelperson – Krankenversicherung für Einwohner", chinese: "居民医保个人")
        }
    }

    /// The English label.
    public var description: String { self.label.english }

    /// Where the replacement is on the website after logging in: "Management of Application Services", then
    /// "Social Security Card Replacement or Card Application" (RP-LOGIN).
    public static let menuPath: [LocalizedText] = [
        LocalizedText(
            english: "Management of Application Services", german: "Verwaltung der Antragsdienste",
            chinese: "申报业务管理"),
        MenuText.replacementOption,
    ]
}

/// Menu labels of the bureau's channels (RP-CHANNELS, RP-LOGIN).
enum MenuText {
    /// "Social Security Card Replacement or Card Application" (社保卡补换卡或卡申领).
    static let replacementOption = LocalizedText(
        english: "Social Security Card Replacement or Card Application",
        german: "Ersatz oder Beantragung der Sozialversicherungskarte", chinese: "社保卡补换卡或卡申领")

    /// The menu path of `channel`: the website's (``WebsiteLogin/menuPath``), the app's module, the WeChat
    /// account's "WeChat Services" > "Filing Applications" > the option; none on site.
    static func path(for channel: ReplacementChannel) -> [LocalizedText] {
        switch channel {
        case .website:
            WebsiteLogin.menuPath
        case .officialApp:
            [replacementOption]
        case .wechatOfficialAccount:
            [
                LocalizedText(english: "WeChat Services", german: "WeChat-Dienste", chinese: "微服务"),
                LocalizedText(english: "Filing Applications", german: "Anträge stellen", chinese: "办理服务"),
                replacementOption,
            ]
        case .onSite:
            []
        }
    }
}
