import Testing

@testable import sscard

/// Every command's ``OptionTable`` against its help text and its parser: the help lists every option of the
/// table, every option the help names parses, and an option outside the table is refused, so the table is the
/// only list of a command's options.
@Suite struct OptionTableTests {
    /// An option name no table has.
    static let unknown = "not-an-option"

    /// The names of the shell-wide options.
    static let shellNames = Set(Shell.options.options.map(\.name))

    /// Every `--name` written in `text`, without the dashes.
    static func optionNames(in text: String) -> Set<String> {
        Set(text.matches(of: #/--([a-z][a-z0-9]*(?:-[a-z0-9]+)*)/#).map { String($0.output.1) })
    }

    /// The USAGE section of a help text: from `USAGE:` to the first blank line.
    static func usageSection(of help: String) -> String {
        help.split(separator: "\n", omittingEmptySubsequences: false).prefix { !$0.isEmpty }.joined(separator: "\n")
    }

    /// The subcommand called `name`.
    static func subcommand(_ name: String) throws -> Subcommand {
        try #require(Shell.subcommands.first { $0.name == name })
    }

    /// The command words of `table` followed by `arguments`.
    static func commandLine(_ table: OptionTable, _ arguments: [String]) -> [String] {
        table.command.split(separator: " ").map(String.init) + arguments
    }

    /// `--name VALUE` (or `--name` for a flag), with `value` for an option that takes one.
    static func given(_ option: OptionSpec, _ value: String = "x") -> [String] {
        option.kind == .flag ? ["--" + option.name] : ["--" + option.name, value]
    }

    @Test("every subcommand has option tables of its own command, with names unique and apart from the shell's")
    func tablesBelongToTheirSubcommand() {
        for subcommand in Shell.subcommands {
            #expect(!subcommand.optionTables.isEmpty, "\(subcommand.name)")
            for table in subcommand.optionTables {
                #expect(table.command.split(separator: " ").first.map(String.init) == subcommand.name)
                let names = table.options.map(\.name)
                #expect(Set(names).count == names.count, "\(table.command): a name given twice")
                #expect(Self.shellNames.isDisjoint(with: names), "\(table.command): a name of the shell's")
                for option in table.options {
                    #expect(!option.help.isEmpty, "\(table.command) --\(option.name)")
                    #expect((option.kind == .flag) == option.placeholder.isEmpty, "--\(option.name)")
                }
            }
        }
    }

    @Test(
        "--help lists every option of the subcommand's tables, in USAGE too, and names only options that parse",
        arguments: Shell.subcommands.map(\.name))
    func helpListsTheTable(name: String) throws {
        let subcommand = try Self.subcommand(name)
        let help = sscard([name, "--help"])
        #expect(help.status == 0)
        let named = Self.optionNames(in: help.output)
        let usage = Self.optionNames(in: Self.usageSection(of: help.output))
        let own = Set(subcommand.optionTables.flatMap(\.options).map(\.name))
        for option in own {
            #expect(named.contains(option), "\(name) --help does not list --\(option)")
            #expect(usage.contains(option), "\(name) --help: USAGE does not show --\(option)")
        }
        for option in named {
            #expect(own.contains(option) || Self.shellNames.contains(option), "\(name) --help names --\(option)")
        }
        for table in subcommand.optionTables {
            for option in table.shellOptions {
                #expect(Self.shellNames.contains(option), "\(table.command): no shell-wide --\(option)")
            }
        }
    }

    @Test("every option of a table parses, by itself and as --name=VALUE", arguments: Shell.subcommands.map(\.name))
    func everyOptionParses(name: String) throws {
        for table in try Self.subcommand(name).optionTables {
            for option in table.options {
                var lines = [Self.commandLine(table, Self.given(option))]
                if option.kind != .flag { lines.append(Self.commandLine(table, ["--\(option.name)=x"])) }
                for line in lines {
                    let result = sscard(line)
                    #expect(!result.stderr.contains { $0.contains("unknown option") }, "\(line): \(result.stderr)")
                }
            }
            if !table.example.isEmpty {
                let example = sscard(Self.commandLine(table, table.example))
                #expect(example.status != 2, "\(table.command) \(table.example): \(example.stderr)")
            }
        }
    }

    @Test(
        "an option outside the table, a flag with a value and a value option given twice are usage errors",
        arguments: Shell.subcommands.map(\.name))
    func refusals(name: String) throws {
        for table in try Self.subcommand(name).optionTables {
            let unknown = sscard(Self.commandLine(table, ["--" + Self.unknown]))
            #expect(unknown.status == 2, "\(table.command)")
            #expect(unknown.stdout.isEmpty)
            #expect(unknown.stderr == ["sscard \(name): unknown option --\(Self.unknown); see --help"])
            for option in table.options {
                switch option.kind {
                case .flag:
                    let valued = sscard(Self.commandLine(table, ["--\(option.name)=x"]))
                    #expect(valued.stderr == ["sscard \(name): unknown option --\(option.name); see --help"])
                case .value:
                    let twice = sscard(Self.commandLine(table, Self.given(option) + Self.given(option, "y")))
                    #expect(twice.status == 2, "\(table.command) --\(option.name)")
                    #expect(
                        twice.stderr == ["sscard \(name): --\(option.name) is given more than once; give it once"])
                case .repeatable:
                    let twice = sscard(Self.commandLine(table, Self.given(option) + Self.given(option, "y")))
                    #expect(!twice.stderr.contains { $0.contains("more than once") }, "--\(option.name)")
                }
            }
        }
    }

    @Test("an option with choices accepts each of them and refuses another", arguments: Shell.subcommands.map(\.name))
    func choices(name: String) throws {
        for table in try Self.subcommand(name).optionTables {
            for option in table.options {
                guard let choices = option.choices else { continue }
                // The example without this option, so that what is checked is this option's value.
                var example: [String] = []
                var rest = table.example[...]
                while let argument = rest.popFirst() {
                    if argument == "--" + option.name { _ = rest.popFirst() } else { example.append(argument) }
                }
                for choice in choices {
                    let result = sscard(Self.commandLine(table, example + ["--" + option.name, choice]))
                    #expect(
                        !result.stderr.contains { $0.contains("must be one of") || $0.contains("unknown option") },
                        "\(table.command) --\(option.name) \(choice): \(result.stderr)")
                }
                let refused = sscard(Self.commandLine(table, example + ["--" + option.name, "bogus"]))
                #expect(refused.status == 2)
                let list = choices.joined(separator: ", ")
                #expect(
                    refused.stderr == ["sscard \(name): --\(option.name) must be one of \(list), not 'bogus'"],
                    "\(table.command) --\(option.name)")
            }
        }
    }

    @Test("sscard --help lists every shell-wide option, and each is taken before and after the subcommand")
    func shellOptions() {
        let overview = sscard("--help").output
        #expect(Self.optionNames(in: overview) == Self.shellNames)
        let files = ["none.json": "[]"]
        for option in Shell.options.options where option.name != "help" {
            let given = Self.given(option, option.choices?.first ?? "none.json")
            let before = sscard(given + ["rules", "CM-DATE"], files: files)
            #expect(before.status == 0, "\(given): \(before.stderr)")
            let after = sscard(["rules", "CM-DATE"] + given, files: files)
            #expect(after.status == 0, "\(given): \(after.stderr)")
        }
        #expect(sscard("rules -h").output.hasPrefix("USAGE: sscard rules"))
        #expect(sscard("rules --help").output.hasPrefix("USAGE: sscard rules"))
    }

    @Test("a batch request takes every shell-wide option but --help, or says it applies to the whole batch")
    func shellOptionsInBatch() {
        for option in Shell.options.options where option.name != "help" {
            let value = option.kind == .flag ? "true" : "\"\(option.choices?.first ?? "none.json")\""
            let request = #"{"command":"rules","arguments":["CM-DATE"],"\#(option.name)":\#(value)}"#
            let result = sscard("batch", input: request)
            #expect(result.lines.count == 1, "\(request)")
            #expect(
                result.lines.first?.contains(#""error""#) == false
                    || result.lines.first?.contains("the whole batch") == true, "\(request): \(result.lines)")
        }
    }

    @Test("a repeatable option keeps every value; a value option needs one")
    func repeatable() throws {
        let table = OptionTable("t", [.repeatable("file", "F", "a file"), .value("on", "DATE", "a day")])
        let arguments = try Arguments(["--file", "a", "--file=b", "x"], table: table)
        #expect(arguments.values("file") == ["a", "b"])
        #expect(arguments.option("file") == "a")
        #expect(arguments.positionals == ["x"])
        let error = #expect(throws: UsageError.self) { try Arguments(["--on"], table: table) }
        #expect(error?.message == "--on needs a value")
    }

    @Test("the option list and the USAGE line are rendered from the table")
    func rendering() {
        let table = OptionTable(
            "demo", shell: ["json"], column: 14,
            [
                .value("on", "DATE", required: true, "the day", "asked about"),
                .choice("mode", "M", ["a", "b"], "a mode"),
                .flag("first", "one way"), .flag("second", "the other").alternativeToPrevious,
                .flag("minor", "a minor").onNewUsageLine, .flag("guardian", "with a guardian").insidePrevious,
                .flag("a-long-flag-name", "too long to share its line"),
            ])
        #expect(
            table.list == """
                  --on DATE   the day
                              asked about
                  --mode M    a mode
                  --first     one way
                  --second    the other
                  --minor     a minor
                  --guardian  with a guardian
                  --a-long-flag-name
                              too long to share its line
                """)
        #expect(
            table.usage == """
                USAGE: sscard demo --on DATE [--mode a|b] [--first | --second]
                                   [--minor [--guardian]] [--a-long-flag-name] [--json]
                """)
    }
}
