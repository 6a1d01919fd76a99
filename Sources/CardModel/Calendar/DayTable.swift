/// The precomputed form of a calendar: one entry a day over the covered span, plus running counts,
/// so that every question is a few array reads (O(1)), never a loop over days.
struct DayTable: Sendable {
    /// Day number of the first day of the span (January 1 of the first year).
    let base: Int32
    /// First and last year of the span.
    let years: ClosedRange<Int>
    /// One entry a day: `kind` in bits 0-2, `assumed` bit 3, `missing` bit 4, `working` bit 5, `provisional` bit 6,
    /// holiday index + 1 in bits 8-31 (0 = none).
    let info: [UInt32]
    /// `workingBefore[i]` = working days among the first `i` days of the span.
    let workingBefore: [Int32]
    /// `missingBefore[i]` = days of years without data among the first `i` days of the span.
    let missingBefore: [Int32]
    /// Span offsets of the working days, in order: the k-th working day of the span is `workingDays[k]`.
    let workingDays: [Int32]
    /// Holiday names, indexed by the holiday bits of `info`.
    let holidays: [HolidayName]
    /// The years without a schedule answered provisionally by law (CM-PROVISIONAL).
    let provisionalYears: Set<Int>

    static let workingBit: UInt32 = 1 << 5
    static let missingBit: UInt32 = 1 << 4
    static let assumedBit: UInt32 = 1 << 3
    static let provisionalBit: UInt32 = 1 << 6

    static let kinds: [CalendarDay.Kind] = [
        .ordinaryWorkingDay, .adjustedWorkingDay, .weekend, .statutoryHoliday, .inLieuRestDay,
    ]

    /// Builds the table of `years`; a year without a schedule is refused, assumed from weekdays or answered
    /// provisionally by law (CM-PROVISIONAL; refused outside ``StatutoryHolidays/years``), as `fallback` says.
    init(schedules: [HolidaySchedule], years: ClosedRange<Int>, fallback: WorkingDayCalendar.Fallback) {
        let first = CivilDate.dayNumber(year: years.lowerBound, month: 1, day: 1)
        let end = CivilDate.dayNumber(year: years.upperBound + 1, month: 1, day: 1)
        self.base = first
        self.years = years
        let count = Int(end - first)
        // The last schedule of a year wins. A loop, not `Dictionary(_:uniquingKeysWith:)`, whose rethrowing
        // initializer casts dynamically, which Embedded Swift cannot do.
        var byYear: [Int: HolidaySchedule] = [:]
        for schedule in schedules { byYear[schedule.year] = schedule }

        // Start from weekdays and weekends, marking the years without data.
        var info = [UInt32](repeating: 0, count: count)
        var provisionalYears: [Int] = []
        for year in years {
            let yearStart = Int(CivilDate.dayNumber(year: year, month: 1, day: 1) - first)
            let yearEnd = Int(CivilDate.dayNumber(year: year + 1, month: 1, day: 1) - first)
            let flag: UInt32
            if byYear[year] != nil {
                flag = 0
            } else {
                switch fallback {
                case .refuse: flag = Self.missingBit
                case .assumeWeekdays: flag = Self.assumedBit
                case .provisional:
                    let known = StatutoryHolidays.years.contains(year)
                    flag = known ? Self.provisionalBit : Self.missingBit
                    if known { provisionalYears.append(year) }
                }
            }
            for index in yearStart..<yearEnd {
                let weekend = CivilDate(unchecked: first + Int32(index)).isWeekend
                info[index] = (weekend ? Self.code(.weekend) : Self.code(.ordinaryWorkingDay)) | flag
            }
        }

        var holidays: [HolidayName] = []
        func holidayBits(_ holiday: HolidayName) -> UInt32 {
            if let known = holidays.firstIndex(of: holiday) { return UInt32(known + 1) << 8 }
            holidays.append(holiday)
            return UInt32(holidays.count) << 8
        }

        // A provisional year's statutory days are rest days by law (CM-PROVISIONAL); the first holiday of a day
        // shared by two (Mid-autumn on National Day) names it.
        for year in provisionalYears {
            for holiday in (try? StatutoryHolidays.holidays(in: year)) ?? [] {
                for date in holiday.days {
                    let index = Int(date.dayNumber - first)
                    guard index >= 0, index < count, info[index] & 0b111 != Self.code(.statutoryHoliday) else {
                        continue
                    }
                    info[index] = Self.code(.statutoryHoliday) | Self.provisionalBit | holidayBits(holiday.holiday)
                }
            }
        }

        // Lay the breaks over them, year by year, so a later notice overrides an earlier one.
        func mark(_ date: CivilDate, _ kind: CalendarDay.Kind, _ holiday: HolidayName) {
            let index = Int(date.dayNumber - first)
            // A notice's day in a neighbouring year counts where that year has data or is only assumed or
            // provisional (a published fact beats a weekday guess and the provisional rule); a year without data
            // stays refused.
            guard index >= 0, index < count, info[index] & Self.missingBit == 0 else { return }
            info[index] = Self.code(kind) | holidayBits(holiday)
        }
        for schedule in schedules.sorted(by: { $0.year < $1.year }) {
            for period in schedule.periods {
                let statutory = Set(period.statutoryDays)
                var date = period.firstDay
                while date <= period.lastDay {
                    let kind: CalendarDay.Kind =
                        statutory.contains(date) ? .statutoryHoliday : (date.isWeekend ? .weekend : .inLieuRestDay)
                    mark(date, kind, period.holiday)
                    date = CivilDate(unchecked: date.dayNumber + 1)
                }
                for worked in period.adjustedWorkingDays { mark(worked, .adjustedWorkingDay, period.holiday) }
            }
        }

        // Running counts and the index of working days.
        var workingBefore = [Int32](repeating: 0, count: count + 1)
        var missingBefore = [Int32](repeating: 0, count: count + 1)
        var workingDays: [Int32] = []
        workingDays.reserveCapacity(count * 5 / 7 + 8)
        for index in 0..<count {
            let kind = Self.kinds[Int(info[index] & 0b111)]
            let missing = info[index] & Self.missingBit != 0
            let working = !missing && (kind == .ordinaryWorkingDay || kind == .adjustedWorkingDay)
            if working {
                info[index] |= Self.workingBit
                workingDays.append(Int32(index))
            }
            workingBefore[index + 1] = workingBefore[index] + (working ? 1 : 0)
            missingBefore[index + 1] = missingBefore[index] + (missing ? 1 : 0)
        }
        self.info = info
        self.workingBefore = workingBefore
        self.missingBefore = missingBefore
        self.workingDays = workingDays
        self.holidays = holidays
        self.provisionalYears = Set(provisionalYears)
    }

    private static func code(_ kind: CalendarDay.Kind) -> UInt32 {
        UInt32(Self.kinds.firstIndex(of: kind) ?? 0)
    }

    /// The span offset of `date`, or the error naming its year when it lies outside the span.
    @inline(__always)
    func offset(of date: CivilDate) throws(CalendarError) -> Int {
        let index = Int(date.dayNumber) - Int(self.base)
        guard index >= 0, index < self.info.count else { throw CalendarError(noDataFor: date.year) }
        return index
    }

    /// Throws the error naming the first year without data among span offsets `lower...upper`.
    @inline(__always)
    func requireData(from lower: Int, through upper: Int) throws(CalendarError) {
        guard self.missingBefore[upper + 1] != self.missingBefore[lower] else { return }
        var index = lower
        while index <= upper, self.info[index] & Self.missingBit == 0 { index += 1 }
        throw CalendarError(noDataFor: self.date(at: index).year)
    }

    func date(at offset: Int) -> CivilDate {
        CivilDate(unchecked: self.base + Int32(offset))
    }

    func day(at offset: Int) -> CalendarDay {
        let entry = self.info[offset]
        let holidayIndex = Int(entry >> 8) - 1
        return CalendarDay(
            date: self.date(at: offset),
            kind: Self.kinds[Int(entry & 0b111)],
            holiday: holidayIndex >= 0 && holidayIndex < self.holidays.count ? self.holidays[holidayIndex] : nil,
            isAssumed: entry & Self.assumedBit != 0,
            isProvisional: entry & Self.provisionalBit != 0)
    }
}
