import CardModel

extension Subcommand {
    /// `sscard workdays add N [DATE ...]` and `sscard workdays count FROM TO` (CM-WORKDAY-ADD).
    static let workdays = Subcommand(
        name: "workdays", summary: "add N working days to dates; count working days",
        help: """
            \(OptionTable.workdaysUsage)

            add:   the N-th working day strictly after each DATE (N may be negative; N = 0 gives DATE if it
                   is a working day, else the next one). With no DATE, reads one DATE a line from standard
                   input and writes one answer a line, in the same order ("error: ..." for a line that
                   fails; exit 1 if any failed). Streams: a million lines take a tenth of a second.
            count: the number of working days in (FROM, TO]: after FROM, up to and including TO.
            With --provisional, an answer that counted a year without a notice by law is marked provisional,
            naming the year (CM-PROVISIONAL).

            JSON: add prints {"date", "workingDays", "result", "provisionalYears"} a line, or {"date", "error":
                  {"kind", "message", "rule"}} for a line that fails; count prints {"from", "to",
                  "workingDays", "provisionalYears"}.
                  Documentation/JSON.md describes every field.
            """, optionTables: [.workdays],
        run: { (invocation: Invocation) throws(UsageError) -> ExitStatus in
            let arguments = try Arguments(invocation.arguments, table: .workdays)
            var positionals = arguments.positionals[...]
            switch positionals.popFirst() {
            case "add":
                guard let countText = positionals.popFirst(), let count = Int(countText) else {
                    throw UsageError(
                        en: "add needs a whole number N; see --help", de: "add braucht eine ganze Zahl N; siehe --help",
                        zh: "add 需要一个整数 N；参见 --help")
                }
                return try WorkdaysCommand.add(count, dates: Array(positionals), invocation: invocation)
            case "count":
                guard positionals.count == 2, let fromText = positionals.first, let toText = positionals.last else {
                    throw UsageError(
                        en: "count needs FROM and TO; see --help", de: "count braucht VON und BIS; siehe --help",
                        zh: "count 需要起始和结束日期；参见 --help")
                }
                return WorkdaysCommand.count(
                    from: try Arguments.parseDate(fromText, what: .fromPlaceholder),
                    to: try Arguments.parseDate(toText, what: .toPlaceholder),
                    invocation: invocation)
            case let other?:
                throw UsageError(
                    en: "unknown action '\(other)'; use 'add' or 'count'",
                    de: "unbekannte Aktion „\(other)“; 'add' oder 'count' verwenden",
                    zh: "未知操作“\(other)”；请用 add 或 count")
            case nil:
                throw UsageError(
                    en: "missing action 'add' or 'count'; see --help",
                    de: "Aktion 'add' oder 'count' fehlt; siehe --help",
                    zh: "缺少操作 add 或 count；参见 --help")
            }
        })
}

/// What `sscard workdays` computes and prints.
enum WorkdaysCommand {
    /// `workdays add N`: the N-th working day after each date (CM-WORKDAY-ADD), from the arguments or, with no
    /// date, streamed from standard input one line at a time in constant memory.
    ///
    /// The stream has a fast path for text output: ten ASCII bytes are parsed, the answer is written as ten
    /// bytes into one output buffer, and no `String` is made for a line; anything else takes the general path.
    static func add(_ count: Int, dates: [String], invocation: Invocation) throws(UsageError) -> ExitStatus {
        let calendar = invocation.calendar
        var anyFailed = false
        var output = OutputBuffer(console: invocation.console)
        if dates.isEmpty {
            var reader = LineReader(console: invocation.console)
            // A provisional answer carries its mark (CM-PROVISIONAL), so only the general path gives it.
            let fast = !invocation.json && calendar.fallback != .provisional
            while reader.next(flushing: &output) {
                if fast, let date = CivilDate.parsingISO(reader.line),
                    let result = try? calendar.date(byAddingWorkingDays: count, to: date)
                {
                    result.appendISO(to: &output)
                    output.endLine()
                    continue
                }
                let (line, failed) = self.answer(reader.text, count: count, invocation: invocation)
                anyFailed = anyFailed || failed
                output.append(line: line)
            }
        } else {
            for text in dates { _ = try Arguments.parseDate(text, what: .datePlaceholder) }
            for text in dates {
                let (line, failed) = self.answer(text, count: count, invocation: invocation)
                anyFailed = anyFailed || failed
                output.append(line: line)
            }
        }
        output.flush()
        return anyFailed ? .failure : .success
    }

    /// The answer line for one input line, and whether it failed; an unreadable line becomes an error line,
    /// never a stop.
    static func answer(_ text: String, count: Int, invocation: Invocation) -> (String, Bool) {
        let language = invocation.language
        let date: CivilDate
        do throws(CivilDateError) {
            date = try CivilDate(parsing: text)
        } catch {
            let reason = error.localizedReason
            guard !invocation.json else {
                return (self.errorLine(text, .invalid, reason[language], rule: .date), true)
            }
            let message = LocalizedText(
                english: "error: '\(text.escapingControlCharacters)' is not a date (\(reason.english))",
                german: "Fehler: „\(text.escapingControlCharacters)“ ist kein Datum (\(reason.german))",
                chinese: "错误：“\(text.escapingControlCharacters)”不是日期（\(reason.chinese)）")
            return (message[language], true)
        }
        do throws(CalendarError) {
            let result = try invocation.calendar.date(byAddingWorkingDays: count, to: date)
            let provisional = ProvisionalMark.years(between: date, and: result, in: invocation.calendar)
            guard invocation.json else {
                return (result.description + ProvisionalMark.text(provisional, language: language), false)
            }
            let document = JSONValue.object([
                ("date", .string(text)), ("workingDays", .int(count)), ("result", .date(result)),
                ("provisionalYears", .array(provisional.map { .int($0) })),
            ])
            return (document.serialized, false)
        } catch {
            let message = error.message[language]
            guard !invocation.json else { return (self.errorLine(text, .data, message, rule: .workday), true) }
            let label = LocalizedText(english: "error: ", german: "Fehler: ", chinese: "错误：")
            return (label[language] + message, true)
        }
    }

    /// `{"date": …, "error": {"kind", "message", "rule"}}`: a line of the stream that has no answer.
    static func errorLine(_ text: String, _ kind: ErrorKind, _ message: String, rule: RuleID) -> String {
        guard case .object(let error) = Invocation.errorDocument(kind, message, rule: rule) else { return "" }
        return JSONValue.object([("date", .string(text))] + error).serialized
    }

    /// `workdays count FROM TO`: the working days in (FROM, TO] (CM-WORKDAY); a year without data is reported
    /// as a `data` error (the JSON error document under `--json`).
    static func count(from: CivilDate, to: CivilDate, invocation: Invocation) -> ExitStatus {
        do throws(CalendarError) {
            let count = try invocation.calendar.workingDays(from: from, to: to)
            let provisional = ProvisionalMark.years(between: from, and: to, in: invocation.calendar)
            if invocation.json {
                invocation.print(
                    json: .object([
                        ("from", .date(from)), ("to", .date(to)), ("workingDays", .int(count)),
                        ("provisionalYears", .array(provisional.map { .int($0) })),
                    ]))
            } else {
                invocation.print("\(count)" + ProvisionalMark.text(provisional, language: invocation.language))
            }
            return .success
        } catch {
            invocation.report(.data, error.message[invocation.language], command: "workdays", rule: .workday)
            return .failure
        }
    }
}
