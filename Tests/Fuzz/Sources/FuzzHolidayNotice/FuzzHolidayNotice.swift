// FuzzHolidayNotice: reading the State Council's holiday notice from its text (CM-NOTICE, CM-STATUTORY).
//
// The input is the notice's text as UTF-8. A text that reads must give a schedule that holds every invariant of the
// shipped table; a text that does not must be refused with a typed error naming a line of the text, never a trap.
// The input is also read as an amendment of the 2019 notice, so the combinator sees arbitrary amendments.

import CardModel
import FuzzSupport

let notice2019 = try? HolidayNotice(
    parsing: """
        国务院办公厅关于2019年部分节假日安排的通知
        一、元旦：2018年12月30日至2019年1月1日放假调休，共3天。2018年12月29日（星期六）上班。
        四、劳动节：5月1日放假。
        """)

/// libFuzzer calls this with each input; it returns 0, or -1 for an input not worth keeping in the corpus.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: fuzzInput(start, count), as: UTF8.self)
    let lineCount = text.split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline }).count
    switch Result(catching: { () throws(HolidayNoticeError) in try HolidayNotice(parsing: text) }) {
    case .success(let notice):
        check(notice)
        if let notice2019, notice.kind == .amendment, notice.year == 2019,
            let amended = try? notice2019.amended(by: notice)
        {
            check(amended)
        }
    case .failure(let error):
        if let line = error.line { fuzzCheck(line >= 1 && line <= max(lineCount, 1), "line \(line) of \(lineCount)") }
        fuzzCheck((error.found?.count ?? 0) <= 40, "found is longer than 40 characters")
        fuzzCheck(!error.message.english.isEmpty && !error.message.chinese.isEmpty, "empty message")
        return -1
    }
    return 0
}

/// The invariants of a schedule read from a notice.
func check(_ notice: HolidayNotice) {
    _ = notice.description
    guard let schedule = try? notice.schedule() else {
        fuzzCheck(notice.kind == .amendment, "a yearly notice without a schedule")
        return
    }
    fuzzCheck(schedule.year == notice.year, "schedule year \(schedule.year) ≠ notice year \(notice.year)")
    fuzzCheck(schedule.source == notice.citation, "schedule source differs from the citation")
    for (earlier, later) in zip(schedule.periods, schedule.periods.dropFirst()) {
        fuzzCheck(earlier.lastDay < later.firstDay, "periods overlap or are out of order")
    }
    for period in schedule.periods {
        fuzzCheck(period.firstDay.days(to: period.lastDay) <= 130, "a break of more than 130 days")
        for day in period.statutoryDays {
            fuzzCheck(period.firstDay <= day && day <= period.lastDay, "statutory day \(day) outside its break")
        }
        for day in period.adjustedWorkingDays {
            fuzzCheck(day.isWeekend, "worked day \(day) is not a weekend day")
            fuzzCheck(
                !schedule.periods.contains { $0.firstDay <= day && day <= $0.lastDay }, "worked day \(day) in a break")
        }
        let rebuilt = try? HolidayPeriod(
            period.holiday, off: period.firstDay, through: period.lastDay, statutory: period.statutoryDays,
            adjustedWorkingDays: period.adjustedWorkingDays)
        fuzzCheck(rebuilt == period, "a period does not re-validate")
    }
    fuzzCheck(schedule.differences(from: schedule).isEmpty, "a schedule differs from itself")
    if let shipped = WorkingDayCalendar.mainlandChina.schedule(for: schedule.year) {
        let differences = schedule.differences(from: shipped)
        fuzzCheck(differences.allSatisfy { $0.kind != $0.otherKind || $0.holiday != $0.otherHoliday }, "no difference")
        fuzzCheck(zip(differences, differences.dropFirst()).allSatisfy { $0.date < $1.date }, "differences unordered")
    }
}

/// The entry point: SwiftPM links it as `main`, and it hands over to libFuzzer (see `runLibFuzzer()`).
@main
enum FuzzHolidayNoticeMain {
    static func main() { runLibFuzzer() }
}
