/// One year's official public-holiday arrangement, as the State Council published it (CM-WORKDAY, HOLIDAYS).
///
/// The schedule for year Y covers every day of Y. Its periods may reach into the adjacent year
/// (the 2007 New Year break made 2006-12-30 and 2006-12-31 working days); a calendar applies those
/// days when it also knows that year.
public struct HolidaySchedule: Sendable, Hashable {
    /// The year the schedule is for.
    public let year: Int
    /// The notice it comes from.
    public let source: NoticeCitation
    /// The holiday breaks, in date order.
    public let periods: [HolidayPeriod]

    /// Creates a schedule, checking that its periods are in order and do not overlap.
    ///
    /// - Throws: ``HolidayScheduleError`` when the year is outside ``CivilDate/supportedYears``,
    ///   or the periods overlap or are out of order.
    public init(year: Int, source: NoticeCitation, periods: [HolidayPeriod]) throws(HolidayScheduleError) {
        guard CivilDate.supportedYears.contains(year) else {
            throw HolidayScheduleError(.yearOutOfRange, holiday: nil, date: nil)
        }
        for (earlier, later) in zip(periods, periods.dropFirst()) where earlier.lastDay >= later.firstDay {
            throw HolidayScheduleError(.overlappingPeriods, holiday: later.holiday, date: later.firstDay)
        }
        self.year = year
        self.source = source
        self.periods = periods
    }
}

/// Why a holiday schedule or period is inconsistent.
public struct HolidayScheduleError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of inconsistency.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Storage: Hashable, Sendable {
            case reversedPeriod, statutoryDayOutsidePeriod, adjustedWorkingDayNotWeekend, overlappingPeriods
            case yearOutOfRange
        }
        private let storage: Storage

        /// The period's last day is before its first day.
        public static var reversedPeriod: Self { Self(storage: .reversedPeriod) }
        /// A statutory day lies outside the period's days off.
        public static var statutoryDayOutsidePeriod: Self { Self(storage: .statutoryDayOutsidePeriod) }
        /// An adjusted working day is not a Saturday or Sunday, or lies inside the break.
        public static var adjustedWorkingDayNotWeekend: Self { Self(storage: .adjustedWorkingDayNotWeekend) }
        /// Two periods overlap or are out of date order.
        public static var overlappingPeriods: Self { Self(storage: .overlappingPeriods) }
        /// The schedule's year is outside the supported years.
        public static var yearOutOfRange: Self { Self(storage: .yearOutOfRange) }

        /// The code's name.
        public var description: String {
            switch self.storage {
            case .reversedPeriod: "reversedPeriod"
            case .statutoryDayOutsidePeriod: "statutoryDayOutsidePeriod"
            case .adjustedWorkingDayNotWeekend: "adjustedWorkingDayNotWeekend"
            case .overlappingPeriods: "overlappingPeriods"
            case .yearOutOfRange: "yearOutOfRange"
            }
        }
    }

    /// The kind of inconsistency.
    public let code: Code
    /// The holiday concerned, if any.
    public let holiday: HolidayName?
    /// The date concerned, if any.
    public let date: CivilDate?

    init(_ code: Code, holiday: HolidayName?, date: CivilDate?) {
        self.code = code
        self.holiday = holiday
        self.date = date
    }

    /// A one-line English explanation.
    public var description: String {
        "inconsistent holiday schedule: \(self.code)"
            + (self.holiday.map { " (\($0.key))" } ?? "") + (self.date.map { " at \($0)" } ?? "")
    }
}
