import CardModel

/// A command line split into positional values, `--option VALUE` pairs and `--flag`s, checked against
/// what the subcommand accepts.
struct Arguments {
    private(set) var positionals: [String] = []
    private var options: [String: String] = [:]
    private var flags: Set<String> = []

    /// Parses `arguments` for a subcommand accepting `options` (which take a value) and `flags`.
    ///
    /// `--option=VALUE` is accepted too. `--` ends option parsing. `--help`, `--json` and `--reveal` are
    /// handled by the shell before this and may appear anywhere.
    init(_ arguments: [String], options: Set<String> = [], flags: Set<String> = []) throws(UsageError) {
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || !argument.hasPrefix("--") || argument == "-" {
                // A lone "-5" is a negative number, not a flag.
                self.positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            var name = String(argument.dropFirst(2))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            if options.contains(name) {
                if let inlineValue {
                    self.options[name] = inlineValue
                } else {
                    guard index < arguments.count else { throw UsageError("--\(name) needs a value") }
                    self.options[name] = arguments[index]
                    index += 1
                }
            } else if flags.contains(name), inlineValue == nil {
                self.flags.insert(name)
            } else {
                throw UsageError("unknown option --\(name); see --help")
            }
        }
    }

    /// The value of `--name`, if given.
    func option(_ name: String) -> String? { self.options[name] }

    /// Whether `--name` was given.
    func flag(_ name: String) -> Bool { self.flags.contains(name) }

    /// The value of `--name` parsed as an ISO date; a malformed date is a usage error.
    func date(_ name: String) throws(UsageError) -> CivilDate? {
        guard let text = self.options[name] else { return nil }
        return try Self.parseDate(text, what: "--\(name)")
    }

    /// The value of `--name` as a date, which must be given.
    func requiredDate(_ name: String) throws(UsageError) -> CivilDate {
        guard let date = try self.date(name) else { throw UsageError("--\(name) DATE is required; see --help") }
        return date
    }

    /// The value of `--name`, one of `choices`; `nil` when absent.
    func choice(_ name: String, of choices: [String]) throws(UsageError) -> String? {
        guard let value = self.options[name] else { return nil }
        guard choices.contains(value) else {
            throw UsageError("--\(name) must be one of \(choices.joined(separator: ", ")), not '\(value)'")
        }
        return value
    }

    /// Parses an ISO date, or fails with a usage error naming `what`.
    static func parseDate(_ text: String, what: String) throws(UsageError) -> CivilDate {
        do {
            return try CivilDate(parsing: text)
        } catch {
            throw UsageError("\(what): '\(text)' is not a valid date (\(error)); use YYYY-MM-DD")
        }
    }
}
