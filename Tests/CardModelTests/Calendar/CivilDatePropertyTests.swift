import CardModel
import TestSupport
import Testing

@Suite struct CivilDatePropertyTests {
    @Test(
        "CM-DATE: random day numbers round-trip through their components and match a naive calendar",
        arguments: 0..<8 as Range<UInt64>)
    func randomDayNumbers(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let range = Int(CivilDate.earliest.dayNumber)...Int(CivilDate.latest.dayNumber)
        for _ in 0..<500 {
            let number = Int.random(in: range, using: &random)
            let civil = try CivilDate(dayNumber: Int32(number))
            let (year, month, day) = civil.components
            let naive = NaiveGregorian.components(ofDayNumber: number)
            #expect(year == naive.year && month == naive.month && day == naive.day, "day number \(number)")
            #expect(NaiveGregorian.dayNumber(year: year, month: month, day: day) == number)
            let rebuilt = try CivilDate(year: year, month: month, day: day)
            #expect(rebuilt == civil)
            #expect(rebuilt.dayNumber == Int32(number))
            #expect(civil.weekday == NaiveGregorian.weekday(ofDayNumber: number))
            #expect(CivilDate(civil.description) == civil)
        }
    }

    @Test(
        "CM-DATE: random year, month and day triples are accepted exactly when the naive calendar has them",
        arguments: 0..<4 as Range<UInt64>)
    func randomTriples(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        for _ in 0..<2_000 {
            let year = Int.random(in: 1895...2205, using: &random)
            let month = Int.random(in: -1...14, using: &random)
            let day = Int.random(in: -1...33, using: &random)
            let made = try? CivilDate(year: year, month: month, day: day)
            #expect(
                (made != nil) == NaiveGregorian.isValid(year: year, month: month, day: day), "\(year)/\(month)/\(day)")
            if let made {
                #expect(made.components == (year, month, day))
                #expect(Int(made.dayNumber) == NaiveGregorian.dayNumber(year: year, month: month, day: day))
            }
        }
    }

    @Test("CM-DATE: walking every day from 1900-01-01 to 2199-12-31 matches the naive calendar")
    func everyDay() throws {
        var (year, month, day) = (1900, 1, 1)
        var weekday = 0  // Monday
        var current = CivilDate.earliest
        var count = 0
        while true {
            let (y, m, d) = current.components
            #expect(y == year && m == month && d == day, "after \(count) days")
            #expect(current.weekday == Weekday.allCases[weekday])
            if count % 97 == 0 { #expect(try CivilDate(year: year, month: month, day: day) == current) }
            guard current != CivilDate.latest else { break }
            current = try current.adding(days: 1)
            count += 1
            weekday = (weekday + 1) % 7
            day += 1
            if day > NaiveGregorian.monthLengths(year)[month - 1] {
                day = 1
                month += 1
                if month > 12 {
                    month = 1
                    year += 1
                }
            }
        }
        #expect(count == 109_572)
        #expect((year, month, day) == (2199, 12, 31))
    }

    @Test("CM-DATE: days(to:) and adding(days:) are inverse for random pairs", arguments: 0..<4 as Range<UInt64>)
    func arithmeticInverse(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let range = CivilDate.earliest.dayNumber...CivilDate.latest.dayNumber
        for _ in 0..<500 {
            let first = try CivilDate(dayNumber: Int32.random(in: range, using: &random))
            let second = try CivilDate(dayNumber: Int32.random(in: range, using: &random))
            let distance = first.days(to: second)
            #expect(try first.adding(days: distance) == second)
            #expect(second.days(to: first) == -distance)
            #expect((first < second) == (distance > 0))
        }
    }
}
