// Builders for the reviewed official table, whose consistency the tests check
// (every official period is rebuilt through the validating initialisers there).

extension HolidayPeriod {
    init(
        unchecked holiday: HolidayName,
        off firstDay: CivilDate,
        through lastDay: CivilDate,
        statutory: [CivilDate],
        worked: [CivilDate] = []
    ) {
        self.holiday = holiday
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.statutoryDays = statutory
        self.adjustedWorkingDays = worked
    }
}

extension HolidaySchedule {
    init(unchecked year: Int, _ documentNumber: String, issued: CivilDate, title: String, _ periods: [HolidayPeriod]) {
        self.year = year
        self.source = NoticeCitation(documentNumber: documentNumber, issued: issued, title: title)
        self.periods = periods
    }
}

/// A date of the official table. An impossible date becomes 1900-01-01, which the data tests reject.
func day(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
    (try? CivilDate(year: year, month: month, day: day)) ?? .earliest
}
