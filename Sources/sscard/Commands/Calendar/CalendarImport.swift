import CardModel

/// The body of `sscard calendar import FILE ... [--check]`: a notice read from its text, and how it compares with
/// the year the calendar has (CM-NOTICE).
enum CalendarImport {
    static func run(paths: [String], check: Bool, invocation: Invocation) throws(UsageError) -> ExitStatus {
        var files: [HolidayFile] = []
        for path in paths { files.append(try HolidayFile.load(path, console: invocation.console)) }
        let schedules = try HolidayFile.schedules(of: files)
        var status = ExitStatus.success
        for schedule in schedules {
            var differences: [ScheduleDifference]?
            if check {
                guard let known = invocation.calendar.schedule(for: schedule.year) else {
                    invocation.report(
                        .data, ImportText.nothingToCheck(schedule.year)[invocation.language], command: "calendar",
                        rule: .notice)
                    status = .failure
                    continue
                }
                differences = schedule.differences(from: known)
                if differences?.isEmpty == false { status = .failure }
            }
            if invocation.json {
                invocation.print(json: self.json(schedule, differences: differences, language: invocation.language))
            } else {
                for line in self.text(schedule, differences: differences, language: invocation.language) {
                    invocation.print(line)
                }
            }
        }
        return status
    }

    /// The schedule in the library's JSON (so `--holidays` reads it back), with the differences under `--check`.
    static func json(_ schedule: HolidaySchedule, differences: [ScheduleDifference]?, language: Language) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("year", .int(schedule.year)),
            ("source", CalendarYear.json(schedule.source)),
            ("periods", .array(schedule.periods.map(self.json))),
        ]
        if let differences {
            members.append(
                (
                    "differences",
                    .array(
                        differences.map {
                            .object([
                                ("date", .date($0.date)),
                                ("expected", self.json(kind: $0.otherKind, holiday: $0.otherHoliday)),
                                ("found", self.json(kind: $0.kind, holiday: $0.holiday)),
                            ])
                        })
                ))
        }
        return .object(members)
    }

    static func json(_ period: HolidayPeriod) -> JSONValue {
        .object([
            ("holiday", self.json(period.holiday)),
            ("firstDay", .date(period.firstDay)),
            ("lastDay", .date(period.lastDay)),
            ("statutoryDays", .array(period.statutoryDays.map { .date($0) })),
            ("adjustedWorkingDays", .array(period.adjustedWorkingDays.map { .date($0) })),
        ])
    }

    static func json(_ holiday: HolidayName) -> JSONValue {
        .object([
            ("key", .string(holiday.key)),
            (
                "name",
                .object([
                    ("english", .string(holiday.name.english)), ("german", .string(holiday.name.german)),
                    ("chinese", .string(holiday.name.chinese)),
                ])
            ),
        ])
    }

    static func json(kind: CalendarDay.Kind, holiday: HolidayName?) -> JSONValue {
        .object([("kind", .string(kind.rawValue)), ("holiday", holiday.map { .string($0.key) } ?? .null)])
    }

    /// The schedule as text: the citation, one line a break, and the differences under `--check`.
    static func text(_ schedule: HolidaySchedule, differences: [ScheduleDifference]?, language: Language) -> [String] {
        // Full-width punctuation in Chinese.
        let chinese = language == .simplifiedChinese
        let (colon, semicolon, comma) = chinese ? ("：", "；", "、") : (": ", "; ", ", ")
        var lines = [GridText.cited(schedule.year, schedule.source, language)]
        for period in schedule.periods {
            let worked = period.adjustedWorkingDays.map(\.description).joined(separator: comma)
            lines.append(
                "  " + period.holiday.name[language] + colon + "\(period.firstDay)"
                    + (chinese ? "至" : " – ") + "\(period.lastDay)"
                    + semicolon + ImportText.statutory[language] + (chinese ? "" : " ")
                    + period.statutoryDays.map(\.description).joined(separator: comma)
                    + (worked.isEmpty ? "" : semicolon + ImportText.worked[language] + (chinese ? "" : " ") + worked))
        }
        guard let differences else { return lines }
        if differences.isEmpty {
            lines.append(ImportText.agrees(schedule.year)[language])
        } else {
            lines.append(ImportText.disagrees(schedule.year, count: differences.count)[language])
            for difference in differences {
                lines.append(
                    "  \(difference.date)\(colon)" + ImportText.found[language] + (chinese ? "" : " ")
                        + ImportText.kind(difference.kind, difference.holiday, language) + semicolon
                        + ImportText.expected[language] + (chinese ? "" : " ")
                        + ImportText.kind(difference.otherKind, difference.otherHoliday, language))
            }
        }
        return lines
    }
}
