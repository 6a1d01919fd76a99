extension Shell {
    /// The options every subcommand takes, before or after its name; the shell reads them and hands the
    /// subcommand the rest (Shell.run), and `sscard --help` lists them.
    static let options = OptionTable(
        "", column: 16,
        [
            .flag("json", "print JSON for scripts"),
            .flag("reveal", "show identifiers unmasked (masked by default)"),
            .choice("lang", "L", ["en", "de", "zh"], "language of messages: en (default), de, zh"),
            .repeatable(
                "holidays", "F", usage: "FILE",
                "add a year's schedule: the State Council's notice as text, or the schedule as JSON",
                "(repeatable; SSCARD_HOLIDAYS=F1:F2 does the same)"),
            .flag("provisional", "answer years without a notice provisionally by law (CM-PROVISIONAL), saying so"),
            .flag("help", "show help").aliased("-h"),
        ])

    /// The shell-wide options that may come before the subcommand's name (all but `--help`, which there asks
    /// for the overview), as typed: `--json`.
    static let leadingOptions = Set(Self.options.options.filter { $0.name != "help" }.map { "--" + $0.name })

    /// The shell-wide options that take a value, as typed: `--lang`.
    static let optionsWithValues = Set(Self.options.options.filter { $0.kind != .flag }.map { "--" + $0.name })

    /// The USAGE line of `sscard --help`.
    static let overviewUsage = OptionTable.usage([
        UsageForm(
            words: "sscard <subcommand> [options]",
            options: ["json", "reveal", "lang"].compactMap { Self.options.spec($0) })
    ])
}
