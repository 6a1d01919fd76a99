import CardModel
import Foundation
import TestSupport
import Testing

@Suite struct CivilDateConstructionTests {
    @Test("CM-DATE: a real date keeps its year, month and day")
    func realDate() throws {
        let sunday = try CivilDate(year: 2026, month: 1, day: 4)
        #expect(sunday.year == 2026)
        #expect(sunday.month == 1)
        #expect(sunday.day == 4)
        #expect(sunday.components == (2026, 1, 4))
    }

    @Test("CM-DATE: the last day of every month of 2026 exists and the day after it does not", arguments: 1...12)
    func monthLengths(month: Int) throws {
        let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        let last = lengths[month - 1]
        #expect(CivilDate.daysInMonth(year: 2026, month: month) == last)
        #expect(try CivilDate(year: 2026, month: month, day: last).day == last)
        #expect(throws: CivilDateError(code: .dayOutOfRange, year: 2026)) {
            try CivilDate(year: 2026, month: month, day: last + 1)
        }
        #expect(throws: CivilDateError(code: .dayOutOfRange, year: 2026)) {
            try CivilDate(year: 2026, month: month, day: 0)
        }
    }

    @Test(
        "CM-DATE: a month outside 1...12 is refused, naming the year",
        arguments: [0, 13, -1, 100, Int.min, Int.max])
    func monthOutOfRange(month: Int) {
        #expect(throws: CivilDateError(code: .monthOutOfRange, year: 2026)) {
            try CivilDate(year: 2026, month: month, day: 1)
        }
    }

    @Test(
        "CM-DATE: a day outside the month is refused",
        arguments: [(4, 31), (6, 31), (9, 31), (11, 31), (1, 32), (12, 32), (2, 30), (2, 31), (3, -1), (5, Int.max)])
    func dayOutOfRange(month: Int, day: Int) {
        #expect(throws: CivilDateError(code: .dayOutOfRange, year: 2025)) {
            try CivilDate(year: 2025, month: month, day: day)
        }
    }

    @Test(
        "CM-DATE: February 29 exists only in Gregorian leap years",
        arguments: [
            (1900, false), (1904, true), (1996, true), (2000, true), (2023, false), (2024, true), (2025, false),
            (2026, false), (2028, true), (2100, false), (2104, true), (2196, true), (2199, false),
        ])
    func leapDay(year: Int, isLeap: Bool) throws {
        #expect(CivilDate.isLeapYear(year) == isLeap)
        #expect(CivilDate.daysInMonth(year: year, month: 2) == (isLeap ? 29 : 28))
        if isLeap {
            #expect(try CivilDate(year: year, month: 2, day: 29).description == "\(year)-02-29")
        } else {
            #expect(throws: CivilDateError(code: .dayOutOfRange, year: year)) {
                try CivilDate(year: year, month: 2, day: 29)
            }
        }
    }

    @Test("CM-DATE: daysInMonth is 0 for a month outside 1...12")
    func daysInImpossibleMonth() {
        #expect(CivilDate.daysInMonth(year: 2026, month: 0) == 0)
        #expect(CivilDate.daysInMonth(year: 2026, month: 13) == 0)
    }

    @Test(
        "CM-DATE: a year outside 1900...2199 is refused before the month and day are looked at",
        arguments: [1899, 2200, 0, -1, 1, 9999, Int.min, Int.max])
    func yearOutOfRange(year: Int) {
        #expect(throws: CivilDateError(code: .yearOutOfRange, year: year)) {
            try CivilDate(year: year, month: 1, day: 1)
        }
        #expect(throws: CivilDateError(code: .yearOutOfRange, year: year)) {
            try CivilDate(year: year, month: 13, day: 40)
        }
    }

    @Test("CM-DATE: the range ends are 1900-01-01 and 2199-12-31")
    func rangeEnds() throws {
        #expect(CivilDate.earliest == (try CivilDate(year: 1900, month: 1, day: 1)))
        #expect(CivilDate.latest == (try CivilDate(year: 2199, month: 12, day: 31)))
        #expect(CivilDate.supportedYears == 1900...2199)
        #expect(CivilDate.earliest.days(to: CivilDate.latest) == 109_572)
    }

    @Test("CM-DATE: day numbers count from 1970-01-01")
    func dayNumbers() throws {
        #expect(try CivilDate(year: 1970, month: 1, day: 1).dayNumber == 0)
        #expect(try CivilDate(year: 1969, month: 12, day: 31).dayNumber == -1)
        #expect(CivilDate.earliest.dayNumber == -25_567)
        #expect(CivilDate.latest.dayNumber == 84_005)
        #expect(try CivilDate(dayNumber: 0).description == "1970-01-01")
        #expect(try CivilDate(dayNumber: -25_567) == CivilDate.earliest)
        #expect(try CivilDate(dayNumber: 84_005) == CivilDate.latest)
    }

    @Test("CM-DATE: a day number outside the range is refused, naming the year it would fall in")
    func dayNumberOutOfRange() {
        #expect(throws: CivilDateError(code: .yearOutOfRange, year: 1899)) { try CivilDate(dayNumber: -25_568) }
        #expect(throws: CivilDateError(code: .yearOutOfRange, year: 2200)) { try CivilDate(dayNumber: 84_006) }
        #expect(throws: CivilDateError(code: .yearOutOfRange, year: 1899)) { try CivilDate(dayNumber: .min) }
        #expect(throws: CivilDateError(code: .yearOutOfRange, year: 2200)) { try CivilDate(dayNumber: .max) }
    }

    @Test("CM-DATE: a CivilDate takes four bytes")
    func size() {
        #expect(MemoryLayout<CivilDate>.size == 4)
    }

    @Test("CM-DATE: every error code has a distinct one-line description")
    func errorDescriptions() {
        let errors = [
            CivilDateError(code: .malformed, year: nil), CivilDateError(code: .yearOutOfRange, year: 2200),
            CivilDateError(code: .monthOutOfRange, year: 2026), CivilDateError(code: .dayOutOfRange, year: 2026),
        ]
        #expect(Set(errors.map(\.description)).count == 4)
        #expect(errors.allSatisfy { !$0.description.isEmpty && !$0.description.contains("\n") })
        #expect(errors[1].description.contains("2200"))
        #expect(
            Set(errors.map(\.code.description)) == ["malformed", "yearOutOfRange", "monthOutOfRange", "dayOutOfRange"])
    }
}

@Suite struct CivilDateParsingTests {
    @Test("CM-DATE: ISO 8601 YYYY-MM-DD parses")
    func parses() throws {
        let parsed = try #require(CivilDate("2026-01-04"))
        #expect(parsed == (try CivilDate(year: 2026, month: 1, day: 4)))
        #expect(try CivilDate(parsing: "1900-01-01") == CivilDate.earliest)
        #expect(try CivilDate(parsing: "2199-12-31") == CivilDate.latest)
        #expect(try CivilDate(parsing: "2024-02-29").day == 29)
    }

    @Test("CM-DATE: a substring parses like a string")
    func substring() throws {
        let text = "date=2026-01-04;"
        let slice = text.dropFirst(5).dropLast()
        #expect(try CivilDate(parsing: slice) == date("2026-01-04"))
    }

    @Test(
        "CM-DATE: any other shape is malformed",
        arguments: [
            "", "2026-1-4", "2026-1-04", "2026-01-4", "2026/01/04", "2026.01.04", "20260104", " 2026-01-04",
            "2026-01-04 ", "\t2026-01-04", "2026-01-04\n", "+2026-01-04", "-2026-01-04", "02026-01-04", "26-01-04",
            "２０２６-01-04", "2026－01－04", "٢٠٢٦-٠١-٠٤", "2026-01-04T00:00", "2026-01-04Z", "2026_01_04", "2026-0a-04",
            "abcd-ef-gh", "2026--01-04", "2026-01--4", "2026-+1-04", "2026-01-+4", "----------", "2026-01",
            "2026\u{2011}01\u{2011}04", "2026-01-0\u{0664}",
        ])
    func malformed(text: String) {
        #expect(CivilDate(text) == nil)
        #expect(throws: CivilDateError(code: .malformed, year: nil)) { try CivilDate(parsing: text) }
    }

    @Test(
        "CM-DATE: a well-formed text naming no real day is refused with the constructor's error",
        arguments: [
            ("2026-02-29", CivilDateError(code: .dayOutOfRange, year: 2026)),
            ("2026-02-30", CivilDateError(code: .dayOutOfRange, year: 2026)),
            ("1900-02-29", CivilDateError(code: .dayOutOfRange, year: 1900)),
            ("2026-04-31", CivilDateError(code: .dayOutOfRange, year: 2026)),
            ("2026-01-00", CivilDateError(code: .dayOutOfRange, year: 2026)),
            ("2026-01-32", CivilDateError(code: .dayOutOfRange, year: 2026)),
            ("2026-13-01", CivilDateError(code: .monthOutOfRange, year: 2026)),
            ("2026-00-10", CivilDateError(code: .monthOutOfRange, year: 2026)),
            ("1899-12-31", CivilDateError(code: .yearOutOfRange, year: 1899)),
            ("2200-01-01", CivilDateError(code: .yearOutOfRange, year: 2200)),
            ("0000-00-00", CivilDateError(code: .yearOutOfRange, year: 0)),
            ("9999-99-99", CivilDateError(code: .yearOutOfRange, year: 9999)),
        ])
    func notARealDay(text: String, error: CivilDateError) {
        #expect(CivilDate(text) == nil)
        #expect(throws: error) { try CivilDate(parsing: text) }
    }

    @Test("CM-DATE: description is ISO 8601 with zero padding, and parses back")
    func description() throws {
        #expect(CivilDate.earliest.description == "1900-01-01")
        #expect(CivilDate.latest.description == "2199-12-31")
        #expect(try CivilDate(year: 2026, month: 1, day: 4).description == "2026-01-04")
        #expect(try CivilDate(year: 2026, month: 10, day: 12).description == "2026-10-12")
        #expect("\(date("2026-09-30"))" == "2026-09-30")
        #expect(date("2026-09-30").debugDescription == "CivilDate(2026-09-30)")
        #expect(String(reflecting: date("2026-09-30")) == "CivilDate(2026-09-30)")
        for text in ["1900-01-01", "1999-12-31", "2000-02-29", "2026-01-04", "2199-12-31"] {
            #expect(CivilDate(text)?.description == text)
        }
    }
}

@Suite struct CivilDateWeekdayTests {
    @Test(
        "CM-DATE: weekdays of known dates",
        arguments: [
            ("1900-01-01", Weekday.monday), ("1970-01-01", .thursday), ("1969-12-31", .wednesday),
            ("2000-02-29", .tuesday), ("2000-03-01", .wednesday), ("2026-01-04", .sunday), ("2026-01-03", .saturday),
            ("2026-09-30", .wednesday), ("2026-10-12", .monday), ("2026-04-01", .wednesday),
            ("2100-03-01", .monday), ("2199-12-31", .tuesday),
        ])
    func weekday(text: String, weekday: Weekday) throws {
        let day = try CivilDate(parsing: text)
        #expect(day.weekday == weekday)
        #expect(day.isWeekend == (weekday == .saturday || weekday == .sunday))
    }

    @Test("CM-DATE: Weekday is numbered as ISO 8601 and only Saturday and Sunday are weekend days")
    func weekdayNumbers() {
        #expect(Weekday.allCases.map(\.rawValue) == Array(1...7))
        #expect(Weekday.allCases.filter(\.isWeekend) == [.saturday, .sunday])
        #expect(Weekday.monday.description == "Monday")
        #expect(Weekday.sunday.description == "Sunday")
        #expect(Set(Weekday.allCases.map(\.description)).count == 7)
    }
}

@Suite struct CivilDateArithmeticTests {
    @Test("CM-DATE: adding days crosses months, years and leap days")
    func addingDays() throws {
        #expect(try date("2026-01-31").adding(days: 1) == date("2026-02-01"))
        #expect(try date("2025-12-31").adding(days: 1) == date("2026-01-01"))
        #expect(try date("2024-02-28").adding(days: 1) == date("2024-02-29"))
        #expect(try date("2023-02-28").adding(days: 1) == date("2023-03-01"))
        #expect(try date("2026-03-02").adding(days: 30) == date("2026-04-01"))
        #expect(try date("2026-01-01").adding(days: -1) == date("2025-12-31"))
        #expect(try date("2026-01-04").adding(days: 0) == date("2026-01-04"))
        #expect(try date("2026-01-01").adding(days: 365) == date("2027-01-01"))
        #expect(try date("2024-01-01").adding(days: 366) == date("2025-01-01"))
        #expect(try CivilDate.earliest.adding(days: 109_572) == CivilDate.latest)
        #expect(try CivilDate.latest.adding(days: -109_572) == CivilDate.earliest)
    }

    @Test("CM-DATE: leaving 1900...2199 by arithmetic throws the typed error naming 1899 or 2200")
    func addingOutOfRange() {
        #expect(throws: CivilDateError(code: .yearOutOfRange, year: 2200)) { try CivilDate.latest.adding(days: 1) }
        #expect(throws: CivilDateError(code: .yearOutOfRange, year: 1899)) {
            try CivilDate.earliest.adding(days: -1)
        }
        #expect(throws: CivilDateError(code: .yearOutOfRange, year: 2200)) {
            try CivilDate.earliest.adding(days: 109_573)
        }
        #expect(throws: CivilDateError(code: .yearOutOfRange, year: 1899)) {
            try CivilDate.latest.adding(days: -109_573)
        }
    }

    @Test("CM-DATE: adding Int.max or Int.min days throws instead of trapping")
    func addingExtremes() {
        #expect(throws: CivilDateError(code: .yearOutOfRange, year: 2200)) { try date("2026-01-04").adding(days: .max) }
        #expect(throws: CivilDateError(code: .yearOutOfRange, year: 1899)) { try date("2026-01-04").adding(days: .min) }
        #expect(throws: CivilDateError(code: .yearOutOfRange, year: 2200)) { try CivilDate.latest.adding(days: .max) }
        #expect(throws: CivilDateError(code: .yearOutOfRange, year: 1899)) { try CivilDate.earliest.adding(days: .min) }
    }

    @Test("CM-DATE: days(to:) is the signed distance")
    func daysTo() {
        #expect(date("2026-03-02").days(to: date("2026-04-01")) == 30)
        #expect(date("2026-04-01").days(to: date("2026-03-02")) == -30)
        #expect(date("2026-01-04").days(to: date("2026-01-04")) == 0)
        #expect(date("2025-12-31").days(to: date("2026-01-01")) == 1)
    }
}

@Suite struct CivilDateValueTests {
    @Test("CM-DATE: dates are ordered chronologically")
    func comparable() {
        let dates = [
            date("2026-10-12"), date("1900-01-01"), date("2026-01-04"), date("2199-12-31"), date("2025-12-31"),
        ]
        #expect(
            dates.sorted() == [
                date("1900-01-01"), date("2025-12-31"), date("2026-01-04"), date("2026-10-12"), date("2199-12-31"),
            ])
        #expect(date("2025-12-31") < date("2026-01-01"))
        #expect(!(date("2026-01-01") < date("2026-01-01")))
        #expect(date("2026-01-01") <= date("2026-01-01"))
        #expect(date("2026-02-01") > date("2026-01-31"))
        #expect(dates.min() == CivilDate.earliest)
        #expect(dates.max() == CivilDate.latest)
    }

    @Test("CM-DATE: equal dates are equal and hash alike, however they were made")
    func hashable() throws {
        let made = try CivilDate(year: 2026, month: 1, day: 4)
        let parsed = try CivilDate(parsing: "2026-01-04")
        let computed = try date("2026-01-03").adding(days: 1)
        let fromNumber = try CivilDate(dayNumber: made.dayNumber)
        #expect(Set([made, parsed, computed, fromNumber]).count == 1)
        #expect(made.hashValue == parsed.hashValue)
        #expect(made != date("2026-01-05"))
    }

    @Test("CM-DATE: Codable as the ISO string, round-tripping")
    func codable() throws {
        let encoded = try JSONEncoder().encode([date("2026-01-04"), CivilDate.earliest, CivilDate.latest])
        #expect(String(decoding: encoded, as: UTF8.self) == #"["2026-01-04","1900-01-01","2199-12-31"]"#)
        let decoded = try JSONDecoder().decode([CivilDate].self, from: encoded)
        #expect(decoded == [date("2026-01-04"), CivilDate.earliest, CivilDate.latest])
    }

    @Test(
        "CM-DATE: decoding validates again: an impossible or malformed date fails",
        arguments: [#""2026-02-30""#, #""2026-1-4""#, #""1899-12-31""#, #""""#, "20260104", "null", #"{"day":4}"#])
    func decodingRefusesInvalid(json: String) {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(CivilDate.self, from: Data(json.utf8)) }
    }
}
