import CardModel

extension Subcommand {
    /// `sscard calendar YEAR` and `sscard calendar import FILE [--check]`: a year at a glance, and a notice read
    /// from its text (CM-WORKDAY, CM-NOTICE, CM-STATUTORY, CM-PROVISIONAL).
    static let calendar = Subcommand(
        name: "calendar", summary: "a year's working days at a glance; read a State Council notice",
        help: """
            USAGE: sscard calendar YEAR [--json]
                   sscard calendar import FILE [--check] [--json]

            YEAR:   the year as a month grid: statutory holidays, the other rest days of a holiday break,
                    adjusted working days (weekend days worked, 调休上班) and weekends marked, in colour on a
                    terminal (plain marks when piped or with NO_COLOR), with the notice's citation and a
                    legend. A year without a notice exits 1, unless --provisional answers it by law.
            import: reads the text of a 国务院办公厅关于YYYY年部分节假日安排的通知 as published (or a schedule
                    in JSON) and prints the schedule it gives. With --check, compares it day by day with the
                    year the calendar already has and exits 1 on any difference.

            Next year's notice the day it appears:
              sscard calendar import notice-2027.txt            # read it and see the schedule
              sscard --holidays notice-2027.txt calendar 2027   # use it for any subcommand
              export SSCARD_HOLIDAYS=notice-2027.txt            # or once, for every run

            JSON: YEAR prints {year, source {documentNumber, issued, title} or null, provisional, days
                  [{date, weekday, workingDay, kind, holiday, adjustedWorkingDay, adjustedFor, provisional}]};
                  import prints {year, source, periods [{holiday, firstDay, lastDay, statutoryDays,
                  adjustedWorkingDays}], differences [{date, expected, found}] (with --check)}.
            """,
        run: { (invocation: Invocation) throws(UsageError) -> ExitStatus in
            let arguments = try Arguments(invocation.arguments, flags: ["check"])
            var positionals = arguments.positionals[...]
            switch positionals.popFirst() {
            case "import":
                guard let path = positionals.popFirst(), positionals.isEmpty else {
                    throw UsageError("import needs one FILE; see --help")
                }
                return try CalendarImport.run(path: path, check: arguments.flag("check"), invocation: invocation)
            case let yearText?:
                guard positionals.isEmpty, !arguments.flag("check") else {
                    throw UsageError("calendar takes one YEAR; see --help")
                }
                guard let year = Int(yearText), CivilDate.supportedYears.contains(year) else {
                    throw UsageError(
                        "YEAR must be a year of \(CivilDate.supportedYears.lowerBound) through "
                            + "\(CivilDate.supportedYears.upperBound), not '\(yearText)'")
                }
                return CalendarYear.run(year: year, invocation: invocation)
            case nil:
                throw UsageError("missing YEAR or 'import FILE'; see --help")
            }
        })
}
