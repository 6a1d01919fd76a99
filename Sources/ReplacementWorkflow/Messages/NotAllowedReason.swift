import CardModel

/// Why an event does not fit the case's phase, in three languages (the reasons of
/// ``ReplacementCaseError/Code/eventNotAllowed``).
enum NotAllowedReason {
    static let notActive = LocalizedText(
        english: "only an active card can be reported lost temporarily",
        german: "nur eine aktive Karte kann vorläufig als verloren gemeldet werden", chinese: "只有正常使用的卡才能临时挂失")
    static let noTemporaryReport = LocalizedText(
        english: "no temporary loss report is in force (it may have lapsed or become formal)",
        german: "es gilt keine vorläufige Verlustmeldung (sie kann erloschen oder förmlich geworden sein)",
        chinese: "没有有效的临时挂失（可能已自动失效或已转为正式挂失）")
    static let reportedLostNotDamaged = LocalizedText(
        english: "the card is reported lost, so the replacement is for a lost card",
        german: "die Karte ist als verloren gemeldet, der Ersatz ist also für eine verlorene Karte",
        chinese: "该卡已挂失，应按丢失补卡办理")
    static let alreadyApplied = LocalizedText(
        english: "the replacement has already been applied for", german: "der Ersatz wurde bereits beantragt",
        chinese: "已申请补卡")
    static let notInProduction = LocalizedText(
        english: "no card is in production", german: "es ist keine Karte in Herstellung", chinese: "没有正在制作的新卡")
    static let notReady = LocalizedText(
        english: "the new card is not ready or already on its way",
        german: "die neue Karte ist nicht fertig oder schon unterwegs",
        chinese: "新卡尚未制成或已发出")
    static let notDispatched = LocalizedText(
        english: "the new card has not been dispatched", german: "die neue Karte wurde nicht versandt",
        chinese: "新卡尚未寄出")
    static let toBeCollected = LocalizedText(
        english: "the holder chose to collect the card at a social security office",
        german: "der Karteninhaber hat die Abholung in einer Sozialversicherungsstelle gewählt",
        chinese: "持卡人选择到社保经办机构领取")
    static let toBeDelivered = LocalizedText(
        english: "the holder chose express delivery", german: "der Karteninhaber hat Expresszustellung gewählt",
        chinese: "持卡人选择快递邮寄")
    static let notReceived = LocalizedText(
        english: "the new card has not been received", german: "die neue Karte wurde nicht empfangen", chinese: "新卡尚未领取"
    )
    static let noFormalReport = LocalizedText(
        english: "the card is not formally reported lost; a temporary report can be withdrawn instead",
        german:
            "die Karte ist nicht förmlich als verloren gemeldet; eine vorläufige Meldung kann zurückgenommen werden",
        chinese: "该卡未正式挂失；临时挂失可以解除")
    static let replacedAsDamaged = LocalizedText(
        english: "the card was replaced as damaged, not lost",
        german: "die Karte wurde als beschädigt ersetzt, nicht als verloren",
        chinese: "该卡按损坏补换，并非丢失")
}
