import CardModel
import TestSupport

/// Helpers for the calendar tests: day ranges, naive reference walks and made-up schedules.
enum CalendarFixtures {
    static let official = WorkingDayCalendar.mainlandChina
    static let officialYears = 2004...2026

    /// Every date from `first` through `last`.
    static func dates(from first: CivilDate, through last: CivilDate) -> [CivilDate] {
        guard first <= last else { return [] }
        return (0...first.days(to: last)).compactMap { try? first.adding(days: $0) }
    }

    /// Every date of `year`.
    static func dates(ofYear year: Int) -> [CivilDate] {
        guard let first = try? CivilDate(year: year, month: 1, day: 1),
            let last = try? CivilDate(year: year, month: 12, day: 31)
        else { return [] }
        return dates(from: first, through: last)
    }

    /// "MM-DD", as the reference fixture writes a date.
    static func monthDay(_ date: CivilDate) -> String {
        let (_, month, day) = date.components
        return (month < 10 ? "0" : "") + "\(month)-" + (day < 10 ? "0" : "") + "\(day)"
    }

    /// The N-th working day after `start` by walking one day at a time and asking `isWorkingDay` (CM-WORKDAY-ADD).
    static func naiveAdd(
        _ count: Int, to start: CivilDate, in calendar: WorkingDayCalendar = official
    ) throws(CalendarError) -> CivilDate {
        var current = start
        func step(_ days: Int) throws(CalendarError) {
            do { current = try current.adding(days: days) } catch { throw CalendarError(noDataFor: error.year ?? 0) }
        }
        if count == 0 {
            while !(try calendar.isWorkingDay(current)) { try step(1) }
            return current
        }
        var remaining = count.magnitude
        let direction = count > 0 ? 1 : -1
        while remaining > 0 {
            try step(direction)
            if try calendar.isWorkingDay(current) { remaining -= 1 }
        }
        return current
    }

    /// The working days in `(from, to]` (negative when `to` is earlier) by checking every day.
    static func naiveCount(
        from: CivilDate, to: CivilDate, in calendar: WorkingDayCalendar = official
    ) throws(CalendarError) -> Int {
        let (low, high) = from <= to ? (from, to) : (to, from)
        var count = 0
        for day in dates(from: low, through: high).dropFirst() where try calendar.isWorkingDay(day) { count += 1 }
        return from <= to ? count : -count
    }

    /// A made-up schedule for 2027 (not an official notice): the one TestSupport gives every test target.
    static func madeUp2027() throws -> HolidaySchedule { try madeUpSchedule2027() }

    /// A schedule for `year` with no holidays at all (every weekday works).
    static func empty(_ year: Int) throws -> HolidaySchedule {
        try HolidaySchedule(
            year: year, source: NoticeCitation(documentNumber: "TEST-\(year)", issued: .earliest, title: "none"),
            periods: [])
    }
}
