import CardModel
import TestSupport
import Testing

@Suite struct WorkingDayAdditionTests {
    let calendar = WorkingDayCalendar.mainlandChina

    @Test(
        "CM-WORKDAY-ADD: N working days after an ordinary Monday, N = 1...10",
        arguments: zip(
            1...10,
            [
                "2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13", "2026-03-16", "2026-03-17", "2026-03-18",
                "2026-03-19", "2026-03-20", "2026-03-23",
            ]))
    func ordinaryWeek(count: Int, expected: String) throws {
        #expect(try self.calendar.date(byAddingWorkingDays: count, to: date("2026-03-09")) == date(expected))
    }

    @Test("CM-WORKDAY-ADD: N = 0 on a working day gives the day itself")
    func zeroOnWorkingDay() throws {
        for text in ["2026-03-09", "2026-01-04", "2026-02-14", "2026-10-10", "2026-12-31"] {
            #expect(try self.calendar.date(byAddingWorkingDays: 0, to: date(text)) == date(text))
        }
    }

    @Test(
        "CM-WORKDAY-ADD: N = 0 on a rest day gives the next working day",
        arguments: [
            ("2026-01-01", "2026-01-04"), ("2026-01-03", "2026-01-04"), ("2026-02-15", "2026-02-24"),
            ("2026-02-20", "2026-02-24"), ("2026-03-07", "2026-03-09"), ("2026-10-01", "2026-10-08"),
            ("2026-10-04", "2026-10-08"), ("2026-09-27", "2026-09-28"), ("2026-05-01", "2026-05-06"),
        ])
    func zeroOnRestDay(start: String, expected: String) throws {
        #expect(try self.calendar.date(byAddingWorkingDays: 0, to: date(start)) == date(expected))
    }

    @Test(
        "CM-WORKDAY-ADD: from a non-working day, the N-th working day strictly after it",
        arguments: [
            ("2026-03-07", 1, "2026-03-09"), ("2026-03-08", 1, "2026-03-09"), ("2026-03-07", 5, "2026-03-13"),
            ("2026-01-01", 1, "2026-01-04"), ("2026-01-02", 2, "2026-01-05"), ("2026-10-03", 1, "2026-10-08"),
            ("2026-10-03", 3, "2026-10-10"),
        ])
    func fromRestDay(start: String, count: Int, expected: String) throws {
        #expect(try self.calendar.date(byAddingWorkingDays: count, to: date(start)) == date(expected))
    }

    @Test(
        "CM-WORKDAY-ADD: negative N counts backwards, strictly before the day",
        arguments: [
            ("2026-03-10", -1, "2026-03-09"), ("2026-03-09", -1, "2026-03-06"), ("2026-03-08", -1, "2026-03-06"),
            ("2026-10-08", -1, "2026-09-30"), ("2026-02-24", -3, "2026-02-12"), ("2026-01-01", -5, "2025-12-25"),
            ("2026-01-05", -1, "2026-01-04"), ("2026-10-12", -2, "2026-10-09"),
        ])
    func negative(start: String, count: Int, expected: String) throws {
        #expect(try self.calendar.date(byAddingWorkingDays: count, to: date(start)) == date(expected))
    }

    @Test("CM-WORKDAY-ADD: across the 2026 Spring Festival")
    func acrossSpringFestival() throws {
        // Friday 02-13, then Saturday 02-14 worked, then the break 02-15..02-23.
        #expect(try self.calendar.date(byAddingWorkingDays: 1, to: date("2026-02-13")) == date("2026-02-14"))
        #expect(try self.calendar.date(byAddingWorkingDays: 2, to: date("2026-02-13")) == date("2026-02-24"))
        #expect(try self.calendar.date(byAddingWorkingDays: 5, to: date("2026-02-13")) == date("2026-02-27"))
        #expect(try self.calendar.date(byAddingWorkingDays: 6, to: date("2026-02-13")) == date("2026-02-28"))
        #expect(try self.calendar.date(byAddingWorkingDays: -1, to: date("2026-02-24")) == date("2026-02-14"))
        #expect(try self.calendar.workingDays(from: date("2026-02-13"), to: date("2026-02-28")) == 6)
        #expect(try self.calendar.workingDays(from: date("2026-02-14"), to: date("2026-02-23")) == 0)
    }

    @Test("CM-WORKDAY-ADD: across National Day 2026")
    func acrossNationalDay() throws {
        // Sunday 09-20 worked; 10-01..10-07 off; Saturday 10-10 worked.
        #expect(try self.calendar.date(byAddingWorkingDays: 1, to: date("2026-09-30")) == date("2026-10-08"))
        #expect(try self.calendar.date(byAddingWorkingDays: 3, to: date("2026-09-30")) == date("2026-10-10"))
        #expect(try self.calendar.date(byAddingWorkingDays: 4, to: date("2026-09-30")) == date("2026-10-12"))
        #expect(try self.calendar.date(byAddingWorkingDays: 1, to: date("2026-09-19")) == date("2026-09-20"))
        #expect(try self.calendar.workingDays(from: date("2026-09-18"), to: date("2026-09-21")) == 2)
        #expect(try self.calendar.workingDays(from: date("2026-09-30"), to: date("2026-10-12")) == 4)
        #expect(try self.calendar.workingDays(from: date("2026-10-12"), to: date("2026-09-30")) == -4)
    }

    @Test("CM-WORKDAY-ADD: counting over ten years matches a day-by-day count")
    func tenYears() throws {
        let from = date("2014-06-15")
        let to = date("2024-06-15")
        let count = try self.calendar.workingDays(from: from, to: to)
        #expect(count == (try CalendarFixtures.naiveCount(from: from, to: to)))
        // The count-th working day after `from` is the last one up to `to`.
        #expect(try self.calendar.date(byAddingWorkingDays: count, to: from) <= to)
        #expect(try self.calendar.date(byAddingWorkingDays: count + 1, to: from) > to)
        #expect(try self.calendar.workingDays(from: date("2026-01-04"), to: date("2026-01-04")) == 0)
    }
}

@Suite struct WorkingDayPropertyTests {
    let calendar = WorkingDayCalendar.mainlandChina
    static let first = date("2004-01-01")
    static let last = date("2026-12-31")

    func randomDate(using random: inout SplitMix64) throws -> CivilDate {
        try Self.first.adding(days: Int.random(in: 0...Self.first.days(to: Self.last), using: &random))
    }

    /// The answer or the year named by the error, so that answers past the data compare too.
    func outcome(_ body: () throws(CalendarError) -> CivilDate) -> String {
        do { return try body().description } catch { return "no data for \(error.year)" }
    }

    func outcome(_ body: () throws(CalendarError) -> Int) -> String {
        do { return String(try body()) } catch { return "no data for \(error.year)" }
    }

    @Test(
        "CM-WORKDAY-ADD: date(byAddingWorkingDays:) equals a naive day-by-day walk", arguments: 0..<6 as Range<UInt64>)
    func addingMatchesWalk(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        for _ in 0..<150 {
            let start = try self.randomDate(using: &random)
            let count = Int.random(in: -300...300, using: &random)
            let fast = self.outcome { () throws(CalendarError) in
                try self.calendar.date(byAddingWorkingDays: count, to: start)
            }
            let naive = self.outcome { () throws(CalendarError) in try CalendarFixtures.naiveAdd(count, to: start) }
            #expect(fast == naive, "seed \(seed): \(count) working days after \(start)")
        }
    }

    @Test("CM-WORKDAY-ADD: workingDays(from:to:) equals a naive count", arguments: 0..<6 as Range<UInt64>)
    func countMatchesNaive(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        for _ in 0..<150 {
            let from = try self.randomDate(using: &random)
            let to = try from.adding(days: Int.random(in: -400...400, using: &random))
            let fast = self.outcome { () throws(CalendarError) in try self.calendar.workingDays(from: from, to: to) }
            let naive = self.outcome { () throws(CalendarError) in try CalendarFixtures.naiveCount(from: from, to: to) }
            #expect(fast == naive, "seed \(seed): from \(from) to \(to)")
        }
    }

    @Test("CM-WORKDAY-ADD: workingDays(from: d, to: add(n, d)) == n for n > 0", arguments: 0..<6 as Range<UInt64>)
    func countInvertsAdd(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        var checked = 0
        for _ in 0..<300 {
            let start = try self.randomDate(using: &random)
            let count = Int.random(in: 1...300, using: &random)
            guard let target = try? self.calendar.date(byAddingWorkingDays: count, to: start) else { continue }
            checked += 1
            #expect(try self.calendar.isWorkingDay(target))
            #expect(
                try self.calendar.workingDays(from: start, to: target) == count, "seed \(seed): \(start) + \(count)")
            #expect(try self.calendar.workingDays(from: target, to: start) == -count)
            #expect(try self.calendar.workingDays(from: start, to: target.adding(days: -1)) == count - 1)
            if try self.calendar.isWorkingDay(start) {
                #expect(try self.calendar.date(byAddingWorkingDays: -count, to: target) == start)
            }
        }
        #expect(checked > 250)
    }

    @Test(
        "CM-WORKDAY-ADD: N = 0 is the first working day on or after the date, and never earlier",
        arguments: 0..<4 as Range<UInt64>)
    func zeroIsAcceptance(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        var checked = 0
        for _ in 0..<200 {
            let start = try self.randomDate(using: &random)
            guard let accepted = try? self.calendar.date(byAddingWorkingDays: 0, to: start) else { continue }
            checked += 1
            #expect(accepted >= start)
            #expect(try self.calendar.isWorkingDay(accepted))
            #expect(try self.calendar.workingDays(from: start, to: accepted) == (accepted == start ? 0 : 1))
            #expect(try self.calendar.acceptanceDate(for: start) == accepted)
        }
        // Not vacuous: nearly every random day has an answer (not those after the last working day of 2026).
        #expect(checked > 150)
    }
}
