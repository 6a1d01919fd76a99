import CardModel

extension Subcommand {
    /// `sscard day DATE ...`: working day? holiday name? adjusted working day? (CM-WORKDAY)
    static let day = Subcommand(
        name: "day", summary: "working day? holiday name? adjusted working day?",
        help: """
            \(OptionTable.day.usage)

            Says whether each DATE (YYYY-MM-DD) is a working day in mainland China, names the holiday it
            belongs to, and tells an adjusted working day (a weekend day worked, 调休上班) and for which
            holiday. Official data covers 2004 through 2026 (add a year with --holidays FILE); other years exit
            1 with a message (under --json, an error document {"error": {"kind": "data", "message", "rule":
            "CM-WORKDAY"}} in that date's place), or with --provisional are answered by law and marked
            provisional (CM-PROVISIONAL).

            JSON keys: date, weekday, workingDay, kind, holiday (name or null), adjustedWorkingDay,
            adjustedFor (holiday name or null), provisional.
            """, optionTables: [.day],
        run: { (invocation: Invocation) throws(UsageError) -> ExitStatus in
            let arguments = try Arguments(invocation.arguments, table: .day)
            guard !arguments.positionals.isEmpty else {
                throw UsageError(en: "missing DATE; see --help", de: "DATUM fehlt; siehe --help", zh: "缺少日期；参见 --help")
            }
            let dates = try arguments.positionals.map { (text: String) throws(UsageError) in
                try Arguments.parseDate(text, what: .datePlaceholder)
            }
            var status = ExitStatus.success
            for date in dates {
                do throws(CalendarError) {
                    let day = try invocation.calendar.day(date)
                    if invocation.json {
                        invocation.print(json: DayReport.json(day, language: invocation.language))
                    } else {
                        invocation.print(DayReport.text(day, language: invocation.language))
                    }
                } catch {
                    invocation.report(.data, error.message[invocation.language], command: "day", rule: .workday)
                    status = .failure
                }
            }
            return status
        })
}

/// How `sscard day` shows a day (CM-WORKDAY), in the language asked for.
enum DayReport {
    /// One line: the date, its weekday and what kind of day it is, such as
    /// `2026-01-04 Sunday: working day (adjusted working day for New Year's Day, 调休上班)`.
    static func text(_ day: CalendarDay, language: Language) -> String {
        let holiday = day.holiday.map { $0.name[language] }
        let name = holiday ?? "?"
        let summary: LocalizedText
        switch day.kind {
        case .ordinaryWorkingDay:
            summary = LocalizedText(english: "working day", german: "Arbeitstag", chinese: "工作日")
        case .adjustedWorkingDay:
            summary = LocalizedText(
                english: "working day (adjusted working day for \(holiday ?? "a holiday"), 调休上班)",
                german: "Arbeitstag (verlegter Arbeitstag für \(holiday ?? "einen Feiertag"), 调休上班)",
                chinese: "工作日（\(holiday ?? "节假日")调休上班）")
        case .weekend:
            summary =
                holiday.map {
                    LocalizedText(
                        english: "rest day (weekend, during \($0))", german: "Ruhetag (Wochenende, während \($0))",
                        chinese: "休息日（周末，\($0)期间）")
                } ?? LocalizedText(english: "rest day (weekend)", german: "Ruhetag (Wochenende)", chinese: "休息日（周末）")
        case .statutoryHoliday:
            summary = LocalizedText(
                english: "rest day (statutory holiday: \(name))", german: "Ruhetag (gesetzlicher Feiertag: \(name))",
                chinese: "休息日（法定节假日：\(name)）")
        case .inLieuRestDay:
            summary = LocalizedText(
                english: "rest day (in-lieu rest day for \(name))", german: "Ruhetag (Ausgleichsruhetag für \(name))",
                chinese: "休息日（\(name)调休休息日）")
        }
        let assumed = LocalizedText(english: " [assumed]", german: " [angenommen]", chinese: "［推定］")
        let colon = language == .simplifiedChinese ? "：" : ": "
        // English keeps `2026-12-30 Wednesday`; German and Chinese write the date with its weekday (CM-DATE).
        let date =
            language == .english
            ? "\(day.date) \(day.date.weekday.name.english)" : day.date.formatted(in: language, weekday: true)
        return "\(date)\(colon)\(summary[language])"
            + (day.isAssumed ? assumed[language] : "")
            + ProvisionalMark.text(day.isProvisional ? [day.date.year] : [], language: language)
    }

    /// The JSON document of a day (Documentation/JSON.md); the weekday stays English, the holiday names
    /// follow `language`.
    static func json(_ day: CalendarDay, language: Language) -> JSONValue {
        let name = day.holiday.map { JSONValue.string($0.name[language]) } ?? .null
        return .object([
            ("date", .date(day.date)),
            ("weekday", .string(day.date.weekday.description)),
            ("workingDay", .bool(day.isWorkingDay)),
            ("kind", .string(day.kind.rawValue)),
            ("holiday", day.isWorkingDay ? .null : name),
            ("adjustedWorkingDay", .bool(day.isAdjustedWorkingDay)),
            ("adjustedFor", day.isAdjustedWorkingDay ? name : .null),
            ("provisional", .bool(day.isProvisional)),
        ])
    }
}
