extension OnboardingCommand {
    /// The options of `sscard onboarding`: what it parses and what its help lists.
    static let options = OptionTable(
        "onboarding", shell: ["json", "lang", "holidays", "provisional"], column: 30,
        example: ["--entry", "2026-03-02"],
        [
            .value(
                "entry", "DATE", required: true, "the day of entry (required; from 2017-04-01, when the online work",
                "permit system and its Notification Letter began: an earlier date is",
                "refused with WP-ONLINE, nothing is planned)"),
            .value(
                "notification-issued", "DATE", "the Notification Letter's date: adds its last valid day (6 months,",
                "the same day of the month) and checks the entry against it"),
            .choice(
                "permit", "physical|integrated", ["physical", "integrated"],
                "the work permit's form; by default the one the entry date gives",
                "(physical before 2024-12-01, integrated from then); physical with a",
                "later entry plans with a permit issued before 2024-12-01 that is",
                "still valid (WP-NO-CHANGE: a warning, and no new letter or Z visa is",
                "planned); with --notification-issued that is refused (WP-EFFECTIVE",
                "for a letter from 2024-12-01, WP-ONLINE for an earlier one, and", "WP-NO-CHANGE)"),
        ])
}
