import CardModel
import Foundation
import TestSupport
import Testing

/// The library's few preconditions (.ci/trap-allowlist) are unreachable from public input: each one guards an
/// invariant that holds by construction, where the alternative was a silent wrong answer.
@Suite struct PreconditionTests {
    /// The package's root directory, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // CardModelTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // the package

    /// Every Swift file under Sources, as (path from the root, text).
    static func sources() throws -> [(path: String, text: String)] {
        let sources = Self.root.appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        var found: [(path: String, text: String)] = []
        for case let url as URL in files where url.pathExtension == "swift" {
            let path = String(url.path.dropFirst(Self.root.path.count + 1))
            found.append((path, try String(contentsOf: url, encoding: .utf8)))
        }
        return found.sorted { $0.path < $1.path }
    }

    /// The code of a file without its comments (whole-line `//` and `///` comments are all the sources have
    /// around these calls).
    static func code(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.drop { $0 == " " }.hasPrefix("//") }
            .joined(separator: "\n")
    }

    /// The three numbers of `y, m, d` when each is an integer literal, else `nil`.
    static func literalDate(_ arguments: Substring) -> (Int, Int, Int)? {
        let parts = arguments.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else {
            return nil
        }
        return (year, month, day)
    }

    // MARK: CivilDate.known

    /// The calls of `known` whose arguments are not literals, each reviewed: the day exists for every value the
    /// arguments can take.
    static let reviewedCalls: Set<String> = [
        // The official table's shorthand, `day(y, m, d)`: its own calls are checked below.
        "Sources/CardModel/Calendar/HolidaySchedule+Unchecked.swift: year, month, day",
        // January 1 and December 31 of a HolidaySchedule's year, which every initialiser keeps in 1900...2199.
        "Sources/CardModel/Calendar/Notice/ScheduleDifference.swift: self.year, 1, 1",
        "Sources/CardModel/Calendar/Notice/ScheduleDifference.swift: self.year, 12, 31",
    ]

    @Test("CM-DATE: every CivilDate.known call in Sources passes a real day, or is one of the reviewed calls")
    func knownCallSites() throws {
        var literals = 0
        var reviewed: Set<String> = []
        for (path, text) in try Self.sources() {
            for match in Self.code(text).matches(of: #/\.known\(([^()]*)\)/#) {
                let arguments = match.output.1
                if let (year, month, day) = Self.literalDate(arguments) {
                    literals += 1
                    #expect(CivilDate(year, month, day) != nil, "\(path): known(\(arguments)) names no day")
                } else {
                    let call = "\(path): \(arguments.split(separator: "\n").joined(separator: " "))"
                    #expect(Self.reviewedCalls.contains(call), "unreviewed call \(call): pass literals, or review it")
                    reviewed.insert(call)
                }
            }
        }
        #expect(reviewed == Self.reviewedCalls, "a reviewed call is gone: remove it from the list")
        // HolidayLaw's four, and the policy modules' phase and generation dates.
        #expect(literals >= 4)
    }

    @Test("CM-WORKDAY: every day(y, m, d) of the official table passes three literals naming a real day")
    func officialTableCallSites() throws {
        let table = try #require(try Self.sources().first { $0.path.hasSuffix("OfficialHolidaySchedules.swift") })
        var count = 0
        // `day(` not preceded by a letter, digit, `_` or `.` (`holiday(`, `.day(` are other names).
        for match in Self.code(table.text).matches(of: #/([A-Za-z0-9_.]?)day\(([^()]*)\)/#)
        where match.output.1.isEmpty {
            count += 1
            let arguments = match.output.2
            let parts = try #require(Self.literalDate(arguments), "day(\(arguments)): not three literals")
            #expect(CivilDate(parts.0, parts.1, parts.2) != nil, "day(\(arguments)) names no day")
        }
        // One call for each date of the table: a notice's date of issue, each period's first and last day, and its
        // statutory and adjusted working days.
        let dates = WorkingDayCalendar.mainlandChina.schedules.reduce(0) { total, schedule in
            total + 1
                + schedule.periods.reduce(0) { $0 + 2 + $1.statutoryDays.count + $1.adjustedWorkingDays.count }
        }
        #expect(count == dates, "\(count) day(…) calls, \(dates) dates in the table")
    }

    @Test("CM-STATUTORY: the dates HolidayLaw passes to CivilDate.known are the days each version came into force")
    func holidayLawDates() {
        #expect(
            HolidayLaw.allCases.map(\.inForceFrom) == [
                date("1999-09-18"), date("2008-01-01"), date("2014-01-01"), date("2025-01-01"),
            ])
    }

    @Test(
        "CM-NOTICE: differences(from:) works for a schedule of the first and the last supported year",
        arguments: [1900, 2199])
    func differencesAtTheEnds(year: Int) throws {
        let source = NoticeCitation(documentNumber: "TEST", issued: date("2026-01-01"), title: "test")
        let empty = try HolidaySchedule(year: year, source: source, periods: [])
        let newYear = try CivilDate(year: year, month: 1, day: 1)
        let other = try HolidaySchedule(
            year: year, source: source,
            periods: [try HolidayPeriod(.newYearsDay, off: newYear, through: newYear, statutory: [newYear])])
        #expect(empty.differences(from: empty).isEmpty)
        #expect(empty.differences(from: other).map(\.date) == [newYear])
        // A schedule's year outside 1900...2199 cannot be made, by the initialiser or by decoding.
        #expect(throws: HolidayScheduleError.self) {
            try HolidaySchedule(year: year == 1900 ? 1899 : 2200, source: source, periods: [])
        }
        let json = String(decoding: try JSONEncoder().encode(empty), as: UTF8.self)
            .replacingOccurrences(of: "\"year\":\(year)", with: "\"year\":\(year == 1900 ? 1899 : 2200)")
        #expect(throws: (any Error).self) { try JSONDecoder().decode(HolidaySchedule.self, from: Data(json.utf8)) }
    }

    #if os(macOS) || os(Linux) || os(FreeBSD) || os(OpenBSD) || os(Windows)
        @Test("CM-DATE: CivilDate.known stops the program on an impossible date instead of giving 1900-01-01")
        func knownStopsOnAnImpossibleDate() async {
            await #expect(processExitsWith: .failure) { _ = CivilDate.known(2026, 2, 30) }
            await #expect(processExitsWith: .failure) { _ = CivilDate.known(1899, 12, 31) }
            await #expect(processExitsWith: .success) { _ = CivilDate.known(2024, 2, 29) }
        }

        @Test("CM-DATE: the tests' date() helper stops on a literal that names no day instead of giving 1900-01-01")
        func dateHelperStopsOnAnImpossibleDate() async {
            await #expect(processExitsWith: .failure) { _ = date("2026-02-30") }
            await #expect(processExitsWith: .failure) { _ = date("2026-1-4") }
        }
    #endif

    @Test("CM-DATE: known(y, m, d) is the validating initialiser's date for a real day")
    func knownAgreesWithTheInitialiser() throws {
        for (year, month, day) in [(1900, 1, 1), (2024, 2, 29), (2026, 1, 4), (2199, 12, 31)] {
            #expect(CivilDate.known(year, month, day) == (try CivilDate(year: year, month: month, day: day)))
        }
    }

    // MARK: CivilDate.weekday

    @Test("CM-DATE: weekday has a value for every residue of the day number, before and after 1970-01-01")
    func weekdayResidues() throws {
        for start in [
            CivilDate.earliest, date("1969-12-25"), date("1970-01-01"), try CivilDate.latest.adding(days: -6),
        ] {
            let week = try (0..<7).map { try start.adding(days: $0).weekday }
            #expect(Set(week) == Set(Weekday.allCases), "\(start)")
            // Consecutive days, consecutive weekdays.
            for (day, next) in zip(week, week.dropFirst()) { #expect(next.rawValue == day.rawValue % 7 + 1) }
        }
        #expect(CivilDate.earliest.weekday == .monday)
        #expect(CivilDate.latest.weekday == .tuesday)
    }
}
