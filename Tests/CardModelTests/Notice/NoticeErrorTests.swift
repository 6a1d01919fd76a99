import CardModel
import TestSupport
import Testing

/// Broken or contradictory text gets a typed error naming the line and what was expected (CM-NOTICE).
@Suite struct NoticeErrorTests {
    static let title = "国务院办公厅关于2026年部分节假日安排的通知"

    static func error(_ text: String) -> HolidayNoticeError? {
        do {
            _ = try HolidayNotice(parsing: text).schedule()
            return nil
        } catch {
            return error
        }
    }

    @Test(
        "CM-NOTICE: broken text is refused with the code and the line",
        arguments: [
            ("", HolidayNoticeError.Code.expectedTitle, 1),
            ("一、元旦：1月1日放假。", .expectedTitle, 1),
            ("国务院办公厅关于部分节假日安排的通知\n一、元旦：1月1日放假。", .noYear, 1),
            ("\(title)\n一、植树节：3月12日放假。", .unknownHoliday, 2),
            ("\(title)\n各省：\n一、元旦：1月1日至放假。", .expectedDate, 3),
            ("\(title)\n一、元旦：3日放假。", .expectedDate, 2),
            ("\(title)\n一、元旦：1月1日放假。\n二、春节：2月30日放假。", .invalidDate, 3),
            ("\(title)\n一、元旦：1月1日（周五）放假。", .wrongWeekday, 2),
            ("\(title)\n一、国庆节：10月7日至1日放假。", .reversedRange, 2),
            ("\(title)\n一、国庆节：1月1日至10月1日放假。", .rangeTooLong, 2),
            ("\(title)\n一、元旦：1月4日（周日）上班。", .expectedBreak, 2),
            ("\(title)\n一、元旦：1月1日放假。\n二、元旦：1月2日放假。", .duplicateHoliday, 3),
            ("\(title)\n七、国庆节：10月1日至7日放假调休，共7天。10月3日（周六）上班。", .contradictory, 2),
            ("\(title)\n七、国庆节：10月1日至7日放假调休，共7天。10月9日（周五）上班。", .contradictory, 2),
            ("\(title)\n三、清明节：4月10日放假。", .contradictory, 2),
            ("\(title)\n一、元旦：1月1日（周四）至3日（周六）放假调休，共9天。", .contradictory, 2),
            ("\(title)\n一、元旦：1月1日至3日放假，共两天。", .contradictory, 2),
            ("\(title)\n一、春节：2月15日至23日放假。\n二、元宵：2月20日放假。", .unknownHoliday, 3),
            ("\(title)\n一、中秋节：9月25日至10月2日放假。\n二、国庆节：10月1日至7日放假。", .contradictory, 3),
            ("\(title)\n二、春节：2月15日至16日放假，2月18日补休。", .contradictory, 2),
            ("国务院办公厅关于2150年部分节假日安排的通知\n一、元旦：1月1日放假。", .noStatutoryData, 2),
            ("\(title)\n各省、自治区、直辖市人民政府：\n鼓励错峰出行。", .expectedBreak, 3),
        ] as [(String, HolidayNoticeError.Code, Int)])
    func refused(text: String, code: HolidayNoticeError.Code, line: Int) throws {
        let error = try #require(Self.error(text))
        #expect(error.code == code, "\(error)")
        #expect(error.line == line, "\(error)")
    }

    @Test("CM-NOTICE: a stated length in Chinese numerals that agrees with the dates is accepted")
    func statedLengthInNumerals() throws {
        let schedule = try HolidayNotice(parsing: "\(Self.title)\n一、元旦：1月1日至3日放假，共三天。").schedule()
        #expect(schedule.periods.first?.lastDay == (try CivilDate(parsing: "2026-01-03")))
    }

    @Test("CM-NOTICE: a wrong weekday in a real notice is found on its line")
    func wrongWeekdayInFixture() throws {
        let text = try NoticeFixtures.text("2026").replacingAll("1月4日（周日）", with: "1月4日（周一）")
        let error = try #require(Self.error(text))
        #expect(error.code == .wrongWeekday)
        #expect(error.line == 5)
        #expect(error.found?.contains("1月4日") == true)
    }

    @Test("CM-NOTICE: the error's message names the line in English, German and Chinese")
    func message() throws {
        let error = try #require(Self.error("\(Self.title)\n\n一、元旦：1月1日至放假。"))
        #expect(error.message.english.hasPrefix("notice line 3: expected a date"))
        #expect(error.message.german.hasPrefix("Mitteilung, Zeile 3: Datum"))
        #expect(error.message.chinese.hasPrefix("通知第3行：应为日期"))
        #expect(error.description == error.message.english)
        #expect(HolidayNoticeError(.noYear, line: nil, found: String(repeating: "年", count: 100)).found?.count == 40)
    }

    @Test("CM-NOTICE: an amendment alone has no schedule; it amends only a yearly notice of its own year")
    func amendmentMisuse() throws {
        let amendment2019 = try HolidayNotice(parsing: try NoticeFixtures.text("2019-amendment"))
        let amendment2020 = try HolidayNotice(parsing: try NoticeFixtures.text("2020-amendment"))
        let notice2019 = try HolidayNotice(parsing: try NoticeFixtures.text("2019"))
        #expect(throws: HolidayNoticeError.self) { try amendment2019.schedule() }
        #expect((try? amendment2019.schedule()) == nil)
        for (base, change) in [(notice2019, amendment2020), (notice2019, notice2019), (amendment2019, amendment2019)] {
            do {
                _ = try base.amended(by: change)
                Issue.record("expected a mismatch")
            } catch {
                #expect(error.code == .amendmentMismatch)
            }
        }
        do {
            _ = try HolidayNotice.combining([amendment2019])
            Issue.record("expected amendmentWithoutNotice")
        } catch {
            #expect(error.code == .amendmentWithoutNotice)
        }
        do {
            _ = try HolidayNotice.combining([notice2019, notice2019])
            Issue.record("expected amendmentMismatch")
        } catch {
            #expect(error.code == .amendmentMismatch)
        }
    }

    @Test("CM-NOTICE: combining a year's notices applies the amendments in order of issue")
    func combining() throws {
        let notice = try HolidayNotice(parsing: try NoticeFixtures.text("2020"))
        let amendment = try HolidayNotice(parsing: try NoticeFixtures.text("2020-amendment"))
        let combined = try HolidayNotice.combining([amendment, notice])
        #expect(try combined.schedule() == (try NoticeFixtures.notice(2020)).schedule())
        #expect(try combined.schedule().periods == (try NoticeFixtures.shipped(2020)).periods)
    }
}
