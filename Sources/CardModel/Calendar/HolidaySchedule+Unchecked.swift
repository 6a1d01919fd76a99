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

extension CivilDate {
    /// A date written in this package's own code (the official table, policy defaults), known to exist.
    ///
    /// An impossible literal gives 1900-01-01, which no table entry or default uses and the tests reject: no trap
    /// is reachable from public API. Visible to the package's modules only, never to clients, for whom a silent
    /// fallback would be a guess.
    package static func known(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
        (try? CivilDate(year: year, month: month, day: day)) ?? .earliest
    }
}

/// A date of the official table (``CivilDate/known(_:_:_:)``, short for the table's hundreds of dates).
func day(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
    CivilDate.known(year, month, day)
}
