/// What one paragraph of a notice says about one holiday break, before the schedule is built (CM-NOTICE).
///
/// The clauses of a paragraph are read by what they say:
/// - "…放假", "…放假调休", "…放假公休", "…调休放假", "…补休", "…调休": days off (`daysOff`); a single date
///   with "放假" is a day the holiday itself falls on (`namedDays`, used only for a holiday the law does not name);
/// - "…上班": weekend days worked (`worked`), except "…起正常上班" (work resumes);
/// - "将…公休日调至…" (2004–2009 wording): the weekend days before "调至" that lie outside the break are worked;
/// - "延长…假期至…": the break of the holiday is extended through that day (the 2020 extension);
/// - "…为法定(节)假日", "…照常公休", "…为公休日": statements the library does not need (the statutory days come from
///   the law, CM-STATUTORY), skipped unread.
struct NoticeArrangement: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// A break of its own.
        case period
        /// The break of ``NoticeArrangement/holidays`` extended through a day.
        case extended(through: CivilDate)
    }

    /// The holidays of the paragraph's heading, in the order written (中秋节、国庆节 gives two).
    let holidays: [HolidayName]
    let kind: Kind
    let daysOff: Set<CivilDate>
    let namedDays: Set<CivilDate>
    let worked: Set<CivilDate>
    let moved: Set<CivilDate>
    /// The year of the notice.
    let year: Int
    /// The line of the paragraph's first clause.
    let line: Int
    /// Whether the paragraph states the break's length ("共N天"): then the break is exactly its days off, and takes
    /// in no adjacent weekend day.
    let statesLength: Bool

    /// The name of the period: National Day when a combined heading names it (as the shipped table does), else the
    /// first holiday named.
    var periodName: HolidayName {
        self.holidays.contains(.nationalDay) ? .nationalDay : (self.holidays.first ?? .nationalDay)
    }

    /// Reads the clauses of one paragraph for `holidays` in a notice for `year`.
    init(holidays: [HolidayName], clauses: [NoticeClause], year: Int, line: Int) throws(HolidayNoticeError) {
        var reader = Reader(year: year, isNewYear: holidays.contains(.newYearsDay))
        var daysOff: Set<CivilDate> = []
        var namedDays: Set<CivilDate> = []
        var worked: Set<CivilDate> = []
        var moved: Set<CivilDate> = []
        var extendedThrough: CivilDate?
        let statedLength = clauses.lazy.compactMap { $0.statedLength }.first
        for clause in clauses where !clause.spans.isEmpty {
            if ["法定节假日", "法定假日", "照常公休", "为公休日", "正常上班"].contains(where: clause.says) { continue }
            if clause.says("延长") {
                extendedThrough = try reader.days(of: clause).last?.last
            } else if clause.says("上班") {
                for days in try reader.days(of: clause) { worked.formUnion(days) }
            } else if clause.says("调至") {
                let limit = clause.offset(of: "调至") ?? Int.max
                for (span, days) in zip(clause.spans, try reader.days(of: clause)) where span.offset < limit {
                    moved.formUnion(days)
                }
            } else if ["放假", "调休", "补休", "公休", "休息"].contains(where: clause.says) {
                for (span, days) in zip(clause.spans, try reader.days(of: clause)) {
                    daysOff.formUnion(days)
                    if span.end == nil, clause.says("放假") { namedDays.formUnion(days) }
                }
            }
        }
        if let extendedThrough {
            self.kind = .extended(through: extendedThrough)
        } else {
            guard !daysOff.isEmpty else { throw HolidayNoticeError(.expectedBreak, line: line) }
            // "共N天" states the break's length: a text whose dates say otherwise contradicts itself.
            if let stated = statedLength, stated != daysOff.count {
                throw HolidayNoticeError(.contradictory, line: line, found: "共\(stated)天 ≠ \(daysOff.count)")
            }
            self.kind = .period
        }
        self.holidays = holidays
        self.daysOff = daysOff
        self.namedDays = namedDays
        self.worked = worked
        self.moved = moved
        self.year = year
        self.line = line
        self.statesLength = statedLength != nil
    }

    /// Resolves the dates of a paragraph in writing order: a day alone (`28日`) takes the month and year of the date
    /// before it; a month without a year is in the notice's year, except December in a New Year paragraph, which is
    /// in the year before; a range's end before its start runs into the next year (`12月30日至1月1日`).
    private struct Reader {
        let year: Int
        let isNewYear: Bool
        var context: (year: Int, month: Int)?

        init(year: Int, isNewYear: Bool) {
            self.year = year
            self.isNewYear = isNewYear
        }

        /// The days of each span of `clause`, a range expanded.
        mutating func days(of clause: NoticeClause) throws(HolidayNoticeError) -> [[CivilDate]] {
            var result: [[CivilDate]] = []
            for span in clause.spans {
                let start = try self.resolve(span.start, line: clause.line)
                guard let endReference = span.end else {
                    result.append([start])
                    continue
                }
                var end = try self.resolve(endReference, line: clause.line)
                if end < start, endReference.year == nil, end.month < start.month,
                    let later = try? CivilDate(year: end.year + 1, month: end.month, day: end.day)
                {
                    end = later
                    self.context = (later.year, later.month)
                }
                let written = span.start.written + "~" + endReference.written
                guard start <= end else { throw HolidayNoticeError(.reversedRange, line: clause.line, found: written) }
                guard start.days(to: end) <= 62 else {
                    throw HolidayNoticeError(.rangeTooLong, line: clause.line, found: written)
                }
                var days: [CivilDate] = []
                var day = start
                while day <= end {
                    days.append(day)
                    guard let next = try? day.adding(days: 1) else { break }
                    day = next
                }
                result.append(days)
            }
            return result
        }

        private mutating func resolve(
            _ reference: NoticeDateReference, line: Int
        ) throws(HolidayNoticeError)
            -> CivilDate
        {
            let month: Int
            let year: Int
            if let written = reference.month {
                month = written
                year = reference.year ?? (self.isNewYear && written == 12 ? self.year - 1 : self.year)
            } else if let context = self.context {
                (year, month) = (reference.year ?? context.year, context.month)
            } else {
                throw HolidayNoticeError(.expectedDate, line: line, found: reference.written)
            }
            guard let date = try? CivilDate(year: year, month: month, day: reference.day) else {
                throw HolidayNoticeError(.invalidDate, line: line, found: reference.written)
            }
            if let weekday = reference.weekday, weekday != date.weekday {
                throw HolidayNoticeError(.wrongWeekday, line: line, found: "\(reference.written)(\(weekday))")
            }
            self.context = (year, month)
            return date
        }
    }
}
