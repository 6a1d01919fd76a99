import CardModel
import Foundation
import TestSupport
import Testing

@Suite struct AcceptanceTests {
    let calendar = WorkingDayCalendar.mainlandChina

    @Test("CM-ACCEPTANCE: applied Wednesday 2026-09-30, 4 working days: ready Monday 2026-10-12 (RP-READY)")
    func readyAfterWorkingDayApplication() throws {
        let applied = date("2026-09-30")
        #expect(try self.calendar.acceptanceDate(for: applied) == applied)
        let ready = try self.calendar.deadline(afterWorkingDays: 4, forApplicationOn: applied)
        #expect(ready == date("2026-10-12"))
        #expect(ready.weekday == .monday)
        // The four days: 10-08, 10-09, Saturday 10-10 (worked) and 10-12.
        #expect(try self.calendar.workingDays(from: applied, to: ready) == 4)
    }

    @Test("CM-ACCEPTANCE: applied Saturday 2026-10-03 (National Day): accepted 2026-10-08, ready 2026-10-13 (RP-READY)")
    func readyAfterHolidayApplication() throws {
        let applied = date("2026-10-03")
        #expect(try self.calendar.acceptanceDate(for: applied) == date("2026-10-08"))
        #expect(try self.calendar.deadline(afterWorkingDays: 4, forApplicationOn: applied) == date("2026-10-13"))
        // Not the same as 4 working days after the application day itself.
        #expect(try self.calendar.date(byAddingWorkingDays: 4, to: applied) == date("2026-10-12"))
    }

    @Test("CM-ACCEPTANCE: an application on a working day is accepted that day, even on a worked Sunday")
    func acceptedSameDay() throws {
        for text in ["2026-01-04", "2026-02-14", "2026-03-09", "2026-10-10"] {
            #expect(try self.calendar.acceptanceDate(for: date(text)) == date(text))
        }
    }

    @Test("CM-ACCEPTANCE: a deadline of 0 working days is the acceptance date")
    func zeroDays() throws {
        #expect(
            try self.calendar.deadline(afterWorkingDays: 0, forApplicationOn: date("2026-10-03")) == date("2026-10-08"))
        #expect(
            try self.calendar.deadline(afterWorkingDays: 0, forApplicationOn: date("2026-09-30")) == date("2026-09-30"))
    }

    /// Expected values from chinesecalendar 1.11.0's `find_workday(N, D)`, computed once with
    /// `python3 -c "import chinese_calendar as cc, datetime as dt; print(cc.find_workday(N, dt.date(...)))"`
    /// and pasted here as literals.
    @Test(
        "CM-ACCEPTANCE: deadlines agree with chinesecalendar's find_workday(N, D)",
        arguments: [
            (4, "2026-09-30", "2026-10-12"), (4, "2026-10-03", "2026-10-13"), (0, "2026-10-03", "2026-10-08"),
            (1, "2026-02-13", "2026-02-14"), (5, "2026-02-13", "2026-02-27"), (10, "2026-02-14", "2026-03-06"),
            (1, "2026-01-03", "2026-01-05"), (0, "2026-01-04", "2026-01-04"), (3, "2025-12-31", "2026-01-06"),
            (20, "2024-09-20", "2024-10-23"), (1, "2020-01-23", "2020-02-03"), (4, "2020-01-22", "2020-02-05"),
            (2, "2015-09-02", "2015-09-07"), (15, "2026-04-30", "2026-05-25"), (0, "2026-05-02", "2026-05-06"),
            (30, "2025-09-15", "2025-10-31"),
        ])
    func findWorkday(count: Int, applied: String, expected: String) throws {
        #expect(try self.calendar.deadline(afterWorkingDays: count, forApplicationOn: date(applied)) == date(expected))
    }

    @Test(
        "CM-ACCEPTANCE: negative counts agree with find_workday(-N, D): the N-th working day before D",
        arguments: [
            (-1, "2026-10-08", "2026-09-30"), (-3, "2026-02-24", "2026-02-12"), (-5, "2026-01-01", "2025-12-25"),
        ])
    func findWorkdayBackwards(count: Int, start: String, expected: String) throws {
        #expect(try self.calendar.date(byAddingWorkingDays: count, to: date(start)) == date(expected))
    }

    @Test("CM-ACCEPTANCE: an application outside the data throws the typed error")
    func outsideData() throws {
        #expect(throws: CalendarError(noDataFor: 2027)) {
            try self.calendar.deadline(afterWorkingDays: 4, forApplicationOn: date("2027-01-04"))
        }
        #expect(throws: CalendarError(noDataFor: 2027)) { try self.calendar.acceptanceDate(for: date("2027-01-04")) }
        // 2026-12-31 is a Thursday; the data ends there, so acceptance works but a deadline does not.
        #expect(try self.calendar.acceptanceDate(for: date("2026-12-31")) == date("2026-12-31"))
        #expect(throws: CalendarError(noDataFor: 2027)) {
            try self.calendar.deadline(afterWorkingDays: 1, forApplicationOn: date("2026-12-31"))
        }
    }
}

@Suite struct PeriodEndTests {
    let calendar = WorkingDayCalendar.mainlandChina

    @Test("CM-PERIOD: entry 2026-03-02 + 30 days ends on 2026-04-01, a working Wednesday")
    func entryPlusThirty() throws {
        let end = try self.calendar.periodEnd(days: 30, after: date("2026-03-02"))
        #expect(end == PeriodEnd(nominalLastDay: date("2026-04-01"), effectiveLastDay: date("2026-04-01")))
        #expect(end.nominalLastDay.weekday == .wednesday)
        #expect(end.description == "2026-04-01")
    }

    @Test("CM-PERIOD: a nominal last day on a holiday runs on to the next working day: 2026-10-01 ⇒ 2026-10-08")
    func lastDayOnHoliday() throws {
        let end = try self.calendar.periodEnd(days: 30, after: date("2026-09-01"))
        #expect(end.nominalLastDay == date("2026-10-01"))
        #expect(end.effectiveLastDay == date("2026-10-08"))
        #expect(end.description == "2026-10-01 (effective 2026-10-08)")
    }

    @Test("CM-PERIOD: a nominal last day on an adjusted working day stays: Saturday 2026-10-10")
    func lastDayOnAdjustedWorkingDay() throws {
        let end = try self.calendar.periodEnd(days: 30, after: date("2026-09-10"))
        #expect(end.nominalLastDay == date("2026-10-10"))
        #expect(end.nominalLastDay.weekday == .saturday)
        #expect(end.effectiveLastDay == date("2026-10-10"))
        #expect(try self.calendar.periodEnd(days: 1, after: date("2026-01-03")).effectiveLastDay == date("2026-01-04"))
    }

    @Test("CM-PERIOD: a nominal last day on an ordinary weekend moves to Monday")
    func lastDayOnWeekend() throws {
        let end = try self.calendar.periodEnd(days: 5, after: date("2026-03-02"))
        #expect(end == PeriodEnd(nominalLastDay: date("2026-03-07"), effectiveLastDay: date("2026-03-09")))
    }

    @Test("CM-PERIOD: a period of 0 days ends on the event day, or the next working day")
    func zeroDays() throws {
        #expect(try self.calendar.periodEnd(days: 0, after: date("2026-03-02")).effectiveLastDay == date("2026-03-02"))
        #expect(try self.calendar.periodEnd(days: 0, after: date("2026-03-07")).effectiveLastDay == date("2026-03-09"))
    }

    @Test("CM-PERIOD: a period ending outside the data, or past 2199, throws the typed error")
    func outsideData() {
        #expect(throws: CalendarError(noDataFor: 2027)) {
            try self.calendar.periodEnd(days: 30, after: date("2026-12-15"))
        }
        #expect(throws: CalendarError(noDataFor: 2200)) {
            try self.calendar.periodEnd(days: .max, after: date("2026-03-02"))
        }
        #expect(throws: CalendarError(noDataFor: 2200)) {
            try self.calendar.periodEnd(days: 100_000, after: date("2026-03-02"))
        }
        #expect(throws: CalendarError(noDataFor: 1899)) {
            try self.calendar.periodEnd(days: .min, after: date("2026-03-02"))
        }
    }

    @Test("CM-PERIOD: PeriodEnd is Codable and Hashable")
    func periodEndValue() throws {
        let end = PeriodEnd(nominalLastDay: date("2026-10-01"), effectiveLastDay: date("2026-10-08"))
        let data = try JSONEncoder().encode(end)
        #expect(try JSONDecoder().decode(PeriodEnd.self, from: data) == end)
        #expect(
            Set([end, end, PeriodEnd(nominalLastDay: date("2026-04-01"), effectiveLastDay: date("2026-04-01"))]).count
                == 2)
    }
}
