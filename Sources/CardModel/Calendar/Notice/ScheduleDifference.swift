/// One day on which two schedules of the same year disagree: its kind or its holiday differs (CM-NOTICE).
///
/// ``HolidaySchedule/differences(from:)`` lists them day by day, for example a notice read from text against the
/// schedule the library ships (`sscard calendar import --check`).
public struct ScheduleDifference: Sendable, Hashable, CustomStringConvertible {
    /// The day.
    public let date: CivilDate
    /// What the day is in this schedule.
    public let kind: CalendarDay.Kind
    /// The holiday it belongs to in this schedule, if any.
    public let holiday: HolidayName?
    /// What the day is in the other schedule.
    public let otherKind: CalendarDay.Kind
    /// The holiday it belongs to in the other schedule, if any.
    public let otherHoliday: HolidayName?

    /// Creates a difference.
    public init(
        date: CivilDate, kind: CalendarDay.Kind, holiday: HolidayName?, otherKind: CalendarDay.Kind,
        otherHoliday: HolidayName?
    ) {
        self.date = date
        self.kind = kind
        self.holiday = holiday
        self.otherKind = otherKind
        self.otherHoliday = otherHoliday
    }

    /// `2026-10-09: ordinaryWorkingDay here, adjustedWorkingDay (National Day) in the other schedule`.
    public var description: String {
        func show(_ kind: CalendarDay.Kind, _ holiday: HolidayName?) -> String {
            kind.rawValue + (holiday.map { " (\($0.name.english))" } ?? "")
        }
        return "\(self.date): \(show(self.kind, self.holiday)) here, "
            + "\(show(self.otherKind, self.otherHoliday)) in the other schedule"
    }
}

extension HolidaySchedule {
    /// What `date` is by this schedule alone: a day outside its periods is a working day from Monday to Friday and
    /// a weekend day on Saturday and Sunday (CM-WORKDAY).
    public func kind(of date: CivilDate) -> (kind: CalendarDay.Kind, holiday: HolidayName?) {
        for period in self.periods {
            if period.firstDay <= date, date <= period.lastDay {
                if period.statutoryDays.contains(date) { return (.statutoryHoliday, period.holiday) }
                return (date.isWeekend ? .weekend : .inLieuRestDay, period.holiday)
            }
            if period.adjustedWorkingDays.contains(date) { return (.adjustedWorkingDay, period.holiday) }
        }
        return (date.isWeekend ? .weekend : .ordinaryWorkingDay, nil)
    }

    /// Every day on which this schedule and `other` disagree, in date order (CM-NOTICE).
    ///
    /// The days compared are those of this schedule's year, and any day of either schedule's periods or adjusted
    /// working days outside it (2006-12-30, worked for the 2007 New Year).
    ///
    /// - Complexity: O(*d* × *p*) for *d* days and *p* periods.
    public func differences(from other: HolidaySchedule) -> [ScheduleDifference] {
        let named = (self.periods + other.periods).flatMap { [$0.firstDay, $0.lastDay] + $0.adjustedWorkingDays }
        // `self.year` is in CivilDate.supportedYears: every initialiser of HolidaySchedule (public, decoding and the
        // official table's) keeps it there, so both dates exist.
        let yearStart = CivilDate.known(self.year, 1, 1)
        let yearEnd = CivilDate.known(self.year, 12, 31)
        let first = min(named.min() ?? yearStart, yearStart)
        let last = max(named.max() ?? yearEnd, yearEnd)
        var differences: [ScheduleDifference] = []
        var day = first
        while day <= last {
            let (kind, holiday) = self.kind(of: day)
            let (otherKind, otherHoliday) = other.kind(of: day)
            if kind != otherKind || holiday != otherHoliday {
                differences.append(
                    ScheduleDifference(
                        date: day, kind: kind, holiday: holiday, otherKind: otherKind, otherHoliday: otherHoliday))
            }
            guard let next = try? day.adding(days: 1) else { break }
            day = next
        }
        return differences
    }
}
