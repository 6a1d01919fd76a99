import CardModel

/// What every subcommand receives: its own arguments (without the shell-wide flags), the output mode and
/// the console.
struct Invocation {
    /// The subcommand's arguments, with `--json`, `--reveal` and `--lang` already taken out.
    var arguments: [String]
    /// `--json`: print JSON for scripts instead of text for people.
    var json: Bool
    /// `--reveal`: show identifiers unmasked (CM-PRIVACY: masked unless asked).
    var reveal: Bool
    /// `--lang en|de|zh`: the language of messages (default English).
    var language: Language
    /// The working-day calendar: the official one, with `--holidays` files and `--provisional` applied.
    var calendar: WorkingDayCalendar = .mainlandChina
    /// Where to read and write.
    var console: Console

    /// Writes one line to standard output.
    func print(_ line: String) { self.console.writeLine(line) }

    /// Writes a JSON value as one line to standard output.
    func print(json value: JSONValue) { self.console.writeLine(value.serialized) }

    /// Writes one line to standard error.
    func printError(_ line: String) { self.console.writeError(line) }
}

/// A subcommand of `sscard`.
struct Subcommand: Sendable {
    /// The name after `sscard`, such as `day`.
    let name: String
    /// One line for the overview.
    let summary: String
    /// The full `--help` text.
    let help: String
    /// The options of each of its command line forms (one, or one an action): the only list of them, from
    /// which the parsing, the help text and its tests come.
    let optionTables: [OptionTable]
    /// Runs the subcommand; a thrown ``UsageError`` becomes exit status 2 with its message on stderr.
    let run: @Sendable (Invocation) throws(UsageError) -> ExitStatus
}

/// What kind of error a command reports (`{"error":{"kind":…}}` under `--json`).
enum ErrorKind: String, Sendable {
    /// The command line is wrong (exit 2).
    case usage
    /// The calendar or another data source lacks what the answer needs.
    case data
    /// The input is not valid (a malformed identifier or date in the data).
    case invalid
}

extension Invocation {
    /// Reports an error: the human line on standard error and, under `--json`, the JSON document
    /// `{"error":{"kind","message","rule"}}` on standard output, so a script never parses standard error.
    func report(_ kind: ErrorKind, _ message: String, command: String, rule: RuleID? = nil) {
        self.printError("sscard \(command): \(message)")
        if self.json { self.print(json: Self.errorDocument(kind, message, rule: rule)) }
    }

    /// The JSON document of an error.
    static func errorDocument(_ kind: ErrorKind, _ message: String, rule: RuleID?) -> JSONValue {
        .object([
            (
                "error",
                .object([
                    ("kind", .string(kind.rawValue)), ("message", .string(message)),
                    ("rule", rule.map { .string($0.rawValue) } ?? .null),
                ])
            )
        ])
    }
}

extension Invocation {
    /// The one line on standard error of a decision whose dates need `years` without a notice (CM-WORKDAY): they
    /// are unknown, and how to add the year or answer provisionally.
    func reportDatesUnknown(_ years: [Int], command: String) {
        let list = years.map(String.init).joined(separator: ", ")
        let text = LocalizedText(
            english: "no official working-day data for \(list): the dates that need it are unknown; add the year's "
                + "holiday schedule with --holidays FILE, or answer provisionally with --provisional",
            german: "keine amtlichen Arbeitstagsdaten für \(list): die Daten, die sie brauchen, sind unbekannt; den "
                + "Feiertagsplan des Jahres mit --holidays DATEI hinzufügen oder mit --provisional vorläufig "
                + "antworten",
            chinese: "缺少\(list)年的官方工作日数据：相关日期未知；请用 --holidays 文件 补充当年的节假日安排，"
                + "或用 --provisional 给出临时答复")
        self.printError("sscard \(command): " + text[self.language])
    }
}
