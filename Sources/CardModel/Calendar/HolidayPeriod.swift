/// One holiday break of a year's schedule: the days off and the weekend days worked for it (CM-WORKDAY).
///
/// Every day from ``firstDay`` through ``lastDay`` is a rest day. Among them, ``statutoryDays`` are the
/// statutory holidays themselves; the other weekdays are in-lieu rest days, paid for by the
/// ``adjustedWorkingDays`` (weekend days worked, 调休上班); the remaining days are ordinary weekend days.
public struct HolidayPeriod: Sendable, Hashable {
    /// The holiday.
    public let holiday: HolidayName
    /// The first day off.
    public let firstDay: CivilDate
    /// The last day off.
    public let lastDay: CivilDate
    /// The statutory holiday days (法定节假日), each within `firstDay...lastDay`.
    public let statutoryDays: [CivilDate]
    /// Saturdays and Sundays made working days for this holiday (调休上班).
    public let adjustedWorkingDays: [CivilDate]

    /// Creates a period, checking that it is consistent.
    ///
    /// - Throws: ``HolidayScheduleError`` when the range is reversed, a statutory day lies outside it,
    ///   or an adjusted working day is not a Saturday or Sunday or lies inside the break.
    public init(
        _ holiday: HolidayName,
        off firstDay: CivilDate,
        through lastDay: CivilDate,
        statutory statutoryDays: [CivilDate],
        adjustedWorkingDays: [CivilDate] = []
    ) throws(HolidayScheduleError) {
        guard firstDay <= lastDay else { throw HolidayScheduleError(.reversedPeriod, holiday: holiday, date: firstDay) }
        for day in statutoryDays where day < firstDay || day > lastDay {
            throw HolidayScheduleError(.statutoryDayOutsidePeriod, holiday: holiday, date: day)
        }
        for day in adjustedWorkingDays where !day.isWeekend || (firstDay...lastDay).contains(day) {
            throw HolidayScheduleError(.adjustedWorkingDayNotWeekend, holiday: holiday, date: day)
        }
        self.holiday = holiday
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.statutoryDays = statutoryDays
        self.adjustedWorkingDays = adjustedWorkingDays
    }
}
