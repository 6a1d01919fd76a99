import CardModel
import Foundation
import TestSupport
import Testing

@Suite struct WorkingDayKindTests {
    let calendar = WorkingDayCalendar.mainlandChina

    @Test("CM-WORKDAY: 2026-01-04, a Sunday, is a working day")
    func sundayWorkingDay() throws {
        let sunday = date("2026-01-04")
        #expect(sunday.weekday == .sunday)
        #expect(try self.calendar.isWorkingDay(sunday))
    }

    @Test("CM-WORKDAY: 2026-01-04 is an adjusted working day for New Year's Day, never reported as a holiday")
    func sundayIsNotAHoliday() throws {
        let info = try self.calendar.day(date("2026-01-04"))
        #expect(info.kind == .adjustedWorkingDay)
        #expect(info.isWorkingDay)
        #expect(info.isAdjustedWorkingDay)
        #expect(info.holiday == .newYearsDay)  // the break it pays for
        #expect(info.kind != .statutoryHoliday && info.kind != .inLieuRestDay && info.kind != .weekend)
        #expect(!info.isAssumed)
        #expect(info.description == "2026-01-04 Sunday: adjusted working day (New Year's Day)")
    }

    @Test("CM-WORKDAY: the New Year break 2026 is 01-01 statutory, 01-02 in lieu, 01-03 a weekend day inside it")
    func newYear2026() throws {
        #expect(try self.calendar.day(date("2026-01-01")).kind == .statutoryHoliday)
        #expect(try self.calendar.day(date("2026-01-02")).kind == .inLieuRestDay)
        #expect(try self.calendar.day(date("2026-01-03")).kind == .weekend)
        #expect(try self.calendar.day(date("2026-01-03")).holiday == .newYearsDay)
        #expect(
            try self.calendar.day(date("2026-01-05"))
                == CalendarDay(
                    date: date("2026-01-05"), kind: .ordinaryWorkingDay, holiday: nil, isAssumed: false))
    }

    @Test(
        "CM-WORKDAY: the 2026 Spring Festival, day by day",
        arguments: [
            ("2026-02-13", CalendarDay.Kind.ordinaryWorkingDay, nil as HolidayName?),
            ("2026-02-14", .adjustedWorkingDay, .springFestival),  // Saturday worked
            ("2026-02-15", .weekend, .springFestival),  // Sunday inside the break
            ("2026-02-16", .statutoryHoliday, .springFestival),  // the eve
            ("2026-02-17", .statutoryHoliday, .springFestival),  // 初一
            ("2026-02-18", .statutoryHoliday, .springFestival),
            ("2026-02-19", .statutoryHoliday, .springFestival),
            ("2026-02-20", .inLieuRestDay, .springFestival),  // Friday off
            ("2026-02-21", .weekend, .springFestival),
            ("2026-02-22", .weekend, .springFestival),
            ("2026-02-23", .inLieuRestDay, .springFestival),  // Monday off
            ("2026-02-24", .ordinaryWorkingDay, nil),
            ("2026-02-27", .ordinaryWorkingDay, nil),
            ("2026-02-28", .adjustedWorkingDay, .springFestival),  // Saturday worked
            ("2026-03-01", .weekend, nil),  // an ordinary Sunday
        ])
    func springFestival2026(text: String, kind: CalendarDay.Kind, holiday: HolidayName?) throws {
        let day = date(text)
        let info = try self.calendar.day(day)
        #expect(info == CalendarDay(date: day, kind: kind, holiday: holiday, isAssumed: false))
        #expect(try self.calendar.isWorkingDay(day) == (kind == .ordinaryWorkingDay || kind == .adjustedWorkingDay))
    }

    @Test(
        "CM-WORKDAY: adjusted working days fall on Saturdays and Sundays and are working days",
        arguments: [
            ("2004-01-17", HolidayName.springFestival), ("2004-01-18", .springFestival), ("2005-12-31", .newYearsDay),
            ("2006-12-30", .newYearsDay), ("2006-12-31", .newYearsDay), ("2007-12-29", .newYearsDay),
            ("2010-06-12", .dragonBoatFestival), ("2010-06-13", .dragonBoatFestival),
            ("2010-09-19", .midAutumnFestival), ("2010-09-25", .midAutumnFestival), ("2012-03-31", .tombSweepingDay),
            ("2012-04-01", .tombSweepingDay), ("2015-09-06", .victoryDay2015), ("2018-12-29", .newYearsDay),
            ("2020-01-19", .springFestival), ("2023-04-23", .labourDay), ("2023-05-06", .labourDay),
            ("2024-02-04", .springFestival), ("2024-02-18", .springFestival), ("2024-04-07", .tombSweepingDay),
            ("2024-04-28", .labourDay), ("2024-05-11", .labourDay), ("2024-09-14", .midAutumnFestival),
            ("2024-09-29", .nationalDay), ("2024-10-12", .nationalDay), ("2025-01-26", .springFestival),
            ("2025-02-08", .springFestival), ("2025-04-27", .labourDay), ("2025-09-28", .nationalDay),
            ("2025-10-11", .nationalDay), ("2026-01-04", .newYearsDay), ("2026-02-14", .springFestival),
            ("2026-02-28", .springFestival), ("2026-05-09", .labourDay), ("2026-09-20", .nationalDay),
            ("2026-10-10", .nationalDay),
        ])
    func adjustedWorkingDays(text: String, holiday: HolidayName) throws {
        let day = date(text)
        #expect(day.isWeekend)
        #expect(try self.calendar.isWorkingDay(day))
        #expect(
            try self.calendar.day(day)
                == CalendarDay(date: day, kind: .adjustedWorkingDay, holiday: holiday, isAssumed: false))
    }

    @Test("CM-WORKDAY: adjusted working days come on both Saturdays and Sundays, in many years")
    func bothWeekendDays() throws {
        var weekdaysByYear: [Int: Set<Weekday>] = [:]
        for year in 2004...2026 {
            for day in CalendarFixtures.dates(ofYear: year) where try self.calendar.day(day).isAdjustedWorkingDay {
                weekdaysByYear[year, default: []].insert(day.weekday)
            }
        }
        #expect(weekdaysByYear.values.allSatisfy { $0.isSubset(of: [.saturday, .sunday]) })
        #expect(weekdaysByYear.values.filter { $0 == [.saturday, .sunday] }.count >= 10)
        #expect(weekdaysByYear[2026] == [.saturday, .sunday])
    }

    @Test("CM-WORKDAY: every weekend day worked in the data is an adjusted working day that names its holiday")
    func everyWorkedWeekendDay() throws {
        for day in CalendarFixtures.dates(from: date("2004-01-01"), through: date("2026-12-31")) where day.isWeekend {
            let info = try self.calendar.day(day)
            if info.isWorkingDay {
                #expect(info.kind == .adjustedWorkingDay, "\(day)")
                #expect(info.holiday != nil, "\(day)")
            } else {
                #expect(info.kind == .weekend || info.kind == .statutoryHoliday, "\(day)")
            }
        }
    }

    @Test("CM-WORKDAY: weekdays are never adjusted working days or plain weekends")
    func weekdayKinds() throws {
        for day in CalendarFixtures.dates(from: date("2004-01-01"), through: date("2026-12-31")) where !day.isWeekend {
            let kind = try self.calendar.day(day).kind
            #expect(kind == .ordinaryWorkingDay || kind == .statutoryHoliday || kind == .inLieuRestDay, "\(day)")
        }
    }

    @Test("CM-WORKDAY: the 2015 victory day and the 2020 extension carry their own names")
    func specialDays() throws {
        #expect(try self.calendar.day(date("2015-09-03")).kind == .statutoryHoliday)
        #expect(try self.calendar.day(date("2015-09-03")).holiday == .victoryDay2015)
        #expect(try self.calendar.day(date("2015-09-04")).kind == .inLieuRestDay)
        #expect(try self.calendar.day(date("2015-09-05")).holiday == .victoryDay2015)
        #expect(try self.calendar.day(date("2020-01-31")).holiday == .springFestivalExtension2020)
        #expect(try self.calendar.day(date("2020-01-31")).kind == .inLieuRestDay)
        // Saturday 2020-02-01 was to be worked under the original notice; the extension made it a rest day.
        #expect(try !self.calendar.isWorkingDay(date("2020-02-01")))
        #expect(try self.calendar.day(date("2020-02-01")).kind == .weekend)
        #expect(try self.calendar.isWorkingDay(date("2020-02-03")))
    }

    @Test("CM-WORKDAY: CalendarDay descriptions name kind, holiday and assumption")
    func descriptions() throws {
        #expect(
            try self.calendar.day(date("2026-10-01")).description
                == "2026-10-01 Thursday: statutory holiday (National Day)")
        #expect(
            try self.calendar.day(date("2026-10-05")).description
                == "2026-10-05 Monday: in-lieu rest day (National Day)")
        #expect(try self.calendar.day(date("2026-03-07")).description == "2026-03-07 Saturday: weekend")
        #expect(try self.calendar.day(date("2026-03-09")).description == "2026-03-09 Monday: working day")
        let assumed = try self.calendar.withFallback(.assumeWeekdays).day(date("2030-01-02"))
        #expect(assumed.description == "2030-01-02 Wednesday: working day [assumed: no official data]")
    }

    @Test("CM-WORKDAY: holiday names exist in three languages and have distinct keys")
    func holidayNames() {
        let names = HolidayName.predefined
        #expect(names.count == 9)
        #expect(Set(names.map(\.key)).count == 9)
        for name in names {
            #expect(!name.name.english.isEmpty && !name.name.german.isEmpty && !name.name.chinese.isEmpty)
            #expect(name.name.english != name.name.chinese)
            #expect(name.description == name.name.english)
        }
        #expect(HolidayName.springFestival.name.chinese == "春节")
        #expect(HolidayName.newYearsDay.key == "newYearsDay")
    }
}

@Suite struct WorkingDayYearBoundaryTests {
    let calendar = WorkingDayCalendar.mainlandChina

    @Test("CM-WORKDAY: December 31 to January 1 agrees with a day-by-day walk", arguments: 2004...2025)
    func yearBoundary(year: Int) throws {
        let last = try CivilDate(year: year, month: 12, day: 31)
        let first = try CivilDate(year: year + 1, month: 1, day: 1)
        #expect(
            try self.calendar.isWorkingDay(last) == ReferenceCalendarTests.referenceIsWorking(last)
                || last == ReferenceCalendarTests.knownException)
        #expect(try self.calendar.isWorkingDay(first) == ReferenceCalendarTests.referenceIsWorking(first))
        #expect(try !self.calendar.isWorkingDay(first))  // January 1 is always New Year's Day
        #expect(try self.calendar.day(first).kind == .statutoryHoliday)
        #expect(try self.calendar.day(first).holiday == .newYearsDay)
        let next = try self.calendar.date(byAddingWorkingDays: 1, to: last)
        #expect(next.year == year + 1)
        #expect(next == (try CalendarFixtures.naiveAdd(1, to: last)))
        #expect(
            try self.calendar.date(byAddingWorkingDays: -1, to: first) == (try CalendarFixtures.naiveAdd(-1, to: first))
        )
        let from = try last.adding(days: -10)
        let to = try first.adding(days: 10)
        #expect(
            try self.calendar.workingDays(from: from, to: to) == (try CalendarFixtures.naiveCount(from: from, to: to)))
        #expect(
            try self.calendar.workingDays(from: to, to: from) == -(try CalendarFixtures.naiveCount(from: from, to: to)))
        #expect(try self.calendar.workingDays(from: last, to: first) == 0)
    }

    @Test("CM-WORKDAY: 2003-12-31 and 2027-01-01 are outside the data and throw, naming the year")
    func outsideTheData() {
        #expect(throws: CalendarError(noDataFor: 2003)) { try self.calendar.isWorkingDay(date("2003-12-31")) }
        #expect(throws: CalendarError(noDataFor: 2027)) { try self.calendar.isWorkingDay(date("2027-01-01")) }
        #expect(throws: CalendarError(noDataFor: 2003)) { try self.calendar.day(date("2003-12-31")) }
        #expect(throws: CalendarError(noDataFor: 2027)) { try self.calendar.day(date("2027-01-01")) }
        #expect(throws: CalendarError(noDataFor: 1900)) { try self.calendar.isWorkingDay(CivilDate.earliest) }
        #expect(throws: CalendarError(noDataFor: 2199)) { try self.calendar.isWorkingDay(CivilDate.latest) }
        #expect(throws: CalendarError(noDataFor: 2003)) { try self.calendar.acceptanceDate(for: date("2003-06-01")) }
        #expect(throws: CalendarError(noDataFor: 2027)) {
            try self.calendar.periodEnd(days: 30, after: date("2026-12-20"))
        }
    }

    @Test("CM-WORKDAY: the first and last days of the data still answer")
    func dataEnds() throws {
        #expect(try !self.calendar.isWorkingDay(date("2004-01-01")))
        #expect(try self.calendar.isWorkingDay(date("2026-12-31")))  // a Thursday
        #expect(try self.calendar.workingDays(from: date("2004-01-01"), to: date("2026-12-31")) > 5_000)
    }

    @Test("CM-WORKDAY: counting or adding across into 2027 fails with the typed error naming 2027")
    func crossingInto2027() {
        #expect(throws: CalendarError(noDataFor: 2027)) {
            try self.calendar.date(byAddingWorkingDays: 5, to: date("2026-12-28"))
        }
        #expect(throws: CalendarError(noDataFor: 2027)) {
            try self.calendar.date(byAddingWorkingDays: 1, to: date("2026-12-31"))
        }
        #expect(throws: CalendarError(noDataFor: 2027)) {
            try self.calendar.deadline(afterWorkingDays: 4, forApplicationOn: date("2026-12-29"))
        }
        #expect(throws: CalendarError(noDataFor: 2027)) {
            try self.calendar.workingDays(from: date("2026-12-28"), to: date("2027-01-04"))
        }
        #expect(throws: CalendarError(noDataFor: 2027)) {
            try self.calendar.workingDays(from: date("2027-01-04"), to: date("2026-12-28"))
        }
        #expect(throws: CalendarError(noDataFor: 2027)) {
            try self.calendar.date(byAddingWorkingDays: 10_000, to: date("2004-01-02"))
        }
        #expect(throws: CalendarError(noDataFor: 2027)) {
            try self.calendar.date(byAddingWorkingDays: .max, to: date("2026-06-01"))
        }
    }

    @Test("CM-WORKDAY: counting back before 2004 fails naming 2003")
    func crossingInto2003() {
        #expect(throws: CalendarError(noDataFor: 2003)) {
            try self.calendar.date(byAddingWorkingDays: -1, to: date("2004-01-02"))
        }
        #expect(throws: CalendarError(noDataFor: 2003)) {
            try self.calendar.date(byAddingWorkingDays: .min, to: date("2026-06-01"))
        }
        #expect(throws: CalendarError(noDataFor: 2003)) {
            try self.calendar.workingDays(from: date("2003-12-30"), to: date("2004-01-05"))
        }
    }

    @Test("CM-WORKDAY: only the counted days need data: (2003-12-31, 2004-01-05] counts 2004 days only")
    func countingFromTheDayBeforeTheData() throws {
        // 2004-01-01 is New Year's Day; 2004-01-02 (Friday) and 2004-01-05 (Monday) are working days.
        #expect(try self.calendar.workingDays(from: date("2003-12-31"), to: date("2004-01-05")) == 2)
        #expect(try self.calendar.workingDays(from: date("2004-01-05"), to: date("2003-12-31")) == -2)
        #expect(try self.calendar.date(byAddingWorkingDays: 1, to: date("2003-12-31")) == date("2004-01-02"))
        #expect(try self.calendar.date(byAddingWorkingDays: -1, to: date("2027-01-01")) == date("2026-12-31"))
        // Counting back from a day without data: the 180 working days before 2027-01-01 are all in 2026, but a count
        // up to and including 2027-01-01 needs that day (the fuzzer's finding of 2026-12-04).
        let back = try self.calendar.date(byAddingWorkingDays: -180, to: date("2027-01-01"))
        #expect(try self.calendar.workingDays(from: back, to: date("2026-12-31")) == 179)
        #expect(throws: CalendarError(noDataFor: 2027)) {
            try self.calendar.workingDays(from: back, to: date("2027-01-01"))
        }
        #expect(throws: CalendarError(noDataFor: 2003)) {
            try self.calendar.date(byAddingWorkingDays: 1, to: date("2003-12-30"))
        }
        #expect(throws: CalendarError(noDataFor: 2027)) {
            try self.calendar.date(byAddingWorkingDays: -1, to: date("2027-01-02"))
        }
    }

    @Test("CM-WORKDAY: with assumed weekdays, a notice's day in a neighbouring year beats the guess")
    func publishedDayBeatsTheGuess() throws {
        let only2012 = WorkingDayCalendar(
            schedules: WorkingDayCalendar.mainlandChina.schedules.filter { $0.year == 2012 }, fallback: .assumeWeekdays)
        // The 2012 notice made Saturday 2011-12-31 a working day.
        let day = try only2012.day(date("2011-12-31"))
        #expect(day.kind == .adjustedWorkingDay)
        #expect(!day.isAssumed)
        #expect(try only2012.day(date("2011-12-30")).isAssumed)
    }

    @Test("CM-WORKDAY: the error names the year in three languages")
    func errorMessage() {
        let error = CalendarError(noDataFor: 2027)
        #expect(error.year == 2027)
        #expect(error.description.contains("2027"))
        #expect(error.message.english == error.description)
        #expect(error.message.german.contains("2027"))
        #expect(error.message.chinese.contains("2027"))
        #expect(error.message.english != error.message.chinese)
        #expect(error.message.english != error.message.german)
    }
}

@Suite struct CustomCalendarTests {
    let official = WorkingDayCalendar.mainlandChina

    @Test("CM-WORKDAY: a calendar missing a middle year refuses every question touching it, naming it")
    func missingMiddleYear() throws {
        let schedules = self.official.schedules.filter { $0.year == 2024 || $0.year == 2026 }
        let calendar = WorkingDayCalendar(schedules: schedules)
        #expect(calendar.yearsWithData == [2024, 2026])
        #expect(try calendar.isWorkingDay(date("2024-10-08")))
        #expect(try !calendar.isWorkingDay(date("2026-10-07")))
        #expect(throws: CalendarError(noDataFor: 2025)) { try calendar.isWorkingDay(date("2025-06-03")) }
        #expect(throws: CalendarError(noDataFor: 2025)) { try calendar.day(date("2025-06-03")) }
        #expect(throws: CalendarError(noDataFor: 2025)) {
            try calendar.workingDays(from: date("2024-12-20"), to: date("2026-01-10"))
        }
        #expect(throws: CalendarError(noDataFor: 2025)) {
            try calendar.date(byAddingWorkingDays: 5, to: date("2024-12-30"))
        }
        #expect(throws: CalendarError(noDataFor: 2025)) {
            try calendar.date(byAddingWorkingDays: 500, to: date("2024-06-03"))
        }
        #expect(throws: CalendarError(noDataFor: 2025)) {
            try calendar.date(byAddingWorkingDays: -3, to: date("2026-01-05"))
        }
        #expect(throws: CalendarError(noDataFor: 2025)) { try calendar.acceptanceDate(for: date("2025-01-01")) }
        #expect(throws: CalendarError(noDataFor: 2023)) { try calendar.isWorkingDay(date("2023-12-29")) }
        #expect(throws: CalendarError(noDataFor: 2027)) { try calendar.isWorkingDay(date("2027-01-04")) }
        // Within one year with data, answers are those of the official calendar.
        #expect(try calendar.date(byAddingWorkingDays: 4, to: date("2026-09-30")) == date("2026-10-12"))
        #expect(
            try calendar.workingDays(from: date("2024-01-01"), to: date("2024-12-31"))
                == (try self.official.workingDays(from: date("2024-01-01"), to: date("2024-12-31"))))
    }

    @Test("CM-WORKDAY: adding(_:) adds a made-up 2027 schedule")
    func addingNextYear() throws {
        let schedule = try CalendarFixtures.madeUp2027()
        let calendar = self.official.adding(schedule)
        #expect(calendar.yearsWithData == Array(2004...2027))
        #expect(calendar.schedule(for: 2027) == schedule)
        #expect(self.official.schedule(for: 2027) == nil)  // the original is unchanged
        #expect(try calendar.date(byAddingWorkingDays: 5, to: date("2026-12-28")) == date("2027-01-05"))
        #expect(try calendar.workingDays(from: date("2026-12-31"), to: date("2027-01-04")) == 1)
        #expect(try calendar.day(date("2027-01-01")).kind == .statutoryHoliday)
        #expect(try calendar.day(date("2027-01-31")).kind == .adjustedWorkingDay)
        #expect(try calendar.day(date("2027-02-09")).kind == .inLieuRestDay)
        #expect(try calendar.day(date("2027-02-13")).holiday == .springFestival)
        #expect(try calendar.isWorkingDay(date("2027-10-09")))
        #expect(try !calendar.isWorkingDay(date("2027-10-06")))
        #expect(throws: CalendarError(noDataFor: 2028)) { try calendar.isWorkingDay(date("2028-01-03")) }
        #expect(throws: CalendarError(noDataFor: 2028)) {
            try calendar.date(byAddingWorkingDays: 5, to: date("2027-12-28"))
        }
        // 2026 answers as before.
        #expect(try calendar.date(byAddingWorkingDays: 4, to: date("2026-09-30")) == date("2026-10-12"))
    }

    @Test("CM-WORKDAY: adding(_:) replaces the schedule of a year the calendar has")
    func replacingAYear() throws {
        let calendar = self.official.adding(try CalendarFixtures.empty(2026))
        #expect(calendar.yearsWithData == Array(2004...2026))
        #expect(calendar.schedule(for: 2026)?.periods.isEmpty == true)
        #expect(try calendar.isWorkingDay(date("2026-10-01")))  // a plain Thursday now
        #expect(try !calendar.isWorkingDay(date("2026-01-04")))  // a plain Sunday now
        #expect(
            try calendar.day(date("2026-10-01"))
                == CalendarDay(
                    date: date("2026-10-01"), kind: .ordinaryWorkingDay, holiday: nil, isAssumed: false))
        #expect(try !self.official.isWorkingDay(date("2026-10-01")))
        // A later entry for the same year wins in the initialiser too.
        let rebuilt = WorkingDayCalendar(schedules: self.official.schedules + [try CalendarFixtures.empty(2026)])
        #expect(rebuilt == calendar)
    }

    @Test("CM-WORKDAY: withFallback(.assumeWeekdays) answers 2030 from weekdays and says so")
    func assumeWeekdays() throws {
        let calendar = self.official.withFallback(.assumeWeekdays)
        #expect(calendar.fallback == .assumeWeekdays)
        #expect(self.official.fallback == .refuse)
        let wednesday = try calendar.day(date("2030-01-02"))
        #expect(
            wednesday == CalendarDay(date: date("2030-01-02"), kind: .ordinaryWorkingDay, holiday: nil, isAssumed: true)
        )
        #expect(try calendar.isWorkingDay(date("2030-01-01")))  // New Year's Day, unknown: a guess
        #expect(try !calendar.isWorkingDay(date("2030-01-05")))
        #expect(try calendar.day(date("2030-01-05")).isAssumed)
        #expect(try calendar.day(date("1950-06-01")).isAssumed)
        #expect(try !calendar.day(date("2026-01-04")).isAssumed)
        #expect(try calendar.day(date("2026-01-04")).kind == .adjustedWorkingDay)
        #expect(try calendar.date(byAddingWorkingDays: 5, to: date("2026-12-28")) == date("2027-01-04"))
        #expect(try calendar.workingDays(from: date("2029-12-31"), to: date("2030-01-07")) == 5)
        #expect(throws: CalendarError(noDataFor: 2200)) {
            try calendar.date(byAddingWorkingDays: 1, to: CivilDate.latest)
        }
        #expect(throws: CalendarError(noDataFor: 1899)) {
            try calendar.date(byAddingWorkingDays: -1, to: CivilDate.earliest)
        }
        #expect(calendar.withFallback(.refuse) == self.official)
    }

    @Test("CM-WORKDAY: an empty calendar refuses everything")
    func emptyCalendar() {
        let calendar = WorkingDayCalendar(schedules: [])
        #expect(calendar.yearsWithData.isEmpty)
        #expect(throws: CalendarError(noDataFor: 2026)) { try calendar.isWorkingDay(date("2026-01-05")) }
        #expect(throws: CalendarError.self) { try calendar.date(byAddingWorkingDays: 1, to: date("2000-01-03")) }
        #expect(throws: CalendarError.self) { try calendar.date(byAddingWorkingDays: 0, to: date("2000-01-03")) }
        #expect(throws: CalendarError.self) { try calendar.date(byAddingWorkingDays: -1, to: date("2000-01-03")) }
    }

    @Test("CM-WORKDAY: a calendar round-trips through Codable")
    func codable() throws {
        for calendar in [
            self.official, self.official.withFallback(.assumeWeekdays),
            self.official.adding(try CalendarFixtures.madeUp2027()),
        ] {
            let data = try JSONEncoder().encode(calendar)
            let decoded = try JSONDecoder().decode(WorkingDayCalendar.self, from: data)
            #expect(decoded == calendar)
            #expect(decoded.hashValue == calendar.hashValue)
            #expect(try decoded.date(byAddingWorkingDays: 4, to: date("2026-10-03")) == date("2026-10-12"))
        }
    }

    @Test("CM-WORKDAY: decoding a calendar validates every schedule again")
    func decodingValidates() throws {
        let data = try JSONEncoder().encode(WorkingDayCalendar(schedules: [try CalendarFixtures.madeUp2027()]))
        var text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"2027-01-31\""))
        // Make the Sunday worked for Spring Festival a Monday: no longer a weekend day.
        text = text.replacingOccurrences(of: "\"2027-01-31\"", with: "\"2027-02-01\"")
        #expect(throws: (any Error).self) { try JSONDecoder().decode(WorkingDayCalendar.self, from: Data(text.utf8)) }
        let badDate = String(decoding: data, as: UTF8.self).replacingOccurrences(
            of: "\"2027-10-07\"", with: "\"2027-02-30\"")
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(WorkingDayCalendar.self, from: Data(badDate.utf8))
        }
    }

    @Test("CM-WORKDAY: equal calendars are equal and hash alike")
    func hashable() throws {
        let rebuilt = WorkingDayCalendar(schedules: self.official.schedules.reversed())
        #expect(rebuilt == self.official)
        #expect(rebuilt.hashValue == self.official.hashValue)
        #expect(self.official != self.official.withFallback(.assumeWeekdays))
        #expect(self.official != self.official.adding(try CalendarFixtures.madeUp2027()))
        #expect(Set([self.official, rebuilt, self.official.withFallback(.assumeWeekdays)]).count == 2)
    }
}
