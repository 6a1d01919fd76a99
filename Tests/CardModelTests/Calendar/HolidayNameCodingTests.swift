import CardModel
import Foundation
import Testing

@Suite struct HolidayNameCodingTests {
    private func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(json.utf8))
    }

    private func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test("CM-WORKDAY: every predefined holiday decodes from its key alone", arguments: HolidayName.predefined)
    func plainKey(holiday: HolidayName) throws {
        #expect(try decode(HolidayName.self, "\"\(holiday.key)\"") == holiday)
        #expect(HolidayName.predefined(key: holiday.key) == holiday)
    }

    @Test("CM-WORKDAY: a key decodes to the names in English, German and Chinese")
    func plainKeyNames() throws {
        let name = try decode(HolidayName.self, #""newYearsDay""#)
        #expect(name.name[.english] == "New Year's Day")
        #expect(name.name[.german] == "Neujahr")
        #expect(name.name[.simplifiedChinese] == "元旦")
    }

    @Test("CM-WORKDAY: the full object form still decodes, for predefined and new holidays alike")
    func objectForm() throws {
        let national = try decode(
            HolidayName.self,
            #"{"key":"nationalDay","name":{"chinese":"国庆节","english":"National Day","german":"Nationalfeiertag"}}"#)
        #expect(national == .nationalDay)
        let custom = try decode(
            HolidayName.self, #"{"key":"cityDay","name":{"english":"City Day","german":"Stadttag","chinese":"城市日"}}"#)
        #expect(
            custom == HolidayName(key: "cityDay", name: .init(english: "City Day", german: "Stadttag", chinese: "城市日")))
    }

    @Test("CM-WORKDAY: for a predefined key, the name and each translation may be left out")
    func optionalTranslations() throws {
        #expect(try decode(HolidayName.self, #"{"key":"labourDay"}"#) == .labourDay)
        #expect(try decode(HolidayName.self, #"{"key":"labourDay","name":{}}"#) == .labourDay)
        let partial = try decode(HolidayName.self, #"{"key":"labourDay","name":{"english":"May Day"}}"#)
        #expect(partial.key == "labourDay")
        #expect(partial.name == LocalizedText(english: "May Day", german: "Tag der Arbeit", chinese: "劳动节"))
    }

    @Test("CM-WORKDAY: an unknown key as a plain string is a decoding error naming the key")
    func unknownPlainKey() throws {
        do {
            _ = try decode(HolidayName.self, #""cityDay""#)
            Issue.record("an unknown key decoded")
        } catch let DecodingError.dataCorrupted(context) {
            #expect(context.debugDescription.contains("\"cityDay\""))
            #expect(context.debugDescription.contains("newYearsDay"))
        }
    }

    @Test(
        "CM-WORKDAY: a new holiday in object form needs all three translations",
        arguments: [
            #"{"key":"cityDay"}"#, #"{"key":"cityDay","name":{"english":"City Day"}}"#,
            #"{"key":"cityDay","name":{"english":"City Day","german":"Stadttag"}}"#, #"{"name":{"english":"x"}}"#,
            "42", "null", "[]",
        ])
    func incompleteNewHoliday(json: String) {
        #expect(throws: DecodingError.self) { try decode(HolidayName.self, json) }
    }

    @Test(
        "CM-WORKDAY: encoding keeps the full object form, so existing snapshots stay byte for byte",
        arguments: [
            HolidayName.newYearsDay, .springFestivalExtension2020,
            HolidayName(key: "cityDay", name: .init(english: "City Day", german: "Stadttag", chinese: "城市日")),
        ])
    func encodingIsObjectForm(holiday: HolidayName) throws {
        let json = try encode(holiday)
        #expect(
            json == #"{"key":"\#(holiday.key)","name":{"chinese":"\#(holiday.name.chinese)","#
                + #""english":"\#(holiday.name.english)","german":"\#(holiday.name.german)"}}"#)
        #expect(try decode(HolidayName.self, json) == holiday)
    }

    @Test("CM-WORKDAY: a hand-written 2027 schedule with holiday keys decodes into a valid schedule")
    func handWrittenSchedule() throws {
        let json = #"""
            {
              "year": 2027,
              "source": {"title": "My own 2027 schedule"},
              "periods": [
                {"holiday": "newYearsDay", "firstDay": "2027-01-01", "lastDay": "2027-01-03",
                 "statutoryDays": ["2027-01-01"]},
                {"holiday": "springFestival", "firstDay": "2027-02-05", "lastDay": "2027-02-13",
                 "statutoryDays": ["2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08"],
                 "adjustedWorkingDays": ["2027-02-20"]},
                {"holiday": {"key": "labourDay"}, "firstDay": "2027-05-01", "lastDay": "2027-05-05",
                 "statutoryDays": ["2027-05-01", "2027-05-02"], "adjustedWorkingDays": []},
                {"holiday": "nationalDay", "firstDay": "2027-10-01", "lastDay": "2027-10-07",
                 "statutoryDays": ["2027-10-01", "2027-10-02", "2027-10-03"],
                 "adjustedWorkingDays": ["2027-09-26", "2027-10-09"]}
              ]
            }
            """#
        let schedule = try decode(HolidaySchedule.self, json)
        #expect(schedule.year == 2027)
        #expect(schedule.source == NoticeCitation(documentNumber: nil, issued: nil, title: "My own 2027 schedule"))
        #expect(schedule.periods.map(\.holiday) == [.newYearsDay, .springFestival, .labourDay, .nationalDay])
        #expect(schedule.periods[0].adjustedWorkingDays.isEmpty)
        let calendar = WorkingDayCalendar.mainlandChina.adding(schedule)
        let newYear = try #require(CivilDate(2027, 1, 1))
        #expect(try calendar.day(newYear).holiday == .newYearsDay)
        #expect(try calendar.day(newYear).holiday?.name.chinese == "元旦")
        #expect(try !calendar.isWorkingDay(#require(CivilDate(2027, 2, 10))))
        #expect(try calendar.isWorkingDay(#require(CivilDate(2027, 2, 20))))
        #expect(try calendar.isWorkingDay(#require(CivilDate(2027, 10, 9))))
        #expect(try decode(HolidaySchedule.self, encode(schedule)) == schedule)
    }

    @Test("CM-WORKDAY: a hand-written schedule with an unknown plain key or overlapping periods is refused")
    func handWrittenScheduleRefused() {
        let unknown = #"""
            {"year": 2027, "source": {"title": "t"}, "periods": [
              {"holiday": "cityDay", "firstDay": "2027-03-01", "lastDay": "2027-03-01", "statutoryDays": []}]}
            """#
        #expect(throws: DecodingError.self) { try decode(HolidaySchedule.self, unknown) }
        let overlapping = #"""
            {"year": 2027, "source": {"title": "t"}, "periods": [
              {"holiday": "newYearsDay", "firstDay": "2027-01-01", "lastDay": "2027-01-03", "statutoryDays": []},
              {"holiday": "springFestival", "firstDay": "2027-01-03", "lastDay": "2027-01-04", "statutoryDays": []}]}
            """#
        #expect(throws: HolidayScheduleError.self) { try decode(HolidaySchedule.self, overlapping) }
    }
}
