import CardModel

extension Subcommand {
    /// `sscard calendar YEAR` and `sscard calendar import FILE [--check]`: a year at a glance, and a notice read
    /// from its text (CM-WORKDAY, CM-NOTICE, CM-STATUTORY, CM-PROVISIONAL).
    static let calendar = Subcommand(
        name: "calendar", summary: "a year's working days at a glance; read a State Council notice",
        help: """
            \(OptionTable.calendarUsage)

            YEAR:   the year as a month grid: statutory holidays, the other rest days of a holiday break,
                    adjusted working days (weekend days worked, 调休上班) and weekends marked, in colour on a
                    terminal (plain marks when piped or with NO_COLOR), with the notice's citation and a
                    legend. A year without a notice exits 1, unless --provisional answers it by law.
            import: reads the text of a 国务院办公厅关于YYYY年部分节假日安排的通知 as published (with any
                    amending notice of the same year as a further FILE, or a schedule in JSON) and prints the
                    schedule it gives; statutory days come from the law (CM-STATUTORY), not from the text. With
                    --check, compares it day by day with the year the calendar already has and exits 1 on any
                    difference. Its --json output is a schedule that --holidays reads back.

            Next year's notice the day it appears:
              sscard calendar import notice-2027.txt            # read it and see the schedule
              sscard --holidays notice-2027.txt calendar 2027   # use it for any subcommand
              export SSCARD_HOLIDAYS=notice-2027.txt            # or once, for every run

            JSON: YEAR prints {year, source {documentNumber, issued, title} or null, provisional, days
                  [{date, weekday, workingDay, kind, holiday, adjustedWorkingDay, adjustedFor, provisional}]};
                  import prints {year, source, periods [{holiday {key, name}, firstDay, lastDay, statutoryDays,
                  adjustedWorkingDays}], differences [{date, expected {kind, holiday}, found {kind, holiday}}]
                  (with --check)}.
            """, optionTables: [.calendar],
        run: { (invocation: Invocation) throws(UsageError) -> ExitStatus in
            let arguments = try Arguments(invocation.arguments, table: .calendar)
            var positionals = arguments.positionals[...]
            switch positionals.popFirst() {
            case "import":
                guard !positionals.isEmpty else {
                    throw UsageError(
                        en: "import needs a FILE; see --help", de: "import braucht eine DATEI; siehe --help",
                        zh: "import 需要指定文件；参见 --help")
                }
                return try CalendarImport.run(
                    paths: Array(positionals), check: arguments.flag("check"), invocation: invocation)
            case let yearText?:
                guard positionals.isEmpty, !arguments.flag("check") else {
                    throw UsageError(
                        en: "calendar takes one YEAR; see --help", de: "calendar nimmt genau ein JAHR; siehe --help",
                        zh: "calendar 只接受一个年份；参见 --help")
                }
                guard let year = Int(yearText), CivilDate.supportedYears.contains(year) else {
                    let (first, last) = (CivilDate.supportedYears.lowerBound, CivilDate.supportedYears.upperBound)
                    throw UsageError(
                        en: "YEAR must be a year of \(first) through \(last), not '\(yearText)'",
                        de: "JAHR muss ein Jahr von \(first) bis \(last) sein, nicht „\(yearText)“",
                        zh: "年份须在\(first)至\(last)年之间，而不是“\(yearText)”")
                }
                return CalendarYear.run(year: year, invocation: invocation)
            case nil:
                throw UsageError(
                    en: "missing YEAR or 'import FILE'; see --help", de: "JAHR oder „import DATEI“ fehlt; siehe --help",
                    zh: "缺少年份或“import 文件”；参见 --help")
            }
        })
}
