// FuzzCivilDate: ISO date parsing (CM-DATE) and the calendar arithmetic built on it (CM-WORKDAY-ADD, CM-PERIOD).
//
// The input is read twice: as UTF-8 text for `CivilDate(_:)` and `CivilDate(parsing:)`, and as little-endian
// integers for the numeric initialisers, day arithmetic and working-day counting, so extreme counts and day
// numbers are reached as well as every text shape.

import CardModel
import FuzzSupport

let official = WorkingDayCalendar.mainlandChina
// Every year 1900...2199 answers (weekdays assumed outside 2004...2026), so arithmetic rarely stops at the edge.
let assuming = WorkingDayCalendar.mainlandChina.withFallback(.assumeWeekdays)
let span = Int(CivilDate.latest.dayNumber) - Int(CivilDate.earliest.dayNumber) + 1

/// libFuzzer calls this with each input; it returns 0, or -1 for an input not worth keeping in the corpus.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = fuzzInput(start, count)
    let text = String(decoding: bytes, as: UTF8.self)
    checkParsing(text)
    checkNumbers(ByteReader(bytes))
    return 0
}

/// `CivilDate(_:)` and `CivilDate(parsing:)` agree; a parsed date prints back exactly as its text.
func checkParsing(_ text: String) {
    let lossless = CivilDate(text)
    let parsed: Result<CivilDate, CivilDateError> = Result { () throws(CivilDateError) in try CivilDate(parsing: text) }
    let fromSubstring = Result { () throws(CivilDateError) in try CivilDate(parsing: text[...]) }
    fuzzCheck(parsed == fromSubstring, "String and Substring parsing disagree")
    switch parsed {
    case .success(let date):
        fuzzCheck(lossless == date, "init?(_:) and init(parsing:) disagree")
        fuzzCheck(date.description == text, "description \(date) does not round-trip")
        fuzzCheck(date.debugDescription == "CivilDate(\(text))", "debugDescription \(date.debugDescription)")
        fuzzCheck(CivilDate(date.description) == date, "re-parsing \(date) differs")
        let (year, month, day) = date.components
        fuzzCheck((try? CivilDate(year: year, month: month, day: day)) == date, "components of \(date)")
        fuzzCheck((try? CivilDate(dayNumber: date.dayNumber)) == date, "day number of \(date)")
        fuzzCheck(CivilDate.supportedYears.contains(year), "\(date) outside the supported years")
    case .failure(let error):
        fuzzCheck(lossless == nil, "init?(_:) accepted what init(parsing:) refused")
        // CM-DATE: a text of the shape dddd-dd-dd is a date that does not exist, anything else is malformed.
        let shapeIsISO =
            text.utf8.count == 10
            && text.utf8.enumerated().allSatisfy { index, byte in
                index == 4 || index == 7 ? byte == UInt8(ascii: "-") : (48...57).contains(byte)
            }
        fuzzCheck((error.code == .malformed) != shapeIsISO, "'\(text)' refused as \(error.code)")
    }
}

/// The numeric initialisers, day arithmetic and working-day arithmetic never trap, and their answers agree.
func checkNumbers(_ input: ByteReader) {
    var input = input
    let year = input.read(Int.self)
    let month = Int(input.read(Int8.self))
    let day = Int(input.read(Int8.self))
    if let date = try? CivilDate(year: year, month: month, day: day) {
        fuzzCheck(date.components == (year, month, day), "components of \(date) differ from \(year)-\(month)-\(day)")
    }
    let rawDayNumber = input.read(Int32.self)
    let inRange = rawDayNumber >= CivilDate.earliest.dayNumber && rawDayNumber <= CivilDate.latest.dayNumber
    fuzzCheck(((try? CivilDate(dayNumber: rawDayNumber)) != nil) == inRange, "CivilDate(dayNumber: \(rawDayNumber))")
    // A valid date from the same bytes, so that the arithmetic below mostly starts inside the range.
    let offset = Int(rawDayNumber.magnitude % UInt32(span))
    let date = (try? CivilDate.earliest.adding(days: offset)) ?? .earliest

    let wideDays = input.read(Int.self)
    let smallDays = Int(input.read(Int16.self))
    for days in [wideDays, smallDays, -smallDays] {
        switch Result(catching: { () throws(CivilDateError) in try date.adding(days: days) }) {
        case .success(let later):
            fuzzCheck(date.days(to: later) == days, "\(date) + \(days) days = \(later)")
            fuzzCheck((later > date) == (days > 0), "order of \(date) + \(days)")
        case .failure(let error):
            fuzzCheck(error.code == .yearOutOfRange, "\(date) + \(days): \(error.code)")
        }
        for calendar in [official, assuming] {
            checkWorkingDays(calendar, date, days)
        }
    }
}

/// The working-day invariants of CM-WORKDAY-ADD and CM-PERIOD for one date and count.
func checkWorkingDays(_ calendar: WorkingDayCalendar, _ date: CivilDate, _ count: Int) {
    if let result = try? calendar.date(byAddingWorkingDays: count, to: date) {
        fuzzCheck((try? calendar.isWorkingDay(result)) == true, "\(count) working days after \(date): \(result)")
        let expected: Int
        let (lower, upper): (CivilDate, CivilDate)
        if count > 0 {
            fuzzCheck(result > date, "\(count) working days after \(date) is \(result)")
            (lower, upper, expected) = (date, result, count)
        } else if count == 0 {
            let dateIsWorking = (try? calendar.isWorkingDay(date)) == true
            fuzzCheck(result >= date && (result == date) == dateIsWorking, "acceptance of \(date) is \(result)")
            (lower, upper, expected) = (date, result, result == date ? 0 : 1)
        } else {
            fuzzCheck(result < date, "\(count) working days before \(date) is \(result)")
            // Counting back needs data only before `date`, whose own year may have none (2027-01-01 under the
            // official calendar): so the check counts (result, date), which holds -count - 1 working days.
            guard let dayBefore = try? date.adding(days: -1) else {
                fuzzFailure("\(date) has a working day before it but no day before it")
            }
            (lower, upper, expected) = (result, dayBefore, -count - 1)
        }
        let counted = try? calendar.workingDays(from: lower, to: upper)
        fuzzCheck(counted == expected, "working days \(lower)...\(upper): \(String(describing: counted)) ≠ \(expected)")
        fuzzCheck(
            (try? calendar.workingDays(from: upper, to: lower)) == counted.map { -$0 }, "counting backwards differs")
    }
    if let end = try? calendar.periodEnd(days: count, after: date) {
        fuzzCheck((try? date.adding(days: count)) == end.nominalLastDay, "nominal end of \(count) days after \(date)")
        fuzzCheck(end.effectiveLastDay >= end.nominalLastDay, "effective end before nominal end")
        fuzzCheck((try? calendar.isWorkingDay(end.effectiveLastDay)) == true, "effective end is not a working day")
    }
    if let day = try? calendar.day(date) {
        fuzzCheck(day.date == date && day.isWorkingDay == (try? calendar.isWorkingDay(date)), "day(\(date))")
        _ = day.description
    }
}

/// The entry point: SwiftPM links it as `main`, and it hands over to libFuzzer (see `runLibFuzzer()`).
@main
enum FuzzCivilDateMain {
    static func main() { runLibFuzzer() }
}
