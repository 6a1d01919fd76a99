import CardModel
import Foundation

/// The shell-wide calendar options: `--holidays FILE` (repeatable), `SSCARD_HOLIDAYS` and `--provisional`
/// (CM-NOTICE, CM-PROVISIONAL).
enum CalendarOption {
    /// The environment variable a back office sets once: holiday files separated by `:`.
    static let environmentVariable = "SSCARD_HOLIDAYS"

    /// The official calendar with the schedules of `SSCARD_HOLIDAYS` and then of `files` added (a later year
    /// replaces an earlier one), answering years without a notice provisionally when `provisional` is set.
    static func calendar(files: [String], provisional: Bool, console: Console) throws(UsageError)
        -> WorkingDayCalendar
    {
        let fromEnvironment = (console.environment(self.environmentVariable) ?? "")
            .split(separator: ":").map(String.init)
        var calendar = WorkingDayCalendar.mainlandChina
        for path in fromEnvironment + files {
            guard let bytes = console.readFile(path) else { throw UsageError("--holidays: cannot read '\(path)'") }
            for schedule in try self.schedules(in: bytes, path: path) {
                calendar = calendar.adding(schedule)
            }
        }
        return provisional ? calendar.withFallback(.provisional) : calendar
    }

    /// The schedules a file holds: a schedule or an array of schedules in the library's JSON.
    static func schedules(in bytes: [UInt8], path: String) throws(UsageError) -> [HolidaySchedule] {
        let first = bytes.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        guard first == UInt8(ascii: "{") || first == UInt8(ascii: "[") else {
            throw UsageError("--holidays: '\(path)' is not a schedule in JSON")
        }
        let data = Data(bytes)
        do {
            if first == UInt8(ascii: "[") { return try JSONDecoder().decode([HolidaySchedule].self, from: data) }
            return [try JSONDecoder().decode(HolidaySchedule.self, from: data)]
        } catch {
            throw UsageError("--holidays: '\(path)' is not a valid schedule: \(error)")
        }
    }
}
