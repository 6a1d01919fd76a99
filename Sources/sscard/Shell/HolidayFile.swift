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
            do throws(HolidayNoticeError) {
                return .notice(try HolidayNotice(parsing: String(decoding: bytes, as: UTF8.self)))
            } catch {
                throw UsageError(
                    en: "'\(path)' is not a holiday notice the library can read: \(error.message.english)",
                    de: "„\(path)“ ist keine Feiertagsbekanntmachung, die die Bibliothek lesen kann: "
                        + error.message.german,
                    zh: "“\(path)”不是可识别的节假日安排通知：\(error.message.chinese)")
            }
        }
        let data = Data(bytes)
        do {
            if first == UInt8(ascii: "[") {
                return .schedules(try JSONDecoder().decode([HolidaySchedule].self, from: data))
            }
            return .schedules([try JSONDecoder().decode(HolidaySchedule.self, from: data)])
        } catch {
            // The decoder's own detail is Foundation's English text; it is kept for whoever fixes the file.
            throw UsageError(
                en: "'\(path)' is not a valid schedule in JSON: \(error)",
                de: "„\(path)“ ist kein gültiger Feiertagsplan in JSON (\(error))",
                zh: "“\(path)”不是有效的 JSON 节假日安排（\(error)）")
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
            do throws(HolidayNoticeError) {
                schedules.append(try HolidayNotice.combining(notices[year] ?? []).schedule())
            } catch {
                throw UsageError(
                    en: "the notices for \(year) do not combine: \(error.message.english)",
                    de: "die Bekanntmachungen für \(year) lassen sich nicht zusammenführen: \(error.message.german)",
                    zh: "\(year)年的通知无法合并：\(error.message.chinese)")
            }
        }
        return schedules
    }

    /// Reads the file at `path` through the console.
    static func load(_ path: String, console: Console) throws(UsageError) -> HolidayFile {
        guard let bytes = console.readFile(path) else {
            throw UsageError(
                en: "cannot read '\(path)'", de: "„\(path)“ kann nicht gelesen werden", zh: "无法读取“\(path)”")
        }
        return try self.read(bytes, path: path)
    }
}
