import CardModel

/// The body of `sscard calendar YEAR`: the year as a month grid, or its days as JSON.
enum CalendarYear {
    static func run(year: Int, invocation: Invocation) -> ExitStatus {
        let days: [CalendarDay]
        do throws(CalendarError) {
            days = try self.days(of: year, in: invocation.calendar)
        } catch {
            invocation.report(.data, error.message[invocation.language], command: "calendar", rule: .workday)
            return .failure
        }
        let schedule = invocation.calendar.schedule(for: year)
        if invocation.json {
            invocation.print(json: self.json(year: year, schedule: schedule, days: days, language: invocation.language))
        } else {
            let style = CalendarStyle(
                colour: invocation.console.isTerminal() && invocation.console.environment("NO_COLOR") == nil)
            let grid = CalendarGrid(year: year, days: days, language: invocation.language, style: style)
            for line in grid.lines(source: schedule?.source) { invocation.print(line) }
        }
        return .success
    }

    /// Every day of `year`, or the calendar's error for a year it cannot answer.
    static func days(of year: Int, in calendar: WorkingDayCalendar) throws(CalendarError) -> [CalendarDay] {
        // YEAR was checked against CivilDate.supportedYears, so both ends exist.
        guard let first = CivilDate(year, 1, 1), let last = CivilDate(year, 12, 31) else { return [] }
        var days: [CalendarDay] = []
        days.reserveCapacity(366)
        for date in first...last { days.append(try calendar.day(date)) }
        return days
    }

    static func json(year: Int, schedule: HolidaySchedule?, days: [CalendarDay], language: Language) -> JSONValue {
        .object([
            ("year", .int(year)),
            ("source", schedule.map { self.json($0.source) } ?? .null),
            ("provisional", .bool(days.contains { $0.isProvisional })),
            ("days", .array(days.map { DayReport.json($0, language: language) })),
        ])
    }

    static func json(_ source: NoticeCitation) -> JSONValue {
        .object([
            ("documentNumber", source.documentNumber.map(JSONValue.string) ?? .null),
            ("issued", source.issued.map(JSONValue.date) ?? .null),
            ("title", .string(source.title)),
        ])
    }
}
