public import CardModel

/// A channel through which a person applies for the exchange (EX-CHANNELS).
///
/// Four online channels, open in both phases, and three offline channels, open only in the regular phase.
/// The raw values are the codes `sscard exchange --channel` takes (ARCHITECTURE.md).
public enum ExchangeChannel: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// The Beijing Municipal Human Resources and Social Security Bureau's website (online).
    case website
    /// The bureau's WeChat official account 北京人社 (online).
    case wechatAccount = "wechat-account"
    /// The Jingtong (京通) mini program (online).
    case jingtong
    /// The WeChat mini program 北京民生一卡通, the Beijing public service card (online).
    case minshengMiniProgram = "minsheng-mini-program"
    /// A social security card service point at district level (offline).
    case districtServicePoint = "district-service-point"
    /// A social security card service point at sub-district (street) level (offline).
    case subdistrictServicePoint = "subdistrict-service-point"
    /// A service outlet of a partner bank (offline).
    case bankOutlet = "bank-outlet"

    /// Whether the channel is online (open in both phases) rather than offline (regular phase only).
    public var isOnline: Bool {
        switch self {
        case .website, .wechatAccount, .jingtong, .minshengMiniProgram: true
        case .districtServicePoint, .subdistrictServicePoint, .bankOutlet: false
        }
    }

    /// Whether the channel is a social security card service point, at district or sub-district level: open on
    /// working days only (EX-SERVICE-POINT-DAYS).
    public var isServicePoint: Bool {
        switch self {
        case .districtServicePoint, .subdistrictServicePoint: true
        case .website, .wechatAccount, .jingtong, .minshengMiniProgram, .bankOutlet: false
        }
    }

    /// Whether the channel is open in `phase` (EX-CHANNELS): online channels always, offline ones only in the
    /// regular phase.
    public func isOpen(in phase: ExchangePhase) -> Bool {
        switch phase {
        case .centralized: self.isOnline
        case .regular: true
        }
    }

    /// The online channels.
    public static let online: [ExchangeChannel] = allCases.filter { $0.isOnline }

    /// The offline channels.
    public static let offline: [ExchangeChannel] = allCases.filter { !$0.isOnline }

    /// The channel's name in three languages.
    public var name: LocalizedText {
        switch self {
        case .website:
            LocalizedText(
                english: "the Beijing Municipal Human Resources and Social Security Bureau's website",
                german: "die Webseite des Büros für Humanressourcen und soziale Sicherheit der Stadt Beijing",
                chinese: "北京市人力资源和社会保障局网站")
        case .wechatAccount:
            LocalizedText(
                english: "the WeChat official account 北京人社", german: "das offizielle WeChat-Konto 北京人社",
                chinese: "“北京人社”微信公众号")
        case .jingtong:
            LocalizedText(
                english: "the Jingtong (京通) mini program", german: "das Miniprogramm „Jingtong“ (京通)",
                chinese: "“京通”小程序")
        case .minshengMiniProgram:
            LocalizedText(
                english: "the WeChat mini program 北京民生一卡通 (Beijing public service card)",
                german: "das WeChat-Miniprogramm „Öffentliche Dienstleistungskarte Beijings“ (北京民生一卡通)",
                chinese: "“北京民生一卡通”微信小程序")
        case .districtServicePoint:
            LocalizedText(
                english: "a district-level social security card service point",
                german: "eine Servicestelle für Sozialversicherungskarten auf Bezirksebene", chinese: "区级社保卡服务网点")
        case .subdistrictServicePoint:
            LocalizedText(
                english: "a sub-district-level social security card service point",
                german: "eine Servicestelle für Sozialversicherungskarten auf Unterbezirksebene",
                chinese: "街道（乡镇）级社保卡服务网点")
        case .bankOutlet:
            LocalizedText(
                english: "a partner bank's service outlet", german: "eine Servicestelle einer Partnerbank",
                chinese: "合作银行服务网点")
        }
    }

    /// The channel's code, such as `wechat-account`.
    public var description: String { self.rawValue }
}
