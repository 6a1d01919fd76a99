import CardModel

/// The words of the calendar grid in English, German and Simplified Chinese.
enum GridText {
    static func month(_ month: Int, year: Int) -> LocalizedText {
        let english = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        let german = [
            "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
            "November", "Dezember",
        ]
        let index = min(max(month, 1), 12) - 1
        return LocalizedText(
            english: "\(english[index]) \(year)", german: "\(german[index]) \(year)", chinese: "\(year)年\(month)月")
    }

    static let weekdayHeader = LocalizedText(
        english: "Mo Tu We Th Fr Sa Su ", german: "Mo Di Mi Do Fr Sa So ", chinese: "一 二 三 四 五 六 日 ")

    static func provisionalTitle(_ year: Int) -> LocalizedText {
        LocalizedText(
            english: "\(year): provisional by law (CM-PROVISIONAL): no State Council notice for \(year) yet; "
                + "weekends and statutory days are rest days",
            german:
                "\(year): vorläufig nach Gesetz (CM-PROVISIONAL): noch keine Mitteilung des Staatsrats für \(year); "
                + "Wochenenden und gesetzliche Feiertage sind Ruhetage",
            chinese: "\(year)年：依法暂定（CM-PROVISIONAL）：国务院尚未发布\(year)年的节假日安排；周末和法定节假日为休息日")
    }

    static let legend: [LocalizedText] = [
        LocalizedText(
            english: "Legend: * statutory holiday   + other rest day of a holiday break   "
                + "! adjusted working day (weekend day worked, 调休上班)",
            german: "Legende: * gesetzlicher Feiertag   + weiterer Ruhetag der Feiertagspause   "
                + "! verlegter Arbeitstag (Wochenendtag mit Arbeit, 调休上班)",
            chinese: "图例：* 法定节假日   + 假期中的其他休息日   ! 调休上班日（周末上班）"),
        LocalizedText(
            english: "Saturdays and Sundays without a mark are ordinary weekend days; other days are working days.",
            german:
                "Samstage und Sonntage ohne Zeichen sind gewöhnliche Wochenendtage; alle anderen Tage sind Arbeitstage.",
            chinese: "无标记的周六、周日为普通周末；其余日期为工作日。"),
    ]

    /// `2026: title (number, issued)`, or `2026年：标题（文号，发布日期）` in Chinese.
    static func cited(_ year: Int, _ source: NoticeCitation, _ language: Language) -> String {
        guard language == .simplifiedChinese else { return "\(year): \(source)" }
        let details = [source.documentNumber, source.issued?.description].compactMap { $0 }
        return "\(year)年：\(source.title)" + (details.isEmpty ? "" : "（\(details.joined(separator: "，"))）")
    }
}
