import CardModel
import Foundation
import TestSupport
import Testing

/// The shipped table itself (HOLIDAYS): consistency, citations and the validating initialisers.
@Suite struct OfficialScheduleTests {
    static let schedules = WorkingDayCalendar.mainlandChina.schedules

    static func schedule(_ year: Int) throws -> HolidaySchedule {
        try #require(WorkingDayCalendar.mainlandChina.schedule(for: year))
    }

    @Test("CM-WORKDAY: the official table has one schedule a year, 2004 through 2026, in order")
    func coverage() {
        #expect(Self.schedules.map(\.year) == Array(2004...2026))
    }

    @Test(
        "CM-WORKDAY: every official period and schedule re-validates through the public throwing initialisers",
        arguments: 2004...2026)
    func revalidates(year: Int) throws {
        let schedule = try Self.schedule(year)
        let periods = try schedule.periods.map { period in
            try HolidayPeriod(
                period.holiday, off: period.firstDay, through: period.lastDay, statutory: period.statutoryDays,
                adjustedWorkingDays: period.adjustedWorkingDays)
        }
        #expect(periods == schedule.periods)
        let rebuilt = try HolidaySchedule(year: schedule.year, source: schedule.source, periods: periods)
        #expect(rebuilt == schedule)
        let decoded = try JSONDecoder().decode(HolidaySchedule.self, from: try JSONEncoder().encode(schedule))
        #expect(decoded == schedule)
    }

    @Test(
        "CM-WORKDAY: every official date lies in the year's neighbourhood",
        arguments: 2004...2026)
    func datesNearTheYear(year: Int) throws {
        let schedule = try Self.schedule(year)
        // A break may start in December of the year before (2008's New Year began on 2007-12-30).
        let neighbourhood =
            try CivilDate(
                year: schedule.year - 1, month: 12, day: 1)...CivilDate(
                year: schedule.year, month: 12, day: 31)
        for period in schedule.periods {
            let all = [period.firstDay, period.lastDay] + period.statutoryDays + period.adjustedWorkingDays
            for day in all {
                #expect(neighbourhood.contains(day), "\(schedule.year) \(period.holiday.key): \(day)")
            }
            #expect(period.firstDay.days(to: period.lastDay) < 10, "\(schedule.year) \(period.holiday.key)")
        }
    }

    @Test(
        "CM-WORKDAY: periods are in date order, statutory and worked days sorted and unique",
        arguments: 2004...2026)
    func ordered(year: Int) throws {
        let schedule = try Self.schedule(year)
        for (earlier, later) in zip(schedule.periods, schedule.periods.dropFirst()) {
            #expect(earlier.lastDay < later.firstDay, "\(schedule.year): \(earlier.holiday.key), \(later.holiday.key)")
        }
        for period in schedule.periods {
            #expect(period.statutoryDays == period.statutoryDays.sorted())
            #expect(Set(period.statutoryDays).count == period.statutoryDays.count)
            #expect(period.adjustedWorkingDays == period.adjustedWorkingDays.sorted())
            #expect(Set(period.adjustedWorkingDays).count == period.adjustedWorkingDays.count)
            #expect(period.adjustedWorkingDays.allSatisfy { $0.isWeekend })
        }
        let holidays = schedule.periods.map(\.holiday)
        #expect(Set(holidays).count == holidays.count, "\(schedule.year): a holiday named twice")
        #expect(holidays.first == .newYearsDay)
        #expect(holidays.contains(.springFestival) && holidays.contains(.nationalDay))
    }

    @Test(
        "CM-WORKDAY: each year cites a State Council notice issued before the year starts",
        arguments: 2004...2026)
    func citations(year: Int) throws {
        let schedule = try Self.schedule(year)
        let source = schedule.source
        let number = try #require(source.documentNumber)
        let issuedOn = try #require(source.issued)
        // The yearly notices are all 国办发明电 of the year before. The special arrangements of 2015 (国发明电〔2015〕1号,
        // 2015-05-13), the 2019 Labour Day amendment (国办发明电〔2019〕3号, 2019-03-22) and the 2020 extension
        // (国办发明电〔2020〕1号, 2020-01-26) were issued within their years; the table cites the yearly notice and
        // names those in comments, so a citation issued within its year would be one of them.
        let special = ["国发明电〔2015〕1号": "2015-05-13", "国办发明电〔2019〕3号": "2019-03-22", "国办发明电〔2020〕1号": "2020-01-26"]
        let yearStart = try CivilDate(year: schedule.year, month: 1, day: 1)
        if let issued = special[number] {
            #expect(issuedOn == date(issued))
        } else {
            #expect(number.hasPrefix("国办发明电〔\(schedule.year - 1)〕"), "\(schedule.year)")
            #expect(number.hasSuffix("号"))
            #expect(issuedOn < yearStart, "\(schedule.year)")
            #expect(issuedOn >= (try CivilDate(year: schedule.year - 1, month: 10, day: 1)), "\(schedule.year)")
        }
        #expect(source.title == "国务院办公厅关于\(schedule.year)年部分节假日安排的通知")
        #expect(source.description == "\(source.title) (\(number), \(issuedOn))")
    }

    @Test("CM-WORKDAY: the document numbers are distinct")
    func distinctNumbers() {
        #expect(Set(Self.schedules.map(\.source.documentNumber)).count == Self.schedules.count)
    }

    @Test(
        "CM-WORKDAY: the statutory days of each year match the holiday regulations of the time",
        arguments: 2004...2026)
    func statutoryDayCounts(year: Int) throws {
        let schedule = try Self.schedule(year)
        // 全国年节及纪念日放假办法: 10 days until 2007, 11 from 2008, 13 from 2025; 2015 adds its victory day. Where
        // Mid-autumn falls on a National Day statutory day (2009-10-03, 2020-10-01) one day serves both.
        var expected = schedule.year < 2008 ? 10 : schedule.year < 2025 ? 11 : 13
        if schedule.year == 2015 { expected += 1 }
        if schedule.year == 2009 || schedule.year == 2020 { expected -= 1 }
        let days = schedule.periods.flatMap(\.statutoryDays)
        #expect(days.count == expected, "\(schedule.year)")
        #expect(days.allSatisfy { $0.year == schedule.year }, "\(schedule.year)")
    }

    @Test(
        "CM-WORKDAY: the calendar reports every official day as the table says",
        arguments: 2004...2026)
    func calendarFollowsTable(year: Int) throws {
        let schedule = try Self.schedule(year)
        let calendar = WorkingDayCalendar.mainlandChina
        for period in schedule.periods {
            for day in CalendarFixtures.dates(from: period.firstDay, through: period.lastDay) {
                let info = try calendar.day(day)
                #expect(!info.isWorkingDay, "\(day)")
                #expect(info.holiday == period.holiday, "\(day)")
                let kind: CalendarDay.Kind =
                    period.statutoryDays.contains(day) ? .statutoryHoliday : day.isWeekend ? .weekend : .inLieuRestDay
                #expect(info.kind == kind, "\(day)")
            }
            for day in period.adjustedWorkingDays {
                #expect(
                    try calendar.day(day)
                        == CalendarDay(date: day, kind: .adjustedWorkingDay, holiday: period.holiday, isAssumed: false))
            }
        }
    }

    @Test("CM-WORKDAY: the 2015 and 2020 special arrangements are in the table")
    func specialArrangements() throws {
        let periods2015 = try #require(Self.schedules.first { $0.year == 2015 }).periods
        let victory = try #require(periods2015.first { $0.holiday == .victoryDay2015 })
        #expect(victory.firstDay == date("2015-09-03") && victory.lastDay == date("2015-09-05"))
        #expect(victory.statutoryDays == [date("2015-09-03")])
        #expect(victory.adjustedWorkingDays == [date("2015-09-06")])
        let periods2020 = try #require(Self.schedules.first { $0.year == 2020 }).periods
        let extensionPeriod = try #require(periods2020.first { $0.holiday == .springFestivalExtension2020 })
        #expect(extensionPeriod.firstDay == date("2020-01-31") && extensionPeriod.lastDay == date("2020-02-02"))
        #expect(extensionPeriod.statutoryDays.isEmpty)
        #expect(!periods2020.flatMap(\.adjustedWorkingDays).contains(date("2020-02-01")))
    }
}

@Suite struct HolidayScheduleValidationTests {
    static let notice = NoticeCitation(documentNumber: "TEST", issued: date("2026-11-01"), title: "test")

    @Test("CM-WORKDAY: a reversed period is refused")
    func reversed() {
        // The error is checked outside any `catch`, so the test fails when nothing is thrown.
        let error = #expect(throws: HolidayScheduleError.self) {
            try HolidayPeriod(.labourDay, off: date("2027-05-05"), through: date("2027-05-01"), statutory: [])
        }
        #expect(error?.code == .reversedPeriod)
        #expect(error?.holiday == .labourDay)
        #expect(error?.date == date("2027-05-05"))
    }

    @Test("CM-WORKDAY: a statutory day outside its period is refused")
    func statutoryOutside() {
        let error = #expect(throws: HolidayScheduleError.self) {
            try HolidayPeriod(
                .labourDay, off: date("2027-05-01"), through: date("2027-05-05"), statutory: [date("2027-05-06")])
        }
        #expect(error?.code == .statutoryDayOutsidePeriod)
        #expect(error?.date == date("2027-05-06"))
    }

    @Test(
        "CM-WORKDAY: an adjusted working day on a weekday or inside the break is refused",
        arguments: ["2027-04-26", "2027-05-01"])
    func adjustedNotWeekend(text: String) {
        let error = #expect(throws: HolidayScheduleError.self, "accepted \(text) as an adjusted working day") {
            try HolidayPeriod(
                .labourDay, off: date("2027-05-01"), through: date("2027-05-05"), statutory: [date("2027-05-01")],
                adjustedWorkingDays: [date(text)])
        }
        #expect(error?.code == .adjustedWorkingDayNotWeekend)
        #expect(error?.date == date(text))
    }

    @Test("CM-WORKDAY: overlapping or out-of-order periods are refused")
    func overlapping() throws {
        let may = try HolidayPeriod(.labourDay, off: date("2027-05-01"), through: date("2027-05-05"), statutory: [])
        let overlapping = try HolidayPeriod(
            .dragonBoatFestival, off: date("2027-05-05"), through: date("2027-05-07"), statutory: [])
        let june = try HolidayPeriod(
            .dragonBoatFestival, off: date("2027-06-09"), through: date("2027-06-11"), statutory: [])
        for periods in [[may, overlapping], [june, may]] {
            let error = #expect(throws: HolidayScheduleError.self, "accepted overlapping periods") {
                try HolidaySchedule(year: 2027, source: Self.notice, periods: periods)
            }
            #expect(error?.code == .overlappingPeriods)
        }
        #expect(try HolidaySchedule(year: 2027, source: Self.notice, periods: [may, june]).periods == [may, june])
    }

    @Test("CM-WORKDAY: a schedule for a year outside 1900...2199 is refused", arguments: [1899, 2200, 0])
    func yearOutOfRange(year: Int) {
        let error = #expect(throws: HolidayScheduleError.self, "accepted year \(year)") {
            try HolidaySchedule(year: year, source: Self.notice, periods: [])
        }
        #expect(error?.code == .yearOutOfRange)
        #expect(error?.description.contains("yearOutOfRange") == true)
    }

    @Test("CM-WORKDAY: decoding a period validates it again")
    func decodingValidates() throws {
        let period = try HolidayPeriod(
            .labourDay, off: date("2027-05-01"), through: date("2027-05-05"), statutory: [date("2027-05-01")])
        let json = String(decoding: try JSONEncoder().encode(period), as: UTF8.self)
        #expect(try JSONDecoder().decode(HolidayPeriod.self, from: Data(json.utf8)) == period)
        let tampered = json.replacingOccurrences(
            of: "\"statutoryDays\":[\"2027-05-01\"]", with: "\"statutoryDays\":[\"2027-06-01\"]")
        #expect(tampered != json)
        #expect(throws: (any Error).self) { try JSONDecoder().decode(HolidayPeriod.self, from: Data(tampered.utf8)) }
    }

    @Test("CM-WORKDAY: schedule errors describe code, holiday and date")
    func errorDescription() throws {
        // Outside any `catch`: the test fails when nothing is thrown (it used to pass without checking anything).
        let error = try #require(throws: HolidayScheduleError.self) {
            try HolidayPeriod(
                .labourDay, off: date("2027-05-01"), through: date("2027-05-05"), statutory: [date("2027-05-06")])
        }
        #expect(
            error.description == "inconsistent holiday schedule: statutoryDayOutsidePeriod (labourDay) at 2027-05-06")
    }
}
