import Foundation
import TestSupport
import Testing

@testable import CardModel

/// The statutory days by law (CM-STATUTORY): the law's versions, the lunar table against an independent reference,
/// and the shipped schedules against the law.
@Suite struct StatutoryHolidaysTests {
    @Test("CM-STATUTORY: each year is governed by the version of the law in force on its January 1")
    func versions() {
        #expect(HolidayLaw.inForce(in: 1999) == nil)
        #expect(HolidayLaw.inForce(in: 2000) == .of1999)
        #expect(HolidayLaw.inForce(in: 2007) == .of1999)
        #expect(HolidayLaw.inForce(in: 2008) == .of2007)
        #expect(HolidayLaw.inForce(in: 2013) == .of2007)
        #expect(HolidayLaw.inForce(in: 2014) == .of2013)
        #expect(HolidayLaw.inForce(in: 2024) == .of2013)
        #expect(HolidayLaw.inForce(in: 2025) == .of2024)
        #expect(HolidayLaw.inForce(in: 2199) == .of2024)
        #expect(HolidayLaw.inForce(in: 2200) == nil)
        #expect(
            HolidayLaw.allCases.map(\.inForceFrom)
                == ["1999-09-18", "2008-01-01", "2014-01-01", "2025-01-01"].map(date))
        for law in HolidayLaw.allCases {
            #expect(law.title.chinese.contains("全国年节及纪念日放假办法"))
            #expect(law.title.english.contains(law.order) && law.title.german.contains(law.order))
        }
        #expect(HolidayLaw.of1999.holidays == [.newYearsDay, .springFestival, .labourDay, .nationalDay])
        #expect(HolidayLaw.of2024.holidays.count == 7)
    }

    @Test(
        "CM-STATUTORY: the library's lunar and Qingming table equals the independent reference", arguments: 2004...2100)
    func lunarTable(year: Int) throws {
        let lunar = try #require(LunarYear(year))
        let reference = try #require(IndependentStatutoryReference.dates[year]).map(date)
        #expect(
            [lunar.newYearsEve, lunar.springFestival, lunar.dragonBoat, lunar.midAutumn, lunar.qingming] == reference)
        #expect(lunar.newYearsEve.days(to: lunar.springFestival) == 1)
        #expect([4, 5, 6].contains(lunar.qingming.day) && lunar.qingming.month == 4)
    }

    @Test("CM-STATUTORY: the reference covers exactly 2004 through 2100")
    func coverage() {
        #expect(StatutoryHolidays.years == 2004...2100)
        #expect(IndependentStatutoryReference.dates.keys.sorted() == Array(2004...2100))
        #expect(LunarYear(2003) == nil && LunarYear(2101) == nil)
    }

    @Test("CM-STATUTORY: the statutory days of every shipped schedule are those the law gives", arguments: 2004...2026)
    func shippedScheduleFollowsTheLaw(year: Int) throws {
        let schedule = try #require(WorkingDayCalendar.mainlandChina.schedule(for: year))
        let law = try #require(HolidayLaw.inForce(in: year))
        // The 2015 Victory Day and the 2020 extension were one-off decisions, not days of the law.
        let special: Set<HolidayName> = [.victoryDay2015, .springFestivalExtension2020]
        let shipped = schedule.periods.filter { !special.contains($0.holiday) }
        #expect(Set(shipped.flatMap(\.statutoryDays)) == Set(try StatutoryHolidays.allDays(in: year)))
        for holiday in try StatutoryHolidays.holidays(in: year) {
            #expect(law.holidays.contains(holiday.holiday))
            for day in holiday.days {
                // A combined break lists the Mid-autumn day under National Day (2009, 2012, 2017, 2020, 2023, 2025).
                let period = shipped.first { $0.statutoryDays.contains(day) }
                let names = [holiday.holiday] + (holiday.holiday == .midAutumnFestival ? [.nationalDay] : [])
                #expect(period.map { names.contains($0.holiday) } == true, "\(holiday.holiday) \(day)")
            }
        }
    }

    @Test("CM-STATUTORY: 2027 by the 2024 version: Eve 02-05 to 02-08, Qingming 04-05, Labour 05-01..02")
    func year2027() throws {
        let holidays = try StatutoryHolidays.holidays(in: 2027)
        #expect(holidays.map(\.holiday) == HolidayLaw.of2024.holidays)
        let expected: [[String]] = [
            ["2027-01-01"], ["2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08"], ["2027-04-05"],
            ["2027-05-01", "2027-05-02"], ["2027-06-09"], ["2027-09-15"], ["2027-10-01", "2027-10-02", "2027-10-03"],
        ]
        #expect(holidays.map(\.days) == expected.map { $0.map(date) })
        #expect(try StatutoryHolidays.days(of: .springFestival, in: 2027).first == date("2027-02-05"))
    }

    @Test("CM-STATUTORY: the versions differ where the law changed")
    func versionDifferences() throws {
        // 1999 version: three days from lunar 1/1, three Labour days, no Qingming.
        #expect(
            try StatutoryHolidays.days(of: .springFestival, in: 2007)
                == ["2007-02-18", "2007-02-19", "2007-02-20"].map(date))
        #expect(try StatutoryHolidays.days(of: .labourDay, in: 2007).count == 3)
        #expect(try StatutoryHolidays.days(of: .tombSweepingDay, in: 2007) == [])
        // 2007 version: New Year's Eve, 1st and 2nd.
        #expect(
            try StatutoryHolidays.days(of: .springFestival, in: 2008)
                == ["2008-02-06", "2008-02-07", "2008-02-08"].map(date))
        // 2013 version: 1st to 3rd again.
        #expect(
            try StatutoryHolidays.days(of: .springFestival, in: 2014)
                == ["2014-01-31", "2014-02-01", "2014-02-02"].map(date))
        // 2024 version: four days from the Eve, two Labour days.
        #expect(try StatutoryHolidays.days(of: .springFestival, in: 2025).count == 4)
        #expect(try StatutoryHolidays.days(of: .labourDay, in: 2025) == ["2025-05-01", "2025-05-02"].map(date))
        #expect(try StatutoryHolidays.days(of: .victoryDay2015, in: 2015) == [])
    }

    @Test("CM-STATUTORY: National Day and Mid-autumn on the same day keep the law's order (2020)")
    func sameDay() throws {
        let holidays = try StatutoryHolidays.holidays(in: 2020)
        #expect(holidays.suffix(2).map(\.holiday) == [.midAutumnFestival, .nationalDay])
        #expect(holidays.map { $0.days.first ?? .latest } == holidays.map { $0.days.first ?? .latest }.sorted())
    }

    @Test("CM-STATUTORY: a year outside 2004...2100 throws noStatutoryData naming it", arguments: [2003, 2101, 1900])
    func outside(year: Int) {
        #expect(throws: CalendarError(noStatutoryDataFor: year)) { try StatutoryHolidays.holidays(in: year) }
        #expect(throws: CalendarError(noStatutoryDataFor: year)) {
            try StatutoryHolidays.days(of: .newYearsDay, in: year)
        }
        let error = CalendarError(noStatutoryDataFor: year)
        #expect(error.code == .noStatutoryData && error != CalendarError(noDataFor: year))
        #expect(error.description.contains("\(year)") && error.message.chinese.contains("\(year)"))
    }

    @Test("CM-STATUTORY: statutory holidays round-trip through Codable")
    func codable() throws {
        let holidays = try StatutoryHolidays.holidays(in: 2026)
        let data = try JSONEncoder().encode(holidays)
        #expect(try JSONDecoder().decode([StatutoryHoliday].self, from: data) == holidays)
    }
}
