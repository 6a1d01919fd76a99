extension OptionTable {
    /// `sscard calendar YEAR` and `sscard calendar import FILE [--check]`: what it parses.
    static let calendar = OptionTable(
        "calendar", shell: ["json"],
        [.flag("check", "compare the schedule read with the year the calendar already has")])

    /// The USAGE section of `sscard calendar`: a year without `--check`, or notices to import.
    static let calendarUsage = OptionTable.usage([
        OptionTable.calendar.form("YEAR", only: []), OptionTable.calendar.form("import FILE [FILE ...]"),
    ])
}
