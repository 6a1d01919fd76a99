/// The messages every machine shares, in three languages.
package enum CaseMachineMessages {
    /// An event the phase does not allow.
    package static func eventNotAllowed(_ event: String, in phase: LocalizedText) -> LocalizedText {
        LocalizedText(
            english: "\(event) cannot happen when the case is \(phase.english).",
            german: "\(event) ist nicht möglich, wenn der Vorgang im Stand „\(phase.german)“ ist.",
            chinese: "当前状态为“\(phase.chinese)”，不能进行\(event)。")
    }

    /// An event dated before the previous one.
    package static func dateBeforePreviousEvent(_ date: CivilDate, previous: CivilDate) -> LocalizedText {
        LocalizedText(
            english: "The event is dated \(date), before the previous event on \(previous).",
            german: "Das Ereignis ist auf den \(date, in: .german) datiert, vor das vorige Ereignis "
                + "am \(previous, in: .german).",
            chinese: "事件日期\(date, in: .simplifiedChinese)早于上一事件日期\(previous, in: .simplifiedChinese)。")
    }

    /// A history without events.
    package static let emptyHistory = LocalizedText(
        english: "An empty history cannot be replayed: a case starts with the event that opens it.",
        german: "Ein leerer Verlauf kann nicht wiederholt werden: ein Vorgang beginnt mit dem Ereignis, das ihn "
            + "eröffnet.",
        chinese: "空的历史记录无法重放：案件须以立案事件开始。")

    /// A history that does not start with its opening event, or repeats it.
    package static func historyMustStartWith(_ opening: String) -> LocalizedText {
        LocalizedText(
            english: "A history starts with \(opening), and only there.",
            german: "Ein Verlauf beginnt mit \(opening), und nur dort steht es.",
            chinese: "历史记录必须以\(opening)开始，且只能出现在开头。")
    }

    /// A refusal by the policy, naming the rules.
    package static func refused(_ violations: [Violation]) -> LocalizedText {
        var rules = ""
        for violation in violations {
            if !rules.isEmpty { rules += ", " }
            rules += violation.rule.rawValue
        }
        return LocalizedText(
            english: "The request is refused (\(rules)); the case is unchanged.",
            german: "Die Anfrage wird abgelehnt (\(rules)); der Vorgang bleibt unverändert.",
            chinese: "请求未通过（\(rules)），案件未作变更。")
    }
}
