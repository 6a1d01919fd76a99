import CardModel

extension PermitDocument {
    /// "With the document", in three languages, for the sentences that say how something is applied for:
    /// German needs the dative (`mit der elektronischen Karte`), Chinese the preposition 凭.
    var withName: LocalizedText {
        switch self {
        case .notificationLetter:
            LocalizedText(
                english: "with the Notification Letter", german: "mit der Mitteilung über die Arbeitserlaubnis",
                chinese: "凭《外国人工作许可通知》")
        case .electronicCard:
            LocalizedText(
                english: "with the electronic card with work permit information",
                german: "mit der elektronischen Karte mit Informationen zur Arbeitserlaubnis",
                chinese: "凭载有工作许可信息的电子社保卡")
        case .physicalWorkPermitCard:
            LocalizedText(
                english: "with the physical work permit card", german: "mit der physischen Arbeitserlaubnis",
                chinese: "凭实体工作许可证")
        }
    }
}
