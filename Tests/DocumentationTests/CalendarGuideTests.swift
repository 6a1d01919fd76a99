import CardModel
import Testing

/// The example of Documentation/Calendar.md, "Adding next year's schedule", with a made-up 2027 notice.
@Suite struct CalendarGuideTests {
    @Test("CM-WORKDAY: adding next year's schedule as the calendar guide shows")
    func addingNextYearsSchedule() throws {
        let notice = NoticeCitation(
            documentNumber: "国办发明电〔2026〕N号", issued: try CivilDate(parsing: "2026-11-05"),
            title: "国务院办公厅关于2027年部分节假日安排的通知")
        let schedule2027 = try HolidaySchedule(
            year: 2027, source: notice,
            periods: [
                try HolidayPeriod(
                    .newYearsDay, off: try CivilDate(parsing: "2027-01-01"),
                    through: try CivilDate(parsing: "2027-01-03"), statutory: [try CivilDate(parsing: "2027-01-01")])
            ])
        let calendar = WorkingDayCalendar.mainlandChina.adding(schedule2027)
        #expect(try !calendar.isWorkingDay(try CivilDate(parsing: "2027-01-01")))
        #expect(
            try calendar.date(byAddingWorkingDays: 5, to: try CivilDate(parsing: "2026-12-28")).description
                == "2027-01-05")
        #expect(throws: CalendarError(noDataFor: 2027)) {
            try WorkingDayCalendar.mainlandChina.isWorkingDay(try CivilDate(parsing: "2027-01-04"))
        }
        let fromScratch = WorkingDayCalendar(
            schedules: WorkingDayCalendar.mainlandChina.schedules + [schedule2027], fallback: .refuse)
        #expect(fromScratch == calendar)
    }

    @Test("CM-NOTICE: reading a notice's text and adding it, as the calendar guide shows")
    func readingTheNotice() throws {
        // A made-up 2027 notice in the published form (no 2027 notice exists as of this writing).
        let text = """
            国务院办公厅关于2027年部分节假日安排的通知
            一、元旦：1月1日（周五）至3日（周日）放假，共3天。
            国务院办公厅
            2026年11月20日
            """
        let notice = try HolidayNotice(parsing: text)
        let calendar = WorkingDayCalendar.mainlandChina.adding(try notice.schedule())
        #expect(try calendar.day(try CivilDate(parsing: "2027-01-01")).kind == .statutoryHoliday)
        #expect(try calendar.isWorkingDay(try CivilDate(parsing: "2027-01-04")))
    }
}
