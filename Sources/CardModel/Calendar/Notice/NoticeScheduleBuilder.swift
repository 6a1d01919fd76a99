/// Builds a validated schedule from what a notice's paragraphs say (CM-NOTICE, CM-STATUTORY).
///
/// - A break runs from its first to its last day off; a day inside it that the text does not name must be a
///   weekend day ("4月5日放假，4月7日（星期一）补休" takes in Sunday 4-6).
/// - A break takes in the weekend days next to it that are not worked ("1月1日放假，与周末连休" gives 12-30..1-1;
///   "9月27日放假" on a Sunday gives 9-26..9-27), as the shipped table models them, unless the paragraph states
///   its length ("共3天"): then the break is exactly the days it names.
/// - Its weekend days worked are the days "…上班" and, in the 2004–2009 wording, the weekend days moved ("调至")
///   from outside the break.
/// - Its statutory days are the law's days of its holidays (both, for a combined heading) inside the break
///   (CM-STATUTORY); a holiday the law does not name (the 2015 victory day) has the days the text gives alone
///   with "放假"; an extension has none.
/// - An extension ("延长…假期至…") is a period of its own from the day after its holiday's break, and frees the
///   weekend days worked inside it.
enum NoticeScheduleBuilder {
    static func schedule(
        year: Int, source: NoticeCitation, arrangements: [NoticeArrangement]
    ) throws(HolidayNoticeError) -> HolidaySchedule {
        var seen: Set<HolidayName> = []
        for arrangement in arrangements where arrangement.kind == .period {
            guard seen.insert(arrangement.periodName).inserted else {
                throw HolidayNoticeError(.duplicateHoliday, line: arrangement.line, found: arrangement.periodName.key)
            }
        }
        let periodArrangements = arrangements.filter { $0.kind == .period }
        let allWorked = periodArrangements.reduce(into: Set<CivilDate>()) { $0.formUnion($1.worked) }
        var drafts: [Draft] = []
        for arrangement in periodArrangements {
            let others = periodArrangements.filter { $0 != arrangement }.reduce(into: Set<CivilDate>()) {
                $0.formUnion($1.daysOff)
            }
            drafts.append(try Self.draft(arrangement, allWorked: allWorked, others: others))
        }
        for arrangement in arrangements {
            guard case .extended(let through) = arrangement.kind else { continue }
            let base = arrangement.periodName
            guard let index = drafts.firstIndex(where: { $0.holiday == base }),
                let start = try? drafts[index].lastDay.adding(days: 1), start <= through,
                start.days(to: through) <= 62
            else {
                throw HolidayNoticeError(.contradictory, line: arrangement.line, found: base.name.chinese)
            }
            drafts[index].worked = drafts[index].worked.filter { $0 < start || $0 > through }
            drafts.append(
                Draft(
                    holiday: Self.extensionName(of: base, year: year), firstDay: start, lastDay: through,
                    statutory: [], worked: [], line: arrangement.line))
        }
        drafts.sort { $0.firstDay < $1.firstDay }
        var periods: [HolidayPeriod] = []
        for draft in drafts {
            for day in draft.worked where drafts.contains(where: { $0.firstDay <= day && day <= $0.lastDay }) {
                throw HolidayNoticeError(.contradictory, line: draft.line, found: day.description)
            }
            do {
                periods.append(
                    try HolidayPeriod(
                        draft.holiday, off: draft.firstDay, through: draft.lastDay, statutory: draft.statutory,
                        adjustedWorkingDays: draft.worked.sorted()))
            } catch {
                throw HolidayNoticeError(.contradictory, line: draft.line, found: error.description)
            }
        }
        do {
            return try HolidaySchedule(year: year, source: source, periods: periods)
        } catch {
            let line = drafts.first { $0.holiday == error.holiday && $0.firstDay == error.date }?.line
            throw HolidayNoticeError(.contradictory, line: line, found: error.description)
        }
    }

    private struct Draft {
        let holiday: HolidayName
        let firstDay: CivilDate
        let lastDay: CivilDate
        let statutory: [CivilDate]
        var worked: Set<CivilDate>
        let line: Int
    }

    private static func draft(
        _ arrangement: NoticeArrangement, allWorked: Set<CivilDate>, others: Set<CivilDate>
    ) throws(HolidayNoticeError) -> Draft {
        guard var first = arrangement.daysOff.min(), var last = arrangement.daysOff.max() else {
            throw HolidayNoticeError(.expectedBreak, line: arrangement.line)
        }
        var day = first
        while day < last {
            if !arrangement.daysOff.contains(day), !day.isWeekend {
                throw HolidayNoticeError(.contradictory, line: arrangement.line, found: day.description)
            }
            guard let next = try? day.adding(days: 1) else { break }
            day = next
        }
        let (statedFirst, statedLast) = (first, last)
        let worked = arrangement.worked.union(arrangement.moved.filter { $0 < statedFirst || $0 > statedLast })
        func free(_ day: CivilDate) -> Bool {
            day.isWeekend && !allWorked.contains(day) && !worked.contains(day) && !others.contains(day)
        }
        if !arrangement.statesLength {
            while let before = try? first.adding(days: -1), free(before) { first = before }
            while let after = try? last.adding(days: 1), free(after) { last = after }
        }

        var statutory: Set<CivilDate> = []
        for holiday in arrangement.holidays {
            let lawDays: [CivilDate]
            do {
                lawDays = try StatutoryHolidays.days(of: holiday, in: arrangement.year)
            } catch {
                throw HolidayNoticeError(.noStatutoryData, line: arrangement.line, found: String(arrangement.year))
            }
            if lawDays.isEmpty {
                statutory.formUnion(arrangement.namedDays.filter { first <= $0 && $0 <= last })
                continue
            }
            let inside = lawDays.filter { first <= $0 && $0 <= last }
            guard !inside.isEmpty else {
                throw HolidayNoticeError(.contradictory, line: arrangement.line, found: holiday.name.chinese)
            }
            statutory.formUnion(inside)
        }
        return Draft(
            holiday: arrangement.periodName, firstDay: first, lastDay: last, statutory: statutory.sorted(),
            worked: worked, line: arrangement.line)
    }

    /// The name of an extended break: the predefined one where it exists (`springFestivalExtension2020`).
    static func extensionName(of holiday: HolidayName, year: Int) -> HolidayName {
        let key = "\(holiday.key)Extension\(year)"
        if let known = HolidayName.predefined.first(where: { $0.key == key }) { return known }
        return HolidayName(
            key: key,
            name: LocalizedText(
                english: "\(holiday.name.english) extension (\(year))",
                german: "Verlängerung: \(holiday.name.german) (\(year))",
                chinese: "延长\(year)年\(holiday.name.chinese)假期"))
    }
}
