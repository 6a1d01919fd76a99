/// What a date is in the working-day calendar (CM-WORKDAY, CM-WORKDAY-ADD).
///
/// The kinds are kept apart as the rules require: a statutory holiday, an in-lieu rest day (a weekday
/// off because of a holiday), an adjusted working day (a weekend day worked, 调休上班), an ordinary
/// weekend day, and an ordinary working day. An adjusted working day is a working day and is never
/// reported as a holiday.
public struct CalendarDay: Sendable, Hashable, CustomStringConvertible {
    /// The kind of day.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Monday to Friday, no holiday.
        case ordinaryWorkingDay
        /// A Saturday or Sunday made a working day for a holiday (调休上班).
        case adjustedWorkingDay
        /// A Saturday or Sunday; ``CalendarDay/holiday`` names the break when it lies inside one.
        case weekend
        /// A statutory public holiday (法定节假日).
        case statutoryHoliday
        /// A weekday off because of a holiday, paid for by an adjusted working day or a holiday on a weekend.
        case inLieuRestDay
    }

    /// The date described.
    public let date: CivilDate
    /// The kind of day.
    public let kind: Kind
    /// The holiday the day belongs to: the break it lies in, or the break an adjusted working day pays for.
    public let holiday: HolidayName?
    /// `true` when the year has no official data and the calendar was built to assume weekdays are
    /// working days (``WorkingDayCalendar/Fallback/assumeWeekdays``); the answer is then a guess, said openly.
    public let isAssumed: Bool
    /// `true` when the year has no notice and the calendar answers it provisionally by law
    /// (``WorkingDayCalendar/Fallback/provisional``, CM-PROVISIONAL): weekends and the statutory days are rest days
    /// until the State Council's notice is added. A day set by a neighbouring year's notice is never provisional.
    public let isProvisional: Bool

    /// Creates a description of a day.
    ///
    /// - Parameters:
    ///   - date: The date described.
    ///   - kind: The kind of day.
    ///   - holiday: The holiday the day belongs to, if any.
    ///   - isAssumed: Whether the answer is a weekday guess (``WorkingDayCalendar/Fallback/assumeWeekdays``).
    ///   - isProvisional: Whether the answer is provisional by law (``WorkingDayCalendar/Fallback/provisional``).
    public init(date: CivilDate, kind: Kind, holiday: HolidayName?, isAssumed: Bool, isProvisional: Bool = false) {
        self.date = date
        self.kind = kind
        self.holiday = holiday
        self.isAssumed = isAssumed
        self.isProvisional = isProvisional
    }

    /// Whether the day is a working day.
    public var isWorkingDay: Bool { self.kind == .ordinaryWorkingDay || self.kind == .adjustedWorkingDay }

    /// Whether the day is a weekend day worked for a holiday (调休上班).
    public var isAdjustedWorkingDay: Bool { self.kind == .adjustedWorkingDay }

    /// For example `2026-01-04 Sunday: adjusted working day (New Year's Day)`.
    public var description: String {
        var text = "\(self.date) \(self.date.weekday): "
        switch self.kind {
        case .ordinaryWorkingDay: text += "working day"
        case .adjustedWorkingDay: text += "adjusted working day"
        case .weekend: text += "weekend"
        case .statutoryHoliday: text += "statutory holiday"
        case .inLieuRestDay: text += "in-lieu rest day"
        }
        if let holiday = self.holiday { text += " (\(holiday.name.english))" }
        if self.isAssumed { text += " [assumed: no official data]" }
        if self.isProvisional { text += " [provisional: no notice for \(self.date.year)]" }
        return text
    }
}
