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
    /// Runs the subcommand; a thrown ``UsageError`` becomes exit status 2 with its message on stderr.
    let run: @Sendable (Invocation) throws(UsageError) -> ExitStatus
}
