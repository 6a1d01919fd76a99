/// The statutory holiday days of any year 2004 through 2100, by the law in force and the lunar calendar
/// (CM-STATUTORY).
///
/// The yearly notice (CM-NOTICE) does not list the statutory days; they follow from the version of
/// 《全国年节及纪念日放假办法》 in force that year (``HolidayLaw``) and from the lunar dates and the Qingming solar
/// term, which the library keeps in a compact table for 2004 through 2100.
///
/// ```swift
/// try StatutoryHolidays.days(of: .springFestival, in: 2027)   // 2027-02-05 (Eve) ... 2027-02-08
/// try StatutoryHolidays.days(of: .tombSweepingDay, in: 2007)  // []: not a holiday before 2008
/// ```
public enum StatutoryHolidays {
    /// The years the library knows the statutory days of.
    public static let years: ClosedRange<Int> = LunarYear.years

    /// The year's statutory holidays by the law in force, in date order (CM-STATUTORY).
    ///
    /// Holidays on the same day (National Day and Mid-autumn on 2020-10-01) keep the law's order.
    ///
    /// - Complexity: O(1).
    /// - Throws: ``CalendarError`` with code ``CalendarError/Code/noStatutoryData`` for a year outside ``years``.
    public static func holidays(in year: Int) throws(CalendarError) -> [StatutoryHoliday] {
        guard let law = HolidayLaw.inForce(in: year), let lunar = LunarYear(year) else {
            throw CalendarError(noStatutoryDataFor: year)
        }
        let holidays = law.holidays.enumerated().map { index, holiday in
            (index, StatutoryHoliday(holiday: holiday, days: Self.days(of: holiday, in: year, law: law, lunar: lunar)))
        }
        return holidays.sorted { lhs, rhs in
            let (left, right) = (lhs.1.days.first ?? .latest, rhs.1.days.first ?? .latest)
            return left != right ? left < right : lhs.0 < rhs.0
        }
        .map { $0.1 }
    }

    /// The statutory days of one holiday in a year, in date order; `[]` when the law of that year has no such
    /// holiday (CM-STATUTORY).
    ///
    /// - Complexity: O(1).
    /// - Throws: ``CalendarError`` with code ``CalendarError/Code/noStatutoryData`` for a year outside ``years``.
    public static func days(of holiday: HolidayName, in year: Int) throws(CalendarError) -> [CivilDate] {
        guard let law = HolidayLaw.inForce(in: year), let lunar = LunarYear(year) else {
            throw CalendarError(noStatutoryDataFor: year)
        }
        return Self.days(of: holiday, in: year, law: law, lunar: lunar)
    }

    /// Every statutory day of the year, in date order, each day once.
    static func allDays(in year: Int) throws(CalendarError) -> [CivilDate] {
        Array(Set(try Self.holidays(in: year).flatMap { $0.days })).sorted()
    }

    private static func days(of holiday: HolidayName, in year: Int, law: HolidayLaw, lunar: LunarYear) -> [CivilDate] {
        func run(_ first: CivilDate, _ count: Int32) -> [CivilDate] {
            (0..<count).map { CivilDate(unchecked: first.dayNumber + $0) }
        }
        func fixed(_ month: Int, _ day: Int, _ count: Int32) -> [CivilDate] {
            run(CivilDate(unchecked: CivilDate.dayNumber(year: year, month: month, day: day)), count)
        }
        guard law.holidays.contains(holiday) else { return [] }
        switch holiday {
        case .newYearsDay: return fixed(1, 1, 1)
        case .springFestival:
            switch law {
            case .of1999, .of2013: return run(lunar.springFestival, 3)
            case .of2007: return run(lunar.newYearsEve, 3)
            case .of2024: return run(lunar.newYearsEve, 4)
            }
        case .tombSweepingDay: return [lunar.qingming]
        case .labourDay:
            switch law {
            case .of1999: return fixed(5, 1, 3)
            case .of2007, .of2013: return fixed(5, 1, 1)
            case .of2024: return fixed(5, 1, 2)
            }
        case .dragonBoatFestival: return [lunar.dragonBoat]
        case .midAutumnFestival: return [lunar.midAutumn]
        case .nationalDay: return fixed(10, 1, 3)
        default: return []
        }
    }
}
