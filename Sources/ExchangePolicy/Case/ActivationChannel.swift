public import CardModel

/// Where a new card's social security function is activated (EX-ACTIVATION).
///
/// Online: the bureau's website, its WeChat official account 北京人社 or the Jingtong (京通) mini program; in
/// person: a window or a self-service terminal of a district social security hall. (Activating the bank function
/// at the issuing bank's counter also activates it: ``ExchangeEvent/financialFunctionActivated(on:presenting:)``.)
public enum ActivationChannel: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// The bureau's website (online).
    case website
    /// The WeChat official account 北京人社 (online).
    case wechatAccount = "wechat-account"
    /// The Jingtong (京通) mini program (online).
    case jingtong
    /// A window of a district social security hall (in person).
    case hallWindow = "hall-window"
    /// A self-service terminal of a district social security hall (in person).
    case selfServiceTerminal = "self-service-terminal"

    /// Whether the channel is online rather than in person.
    public var isOnline: Bool {
        switch self {
        case .website, .wechatAccount, .jingtong: true
        case .hallWindow, .selfServiceTerminal: false
        }
    }

    /// The channel's name in three languages.
    public var name: LocalizedText {
        switch self {
        case .website: ExchangeChannel.website.name
        case .wechatAccount: ExchangeChannel.wechatAccount.name
        case .jingtong: ExchangeChannel.jingtong.name
        case .hallWindow:
            LocalizedText(
                english: "a window of a district social security hall",
                german: "ein Schalter einer Sozialversicherungshalle des Bezirks", chinese: "区社保经办大厅窗口")
        case .selfServiceTerminal:
            LocalizedText(
                english: "a self-service terminal of a district social security hall",
                german: "ein Selbstbedienungsterminal einer Sozialversicherungshalle des Bezirks",
                chinese: "区社保经办大厅自助终端")
        }
    }

    /// The channel's code, such as `hall-window`.
    public var description: String { self.rawValue }
}
