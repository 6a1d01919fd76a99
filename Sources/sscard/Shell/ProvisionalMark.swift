import CardModel

/// The short mark an answer counted with a provisional year carries in text (CM-PROVISIONAL): every such answer
/// says so, naming the year.
enum ProvisionalMark {
    /// ` [provisional: no notice for 2027 (CM-PROVISIONAL)]`, or nothing when `years` is empty.
    static func text(_ years: [Int], language: Language) -> String {
        guard !years.isEmpty else { return "" }
        let list = years.map(String.init).joined(separator: language == .simplifiedChinese ? "、" : ", ")
        let mark = LocalizedText(
            english: " [provisional: no notice for \(list) (CM-PROVISIONAL)]",
            german: " [vorläufig: keine Bekanntmachung für \(list) (CM-PROVISIONAL)]",
            chinese: "［暂定：尚无\(list)年的通知（CM-PROVISIONAL）］")
        return mark[language]
    }

    /// The years in the closed range between `a` and `b` that `calendar` answers provisionally.
    static func years(between a: CivilDate, and b: CivilDate, in calendar: WorkingDayCalendar) -> [Int] {
        calendar.provisionalYears(from: min(a, b), through: max(a, b))
    }
}
