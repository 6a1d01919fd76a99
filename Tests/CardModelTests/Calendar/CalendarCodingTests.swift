import CardModel
import Foundation
import TestSupport
import Testing

/// The one stored form of a calendar: the official calendar by reference, only the other schedules in full
/// (CM-WORKDAY).
@Suite struct CalendarCodingTests {
    static func text(_ calendar: WorkingDayCalendar) throws -> String {
        String(decoding: try JSONEncoder().encode(calendar), as: UTF8.self)
    }

    static func decode(_ text: String) throws -> WorkingDayCalendar {
        try JSONDecoder().decode(WorkingDayCalendar.self, from: Data(text.utf8))
    }

    @Test("CM-WORKDAY: the official calendar is stored by name with the years it covers, no schedule")
    func officialByReference() throws {
        let text = try Self.text(.mainlandChina)
        #expect(text.contains("\"name\":\"mainlandChina\""))
        #expect(text.contains("\"from\":2004") && text.contains("\"through\":2026"))
        #expect(!text.contains("\"schedules\"") && text.contains("\"ownSchedules\":[]"))
        #expect(text.utf8.count < 200, "encoded size \(text.utf8.count) bytes")
        #expect(try Self.decode(text) == .mainlandChina)
    }

    @Test("CM-WORKDAY: the official calendar with an added 2027 stores that one schedule only and round-trips")
    func added2027() throws {
        let calendar = try officialPlus2027()
        let text = try Self.text(calendar)
        #expect(text.utf8.count < 2048, "encoded size \(text.utf8.count) bytes")
        #expect(text.contains("TEST-2027") && !text.contains("2026-10-01"))
        let decoded = try Self.decode(text)
        #expect(decoded == calendar && decoded.hashValue == calendar.hashValue)
        #expect(try decoded.date(byAddingWorkingDays: 4, to: date("2026-12-30")) == date("2027-01-06"))
    }

    @Test(
        "CM-WORKDAY, CM-PROVISIONAL: the fallback is kept with the reference",
        arguments: [
            WorkingDayCalendar.Fallback.refuse, .assumeWeekdays, .provisional,
        ])
    func fallbackKept(fallback: WorkingDayCalendar.Fallback) throws {
        let calendar = try officialPlus2027().withFallback(fallback)
        let decoded = try Self.decode(try Self.text(calendar))
        #expect(decoded == calendar && decoded.fallback == fallback)
    }

    @Test("CM-WORKDAY: a schedule replacing an official year is stored as its own and wins on decoding")
    func replacedOfficialYear() throws {
        let corrected = try HolidaySchedule(
            year: 2026, source: NoticeCitation(documentNumber: "TEST-2026", issued: .earliest, title: "none"),
            periods: [])
        let calendar = WorkingDayCalendar.mainlandChina.adding(corrected)
        let text = try Self.text(calendar)
        #expect(text.contains("TEST-2026") && text.contains("\"official\""))
        let decoded = try Self.decode(text)
        #expect(decoded == calendar && decoded.schedule(for: 2026) == corrected)
        #expect(try decoded.isWorkingDay(date("2026-10-01")))
    }

    @Test("CM-WORKDAY: a calendar without every official year is stored in full, as before")
    func partialCalendarInFull() throws {
        let years = WorkingDayCalendar.mainlandChina.schedules.filter { $0.year >= 2025 }
        let calendar = WorkingDayCalendar(schedules: years, fallback: .assumeWeekdays)
        let text = try Self.text(calendar)
        #expect(text.contains("\"schedules\"") && !text.contains("\"official\""))
        #expect(try Self.decode(text) == calendar)
        #expect(try Self.decode(try Self.text(WorkingDayCalendar(schedules: []))) == WorkingDayCalendar(schedules: []))
    }

    @Test("CM-WORKDAY: the earlier forms decode: the name \"mainlandChina\" and every schedule in full")
    func earlierForms() throws {
        #expect(try Self.decode(#""mainlandChina""#) == .mainlandChina)
        #expect(throws: DecodingError.self) { try Self.decode(#""atlantis""#) }
        let schedules = String(
            decoding: try JSONEncoder().encode(WorkingDayCalendar.mainlandChina.schedules), as: UTF8.self)
        let full = #"{"schedules":"# + schedules + #","fallback":"refuse"}"#
        #expect(full.utf8.count > 30_000)
        #expect(try Self.decode(full) == .mainlandChina)
        // Re-encoded, the same calendar is stored by reference.
        #expect(try Self.text(try Self.decode(full)).utf8.count < 200)
    }

    @Test("CM-WORKDAY: an edited stored schedule is validated again on decoding")
    func editedScheduleValidated() throws {
        let text = try Self.text(try officialPlus2027())
        #expect(text.contains("\"2027-01-31\""))
        // The Sunday worked for Spring Festival made a Monday: no longer a weekend day, so no adjusted working day.
        let weekday = text.replacingOccurrences(of: "\"2027-01-31\"", with: "\"2027-02-01\"")
        #expect(throws: (any Error).self) { try Self.decode(weekday) }
        let impossible = text.replacingOccurrences(of: "\"2027-10-07\"", with: "\"2027-02-30\"")
        #expect(throws: DecodingError.self) { try Self.decode(impossible) }
    }

    @Test("CM-WORKDAY: a reference to years or a calendar this library does not ship is refused")
    func referenceChecked() throws {
        let text = try Self.text(.mainlandChina)
        for edited in [
            text.replacingOccurrences(of: "\"through\":2026", with: "\"through\":2031"),
            text.replacingOccurrences(of: "\"from\":2004", with: "\"from\":1999"),
            text.replacingOccurrences(of: "\"from\":2004", with: "\"from\":2027"),
            text.replacingOccurrences(of: "\"name\":\"mainlandChina\"", with: "\"name\":\"atlantis\""),
            text.replacingOccurrences(of: "\"fallback\":\"refuse\"", with: "\"fallback\":\"guess\""),
        ] {
            #expect(edited != text)
            #expect(throws: DecodingError.self) { try Self.decode(edited) }
        }
        // An older reference (fewer years than the library ships) decodes to the official calendar of today.
        let older = text.replacingOccurrences(of: "\"through\":2026", with: "\"through\":2024")
        #expect(try Self.decode(older) == .mainlandChina)
    }
}
