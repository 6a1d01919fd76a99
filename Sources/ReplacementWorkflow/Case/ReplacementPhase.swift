public import CardModel

/// Where a replacement case stands, without the details (for display and storage).
///
/// See ``ReplacementCase`` for the diagram.
public enum ReplacementPhase: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// The old card is active: nothing reported, a temporary report withdrawn or lapsed.
    case cardActive
    /// A temporary loss report blocks the old card until it lapses, is withdrawn or is made formal
    /// (RP-LOSS-REPORT).
    case temporarilyReportedLost
    /// The application is accepted and the fee charged; a lost card is formally reported; the electronic
    /// certificate is available (RP-CERTIFICATE); the card is being made.
    case applied
    /// The new card is made and waits for collection or dispatch.
    case cardReady
    /// The new card is on its way by express delivery.
    case dispatched
    /// The new card was handed over against a matching original identity document (RP-RECEIPT).
    case received
    /// The new card is active and the old one superseded for good (RP-SUPERSEDE).
    case activated

    /// The phase's name, such as `cardReady`.
    public var description: String { self.rawValue }

    /// The phase in three languages.
    public var name: LocalizedText {
        switch self {
        case .cardActive:
            LocalizedText(english: "old card active", german: "alte Karte aktiv", chinese: "原卡正常使用")
        case .temporarilyReportedLost:
            LocalizedText(
                english: "temporarily reported lost", german: "vorläufig als verloren gemeldet", chinese: "临时挂失中")
        case .applied:
            LocalizedText(
                english: "applied, card in production", german: "beantragt, Karte in Herstellung", chinese: "已申请，制卡中")
        case .cardReady:
            LocalizedText(english: "new card ready", german: "neue Karte fertig", chinese: "新卡已制成")
        case .dispatched:
            LocalizedText(english: "new card dispatched", german: "neue Karte versandt", chinese: "新卡已寄出")
        case .received:
            LocalizedText(english: "new card received", german: "neue Karte empfangen", chinese: "新卡已领取")
        case .activated:
            LocalizedText(english: "new card activated", german: "neue Karte aktiviert", chinese: "新卡已激活")
        }
    }
}
