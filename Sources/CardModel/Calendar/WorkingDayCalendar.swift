/// Mainland China's working-day calendar: which days are working days, and counting in working days
/// (CM-WORKDAY, CM-WORKDAY-ADD, CM-ACCEPTANCE, CM-PERIOD).
///
/// A working day is Monday to Friday, except the public holidays of the State Council's notice for that
/// year; a Saturday or Sunday the notice makes an adjusted working day (调休上班) is a working day.
/// ``mainlandChina`` ships every official year from 2004 through 2026. A question about a year without
/// data throws a ``CalendarError`` naming the year; a calendar guesses from weekdays only when built with
/// ``Fallback/assumeWeekdays``, and then marks every such answer as assumed. Built with ``Fallback/provisional``
/// it answers such a year provisionally by law (CM-PROVISIONAL): weekends and the statutory days of
/// 《全国年节及纪念日放假办法》 (``StatutoryHolidays``) are rest days, and every such answer says so
/// (``CalendarDay/isProvisional``, ``provisionalYears(from:through:)``, ``CalendarError/provisionalNote(year:)``).
///
/// ```swift
/// let calendar = WorkingDayCalendar.mainlandChina
/// try calendar.isWorkingDay(CivilDate("2026-01-04")!)                        // true: worked for New Year
/// try calendar.date(byAddingWorkingDays: 4, to: CivilDate("2026-09-30")!)    // 2026-10-12
/// let next = calendar.adding(schedule2027)                                  // next year's notice
/// ```
///
/// All questions are O(1): the calendar precomputes one entry a day with running counts when built.
/// A calendar is an immutable value; building one costs about a millisecond a century of data.
public struct WorkingDayCalendar: Sendable {
    /// What to answer for a year without official data.
    public enum Fallback: String, Sendable, Hashable {
        /// Refuse with ``CalendarError`` (the default, and the rule).
        case refuse
        /// Treat Monday to Friday as working days and say so (``CalendarDay/isAssumed``).
        case assumeWeekdays
        /// Answer provisionally by law (CM-PROVISIONAL): weekends and the statutory days are rest days, every other
        /// weekday a working day, and say so (``CalendarDay/isProvisional``). Only for the years of
        /// ``StatutoryHolidays/years`` (2004 through 2100); other years without a schedule are refused.
        ///
        /// The law's make-up rest for a statutory day on a weekend (补假) and the notice's adjusted working days are
        /// left to the notice: a provisional answer never invents them.
        case provisional
    }

    /// The schedules the calendar knows, one a year, in year order.
    public let schedules: [HolidaySchedule]
    /// What the calendar answers for a year without data.
    public let fallback: Fallback
    private let table: DayTable

    /// Creates a calendar from yearly schedules; a later entry for the same year replaces an earlier one.
    ///
    /// - Parameters:
    ///   - schedules: The official (or the caller's) schedules.
    ///   - fallback: ``Fallback/refuse`` (default), ``Fallback/assumeWeekdays`` or ``Fallback/provisional``.
    public init(schedules: [HolidaySchedule], fallback: Fallback = .refuse) {
        var byYear: [Int: HolidaySchedule] = [:]
        for schedule in schedules { byYear[schedule.year] = schedule }
        let ordered = byYear.values.sorted { $0.year < $1.year }
        self.schedules = ordered
        self.fallback = fallback
        let years: ClosedRange<Int>
        switch fallback {
        case .assumeWeekdays:
            years = CivilDate.supportedYears
        case .provisional:
            // The whole supported span, so that a question past 2100 is refused naming the year, never out of range.
            years = CivilDate.supportedYears
        case .refuse:
            let low = ordered.first?.year ?? 2000
            years = low...(ordered.last?.year ?? low)
        }
        self.table = DayTable(schedules: ordered, years: years, fallback: fallback)
    }

    /// The official calendar of mainland China, 2004 through 2026, refusing other years.
    public static let mainlandChina = WorkingDayCalendar(schedules: HolidaySchedule.official)

    /// This calendar with `schedule` added, replacing any schedule it had for that year.
    ///
    /// Use it when the State Council publishes next year's notice, before the library's next release.
    public func adding(_ schedule: HolidaySchedule) -> WorkingDayCalendar {
        WorkingDayCalendar(schedules: self.schedules + [schedule], fallback: self.fallback)
    }

    /// This calendar with a different answer for years without data.
    public func withFallback(_ fallback: Fallback) -> WorkingDayCalendar {
        WorkingDayCalendar(schedules: self.schedules, fallback: fallback)
    }

    /// The years with a schedule.
    public var yearsWithData: [Int] { self.schedules.map { $0.year } }

    /// Whether the calendar answers `year` provisionally by law (CM-PROVISIONAL): it has no schedule for the year,
    /// its fallback is ``Fallback/provisional`` and the year is within ``StatutoryHolidays/years``.
    ///
    /// - Complexity: O(1).
    public func isProvisional(year: Int) -> Bool {
        self.table.provisionalYears.contains(year)
    }

    /// The years in `from...through` (both included) that the calendar answers provisionally (CM-PROVISIONAL), in
    /// order; `[]` when the range is reversed.
    ///
    /// An answer that depended on days of these years is provisional: a decision names each year with
    /// ``CalendarError/provisionalNote(year:)``, for example "provisional: no notice for 2027 (CM-PROVISIONAL)".
    ///
    /// - Complexity: O(years in the range).
    public func provisionalYears(from: CivilDate, through: CivilDate) -> [Int] {
        guard from <= through else { return [] }
        return (from.year...through.year).filter { self.isProvisional(year: $0) }
    }

    /// The schedule for `year`, if the calendar has one.
    public func schedule(for year: Int) -> HolidaySchedule? {
        self.schedules.first { $0.year == year }
    }

    /// Whether `date` is a working day (CM-WORKDAY).
    ///
    /// - Complexity: O(1).
    /// - Throws: ``CalendarError`` naming the year when the calendar has no data for it.
    public func isWorkingDay(_ date: CivilDate) throws(CalendarError) -> Bool {
        let offset = try self.table.offset(of: date)
        let entry = self.table.info[offset]
        guard entry & DayTable.missingBit == 0 else { throw CalendarError(noDataFor: date.year) }
        return entry & DayTable.workingBit != 0
    }

    /// What `date` is: working day or rest day, holiday name, adjusted working day and for which holiday.
    ///
    /// - Complexity: O(1).
    /// - Throws: ``CalendarError`` naming the year when the calendar has no data for it.
    public func day(_ date: CivilDate) throws(CalendarError) -> CalendarDay {
        let offset = try self.table.offset(of: date)
        try self.table.requireData(from: offset, through: offset)
        return self.table.day(at: offset)
    }

    /// The `count`-th working day after `date` (CM-WORKDAY-ADD).
    ///
    /// For `count` ≥ 1, the `count`-th working day strictly after `date`, whether or not `date` is a working
    /// day; for a negative `count`, the `-count`-th working day strictly before it; for 0, `date` itself if it
    /// is a working day, else the next working day.
    ///
    /// - Complexity: O(1).
    /// - Throws: ``CalendarError`` naming the first year without data that the count reaches.
    public func date(byAddingWorkingDays count: Int, to date: CivilDate) throws(CalendarError) -> CivilDate {
        let table = self.table
        // Only the days the count passes over need data: for N > 0 the days after `date` up to the result, for
        // N < 0 the days from the result up to `date`, for N = 0 `date` itself and the days up to the result.
        let index = Int(date.dayNumber) - Int(table.base)
        if count > 0 {
            guard index >= -1 else { throw CalendarError(noDataFor: Self.year(after: date)) }
            guard index < table.info.count else {
                throw CalendarError(noDataFor: self.firstYearWithoutData(after: date))
            }
            let before = index >= 0 ? Int(table.workingBefore[index + 1]) : 0
            let (position, overflow) = before.addingReportingOverflow(count - 1)
            guard !overflow, position < table.workingDays.count else {
                throw CalendarError(noDataFor: self.firstYearWithoutData(after: date))
            }
            let target = Int(table.workingDays[position])
            try table.requireData(from: index + 1, through: target)
            return table.date(at: target)
        } else if count == 0 {
            let offset = try table.offset(of: date)
            try table.requireData(from: offset, through: offset)
            let position = Int(table.workingBefore[offset])
            guard position < table.workingDays.count else {
                throw CalendarError(noDataFor: self.firstYearWithoutData(after: date))
            }
            let target = Int(table.workingDays[position])
            try table.requireData(from: offset, through: target)
            return table.date(at: target)
        } else {
            guard index >= 0 else { throw CalendarError(noDataFor: date.year) }
            guard index <= table.info.count else { throw CalendarError(noDataFor: Self.year(before: date)) }
            let (position, overflow) = Int(table.workingBefore[index]).addingReportingOverflow(count)
            guard !overflow, position >= 0 else {
                throw CalendarError(noDataFor: self.lastYearWithoutData(before: date))
            }
            let target = Int(table.workingDays[position])
            try table.requireData(from: target, through: index - 1)
            return table.date(at: target)
        }
    }

    /// The day an application made on `date` is accepted: `date` if it is a working day, else the next
    /// working day (CM-ACCEPTANCE).
    ///
    /// - Complexity: O(1).
    /// - Throws: ``CalendarError`` naming the year without data.
    public func acceptanceDate(for date: CivilDate) throws(CalendarError) -> CivilDate {
        try self.date(byAddingWorkingDays: 0, to: date)
    }

    /// The deadline of a period of `count` working days for an application made on `date`: the
    /// `count`-th working day after its acceptance date (CM-ACCEPTANCE).
    ///
    /// Applied on Wednesday 2026-09-30 with 4 working days: 2026-10-12; applied on Saturday 2026-10-03:
    /// accepted 2026-10-08, deadline 2026-10-13.
    ///
    /// - Throws: ``CalendarError`` naming the year without data.
    public func deadline(
        afterWorkingDays count: Int, forApplicationOn date: CivilDate
    ) throws(CalendarError)
        -> CivilDate
    {
        try self.date(byAddingWorkingDays: count, to: try self.acceptanceDate(for: date))
    }

    /// The number of working days in `(from, to]`: after `from`, up to and including `to` (CM-WORKDAY).
    ///
    /// Negative when `to` is before `from` (minus the count in `(to, from]`). Only the counted days need data, so
    /// the earlier date may be the day before the calendar's first year.
    ///
    /// - Complexity: O(1), whatever the distance.
    /// - Throws: ``CalendarError`` naming the first year without data between the two dates.
    public func workingDays(from: CivilDate, to: CivilDate) throws(CalendarError) -> Int {
        let table = self.table
        // Only the counted days, (lower, upper], need data: the lower end may be the day before the data begins.
        let (lowerDate, upperDate) = (min(from, to), max(from, to))
        let upper = try table.offset(of: upperDate)
        let lower = Int(lowerDate.dayNumber) - Int(table.base)
        guard lower >= -1 else { throw CalendarError(noDataFor: Self.year(after: lowerDate)) }
        try table.requireData(from: lower + 1, through: upper)
        let count = Int(table.workingBefore[upper + 1]) - Int(table.workingBefore[lower + 1])
        return from <= to ? count : -count
    }

    /// The last day of a period of `days` calendar days after an event on `date` (CM-PERIOD).
    ///
    /// The period starts on the day after the event and ends nominally on `date + days`; when that day is not
    /// a working day the period ends on the next working day. Entry 2026-03-02 with 30 days: 2026-04-01.
    ///
    /// - Throws: ``CalendarError`` naming the year without data (also for a date beyond 2199).
    public func periodEnd(days: Int, after date: CivilDate) throws(CalendarError) -> PeriodEnd {
        let nominal: CivilDate
        do { nominal = try date.adding(days: days) } catch { throw CalendarError(noDataFor: error.year ?? 2200) }
        return PeriodEnd(nominalLastDay: nominal, effectiveLastDay: try self.acceptanceDate(for: nominal))
    }

    /// The year of the day after `date` (2200 after the last supported day).
    private static func year(after date: CivilDate) -> Int {
        (try? date.adding(days: 1))?.year ?? 2200
    }

    /// The year of the day before `date` (1899 before the first supported day).
    private static func year(before date: CivilDate) -> Int {
        (try? date.adding(days: -1))?.year ?? 1899
    }

    private func firstYearWithoutData(after date: CivilDate) -> Int {
        let covered = Set(self.yearsWithData)
        var year = date.year
        while self.answers(year, covered: covered) { year += 1 }
        return year
    }

    /// The last year before `date` that the calendar cannot answer (1899 when it answers every year before).
    private func lastYearWithoutData(before date: CivilDate) -> Int {
        let covered = Set(self.yearsWithData)
        var year = Self.year(before: date)
        while self.answers(year, covered: covered) { year -= 1 }
        return year
    }

    /// Whether the calendar answers questions about `year`: from a schedule, a weekday guess or provisionally.
    private func answers(_ year: Int, covered: Set<Int>) -> Bool {
        covered.contains(year) || (self.fallback == .assumeWeekdays && CivilDate.supportedYears.contains(year))
            || self.isProvisional(year: year)
    }
}

extension WorkingDayCalendar: Hashable {
    /// Two calendars are equal when they hold the same schedules and the same fallback.
    public static func == (lhs: WorkingDayCalendar, rhs: WorkingDayCalendar) -> Bool {
        lhs.schedules == rhs.schedules && lhs.fallback == rhs.fallback
    }

    /// Hashes the schedules and the fallback.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.schedules)
        hasher.combine(self.fallback)
    }
}
