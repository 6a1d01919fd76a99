import CardModel

/// A deliberately simple Gregorian calendar for the tests: it walks whole years and months from 1900-01-01
/// instead of using closed formulas, so it shares no arithmetic with `CivilDate`.
enum NaiveGregorian {
    /// Days from 1970-01-01 back to 1900-01-01 (negative), as Python's `datetime` gives it.
    static let dayNumberOf1900 = -25_567

    static func isLeapYear(_ year: Int) -> Bool {
        if year % 400 == 0 { return true }
        if year % 100 == 0 { return false }
        return year % 4 == 0
    }

    static func monthLengths(_ year: Int) -> [Int] {
        [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    }

    static func yearLength(_ year: Int) -> Int { isLeapYear(year) ? 366 : 365 }

    /// Whether the three numbers name a day of 1900...2199.
    static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1900...2199).contains(year), (1...12).contains(month) else { return false }
        return day >= 1 && day <= monthLengths(year)[month - 1]
    }

    /// The date of a day number (days since 1970-01-01), by walking years and months from 1900.
    static func components(ofDayNumber dayNumber: Int) -> (year: Int, month: Int, day: Int) {
        var rest = dayNumber - dayNumberOf1900
        var year = 1900
        while rest >= yearLength(year) {
            rest -= yearLength(year)
            year += 1
        }
        var month = 1
        for length in monthLengths(year) {
            if rest < length { break }
            rest -= length
            month += 1
        }
        return (year, month, rest + 1)
    }

    /// The day number of a date, by adding up whole years and months from 1900.
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        var total = dayNumberOf1900
        for earlier in 1900..<year { total += yearLength(earlier) }
        for length in monthLengths(year).prefix(month - 1) { total += length }
        return total + day - 1
    }

    /// The weekday, counted from 1900-01-01, a Monday.
    static func weekday(ofDayNumber dayNumber: Int) -> Weekday {
        let sinceMonday = (dayNumber - dayNumberOf1900) % 7
        return Weekday.allCases[sinceMonday]
    }
}
