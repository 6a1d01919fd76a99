import CardModel

/// Messages ForeignerOnboarding still takes from the module's former shared enum, in English, German and
/// Simplified Chinese.
///
/// ``WorkPermit`` and ``ElectronicCard`` have their own (`WorkPermitMessages`, `ElectronicCardMessages`); this
/// enum stays only while the onboarding uses it, and goes once the onboarding has its own messages.
///
/// No message ever contains an identifier or a name (CM-PRIVACY): only dates, categories and counts.
enum Messages {
    /// Several messages as one, separated by `; ` (`；` in Chinese).
    static func joined(_ texts: [LocalizedText]) -> LocalizedText {
        LocalizedText(
            english: texts.map(\.english).joined(separator: "; "),
            german: texts.map(\.german).joined(separator: "; "),
            chinese: texts.map(\.chinese).joined(separator: "；"))
    }

    /// An event dated before the previous one (CM-DATE).
    static func outOfOrder(_ date: CivilDate, previous: CivilDate) -> Violation {
        Violation(
            rule: .date,
            message: LocalizedText(
                english: "the event on \(date) is dated before the previous event on \(previous): events are recorded "
                    + "in date order",
                german: "das Ereignis vom \(date, in: .german) liegt vor dem vorigen Ereignis "
                    + "vom \(previous, in: .german): Ereignisse werden in "
                    + "zeitlicher Reihenfolge erfasst",
                chinese: "\(date, in: .simplifiedChinese)的事件早于上一事件（\(previous, in: .simplifiedChinese)）：事件须按日期顺序记录"),
            facts: [Fact("date", "\(date)"), Fact("previous", "\(previous)")])
    }

    /// An event the current phase does not accept.
    static func notNow(
        _ event: String, phase: String, rule: RuleID, english: String, german: String, chinese: String
    )
        -> Violation
    {
        Violation(
            rule: rule, message: LocalizedText(english: english, german: german, chinese: chinese),
            facts: [Fact("event", event), Fact("phase", phase)])
    }

    /// A date computation left the supported years (CM-DATE).
    static func dateOutOfRange(_ error: CivilDateError) -> Violation {
        Violation(
            rule: .date,
            message: LocalizedText(
                english: "a date this needs is outside 1900...2199",
                german: "ein dafür nötiges Datum liegt außerhalb von 1900...2199",
                chinese: "所需日期超出1900至2199年的范围"),
            facts: [Fact("year", error.year.map(String.init) ?? "?")])
    }
}
