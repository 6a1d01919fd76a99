public import CardModel

/// The document a foreigner presents as proof of the work permit (WP-ENROL, WP-RESIDENCE).
public enum PermitDocument: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// The Notification Letter of Foreigner's Work Permit, valid on the day (WP-NOTIFICATION).
    case notificationLetter
    /// The electronic social security card with the work permit information (WP-ECARD).
    case electronicCard
    /// A physical work permit card: only for a permit issued before the effective date (WP-NO-CHANGE).
    case physicalWorkPermitCard

    /// The document's id, such as `notificationLetter`.
    public var description: String { self.rawValue }

    /// The document's name in three languages.
    public var name: LocalizedText {
        switch self {
        case .notificationLetter:
            LocalizedText(
                english: "the Notification Letter", german: "die Mitteilung über die Arbeitserlaubnis",
                chinese: "《外国人工作许可通知》")
        case .electronicCard:
            LocalizedText(
                english: "the electronic card with work permit information",
                german: "die elektronische Karte mit Informationen zur Arbeitserlaubnis", chinese: "载有工作许可信息的电子社保卡")
        case .physicalWorkPermitCard:
            LocalizedText(
                english: "the physical work permit card", german: "die physische Arbeitserlaubnis", chinese: "实体工作许可证")
        }
    }
}
