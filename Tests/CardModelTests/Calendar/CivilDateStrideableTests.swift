import CardModel
import TestSupport
import Testing

@Suite struct CivilDateStrideableTests {
    @Test("CM-DATE: for day in a...b visits every day in order, across a year's end")
    func closedRangeIteration() throws {
        let first = try #require(CivilDate(2026, 12, 28))
        let last = try #require(CivilDate(2027, 1, 3))
        var visited: [String] = []
        for day in first...last { visited.append(day.description) }
        #expect(
            visited == [
                "2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02", "2027-01-03",
            ])
        #expect((first...last).map(\.weekday) == Weekday.allCases)
    }

    @Test(
        "CM-DATE: (a..<b).count is the number of days between, 365 or 366 for a year",
        arguments: [(2026, 365), (2024, 366), (1900, 365), (2000, 366), (2100, 365), (2198, 365)])
    func halfOpenRangeCount(year: Int, days: Int) throws {
        let start = try #require(CivilDate(year, 1, 1))
        let end = try #require(CivilDate(year + 1, 1, 1))
        #expect((start..<end).count == days)
        #expect((start..<end).count == start.days(to: end))
        #expect((start...end).count == days + 1)
    }

    @Test("CM-DATE: empty and single-day ranges count 0 and 1; the whole supported span counts 109,573 days")
    func rangeEdges() throws {
        let day = try #require(CivilDate(2026, 1, 4))
        #expect((day..<day).count == 0)
        #expect((day..<day).isEmpty)
        #expect((day...day).count == 1)
        #expect(Array(day...day) == [day])
        #expect((CivilDate.earliest...CivilDate.latest).count == 109_573)
        #expect((CivilDate.earliest..<CivilDate.latest).count == 109_572)
        #expect((CivilDate.earliest...CivilDate.latest).last == CivilDate.latest)
    }

    @Test("CM-DATE: iterating up to the last supported day ends there instead of trapping or looping")
    func iterationEndsAtLatest() {
        let start = CivilDate.latest.advanced(by: -2)
        #expect(Array(start...CivilDate.latest).map(\.description) == ["2199-12-29", "2199-12-30", "2199-12-31"])
        #expect(Array(start..<CivilDate.latest).count == 2)
        let weekly = Array(stride(from: CivilDate.latest.advanced(by: -20), to: .latest, by: 7))
        #expect(weekly.map(\.description) == ["2199-12-11", "2199-12-18", "2199-12-25"])
        let back = Array(stride(from: CivilDate.earliest.advanced(by: 20), to: .earliest, by: -7))
        #expect(back.map(\.description) == ["1900-01-21", "1900-01-14", "1900-01-07"])
        // Documented edge: `through:` a bound also yields the bound, where the clamped step lands.
        let through = Array(stride(from: CivilDate.latest.advanced(by: -20), through: .latest, by: 7))
        #expect(through.map(\.description) == ["2199-12-11", "2199-12-18", "2199-12-25", "2199-12-31"])
        let backThrough = Array(stride(from: CivilDate.earliest.advanced(by: 20), through: .earliest, by: -7))
        #expect(backThrough.map(\.description) == ["1900-01-21", "1900-01-14", "1900-01-07", "1900-01-01"])
        let short = Array(stride(from: CivilDate.latest.advanced(by: -20), through: .latest.advanced(by: -1), by: 7))
        #expect(short.map(\.description) == ["2199-12-11", "2199-12-18", "2199-12-25"])
    }

    @Test("CM-DATE: stride by 7 keeps the weekday")
    func weeklyStride() throws {
        let sunday = try #require(CivilDate(2026, 1, 4))
        let end = try #require(CivilDate(2026, 12, 31))
        let sundays = Array(stride(from: sunday, through: end, by: 7))
        #expect(sundays.count == 52)
        #expect(sundays.allSatisfy { $0.weekday == .sunday })
        #expect(sundays.last?.description == "2026-12-27")
    }

    @Test("CM-DATE: advanced(by:) and distance(to:) agree with adding(days:) and days(to:)")
    func advancedAndDistance() throws {
        let date = try #require(CivilDate(2026, 1, 4))
        #expect(date.advanced(by: 1).description == "2026-01-05")
        #expect(date.advanced(by: -4).description == "2025-12-31")
        #expect(date.advanced(by: 0) == date)
        #expect(date.advanced(by: 365) == (try date.adding(days: 365)))
        #expect(date.distance(to: date.advanced(by: 59)) == 59)
        #expect(date.distance(to: CivilDate.earliest) == date.days(to: .earliest))
    }

    @Test(
        "CM-DATE: advanced(by:) past 1900...2199 clamps to earliest or latest and never traps",
        arguments: [1, 2, 365, 109_573, Int(Int32.max), Int.max - 1, Int.max])
    func advancedClamps(days: Int) throws {
        #expect(CivilDate.latest.advanced(by: days) == .latest)
        #expect(CivilDate.earliest.advanced(by: -days) == .earliest)
        #expect(CivilDate.earliest.advanced(by: Int.min) == .earliest)
        let middle = try #require(CivilDate(2026, 6, 15))
        if days > 65_000 {
            #expect(middle.advanced(by: days) == .latest)
            #expect(middle.advanced(by: -days) == .earliest)
        }
        #expect(throws: CivilDateError(code: .yearOutOfRange, year: 2200)) { try CivilDate.latest.adding(days: days) }
    }

    @Test(
        "CM-DATE: a.advanced(by: a.distance(to: b)) == b for random supported days", arguments: 0..<4 as Range<UInt64>)
    func strideLaw(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let range = Int(CivilDate.earliest.dayNumber)...Int(CivilDate.latest.dayNumber)
        for _ in 0..<500 {
            let a = try CivilDate(dayNumber: Int32(Int.random(in: range, using: &random)))
            let b = try CivilDate(dayNumber: Int32(Int.random(in: range, using: &random)))
            #expect(a.advanced(by: a.distance(to: b)) == b)
            #expect(a.distance(to: b) == -b.distance(to: a))
            #expect((a < b) == (a.distance(to: b) > 0))
            #expect((min(a, b)...max(a, b)).count == abs(a.distance(to: b)) + 1)
        }
    }
}

@Suite struct CivilDateLiteralTests {
    @Test("CM-DATE: CivilDate(2026, 1, 4) writes a literal date without try or !")
    func literalDate() throws {
        let date = try #require(CivilDate(2026, 1, 4))
        #expect(date == (try CivilDate(year: 2026, month: 1, day: 4)))
        #expect(date.description == "2026-01-04")
        #expect(date.weekday == .sunday)
        #expect(CivilDate(1900, 1, 1) == .earliest)
        #expect(CivilDate(2199, 12, 31) == .latest)
        #expect(CivilDate(2024, 2, 29)?.description == "2024-02-29")
    }

    @Test(
        "CM-DATE: the unlabelled initializer returns nil exactly where init(year:month:day:) throws",
        arguments: [
            (2026, 2, 29), (2100, 2, 29), (2026, 4, 31), (2026, 13, 1), (2026, 0, 1), (2026, 1, 0), (2026, 1, 32),
            (1899, 12, 31), (2200, 1, 1), (Int.min, 1, 1), (Int.max, Int.max, Int.max), (2026, -1, -1),
        ])
    func literalRefusals(year: Int, month: Int, day: Int) {
        #expect(CivilDate(year, month, day) == nil)
        #expect(throws: CivilDateError.self) { try CivilDate(year: year, month: month, day: day) }
    }
}
