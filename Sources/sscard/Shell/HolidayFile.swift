import CardModel
import Foundation

/// What a `--holidays` or `calendar import` file holds: schedules in the library's JSON, or the text of a State
/// Council notice (CM-NOTICE).
enum HolidayFile {
    /// A schedule, or an array of schedules, in the library's JSON.
    case schedules([HolidaySchedule])
    /// A yearly or an amending notice, as published.
    case notice(HolidayNotice)

    /// Reads `bytes`: JSON when it starts with `{` or `[`, else a notice's text.
    static func read(_ bytes: [UInt8], path: String) throws(UsageError) -> HolidayFile {
        let first = bytes.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        guard first == UInt8(ascii: "{") || first == UInt8(ascii: "[") else {
            do {
                return .notice(try HolidayNotice(parsing: String(decoding: bytes, as: UTF8.self)))
            } catch {
                throw UsageError("'\(path)' is not a holiday notice the library can read: \(error)")
            }
        }
        let data = Data(bytes)
        do {
            if first == UInt8(ascii: "[") {
                return .schedules(try JSONDecoder().decode([HolidaySchedule].self, from: data))
            }
            return .schedules([try JSONDecoder().decode(HolidaySchedule.self, from: data)])
        } catch {
            throw UsageError("'\(path)' is not a valid schedule in JSON: \(error)")
        }
    }

    /// The schedules of `files`: JSON schedules as they are, notices combined by year with their amendments
    /// (a notice's year replaces a JSON schedule of the same year; a later file replaces an earlier one).
    static func schedules(of files: [HolidayFile]) throws(UsageError) -> [HolidaySchedule] {
        var schedules: [HolidaySchedule] = []
        var notices: [Int: [HolidayNotice]] = [:]
        var years: [Int] = []
        for file in files {
            switch file {
            case .schedules(let some): schedules += some
            case .notice(let notice):
                if notices[notice.year] == nil { years.append(notice.year) }
                notices[notice.year, default: []].append(notice)
            }
        }
        for year in years {
            do {
                schedules.append(try HolidayNotice.combining(notices[year] ?? []).schedule())
            } catch {
                throw UsageError("the notices for \(year) do not combine: \(error)")
            }
        }
        return schedules
    }

    /// Reads the file at `path` through the console.
    static func load(_ path: String, console: Console) throws(UsageError) -> HolidayFile {
        guard let bytes = console.readFile(path) else { throw UsageError("cannot read '\(path)'") }
        return try self.read(bytes, path: path)
    }
}
