import CardModel
import TestSupport
import Testing

/// Checks Equatable and Hashable: the values in `same` are all equal with equal hashes, `other` differs from them,
/// and a set keeps one of `same` plus `other`.
func expectValueSemantics<T: Hashable>(
    same: [T], other: T, sourceLocation: SourceLocation = #_sourceLocation
) {
    for first in same {
        #expect(first == first, sourceLocation: sourceLocation)
        #expect(first != other, sourceLocation: sourceLocation)
        for second in same {
            #expect(first == second, sourceLocation: sourceLocation)
            #expect(first.hashValue == second.hashValue, sourceLocation: sourceLocation)
        }
    }
    #expect(Set(same + [other]).count == 2, sourceLocation: sourceLocation)
}

@Suite struct ValueSemanticsTests {
    @Test("CM-DATE: CivilDate and Weekday are values")
    func dates() throws {
        expectValueSemantics(
            same: [
                date("2026-01-04"), try CivilDate(year: 2026, month: 1, day: 4),
                try date("2026-01-05").adding(days: -1),
            ],
            other: date("2026-01-05"))
        expectValueSemantics(same: [date("2026-01-04").weekday, Weekday.sunday], other: .monday)
    }

    @Test("CM-WORKDAY: calendar values are values")
    func calendarValues() throws {
        let calendar = WorkingDayCalendar.mainlandChina
        expectValueSemantics(
            same: [
                try calendar.day(date("2026-01-04")),
                CalendarDay(
                    date: date("2026-01-04"), kind: .adjustedWorkingDay, holiday: .newYearsDay, isAssumed: false),
            ],
            other: CalendarDay(
                date: date("2026-01-04"), kind: .adjustedWorkingDay, holiday: .newYearsDay, isAssumed: true))
        expectValueSemantics(
            same: [
                HolidayName.springFestival, HolidayName(key: "springFestival", name: HolidayName.springFestival.name),
            ],
            other: .springFestivalExtension2020)
        let schedule = try #require(calendar.schedule(for: 2026))
        expectValueSemantics(
            same: [schedule, try HolidaySchedule(year: 2026, source: schedule.source, periods: schedule.periods)],
            other: try #require(calendar.schedule(for: 2025)))
        expectValueSemantics(
            same: [
                schedule.source,
                NoticeCitation(
                    documentNumber: "国办发明电〔2025〕7号", issued: date("2025-11-04"), title: schedule.source.title),
            ],
            other: NoticeCitation(
                documentNumber: "国办发明电〔2025〕7号", issued: date("2025-11-05"), title: schedule.source.title))
        expectValueSemantics(
            same: [CalendarError(noDataFor: 2027), CalendarError(noDataFor: 2027)],
            other: CalendarError(noDataFor: 2003))
        expectValueSemantics(
            same: [CivilDateError(code: .malformed, year: nil)], other: CivilDateError(code: .malformed, year: 2026))
    }

    @Test("CM-MONEY: Money is a value")
    func money() {
        expectValueSemantics(
            same: [Money.yuan(20), Money(fen: 2000), Money(fen: 1500) + Money(fen: 500)], other: Money(fen: 2001))
    }

    @Test("CM-ID: identifiers, names and errors are values")
    func identifiers() throws {
        expectValueSemantics(
            same: [
                try ResidentIdentityNumber("11010519491231002X"), try ResidentIdentityNumber(" 110105-19491231-002x "),
            ],
            other: try ResidentIdentityNumber(IdentifierReference.withMod11Check("44030419851120004")))
        expectValueSemantics(same: [try PersonName("张三"), try PersonName(" 张三 ")], other: try PersonName("张四"))
        expectValueSemantics(
            same: [IdentifierValidationError.invalidCharacter(position: 3)], other: .invalidCharacter(position: 4))
        expectValueSemantics(
            same: [IdentifierValidationError.checkCharacterMismatch(expected: "X", found: "1")],
            other: .checkCharacterMismatch(expected: "1", found: "X"))
    }

    @Test("CM-GENERATION: card vocabulary values are values")
    func vocabulary() {
        expectValueSemantics(
            same: [
                PartnerBank.icbc,
                PartnerBank(code: "ICBC", english: "Industrial and Commercial Bank of China", chinese: "中国工商银行"),
            ], other: .abc)
        expectValueSemantics(same: [CardGeneration.third, CardGeneration(rawValue: 3) ?? .first], other: .second)
    }
}
