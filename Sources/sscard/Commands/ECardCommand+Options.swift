extension ECardCommand {
    /// The options of `sscard ecard services`: what it parses and what its help lists.
    static let servicesOptions = OptionTable(
        "ecard services", shell: ["json", "lang"], column: 33, example: ["--on", "2026-03-01"],
        [
            .value("on", "DATE", required: true, "the day asked about (required)"),
            .value(
                "physical-card-received", "DATE", "the day the physical card was received (a later day: not yet)"),
            .value(
                "permit-expires", "DATE", "the work permit's last valid day: after it the work permit",
                "services stop until an extension is loaded (WP-ECARD)"),
            .choice(
                "permit", "integrated|physical", ["integrated", "physical"],
                "integrated (default) or a physical permit issued before",
                "2024-12-01 and not yet integrated (WP-NO-CHANGE: the card carries", "no work permit information)"),
            .flag("unverified", "real-name and real-person verification are not yet complete"),
        ])
}
