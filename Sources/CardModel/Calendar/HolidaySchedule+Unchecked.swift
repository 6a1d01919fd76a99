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
    /// Every call passes literal constants (the tests check each call site's dates), except
    /// ``HolidaySchedule/differences(from:)``, which passes January 1 and December 31 of a schedule's year, a
    /// year every initialiser of `HolidaySchedule` keeps in ``supportedYears``. No public input reaches it.
    /// Visible to the package's modules only, never to clients, who get `nil` or a thrown error instead.
    ///
    /// - Precondition: The year, month and day name a real day of ``supportedYears``. An impossible date is a
    ///   mistake in this package's source, so it stops the program rather than answer with a made-up date.
    package static func known(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
        guard let date = CivilDate(year, month, day) else {
            preconditionFailure("CivilDate.known(\(year), \(month), \(day)): not a day of 1900...2199")
        }
        return date
    }
}

/// A date of the official table (``CivilDate/known(_:_:_:)``, short for the table's hundreds of dates).
func day(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
    CivilDate.known(year, month, day)
}
