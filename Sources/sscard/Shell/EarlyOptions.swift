import CardModel

/// `--json` and `--lang` as far as they can be read before the shell knows the subcommand, so an error found
/// that early (no subcommand, an unknown one, a bad `--lang`) is still a JSON document under `--json` and in
/// the language asked for.
struct EarlyOptions {
    /// Whether `--json` appears before `--`.
    var json = false
    /// The first valid `--lang L` before `--`, else English.
    var language = Language.english

    /// Reads `arguments` (without the program name).
    init(_ arguments: [String]) {
        var index = 0
        while index < arguments.count {
            switch arguments[index] {
            case "--": return
            case "--json": self.json = true
            case "--lang":
                if index + 1 < arguments.count, let language = Language(rawValue: arguments[index + 1]) {
                    self.language = language
                    index += 1
                }
            default: break
            }
            index += 1
        }
    }

    /// Reports a usage error: the line on standard error and, under `--json`, the error document on standard
    /// output; returns exit status 2.
    func fail(_ error: UsageError, command: String?, console: Console) -> ExitStatus {
        let message = error.message(in: self.language)
        console.writeError("sscard\(command.map { " " + $0 } ?? ""): \(message)")
        if self.json { console.writeLine(Invocation.errorDocument(.usage, message, rule: nil).serialized) }
        return .usage
    }
}
