import CardModel

/// The shell-wide calendar options: `--holidays FILE` (repeatable), `SSCARD_HOLIDAYS` and `--provisional`
/// (CM-NOTICE, CM-PROVISIONAL).
enum CalendarOption {
    /// The environment variable a back office sets once: holiday files separated by `:`.
    static let environmentVariable = "SSCARD_HOLIDAYS"

    /// The official calendar with the schedules of `SSCARD_HOLIDAYS` and then of `files` added (a later year
    /// replaces an earlier one), answering years without a notice provisionally when `provisional` is set.
    static func calendar(
        files: [String], provisional: Bool, console: Console
    ) throws(UsageError)
        -> WorkingDayCalendar
    {
        let fromEnvironment = (console.environment(self.environmentVariable) ?? "")
            .split(separator: ":").map(String.init)
        var calendar = WorkingDayCalendar.mainlandChina
        let paths = fromEnvironment + files
        if !paths.isEmpty {
            var loaded: [HolidayFile] = []
            for path in paths {
                do throws(UsageError) { loaded.append(try HolidayFile.load(path, console: console)) } catch {
                    throw UsageError(
                        en: "--holidays: \(error.text.english)", de: "--holidays: \(error.text.german)",
                        zh: "--holidays：\(error.text.chinese)")
                }
            }
            for schedule in try HolidayFile.schedules(of: loaded) { calendar = calendar.adding(schedule) }
        }
        return provisional ? calendar.withFallback(.provisional) : calendar
    }
}
