import ReplacementWorkflow

extension ReplacementCommand {
    /// The options of `sscard replacement`: what it parses and what its help lists, the on-site flags apart.
    static let options = OptionTable(
        "replacement", shell: ["json"], column: 24, example: ["--applied", "2026-03-04"],
        [
            .value("applied", "DATE", required: true, "the day of the application, YYYY-MM-DD (required)"),
            .choice("reason", "R", ReplacementReason.allCases.map(\.rawValue), "lost (default) or damaged"),
            .choice(
                "channel", "C", ReplacementChannel.allCases.map(\.rawValue),
                "website (default; PC), app (the bureau's official app), wechat (its WeChat",
                "official account) or onsite (any social security office; working days only)"),
            .choice(
                "category", "K", ["employee", "resident"],
                "employee (urban employee, default) or resident (urban or rural resident)"),
            .flag("agent", "an agent applies for the holder"),
            .choice(
                "receipt", "M", ReplacementReceiptMethod.allCases.map(\.rawValue),
                "collect (at a social security office, default) or express (delivery)"),
        ],
        // What is shown at an on-site counter (RP-DOCUMENTS): usage errors online.
        [
            .flag("no-id", "the holder's identity document is not shown").onNewUsageLine,
            .flag("id-copy", "only a copy of the holder's identity document is shown"),
            .flag("no-agent-id", "the agent does not show their own identity document"),
            .flag("card-not-handed-in", "the damaged card is not handed in"),
        ])

    /// The flags that describe what is shown at an on-site counter (RP-DOCUMENTS).
    static let onSiteFlags = Self.options.sections[1].map(\.name)
}
