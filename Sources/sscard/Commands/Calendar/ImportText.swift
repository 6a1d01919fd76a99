import CardModel

/// The words of `sscard calendar import` in English, German and Simplified Chinese.
enum ImportText {
    static let statutory = LocalizedText(english: "statutory", german: "gesetzlich", chinese: "法定节假日")
    static let worked = LocalizedText(english: "worked", german: "gearbeitet", chinese: "调休上班")
    static let found = LocalizedText(english: "the notice:", german: "die Mitteilung:", chinese: "通知：")
    static let expected = LocalizedText(english: "the calendar:", german: "der Kalender:", chinese: "日历：")

    static func agrees(_ year: Int) -> LocalizedText {
        LocalizedText(
            english: "--check: the notice agrees with the calendar's \(year) day by day.",
            german: "--check: die Mitteilung stimmt Tag für Tag mit dem Kalender für \(year) überein.",
            chinese: "--check：通知与日历中的\(year)年安排逐日一致。")
    }

    static func disagrees(_ year: Int, count: Int) -> LocalizedText {
        LocalizedText(
            english: "--check: the notice differs from the calendar's \(year) on \(count) day(s):",
            german: "--check: die Mitteilung weicht an \(count) Tag(en) vom Kalender für \(year) ab:",
            chinese: "--check：通知与日历中的\(year)年安排有\(count)天不同：")
    }

    static func nothingToCheck(_ year: Int) -> LocalizedText {
        LocalizedText(
            english: "--check: the calendar has no schedule for \(year) to compare with",
            german: "--check: der Kalender hat keinen Plan für \(year) zum Vergleich",
            chinese: "--check：日历中没有\(year)年的安排可供比对")
    }

    static func kind(_ kind: CalendarDay.Kind, _ holiday: HolidayName?, _ language: Language) -> String {
        let name: LocalizedText =
            switch kind {
            case .ordinaryWorkingDay: LocalizedText(english: "working day", german: "Arbeitstag", chinese: "工作日")
            case .adjustedWorkingDay:
                LocalizedText(english: "adjusted working day", german: "verlegter Arbeitstag", chinese: "调休上班日")
            case .weekend: LocalizedText(english: "weekend", german: "Wochenende", chinese: "周末")
            case .statutoryHoliday:
                LocalizedText(english: "statutory holiday", german: "gesetzlicher Feiertag", chinese: "法定节假日")
            case .inLieuRestDay:
                LocalizedText(english: "in-lieu rest day", german: "Ausgleichsruhetag", chinese: "调休休息日")
            }
        guard let holiday else { return name[language] }
        let holidayName = holiday.name[language]
        return name[language] + (language == .simplifiedChinese ? "（\(holidayName)）" : " (\(holidayName))")
    }
}
