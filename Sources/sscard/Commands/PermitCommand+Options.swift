import WorkPermitIntegration

extension PermitCommand {
    /// The options of `sscard permit lifecycle`: what it parses and what its help lists.
    static let lifecycleOptions = OptionTable(
        "permit lifecycle", shell: ["json", "lang"], column: 23,
        example: ["--issued", "2025-01-01", "--valid-until", "2027-12-31", "--on", "2026-03-01"],
        [
            .value("issued", "DATE", required: true, "the day the permit was issued (required)"),
            .value("valid-until", "DATE", required: true, "its last valid day, after --issued (required)"),
            .value("on", "DATE", required: true, "the day asked about (required)"),
            .value("cancelled", "DATE", "the day it was cancelled, if it was"),
            .choice(
                "procedure", "P", WorkPermitProcedure.allCases.map(\.rawValue),
                "answer for one procedure only: apply, extend, change or cancel"),
        ])

    /// The options of `sscard permit verify`: what it parses and what its help lists.
    static let verifyOptions = OptionTable(
        "permit verify", shell: ["json", "lang"], column: 23,
        [
            .choice(
                "document", "D", ["letter", "ecard", "physical-card"],
                "only for this document: letter (the Notification Letter), ecard (the",
                "electronic card with work permit information) or physical-card (a",
                "physical work permit card issued before 2024-12-01)"),
            .value(
                "on", "DATE", "check that the document proves the permit on that day: the electronic card",
                "carries it only from 2024-12-01 (WP-EFFECTIVE), the letter exists only from",
                "2017-04-01 (WP-ONLINE)"),
        ])
}
