import CardModel

/// The messages of ``ExchangeCase``: its phases' names and its errors' texts, in three languages (the ones every
/// machine shares are CardModel's `CaseMachineMessages`).
enum ExchangeCaseMessages {
    /// A phase's name.
    static func name(of phase: ExchangeCase.Phase) -> LocalizedText {
        switch phase {
        case .applied: LocalizedText(english: "applied", german: "beantragt", chinese: "已申请")
        case .cardProduced: LocalizedText(english: "card produced", german: "Karte hergestellt", chinese: "已制卡")
        case .received: LocalizedText(english: "received", german: "erhalten", chinese: "已领卡")
        case .activated: LocalizedText(english: "activated", german: "aktiviert", chinese: "已激活")
        case .cancelled: LocalizedText(english: "cancelled", german: "zurückgezogen", chinese: "已撤销")
        }
    }

    /// A refused application (``ExchangeErrorCode/applicationRefused``), naming the rules.
    static func refused(_ violations: [Violation]) -> LocalizedText {
        let rules = violations.map { $0.rule.rawValue }.joined(separator: ", ")
        return LocalizedText(
            english: "The application is refused (\(rules)); no case is opened.",
            german: "Der Antrag wird abgelehnt (\(rules)); es wird kein Vorgang eröffnet.",
            chinese: "申请未通过（\(rules)），不予立案。")
    }

    static let partiesDoNotMatch = LocalizedText(
        english: "Give the guardian's identity document exactly when a guardian applies, and not the holder's own.",
        german: "Den Ausweis des Erziehungsberechtigten genau dann angeben, wenn ein Erziehungsberechtigter den "
            + "Antrag stellt, und nicht den der Person selbst.",
        chinese: "仅在监护人代为申请时提供监护人身份证件，且不得为持卡人本人证件。")

    static let employerOnly = LocalizedText(
        english: "The card is picked up by the employer (company pickup), as chosen in the application.",
        german: "Die Karte holt der Arbeitgeber ab (Firmenabholung), wie im Antrag gewählt.",
        chinese: "按申请所选方式，此卡由单位代领。")

    static let notCompanyPickup = LocalizedText(
        english: "The application did not choose company pickup: the employer does not receive this card.",
        german: "Im Antrag wurde keine Firmenabholung gewählt: der Arbeitgeber erhält diese Karte nicht.",
        chinese: "申请未选择单位代领，单位不能领取此卡。")

    static let noGuardian = LocalizedText(
        english: "No guardian applied for this card; the holder receives it.",
        german: "Für diese Karte hat kein Erziehungsberechtigter den Antrag gestellt; die Person erhält sie selbst.",
        chinese: "此卡非监护人代为申请，应由持卡人本人领取。")

    static let guardianOnly = LocalizedText(
        english: "The holder is under 18: only the guardian receives the card.",
        german: "Die Person ist unter 18 Jahre alt: nur der Erziehungsberechtigte erhält die Karte.",
        chinese: "持卡人未满18周岁，只能由监护人领卡。")

    static let documentNotAccepted = LocalizedText(
        english: "Show the original of a valid identity document (not a copy, not expired).",
        german: "Bitte das Original eines gültigen Ausweisdokuments vorlegen (keine Kopie, nicht abgelaufen).",
        chinese: "请出示有效身份证件原件（非复印件、未过期）。")

    static let documentMismatch = LocalizedText(
        english: "The identity document does not match the person recorded for this card; the card is not handed "
            + "over.",
        german: "Das Ausweisdokument passt nicht zu der für diese Karte erfassten Person; die Karte wird nicht "
            + "ausgehändigt.",
        chinese: "所出示的身份证件与登记人员不符，不予发卡。")

    static let employerMismatch = LocalizedText(
        english: "The unified social credit code is not the employer's of the arrangement; the card is not handed "
            + "over.",
        german: "Der einheitliche Sozialkreditcode gehört nicht zum Arbeitgeber der Vereinbarung; die Karte wird "
            + "nicht ausgehändigt.",
        chinese: "统一社会信用代码与代领单位不符，不予发卡。")

    static func instantNotSameDay(_ applied: CivilDate) -> LocalizedText {
        LocalizedText(
            english: "An instant-issuance card is produced and handed over on the spot, on the application day "
                + "\(applied).",
            german: "Eine Karte mit Sofortausgabe wird am Tag des Antrags (\(applied, in: .german)) vor Ort "
                + "hergestellt und "
                + "ausgehändigt.",
            chinese: "即时制卡须在申请当日（\(applied, in: .simplifiedChinese)）现场制卡并发放。")
    }

    static func tooEarly(_ date: CivilDate, accepted: CivilDate) -> LocalizedText {
        LocalizedText(
            english: "The card cannot be produced on \(date), before the application was accepted on \(accepted).",
            german: "Die Karte kann nicht am \(date, in: .german) hergestellt werden, vor der Annahme des Antrags "
                + "am \(accepted, in: .german).",
            chinese: "申请于\(accepted, in: .simplifiedChinese)受理，不能在此之前（\(date, in: .simplifiedChinese)）制卡。")
    }

    static let financialAlreadyActive = LocalizedText(
        english: "The card's bank function is already active.",
        german: "Die Bankfunktion der Karte ist bereits aktiv.",
        chinese: "该卡金融功能已激活。")
}
