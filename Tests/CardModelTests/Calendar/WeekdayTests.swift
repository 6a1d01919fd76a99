import CardModel
import Testing

@Suite struct WeekdayTests {
    @Test("CM-WORKDAY: weekdays compare in ISO order, Monday first and Sunday last")
    func isoOrder() {
        #expect(Weekday.monday < .tuesday)
        #expect(Weekday.saturday < .sunday)
        #expect(!(Weekday.sunday < .monday))
        #expect(Weekday.allCases.sorted() == Weekday.allCases)
        #expect(Weekday.allCases.reversed().sorted() == Weekday.allCases)
        #expect(Weekday.allCases.min() == .monday)
        #expect(Weekday.allCases.max() == .sunday)
        #expect(Weekday.allCases.filter { $0 >= .saturday }.allSatisfy { $0.isWeekend })
        #expect(Weekday.allCases.filter { $0 < .saturday }.allSatisfy { !$0.isWeekend })
    }

    @Test(
        "CM-WORKDAY: every weekday has a full name in English, German and Chinese",
        arguments: zip(
            Weekday.allCases,
            [
                ("Monday", "Montag", "星期一"), ("Tuesday", "Dienstag", "星期二"), ("Wednesday", "Mittwoch", "星期三"),
                ("Thursday", "Donnerstag", "星期四"), ("Friday", "Freitag", "星期五"), ("Saturday", "Samstag", "星期六"),
                ("Sunday", "Sonntag", "星期日"),
            ]))
    func fullNames(weekday: Weekday, names: (String, String, String)) {
        #expect(weekday.name == LocalizedText(english: names.0, german: names.1, chinese: names.2))
        #expect(weekday.name[.english] == names.0)
        #expect(weekday.name[.german] == names.1)
        #expect(weekday.name[.simplifiedChinese] == names.2)
        #expect(weekday.description == names.0)
    }

    @Test(
        "CM-WORKDAY: every weekday has a short name in English, German and Chinese",
        arguments: zip(
            Weekday.allCases,
            [
                ("Mon", "Mo", "周一"), ("Tue", "Di", "周二"), ("Wed", "Mi", "周三"), ("Thu", "Do", "周四"),
                ("Fri", "Fr", "周五"), ("Sat", "Sa", "周六"), ("Sun", "So", "周日"),
            ]))
    func shortNames(weekday: Weekday, names: (String, String, String)) {
        #expect(weekday.shortName == LocalizedText(english: names.0, german: names.1, chinese: names.2))
        #expect(weekday.name.english.hasPrefix(weekday.shortName.english))
        #expect(weekday.name.german.hasPrefix(weekday.shortName.german))
        #expect(weekday.shortName.chinese == "周" + weekday.name.chinese.dropFirst(2))
    }

    @Test("CM-WORKDAY: the names are distinct within each language")
    func namesAreDistinct() {
        for language in Language.allCases {
            #expect(Set(Weekday.allCases.map { $0.name[language] }).count == 7)
            #expect(Set(Weekday.allCases.map { $0.shortName[language] }).count == 7)
        }
    }

    @Test("CM-DATE: a date's weekday names itself in three languages, 2026-12-30 being a Wednesday (周三)")
    func dateWeekdayNames() throws {
        let date = try #require(CivilDate(2026, 12, 30))
        #expect(date.weekday == .wednesday)
        #expect(date.weekday.shortName.chinese == "周三")
        #expect(date.weekday.name.german == "Mittwoch")
        #expect(date.weekday.shortName.english == "Wed")
    }
}
