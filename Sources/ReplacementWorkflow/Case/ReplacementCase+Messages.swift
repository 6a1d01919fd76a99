import CardModel

/// The messages of ``ReplacementCase``, in English, German and Simplified Chinese: its phases' names, its errors
/// and why an event does not fit a phase (the reasons of `eventNotAllowed`).
enum ReplacementCaseMessages {
    // MARK: - Phases

    /// The phase's name in three languages.
    static func phaseName(_ phase: ReplacementCase.Phase) -> LocalizedText {
        switch phase {
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

    // MARK: - Errors

    /// An event the phase does not allow, and why.
    static func notAllowed(
        _ event: String, in phase: ReplacementCase.Phase, because reason: LocalizedText
    )
        -> LocalizedText
    {
        let name = phase.name
        return LocalizedText(
            english: "'\(event)' is not possible when the case is at '\(name.english)': \(reason.english)",
            german: "‚\(event)‘ ist nicht möglich, solange der Fall bei ‚\(name.german)‘ steht: \(reason.german)",
            chinese: "案件处于“\(name.chinese)”阶段，不能办理“\(event)”：\(reason.chinese)")
    }

    /// A card made before the application's acceptance date (RP-READY, CM-ACCEPTANCE).
    static func producedBeforeAcceptance(_ date: CivilDate, acceptanceDate: CivilDate) -> LocalizedText {
        LocalizedText(
            english: "The new card cannot be made on \(date), before the application was accepted on "
                + "\(acceptanceDate)",
            german: "Die neue Karte kann nicht am \(date, in: .german) hergestellt werden, vor der Annahme des "
                + "Antrags am \(acceptanceDate, in: .german)",
            chinese: "新卡不能在申请受理日\(acceptanceDate, in: .simplifiedChinese)之前（\(date, in: .simplifiedChinese)）制成")
    }

    /// An application the policy refuses, naming the rules.
    static func applicationRefused(_ violations: [Violation]) -> LocalizedText {
        let rules = Self.rules(violations)
        return LocalizedText(
            english: "The application is refused (\(rules))", german: "Der Antrag wird abgelehnt (\(rules))",
            chinese: "申请不予受理（\(rules)）")
    }

    /// A handover refused for the documents shown, naming the rules (RP-RECEIPT).
    static func handoverRefused(_ violations: [Violation]) -> LocalizedText {
        let rules = Self.rules(violations)
        return LocalizedText(
            english: "The new card is not handed over (\(rules))",
            german: "Die neue Karte wird nicht ausgehändigt (\(rules))", chinese: "不予发放新卡（\(rules)）")
    }

    /// The CM-WORKDAY violation of an application whose dates need a year without calendar data, the year in a
    /// `year` fact.
    static func noCalendarData(_ error: CalendarError) -> Violation {
        Violation(rule: .workday, message: error.message, facts: [Fact("year", "\(error.year)")])
    }

    private static func rules(_ violations: [Violation]) -> String {
        var seen: Set<RuleID> = []
        let rules = violations.map { $0.rule }.filter { seen.insert($0).inserted }
        return rules.map { $0.rawValue }.joined(separator: ", ")
    }

    // MARK: - Why an event does not fit the phase

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
