import CardModel

/// A command line split into positional values, `--option VALUE` pairs and `--flag`s, checked against
/// what the subcommand accepts.
struct Arguments {
    private(set) var positionals: [String] = []
    private var options: [String: String] = [:]
    private var repeated: [String: [String]] = [:]
    private var flags: Set<String> = []
    private var choices: [String: [String]] = [:]

    /// Parses `arguments` for a command line form accepting exactly the options of `table`; the values of
    /// its options with choices are checked by ``choice(_:)``.
    init(_ arguments: [String], table: OptionTable) throws(UsageError) {
        let options = table.options
        try self.init(
            arguments, options: Set(options.filter { $0.kind == .value }.map(\.name)),
            flags: Set(options.filter { $0.kind == .flag }.map(\.name)),
            repeatable: Set(options.filter { $0.kind == .repeatable }.map(\.name)))
        for option in options {
            if let choices = option.choices { self.choices[option.name] = choices }
        }
    }

    /// Parses `arguments` for a subcommand accepting `options` (which take a value, once), `repeatable`
    /// options (which take a value each time) and `flags`.
    ///
    /// `--option=VALUE` is accepted too. `--` ends option parsing. `--help`, `--json` and `--reveal` are
    /// handled by the shell before this and may appear anywhere.
    init(
        _ arguments: [String], options: Set<String> = [], flags: Set<String> = [], repeatable: Set<String> = []
    ) throws(UsageError) {
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
            if options.contains(name) || repeatable.contains(name) {
                // A repeated option is a mistake, not "the last one wins" (issue 12).
                guard self.options[name] == nil || repeatable.contains(name) else { throw Self.repeated(name) }
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else {
                    guard index < arguments.count else {
                        throw UsageError(
                            en: "--\(name) needs a value", de: "--\(name) braucht einen Wert", zh: "--\(name) 需要一个值")
                    }
                    value = arguments[index]
                    index += 1
                }
                self.options[name] = self.options[name] ?? value
                if repeatable.contains(name) { self.repeated[name, default: []].append(value) }
            } else if flags.contains(name), inlineValue == nil {
                self.flags.insert(name)
            } else {
                throw UsageError(
                    en: "unknown option --\(name); see --help", de: "unbekannte Option --\(name); siehe --help",
                    zh: "未知选项 --\(name)；参见 --help")
            }
        }
    }

    /// The value of `--name`, if given (the first, for a repeatable option).
    func option(_ name: String) -> String? { self.options[name] }

    /// Every value of a repeatable `--name`, in order.
    func values(_ name: String) -> [String] { self.repeated[name] ?? [] }

    /// Whether `--name` was given.
    func flag(_ name: String) -> Bool { self.flags.contains(name) }

    /// The value of `--name` parsed as an ISO date; a malformed date is a usage error.
    func date(_ name: String) throws(UsageError) -> CivilDate? {
        guard let text = self.options[name] else { return nil }
        return try Self.parseDate(text, what: "--" + name)
    }

    /// The value of `--name` as a date, which must be given.
    func requiredDate(_ name: String) throws(UsageError) -> CivilDate {
        guard let date = try self.date(name) else {
            throw UsageError(
                en: "--\(name) DATE is required; see --help", de: "--\(name) DATUM ist erforderlich; siehe --help",
                zh: "必须给出 --\(name) 日期；参见 --help")
        }
        return date
    }

    /// The value of `--name`, one of the choices its ``OptionTable`` gives; `nil` when absent.
    func choice(_ name: String) throws(UsageError) -> String? {
        try self.choice(name, of: self.choices[name] ?? [])
    }

    /// The value of `--name`, one of `choices`; `nil` when absent.
    func choice(_ name: String, of choices: [String]) throws(UsageError) -> String? {
        guard let value = self.options[name] else { return nil }
        guard choices.contains(value) else {
            let list = choices.joined(separator: ", ")
            throw UsageError(
                en: "--\(name) must be one of \(list), not '\(value)'",
                de: "--\(name) muss eines von \(list) sein, nicht „\(value)“",
                zh: "--\(name) 必须是 \(choices.joined(separator: "、")) 之一，而不是“\(value)”")
        }
        return value
    }

    /// Parses an ISO date, or fails with a usage error naming `what` (an option's name, the same in every
    /// language).
    static func parseDate(_ text: String, what: String) throws(UsageError) -> CivilDate {
        try self.parseDate(text, what: LocalizedText(english: what, german: what, chinese: what))
    }

    /// Parses an ISO date, or fails with a usage error naming `what` in the error's language (CM-DATE).
    static func parseDate(_ text: String, what label: LocalizedText) throws(UsageError) -> CivilDate {
        let what = (label.english, label.german, label.chinese)
        do {
            return try CivilDate(parsing: text)
        } catch {
            let reason = error.localizedReason
            throw UsageError(
                en: "\(what.0): '\(text)' is not a valid date (\(reason.english)); use YYYY-MM-DD",
                de: "\(what.1): „\(text)“ ist kein gültiges Datum (\(reason.german)); Form JJJJ-MM-TT",
                zh: "\(what.2)：“\(text)”不是有效日期（\(reason.chinese)）；请用 YYYY-MM-DD")
        }
    }

    /// The error for an option given twice.
    private static func repeated(_ name: String) -> UsageError {
        UsageError(
            en: "--\(name) is given more than once; give it once",
            de: "--\(name) ist mehrfach angegeben; bitte nur einmal",
            zh: "--\(name) 重复出现；只能给出一次")
    }
}

extension LocalizedText {
    /// The placeholder `DATE` of a usage line, in each language.
    static let datePlaceholder = LocalizedText(english: "DATE", german: "DATUM", chinese: "日期")
    /// The placeholder `FROM` of a usage line, in each language.
    static let fromPlaceholder = LocalizedText(english: "FROM", german: "VON", chinese: "起始日期")
    /// The placeholder `TO` of a usage line, in each language.
    static let toPlaceholder = LocalizedText(english: "TO", german: "BIS", chinese: "结束日期")
}
