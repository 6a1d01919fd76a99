import CardModel
import Foundation
import TestSupport
import Testing

/// The provisional fallback by law (CM-PROVISIONAL): weekends and the statutory days are rest days in a year
/// without a notice, and every such answer says so.
@Suite struct ProvisionalCalendarTests {
    let official = WorkingDayCalendar.mainlandChina
    let provisional = WorkingDayCalendar.mainlandChina.withFallback(.provisional)

    @Test("CM-PROVISIONAL: the default stays a refusal (CM-WORKDAY)")
    func defaultRefuses() {
        #expect(self.official.fallback == .refuse)
        #expect(WorkingDayCalendar(schedules: self.official.schedules).fallback == .refuse)
        #expect(throws: CalendarError(noDataFor: 2027)) { try self.official.isWorkingDay(date("2027-01-01")) }
        #expect(!self.official.isProvisional(year: 2027))
        #expect(self.official.provisionalYears(from: date("2026-12-28"), through: date("2027-01-04")) == [])
        #expect(self.provisional.withFallback(.refuse) == self.official)
    }

    @Test("CM-PROVISIONAL: 2027-01-01 is a statutory rest day before the 2027 notice, which assumeWeekdays gets wrong")
    func newYearsDay2027() throws {
        let day = try self.provisional.day(date("2027-01-01"))
        #expect(
            day
                == CalendarDay(
                    date: date("2027-01-01"), kind: .statutoryHoliday, holiday: .newYearsDay, isAssumed: false,
                    isProvisional: true))
        #expect(!day.isWorkingDay)
        #expect(
            day.description == "2027-01-01 Friday: statutory holiday (New Year's Day) [provisional: no notice for 2027]"
        )
        #expect(try !self.provisional.isWorkingDay(date("2027-01-01")))
        #expect(try self.official.withFallback(.assumeWeekdays).isWorkingDay(date("2027-01-01")))
        let monday = try self.provisional.day(date("2027-01-04"))
        #expect(monday.kind == .ordinaryWorkingDay && monday.isProvisional && !monday.isAssumed)
        #expect(try !self.provisional.day(date("2026-12-31")).isProvisional)
    }

    @Test("CM-PROVISIONAL: every statutory day of 2027 is a provisional rest day named after its holiday")
    func statutoryDays2027() throws {
        for holiday in try StatutoryHolidays.holidays(in: 2027) {
            for day in holiday.days {
                let answer = try self.provisional.day(day)
                #expect(answer.kind == .statutoryHoliday && answer.holiday == holiday.holiday && answer.isProvisional)
            }
        }
        // The law's 补假 for a statutory day on a weekend is left to the notice: Monday 2027-10-04 stays a working day.
        #expect(try self.provisional.isWorkingDay(date("2027-10-04")))
        #expect(try self.provisional.day(date("2027-02-05")).holiday == .springFestival)  // New Year's Eve, a Friday
        // 261 weekdays in 2027, 7 of them statutory (01-01, 02-05, 02-08, 04-05, 06-09, 09-15, 10-01).
        #expect(try self.provisional.workingDays(from: date("2026-12-31"), to: date("2027-12-31")) == 254)
    }

    @Test("CM-PROVISIONAL: a replacement applied on 2026-12-28 is ready on 2027-01-04, provisionally (RP-READY)")
    func replacementReadyDate() throws {
        let applied = date("2026-12-28")
        let ready = try self.provisional.deadline(afterWorkingDays: 4, forApplicationOn: applied)
        #expect(ready == date("2027-01-04"))
        #expect(try self.provisional.date(byAddingWorkingDays: 4, to: applied) == date("2027-01-04"))
        #expect(self.provisional.provisionalYears(from: applied, through: ready) == [2027])
        #expect(throws: CalendarError(noDataFor: 2027)) {
            try self.official.deadline(afterWorkingDays: 4, forApplicationOn: applied)
        }
        let note = CalendarError.provisionalNote(year: 2027)
        #expect(note.english.hasPrefix("provisional: no notice for 2027 (CM-PROVISIONAL)"))
        #expect(note.german.contains("2027") && note.german.contains("CM-PROVISIONAL"))
        #expect(note.chinese.contains("2027") && note.chinese.contains("CM-PROVISIONAL"))
    }

    @Test("CM-PROVISIONAL: an onboarding entered on 2026-12-15 gets a provisional 30-day deadline (CM-PERIOD)")
    func onboardingPeriod() throws {
        let end = try self.provisional.periodEnd(days: 30, after: date("2026-12-15"))
        #expect(end.nominalLastDay == date("2027-01-14") && end.effectiveLastDay == date("2027-01-14"))
        #expect(self.provisional.provisionalYears(from: date("2026-12-15"), through: end.effectiveLastDay) == [2027])
    }

    @Test("CM-PROVISIONAL: isProvisional(year:) and provisionalYears name exactly the years answered by law")
    func provisionalYearsQuery() throws {
        #expect(self.provisional.isProvisional(year: 2027) && self.provisional.isProvisional(year: 2100))
        #expect(!self.provisional.isProvisional(year: 2026) && !self.provisional.isProvisional(year: 2101))
        #expect(!self.provisional.isProvisional(year: 2003) && !self.provisional.isProvisional(year: 1999))
        #expect(
            self.provisional.provisionalYears(from: date("2025-06-01"), through: date("2029-02-01"))
                == [2027, 2028, 2029])
        #expect(self.provisional.provisionalYears(from: date("2027-06-01"), through: date("2027-01-01")) == [])
        let with2027 = self.provisional.adding(try CalendarFixtures.madeUp2027())
        #expect(!with2027.isProvisional(year: 2027) && with2027.isProvisional(year: 2028))
        #expect(try !with2027.day(date("2027-01-04")).isProvisional)
        #expect(try with2027.day(date("2027-01-31")).kind == .adjustedWorkingDay)
    }

    @Test("CM-PROVISIONAL: a neighbouring year's notice beats the provisional rule (2008's break in 2007)")
    func neighbouringNoticeWins() throws {
        let without2007 = WorkingDayCalendar(
            schedules: self.official.schedules.filter { $0.year != 2007 }, fallback: .provisional)
        #expect(without2007.isProvisional(year: 2007))
        // The 2008 notice makes Saturday 2007-12-29 a working day and 2007-12-31 a rest day.
        let saturday = try without2007.day(date("2007-12-29"))
        #expect(saturday.kind == .adjustedWorkingDay && !saturday.isProvisional)
        let monday = try without2007.day(date("2007-12-31"))
        #expect(monday.kind == .inLieuRestDay && !monday.isProvisional && monday.holiday == .newYearsDay)
        #expect(try without2007.day(date("2007-12-28")).isProvisional)
        // 2007 falls under the 1999 version: Spring Festival from lunar 1/1 (2007-02-18), three Labour days.
        #expect(try without2007.day(date("2007-02-20")).kind == .statutoryHoliday)
        #expect(try without2007.isWorkingDay(date("2007-02-21")))
        #expect(try !without2007.isWorkingDay(date("2007-05-03")))
        #expect(try without2007.isWorkingDay(date("2007-04-05")))  // no Qingming holiday before 2008

        // A 2028 notice whose New Year break starts on Friday 2027-12-31 makes that provisional working day a rest day.
        let notice = NoticeCitation(documentNumber: "TEST-2028", issued: date("2027-11-01"), title: "made up")
        let schedule2028 = try HolidaySchedule(
            year: 2028, source: notice,
            periods: [
                try HolidayPeriod(
                    .newYearsDay, off: date("2027-12-31"), through: date("2028-01-02"), statutory: [date("2028-01-01")])
            ])
        #expect(try self.provisional.isWorkingDay(date("2027-12-31")))
        let reached = try self.provisional.adding(schedule2028).day(date("2027-12-31"))
        #expect(reached.kind == .inLieuRestDay && !reached.isProvisional)
    }

    @Test("CM-PROVISIONAL: outside 2004...2100 a year without a schedule is still refused, naming it")
    func outsideTheStatutoryYears() {
        #expect(throws: CalendarError(noDataFor: 2101)) { try self.provisional.isWorkingDay(date("2101-01-03")) }
        #expect(throws: CalendarError(noDataFor: 2101)) {
            try self.provisional.date(byAddingWorkingDays: 1, to: date("2100-12-31"))
        }
        #expect(throws: CalendarError(noDataFor: 2003)) { try self.provisional.day(date("2003-06-02")) }
        #expect(throws: CalendarError(noDataFor: 2003)) {
            try self.provisional.date(byAddingWorkingDays: -1, to: date("2004-01-01"))
        }
        #expect(throws: CalendarError(noDataFor: 1900)) { try self.provisional.isWorkingDay(CivilDate.earliest) }
        #expect(throws: CalendarError(noDataFor: 2199)) { try self.provisional.isWorkingDay(CivilDate.latest) }
    }

    @Test("CM-PROVISIONAL: provisional days and calendars round-trip through Codable; older day documents decode")
    func codable() throws {
        let day = try self.provisional.day(date("2027-01-01"))
        #expect(try JSONDecoder().decode(CalendarDay.self, from: JSONEncoder().encode(day)) == day)
        let calendar = try JSONDecoder().decode(WorkingDayCalendar.self, from: JSONEncoder().encode(self.provisional))
        #expect(calendar == self.provisional && calendar.isProvisional(year: 2027))
        let older = Data(#"{"date":"2026-01-05","kind":"ordinaryWorkingDay","isAssumed":false}"#.utf8)
        let decoded = try JSONDecoder().decode(CalendarDay.self, from: older)
        #expect(!decoded.isProvisional && decoded.holiday == nil)
        #expect(WorkingDayCalendar.Fallback(rawValue: "provisional") == .provisional)
    }
}
