import CardModel

/// Dates written in the code as policy defaults, known to exist.
enum KnownDate {
    /// The date `year-month-day`; a default that cannot be made falls back to `CivilDate.earliest`, which no
    /// default uses (the tests check every default).
    static func make(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
        (try? CivilDate(year: year, month: month, day: day)) ?? .earliest
    }
}
