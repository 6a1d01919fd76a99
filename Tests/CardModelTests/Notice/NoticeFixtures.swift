import CardModel
import Foundation
import Testing

/// The committed texts of the State Council's notices (Fixtures/Notices, provenance in SOURCES.md).
enum NoticeFixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures").appendingPathComponent("Notices")

    /// The years whose yearly notice is committed.
    static let years = Array(2004...2026)
    /// The years amended by a later notice.
    static let amendedYears = [2015, 2019, 2020]

    /// The text of a fixture file, `2026` or `2015-amendment`.
    static func text(_ name: String) throws -> String {
        try String(contentsOf: Self.directory.appendingPathComponent("\(name).txt"), encoding: .utf8)
    }

    /// The year's notice, with its amendment applied where there is one.
    static func notice(_ year: Int) throws -> HolidayNotice {
        let notice = try HolidayNotice(parsing: try Self.text(String(year)))
        guard Self.amendedYears.contains(year) else { return notice }
        return try notice.amended(by: try HolidayNotice(parsing: try Self.text("\(year)-amendment")))
    }

    /// The shipped schedule of a year.
    static func shipped(_ year: Int) throws -> HolidaySchedule {
        try #require(WorkingDayCalendar.mainlandChina.schedule(for: year))
    }
}
