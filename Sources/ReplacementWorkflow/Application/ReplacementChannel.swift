public import CardModel

/// A way to apply for a replacement (RP-CHANNELS).
///
/// On a PC at the bureau's website; on a phone with the bureau's official app or its WeChat official account;
/// or on site at any social security office in Beijing. The raw values are the `sscard` codes.
public enum ReplacementChannel: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// The Beijing Municipal Human Resources and Social Security Bureau's website, on a PC.
    case website
    /// The bureau's official app (北京人社 APP), on a phone.
    case officialApp = "app"
    /// The bureau's WeChat official account (北京人社), on a phone.
    case wechatOfficialAccount = "wechat"
    /// On site at any social security office in Beijing, on a working day (RP-ONSITE-DAYS).
    case onSite = "onsite"

    /// Whether the channel is online: every channel but ``onSite``. Online applications can be made on any day
    /// (RP-ONSITE-DAYS).
    public var isOnline: Bool { self != .onSite }

    /// The `sscard` code: `website`, `app`, `wechat` or `onsite`.
    public var description: String { self.rawValue }

    /// The channel's name in three languages.
    public var name: LocalizedText {
        switch self {
        case .website:
            LocalizedText(
                english: "the bureau's website", german: "die Website des Amtes", chinese: "市人力社保局官方网站")
        case .officialApp:
            LocalizedText(
                english: "the bureau's official app", german: "die offizielle App des Amtes",
                chinese: "“北京人社”官方APP")
        case .wechatOfficialAccount:
            LocalizedText(
                english: "the bureau's WeChat official account", german: "das offizielle WeChat-Konto des Amtes",
                chinese: "“北京人社”微信公众号")
        case .onSite:
            LocalizedText(
                english: "on site at a social security office", german: "vor Ort in einer Sozialversicherungsstelle",
                chinese: "社保经办机构现场")
        }
    }
}
