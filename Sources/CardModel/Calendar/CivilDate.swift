/// A day of the proleptic Gregorian calendar, as used in Beijing (CM-DATE).
///
/// A `CivilDate` has no time of day and no time zone: the rules speak of days, and the host decides
/// which day it is. Only real dates from 1900-01-01 through 2199-12-31 can exist; invalid input is
/// refused with a ``CivilDateError``. Inside, a date is a single day number, so it takes four bytes
/// and day arithmetic is O(1).
///
/// ```swift
/// let date = try CivilDate(year: 2026, month: 1, day: 4)
/// date.weekday            // .sunday
/// date.adding(days: 1)    // 2026-01-05
/// CivilDate("2026-02-29") // nil
/// CivilDate(2026, 1, 4)   // Optional(2026-01-04): a literal date without `try`
/// ```
///
/// ## Writing a date in code
///
/// ``init(_:_:_:)`` takes the year, month and day unlabelled and returns `nil` for a day that does not
/// exist, so a literal date needs neither `try` nor `!`: `guard let start = CivilDate(2026, 1, 4) else { … }`.
/// `CivilDate` deliberately does not conform to `ExpressibleByStringLiteral`: that initializer cannot fail
/// or throw, so `let d: CivilDate = "2026-02-30"` would have to trap or invent a date, and the library never
/// traps on what a caller writes (Documentation/API-Choices.md).
///
/// ## Counting and iterating days
///
/// `CivilDate` is `Strideable` with a stride of whole days, so `for day in start...end` visits every day and
/// `(start..<end).count` is the number of days between. ``advanced(by:)`` cannot throw (the protocol says
/// so) and never traps: a result before 1900-01-01 or after 2199-12-31 is clamped to ``earliest`` or
/// ``latest``. Use ``adding(days:)`` where leaving the supported years must be an error.
public struct CivilDate: Sendable, Hashable, Comparable {
    /// Days since 1970-01-01 (negative before it).
    public let dayNumber: Int32

    /// The first date a `CivilDate` can hold: 1900-01-01.
    public static let earliest = CivilDate(unchecked: CivilDate.dayNumber(year: 1900, month: 1, day: 1))
    /// The last date a `CivilDate` can hold: 2199-12-31.
    public static let latest = CivilDate(unchecked: CivilDate.dayNumber(year: 2199, month: 12, day: 31))

    /// The supported years, 1900 through 2199.
    public static let supportedYears: ClosedRange<Int> = 1900...2199

    /// Creates a date from its parts, refusing a day that does not exist (CM-DATE).
    ///
    /// - Parameters:
    ///   - year: The year, 1900 through 2199.
    ///   - month: The month, 1 through 12.
    ///   - day: The day of the month, 1 through the month's length.
    /// - Throws: ``CivilDateError`` with code ``CivilDateError/Code/yearOutOfRange``,
    ///   ``CivilDateError/Code/monthOutOfRange`` or ``CivilDateError/Code/dayOutOfRange``.
    public init(year: Int, month: Int, day: Int) throws(CivilDateError) {
        guard Self.supportedYears.contains(year) else { throw CivilDateError(code: .yearOutOfRange, year: year) }
        guard (1...12).contains(month) else { throw CivilDateError(code: .monthOutOfRange, year: year) }
        guard day >= 1, day <= Self.daysInMonth(year: year, month: month) else {
            throw CivilDateError(code: .dayOutOfRange, year: year)
        }
        self.dayNumber = Self.dayNumber(year: year, month: month, day: day)
    }

    /// Creates a date from its year, month and day, or `nil` for a day that does not exist (CM-DATE).
    ///
    /// Meant for dates written in code, such as `CivilDate(2026, 1, 4)`: no `try`, no `!`. It accepts exactly
    /// what ``init(year:month:day:)`` accepts; use that initializer to learn why a date is refused.
    ///
    /// ```swift
    /// guard let start = CivilDate(2026, 1, 4) else { return }   // 2026-01-04, a Sunday
    /// CivilDate(2026, 2, 29)                                    // nil: 2026 is not a leap year
    /// CivilDate(2200, 1, 1)                                     // nil: outside 1900...2199
    /// ```
    ///
    /// - Parameters:
    ///   - year: The year, 1900 through 2199.
    ///   - month: The month, 1 through 12.
    ///   - day: The day of the month, 1 through the month's length.
    public init?(_ year: Int, _ month: Int, _ day: Int) {
        guard let date = try? CivilDate(year: year, month: month, day: day) else { return nil }
        self = date
    }

    /// Creates a date from its day number (days since 1970-01-01), refusing one outside 1900...2199.
    ///
    /// - Throws: ``CivilDateError`` with code ``CivilDateError/Code/yearOutOfRange``.
    public init(dayNumber: Int32) throws(CivilDateError) {
        guard dayNumber >= Self.earliest.dayNumber, dayNumber <= Self.latest.dayNumber else {
            throw CivilDateError(code: .yearOutOfRange, year: dayNumber < 0 ? 1899 : 2200)
        }
        self.dayNumber = dayNumber
    }

    /// Wraps a day number already known to be in range.
    init(unchecked dayNumber: Int32) {
        self.dayNumber = dayNumber
    }

    /// The year, month and day of this date.
    public var components: (year: Int, month: Int, day: Int) {
        Self.civil(fromDayNumber: Int(self.dayNumber))
    }

    /// The year.
    public var year: Int { self.components.year }
    /// The month, 1 through 12.
    public var month: Int { self.components.month }
    /// The day of the month.
    public var day: Int { self.components.day }

    /// The day of the week.
    ///
    /// - Precondition: Holds for every date, so no caller can break it: a day number modulo 7 gives a raw value of
    ///   1 through 7, and each names a weekday (the tests walk every day of 1900...2199).
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday; Weekday's raw values run Monday = 1 ... Sunday = 7.
        let offset = (Int(self.dayNumber) % 7 + 7) % 7  // 0 = Thursday
        guard let weekday = Weekday(rawValue: (offset + 3) % 7 + 1) else {
            preconditionFailure("a day number modulo 7 gave a weekday raw value outside 1...7")
        }
        return weekday
    }

    /// Whether this date falls on a Saturday or Sunday.
    public var isWeekend: Bool { self.weekday.isWeekend }

    /// The date `days` days later (or earlier, for a negative count).
    ///
    /// - Throws: ``CivilDateError`` with code ``CivilDateError/Code/yearOutOfRange`` when the result
    ///   leaves 1900...2199.
    public func adding(days: Int) throws(CivilDateError) -> CivilDate {
        let (target, overflow) = Int(self.dayNumber).addingReportingOverflow(days)
        guard !overflow, target >= Int(Self.earliest.dayNumber), target <= Int(Self.latest.dayNumber) else {
            throw CivilDateError(code: .yearOutOfRange, year: days < 0 ? 1899 : 2200)
        }
        return CivilDate(unchecked: Int32(target))
    }

    /// The number of days from this date to `other` (negative when `other` is earlier).
    public func days(to other: CivilDate) -> Int {
        Int(other.dayNumber) - Int(self.dayNumber)
    }

    /// The age in whole years on `date` of a person born on this date: the birthday counts from its day on
    /// (a person born on February 29 turns a year older on March 1 in other years). Negative before birth.
    public func age(on date: CivilDate) -> Int {
        let (year, month, day) = date.components
        let (birthYear, birthMonth, birthDay) = self.components
        return year - birthYear - ((month, day) < (birthMonth, birthDay) ? 1 : 0)
    }

    /// Orders dates chronologically.
    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        lhs.dayNumber < rhs.dayNumber
    }
}

// MARK: - Gregorian arithmetic (Howard Hinnant's days_from_civil / civil_from_days)

extension CivilDate {
    /// Whether `year` is a Gregorian leap year.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in `month` of `year`, or 0 for a month outside 1...12.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: 31
        case 4, 6, 9, 11: 30
        case 2: isLeapYear(year) ? 29 : 28
        default: 0
        }
    }

    static func dayNumber(year: Int, month: Int, day: Int) -> Int32 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return Int32(era * 146_097 + dayOfEra - 719_468)
    }

    static func civil(fromDayNumber number: Int) -> (year: Int, month: Int, day: Int) {
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }
}
