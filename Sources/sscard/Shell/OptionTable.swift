/// One option of a command line: its name, what it takes, how the USAGE line shows it and its lines in the
/// option list of `--help`.
///
/// A command's ``OptionTable`` is the only place its options are listed: ``Arguments`` accepts exactly them,
/// the help text's USAGE line and option list are rendered from them, and OptionTableTests checks every
/// table against the help and the parser.
struct OptionSpec: Sendable {
    /// What the option takes.
    enum Kind: Sendable, Equatable {
        /// `--name` alone (given twice it is still given).
        case flag
        /// `--name VALUE` or `--name=VALUE`, at most once.
        case value
        /// `--name VALUE`, as often as needed.
        case repeatable
    }

    /// Where the option goes in a USAGE line.
    enum Placement: Sendable, Equatable {
        /// Its own `[--name VALUE]` after the previous one.
        case next
        /// Its own, at the start of a new line.
        case newLine
        /// In the previous option's brackets as its alternative: `[--a | --b]`.
        case alternativeToPrevious
        /// Inside the previous option's brackets, as needing it: `[--a [--b]]`.
        case insidePrevious
    }

    /// The name without the leading `--`, such as `applied`.
    let name: String
    /// What it takes.
    let kind: Kind
    /// The value's placeholder in the option list, such as `DATE`; empty for a flag.
    let placeholder: String
    /// The values accepted, when they are a fixed set; ``Arguments/choice(_:)`` refuses any other.
    let choices: [String]?
    /// Whether the command needs it (the USAGE line shows it without brackets).
    let isRequired: Bool
    /// The value as the USAGE line shows it: given, or the choices joined by `|`, or the placeholder.
    let usageValue: String
    /// The description in the option list, one string a line as printed.
    let help: [String]
    /// Where it goes in a USAGE line.
    var placement = Placement.next
    /// Another spelling, such as `-h` for `--help`.
    var alias: String?

    /// `--name`: a flag.
    static func flag(_ name: String, _ help: String...) -> OptionSpec {
        OptionSpec(
            name: name, kind: .flag, placeholder: "", choices: nil, isRequired: false, usageValue: "", help: help)
    }

    /// `--name PLACEHOLDER`: an option with a value, given at most once.
    static func value(
        _ name: String, _ placeholder: String, required: Bool = false, usage: String? = nil, _ help: String...
    ) -> OptionSpec {
        OptionSpec(
            name: name, kind: .value, placeholder: placeholder, choices: nil, isRequired: required,
            usageValue: usage ?? placeholder, help: help)
    }

    /// `--name PLACEHOLDER` with a value among `choices`, given at most once.
    static func choice(
        _ name: String, _ placeholder: String, _ choices: [String], required: Bool = false, usage: String? = nil,
        _ help: String...
    ) -> OptionSpec {
        OptionSpec(
            name: name, kind: .value, placeholder: placeholder, choices: choices, isRequired: required,
            usageValue: usage ?? choices.joined(separator: "|"), help: help)
    }

    /// `--name PLACEHOLDER`, as often as needed; every value is kept.
    static func repeatable(_ name: String, _ placeholder: String, usage: String? = nil, _ help: String...) -> OptionSpec
    {
        OptionSpec(
            name: name, kind: .repeatable, placeholder: placeholder, choices: nil, isRequired: false,
            usageValue: usage ?? placeholder, help: help)
    }

    /// The same option, starting a new line of the USAGE line.
    var onNewUsageLine: OptionSpec { self.placed(.newLine) }

    /// The same option, shown in the USAGE line as the alternative to the one before: `[--a | --b]`.
    var alternativeToPrevious: OptionSpec { self.placed(.alternativeToPrevious) }

    /// The same option, shown in the USAGE line inside the brackets of the one before: `[--a [--b]]`.
    var insidePrevious: OptionSpec { self.placed(.insidePrevious) }

    /// The same option with another spelling, such as `-h`.
    func aliased(_ alias: String) -> OptionSpec {
        var spec = self
        spec.alias = alias
        return spec
    }

    private func placed(_ placement: Placement) -> OptionSpec {
        var spec = self
        spec.placement = placement
        return spec
    }

    /// `--name VALUE` as the option list shows it (`--help, -h` with an alias).
    var signature: String {
        "--" + self.name + (self.alias.map { ", " + $0 } ?? "") + (self.kind == .flag ? "" : " " + self.placeholder)
    }

    /// `--name VALUE` as the USAGE line shows it, without brackets.
    var usage: String { "--" + self.name + (self.kind == .flag ? "" : " " + self.usageValue) }
}

/// Every option that one command line form accepts (a subcommand, or one of its actions such as
/// `permit lifecycle`), in the order of its help text.
struct OptionTable: Sendable {
    /// The words after `sscard` that lead to this table, such as `exchange` or `permit lifecycle`.
    let command: String
    /// What follows the command words in the USAGE line before the options, such as `DATE [DATE ...]`.
    let operands: String
    /// The shell-wide options the USAGE line names after the command's own, such as `["json", "lang"]`.
    let shellOptions: [String]
    /// The column at which the option list's descriptions start.
    let column: Int
    /// The options, in groups that the help text may list apart (usually one).
    let sections: [[OptionSpec]]
    /// A command line (after ``command``) that the command accepts; the tests vary its options.
    let example: [String]

    /// A table of `sections` for `command`.
    init(
        _ command: String, operands: String = "", shell shellOptions: [String] = [], column: Int = 24,
        example: [String] = [], _ sections: [OptionSpec]...
    ) {
        self.command = command
        self.operands = operands
        self.shellOptions = shellOptions
        self.column = column
        self.example = example
        self.sections = sections
    }

    /// Every option, in order.
    var options: [OptionSpec] { self.sections.flatMap { $0 } }

    /// The option called `name`, if the table has it.
    func spec(_ name: String) -> OptionSpec? { self.options.first { $0.name == name } }

    /// The option list of `--help` for every section, indented by two spaces, descriptions at ``column``.
    var list: String { self.sections.indices.map { self.list(section: $0) }.joined(separator: "\n") }

    /// The option list of `--help` for the options of one section.
    func list(section: Int) -> String {
        var lines: [String] = []
        for option in self.sections[section] {
            let head = "  " + option.signature
            let margin = String(repeating: " ", count: self.column)
            var help = option.help[...]
            if head.count < self.column, let first = help.popFirst() {
                lines.append(head + String(repeating: " ", count: self.column - head.count) + first)
            } else {
                // Too long to leave room for its description: the description starts on the next line.
                lines.append(head)
            }
            lines += help.map { margin + $0 }
        }
        return lines.joined(separator: "\n")
    }

    /// `USAGE: sscard COMMAND …`: the command's one form with every option, wrapped to lines of at most
    /// ``OptionTable/usageWidth`` characters.
    var usage: String { OptionTable.usage([self.form()]) }

    /// The USAGE line of this table's command with `operands` (else ``operands``), its options (or only those
    /// `named`, in the table's order) and its shell-wide options, then `tail`.
    func form(_ operands: String? = nil, only named: [String]? = nil, tail: String = "") -> UsageForm {
        let operands = operands ?? self.operands
        let own = self.options.filter { named?.contains($0.name) ?? true }
        return UsageForm(
            words: "sscard " + self.command + (operands.isEmpty ? "" : " " + operands),
            options: own + self.shellOptions.compactMap { Shell.options.spec($0) }, tail: tail)
    }

    /// The widest line of a USAGE section.
    static let usageWidth = 101

    /// `USAGE: ` and a line a form (later forms indented to match), each wrapped at ``usageWidth`` with its
    /// continuation lines under its first option.
    static func usage(_ forms: [UsageForm]) -> String {
        var lines: [String] = []
        for (index, form) in forms.enumerated() {
            let start = (index == 0 ? "USAGE: " : "       ") + form.words
            let margin = String(repeating: " ", count: start.count + 1)
            var line = start
            for token in form.tokens {
                if token.newLine || line.count + 1 + token.text.count > self.usageWidth {
                    lines.append(line)
                    line = margin + token.text
                } else {
                    line += " " + token.text
                }
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}

/// One form of a command line in a USAGE section: its words and the options it takes.
struct UsageForm: Sendable {
    /// `sscard` and the words before the options, such as `sscard workdays add N [DATE ...]`.
    let words: String
    /// The options, in order.
    let options: [OptionSpec]
    /// What follows the options, such as `< requests`.
    var tail = ""

    /// The USAGE line's pieces after the words: an option (with the ones grouped into its brackets) each.
    var tokens: [(text: String, newLine: Bool)] {
        var tokens: [(text: String, newLine: Bool)] = []
        for option in self.options {
            let text = option.isRequired ? option.usage : "[" + option.usage + "]"
            switch option.placement {
            case .alternativeToPrevious where !tokens.isEmpty && tokens[tokens.count - 1].text.hasSuffix("]"):
                tokens[tokens.count - 1].text = tokens[tokens.count - 1].text.dropLast() + " | " + option.usage + "]"
            case .insidePrevious where !tokens.isEmpty && tokens[tokens.count - 1].text.hasSuffix("]"):
                tokens[tokens.count - 1].text = tokens[tokens.count - 1].text.dropLast() + " " + text + "]"
            default:
                tokens.append((text, option.placement == .newLine))
            }
        }
        if !self.tail.isEmpty { tokens.append((self.tail, false)) }
        return tokens
    }
}
