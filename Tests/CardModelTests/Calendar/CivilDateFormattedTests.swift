import CardModel
import Testing

@Suite struct CivilDateFormattedTests {
    static func date(_ year: Int, _ month: Int, _ day: Int) throws -> CivilDate {
        try #require(CivilDate(year, month, day))
    }

    @Test("CM-DATE: a date in English stays ISO 8601, in German and Chinese it is written out")
    func dateInThreeLanguages() throws {
        let date = try Self.date(2026, 12, 30)
        #expect(date.formatted(in: .english) == "2026-12-30")
        #expect(date.formatted(in: .german) == "30. Dezember 2026")
        #expect(date.formatted(in: .simplifiedChinese) == "2026年12月30日")
        #expect(date.formatted(in: .english) == date.description)
    }

    @Test("CM-DATE: with the weekday (2026-12-30 is a Wednesday)")
    func dateWithWeekday() throws {
        let date = try Self.date(2026, 12, 30)
        #expect(date.formatted(in: .english, weekday: true) == "2026-12-30 (Wed)")
        #expect(date.formatted(in: .german, weekday: true) == "Mittwoch, 30. Dezember 2026")
        #expect(date.formatted(in: .simplifiedChinese, weekday: true) == "2026年12月30日（周三）")
    }

    @Test(
        "CM-DATE: single-digit days and months have no leading zero in German and Chinese",
        arguments: [
            (2026, 1, 4, "2026-01-04", "4. Januar 2026", "2026年1月4日"),
            (2024, 2, 29, "2024-02-29", "29. Februar 2024", "2024年2月29日"),
            (2026, 3, 1, "2026-03-01", "1. März 2026", "2026年3月1日"),
            (2026, 5, 9, "2026-05-09", "9. Mai 2026", "2026年5月9日"),
            (2026, 10, 1, "2026-10-01", "1. Oktober 2026", "2026年10月1日"),
        ])
    func singleDigits(
        year: Int, month: Int, day: Int, english: String, german: String, chinese: String
    ) throws {
        let date = try Self.date(year, month, day)
        #expect(date.formatted(in: .english) == english)
        #expect(date.formatted(in: .german) == german)
        #expect(date.formatted(in: .simplifiedChinese) == chinese)
    }

    @Test("CM-DATE: year ends and the edges of the supported years")
    func yearEnds() throws {
        let pairs: [(CivilDate, String, String, String)] = [
            (try Self.date(2026, 12, 31), "Donnerstag, 31. Dezember 2026", "2026年12月31日（周四）", "2026-12-31 (Thu)"),
            (try Self.date(2027, 1, 1), "Freitag, 1. Januar 2027", "2027年1月1日（周五）", "2027-01-01 (Fri)"),
            (CivilDate.earliest, "Montag, 1. Januar 1900", "1900年1月1日（周一）", "1900-01-01 (Mon)"),
            (CivilDate.latest, "Dienstag, 31. Dezember 2199", "2199年12月31日（周二）", "2199-12-31 (Tue)"),
        ]
        for (date, german, chinese, english) in pairs {
            #expect(date.formatted(in: .german, weekday: true) == german)
            #expect(date.formatted(in: .simplifiedChinese, weekday: true) == chinese)
            #expect(date.formatted(in: .english, weekday: true) == english)
        }
    }

    @Test("CM-DATE: every month has its German name", arguments: 1...12)
    func germanMonthNames(month: Int) throws {
        let names = [
            "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
            "November", "Dezember",
        ]
        let date = try Self.date(2026, month, 15)
        #expect(date.formatted(in: .german) == "15. \(names[month - 1]) 2026")
        #expect(date.formatted(in: .simplifiedChinese) == "2026年\(month)月15日")
    }

    @Test("CM-DATE: every weekday uses Weekday's localized names")
    func everyWeekday() throws {
        let monday = try Self.date(2026, 12, 28)
        for offset in 0..<7 {
            let date = monday.advanced(by: offset)
            #expect(date.formatted(in: .german, weekday: true).hasPrefix(date.weekday.name.german + ", "))
            #expect(
                date.formatted(in: .simplifiedChinese, weekday: true).hasSuffix("（\(date.weekday.shortName.chinese)）"))
            #expect(date.formatted(in: .english, weekday: true).hasSuffix("(\(date.weekday.shortName.english))"))
        }
    }

    @Test("CM-DATE: localized(weekday:) holds the three translations, and the interpolation uses them")
    func localizedTextAndInterpolation() throws {
        let date = try Self.date(2026, 12, 28)
        #expect(
            date.localized()
                == LocalizedText(english: "2026-12-28", german: "28. Dezember 2026", chinese: "2026年12月28日"))
        #expect(date.localized(weekday: true)[.german] == "Montag, 28. Dezember 2026")
        #expect("am \(date, in: .german)" == "am 28. Dezember 2026")
        #expect("\(date, in: .simplifiedChinese, weekday: true)受理" == "2026年12月28日（周一）受理")
        #expect("on \(date)" == "on 2026-12-28")
    }
}
