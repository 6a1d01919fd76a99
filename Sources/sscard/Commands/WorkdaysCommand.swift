import CardModel

extension Subcommand {
    /// `sscard workdays add N [DATE ...]` and `sscard workdays count FROM TO` (CM-WORKDAY-ADD).
    static let workdays = Subcommand(
        name: "workdays", summary: "add N working days to dates; count working days",
        help: """
            USAGE: sscard workdays add N [DATE ...] [--json]
                   sscard workdays count FROM TO [--json]

            add:   the N-th working day strictly after each DATE (N may be negative; N = 0 gives DATE if it
                   is a working day, else the next one). With no DATE, reads one DATE a line from standard
                   input and writes one answer a line, in the same order ("error: ..." for a line that
                   fails; exit 1 if any failed). Streams: a million lines take seconds.
            count: the number of working days in (FROM, TO]: after FROM, up to and including TO.

            JSON: add prints {"date", "workingDays", "result"} (or "error") a line; count prints
                  {"from", "to", "workingDays"}.
            """,
        run: { (invocation: Invocation) throws(UsageError) -> ExitStatus in
            let arguments = try Arguments(invocation.arguments)
            var positionals = arguments.positionals[...]
            switch positionals.popFirst() {
            case "add":
                guard let countText = positionals.popFirst(), let count = Int(countText) else {
                    throw UsageError("add needs a whole number N; see --help")
                }
                return try WorkdaysCommand.add(count, dates: Array(positionals), invocation: invocation)
            case "count":
                guard positionals.count == 2, let fromText = positionals.first, let toText = positionals.last else {
                    throw UsageError("count needs FROM and TO; see --help")
                }
                return WorkdaysCommand.count(
                    from: try Arguments.parseDate(fromText, what: "FROM"),
                    to: try Arguments.parseDate(toText, what: "TO"), invocation: invocation)
            case let other?:
                throw UsageError("unknown action '\(other)'; use 'add' or 'count'")
            case nil:
                throw UsageError("missing action 'add' or 'count'; see --help")
            }
        })
}

enum WorkdaysCommand {
    static func add(_ count: Int, dates: [String], invocation: Invocation) throws(UsageError) -> ExitStatus {
        let calendar = invocation.calendar
        var anyFailed = false
        // One answer for one input line; an unreadable line becomes an error line, never a stop.
        func answer(_ text: String) {
            let result: Result<CivilDate, CalendarError>
            do throws(CivilDateError) {
                let date = try CivilDate(parsing: text)
                result = Result { () throws(CalendarError) in try calendar.date(byAddingWorkingDays: count, to: date) }
            } catch {
                anyFailed = true
                invocation.print(
                    invocation.json
                        ? JSONValue.object([("date", .string(text)), ("error", .string("not a date: \(error)"))])
                            .serialized
                        : "error: '\(text.escapingControlCharacters)' is not a date (\(error))")
                return
            }
            switch result {
            case .success(let date):
                invocation.print(
                    invocation.json
                        ? JSONValue.object([
                            ("date", .string(text)), ("workingDays", .int(count)), ("result", .date(date)),
                        ]).serialized : date.description)
            case .failure(let error):
                anyFailed = true
                let message = error.message[invocation.language]
                invocation.print(
                    invocation.json
                        ? JSONValue.object([("date", .string(text)), ("error", .string(message))]).serialized
                        : "error: \(message)")
            }
        }
        if dates.isEmpty {
            while let line = invocation.console.readLine() { answer(line) }
        } else {
            for text in dates { _ = try Arguments.parseDate(text, what: "DATE") }
            for text in dates { answer(text) }
        }
        return anyFailed ? .failure : .success
    }

    static func count(from: CivilDate, to: CivilDate, invocation: Invocation) -> ExitStatus {
        do throws(CalendarError) {
            let count = try invocation.calendar.workingDays(from: from, to: to)
            if invocation.json {
                invocation.print(
                    json: .object([("from", .date(from)), ("to", .date(to)), ("workingDays", .int(count))]))
            } else {
                invocation.print("\(count)")
            }
            return .success
        } catch {
            invocation.printError("sscard workdays: \(error.message[invocation.language])")
            return .failure
        }
    }
}
