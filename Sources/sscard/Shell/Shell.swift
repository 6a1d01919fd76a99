import CardModel

/// The `sscard` shell: picks the subcommand, handles the shell-wide flags and turns errors into exit statuses.
enum Shell {
    /// Every subcommand, in the order of the overview.
    static let subcommands: [Subcommand] = [
        .day, .workdays, .calendar, .replacement, .exchange, .onboarding, .permit, .ecard, .validate, .rules,
        .batch,
    ]

    /// The text of `sscard --help`.
    static let overview = """
        sscard: the rules of Beijing's social security card at work.

        \(overviewUsage)

        SUBCOMMANDS:
        \(subcommands.map { "  " + $0.name.padding(toLength: 13) + $0.summary }.joined(separator: "\n"))

        OPTIONS (every subcommand):
        \(options.list)

        EXIT STATUS: 0 success, approved or valid; 1 refused, invalid or no data; 2 usage error.
        Run 'sscard <subcommand> --help' for a subcommand's options.
        """

    /// Runs `sscard` with `arguments` (without the program name) and returns the exit status.
    static func run(_ arguments: [String], console: Console) -> ExitStatus {
        // Every message on standard error is one line, whatever the user typed into it.
        var console = console
        console.writeError = { [writeError = console.writeError] in writeError($0.escapingControlCharacters) }
        // Errors found before an Invocation exists still follow --json and --lang.
        let early = EarlyOptions(arguments)
        // Shell-wide flags may come before the subcommand too: `sscard --json day 2026-01-04`.
        var arguments = arguments
        var leading: [String] = []
        while let first = arguments.first, leadingOptions.contains(first) {
            leading.append(arguments.removeFirst())
            if optionsWithValues.contains(first), let language = arguments.first {
                leading.append(language)
                arguments.removeFirst()
            }
        }
        if !leading.isEmpty, !arguments.isEmpty {
            arguments.insert(contentsOf: leading, at: 1)
        }
        guard let name = arguments.first, name != "--help", name != "-h", name != "help" else {
            if arguments.isEmpty {
                return early.fail(
                    UsageError(
                        en: "missing subcommand; run 'sscard --help' for the list",
                        de: "Unterbefehl fehlt; 'sscard --help' zeigt die Liste",
                        zh: "缺少子命令；运行 'sscard --help' 查看列表"), command: nil, console: console)
            }
            console.writeLine(overview)
            return .success
        }
        guard let subcommand = subcommands.first(where: { $0.name == name }) else {
            return early.fail(
                UsageError(
                    en: "unknown subcommand '\(name)'; run 'sscard --help' for the list",
                    de: "unbekannter Unterbefehl „\(name)“; 'sscard --help' zeigt die Liste",
                    zh: "未知子命令“\(name)”；运行 'sscard --help' 查看列表"), command: nil, console: console)
        }
        var rest: [String] = []
        var json = false
        var reveal = false
        var language = Language.english
        var holidayFiles: [String] = []
        var provisional = false
        var index = 1
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            switch argument {
            case "--help", "-h":
                console.writeLine(subcommand.help)
                return .success
            case "--json": json = true
            case "--reveal": reveal = true
            case "--lang":
                guard index < arguments.count, let chosen = Language(rawValue: arguments[index]) else {
                    return early.fail(
                        UsageError(
                            en: "--lang must be en, de or zh", de: "--lang muss en, de oder zh sein",
                            zh: "--lang 必须是 en、de 或 zh"), command: name, console: console)
                }
                language = chosen
                index += 1
            case "--holidays":
                guard index < arguments.count else {
                    return early.fail(
                        UsageError(
                            en: "--holidays needs a FILE", de: "--holidays braucht eine DATEI",
                            zh: "--holidays 需要一个文件"), command: name, console: console)
                }
                holidayFiles.append(arguments[index])
                index += 1
            case "--provisional": provisional = true
            case "--":
                rest.append(contentsOf: arguments[(index - 1)...])
                index = arguments.count
            default: rest.append(argument)
            }
        }
        let calendar: WorkingDayCalendar
        do {
            calendar = try CalendarOption.calendar(files: holidayFiles, provisional: provisional, console: console)
        } catch {
            return early.fail(error, command: name, console: console)
        }
        let invocation = Invocation(
            arguments: rest, json: json, reveal: reveal, language: language, calendar: calendar, console: console)
        return self.run(subcommand, invocation)
    }

    /// Runs `subcommand` with `invocation`, turning a thrown ``UsageError`` into exit status 2 with its
    /// message on standard error (and the error document under `--json`).
    static func run(_ subcommand: Subcommand, _ invocation: Invocation) -> ExitStatus {
        do {
            return try subcommand.run(invocation)
        } catch {
            invocation.report(.usage, error.message(in: invocation.language), command: subcommand.name)
            return .usage
        }
    }
}

extension String {
    /// The string padded with spaces to `length` characters (or left as it is when longer).
    func padding(toLength length: Int) -> String {
        self.count >= length ? self + " " : self + String(repeating: " ", count: length - self.count)
    }
}
