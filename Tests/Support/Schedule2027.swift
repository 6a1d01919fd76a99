public import CardModel

/// A made-up schedule for 2027, as a host adds next year's notice before the library ships it (not an official
/// notice); built through the validating initialisers.
public func madeUpSchedule2027() throws -> HolidaySchedule {
    let notice = NoticeCitation(
        documentNumber: "TEST-2027", issued: date("2026-11-05"), title: "A made-up 2027 schedule for the tests")
    return try HolidaySchedule(
        year: 2027, source: notice,
        periods: [
            try HolidayPeriod(
                .newYearsDay, off: date("2027-01-01"), through: date("2027-01-03"), statutory: [date("2027-01-01")]),
            try HolidayPeriod(
                .springFestival, off: date("2027-02-05"), through: date("2027-02-11"),
                statutory: [date("2027-02-05"), date("2027-02-06"), date("2027-02-07"), date("2027-02-08")],
                adjustedWorkingDays: [date("2027-01-31"), date("2027-02-13")]),
            try HolidayPeriod(
                .nationalDay, off: date("2027-10-01"), through: date("2027-10-07"),
                statutory: [date("2027-10-01"), date("2027-10-02"), date("2027-10-03")],
                adjustedWorkingDays: [date("2027-09-26"), date("2027-10-09")]),
        ])
}

/// The official calendar with ``madeUpSchedule2027()`` added: what a host runs between the State Council's notice
/// and the library's next release.
public func officialPlus2027() throws -> WorkingDayCalendar {
    WorkingDayCalendar.mainlandChina.adding(try madeUpSchedule2027())
}
