import CardModel

extension Subcommand {
    /// `sscard day DATE ...`: working day? holiday name? adjusted working day? (CM-WORKDAY)
    static let day = Subcommand(
        name: "day", summary: "working day? holiday name? adjusted working day?",
        help: """
            USAGE: sscard day DATE [DATE ...] [--json]

            Says whether each DATE (YYYY-MM-DD) is a working day in mainland China, names the holiday it
            belongs to, and tells an adjusted working day (a weekend day worked, 调休上班) and for which
            holiday. Official data covers 2004 through 2026; other years exit 1 with a message.

            JSON keys: date, weekday, workingDay, kind, holiday (name or null), adjustedWorkingDay,
            adjustedFor (holiday name or null).
            """,
        run: { (invocation: Invocation) throws(UsageError) -> ExitStatus in
            let arguments = try Arguments(invocation.arguments)
            guard !arguments.positionals.isEmpty else { throw UsageError("missing DATE; see --help") }
            let dates = try arguments.positionals.map { (text: String) throws(UsageError) in
                try Arguments.parseDate(text, what: "DATE")
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
                    invocation.printError("sscard day: \(error.message[invocation.language])")
                    status = .failure
                }
            }
            return status
        })
}

/// How `sscard day` shows a day.
enum DayReport {
    static func text(_ day: CalendarDay, language: Language) -> String {
        let holiday = day.holiday.map { $0.name[language] }
        let summary: String
        switch day.kind {
        case .ordinaryWorkingDay: summary = "working day"
        case .adjustedWorkingDay: summary = "working day (adjusted working day for \(holiday ?? "a holiday"), 调休上班)"
        case .weekend: summary = holiday.map { "rest day (weekend, during \($0))" } ?? "rest day (weekend)"
        case .statutoryHoliday: summary = "rest day (statutory holiday: \(holiday ?? "?"))"
        case .inLieuRestDay: summary = "rest day (in-lieu rest day for \(holiday ?? "?"))"
        }
        return "\(day.date) \(day.date.weekday): \(summary)" + (day.isAssumed ? " [assumed]" : "")
    }

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
        ])
    }
}
