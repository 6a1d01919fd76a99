import CardModel
import TestSupport
import Testing

/// The same notice written in the other ways the notices and their reprints write it (CM-NOTICE).
@Suite struct NoticeVariantTests {
    static func schedule(_ text: String) throws -> HolidaySchedule {
        try HolidayNotice(parsing: text).schedule()
    }

    static func replacing(_ text: String, _ pairs: [(String, String)]) -> String {
        pairs.reduce(text) { $0.replacingAll($1.0, with: $1.1) }
    }

    @Test("CM-NOTICE: half-width punctuation reads as full-width", arguments: [2009, 2017, 2026])
    func halfWidthPunctuation(year: Int) throws {
        let text = try NoticeFixtures.text(String(year))
        let half = Self.replacing(text, [("，", ","), ("：", ":"), ("（", "("), ("）", ")"), ("；", ";"), ("。", ".")])
        #expect(half != text)
        #expect(try Self.schedule(half).periods == (try NoticeFixtures.shipped(year)).periods)
    }

    @Test("CM-NOTICE: full-width digits read as ASCII digits")
    func fullWidthDigits() throws {
        let text = try NoticeFixtures.text("2026")
        let digits = Array("0123456789").map(String.init)
        let wide = Array("０１２３４５６７８９").map(String.init)
        let converted = Self.replacing(text, Array(zip(digits, wide)))
        #expect(try Self.schedule(converted).periods == (try NoticeFixtures.shipped(2026)).periods)
    }

    @Test("CM-NOTICE: （星期四） and （礼拜四） read as （周四）")
    func weekdayWording() throws {
        let text = try NoticeFixtures.text("2026")
        for prefix in ["星期", "礼拜"] {
            let converted = Self.replacing(text, [("（周", "（" + prefix), ("、周", "、" + prefix)])
            #expect(converted.contains(prefix))
            #expect(try Self.schedule(converted).periods == (try NoticeFixtures.shipped(2026)).periods)
        }
    }

    @Test("CM-NOTICE: ranges with —, －, ～ or - read as ranges with 至", arguments: ["—", "－", "～", "-", "———"])
    func rangeMarkers(marker: String) throws {
        let text = try NoticeFixtures.text("2026")
        let converted = Self.replacing(text, [("至", marker)])
        #expect(try Self.schedule(converted).periods == (try NoticeFixtures.shipped(2026)).periods)
    }

    @Test("CM-NOTICE: a New Year range without years (12月30日至1月1日) starts in the year before")
    func rangeAcrossTheYearWithoutYears() throws {
        let text = try NoticeFixtures.text("2019")
        let converted = Self.replacing(
            text, [("2018年12月30日至2019年1月1日", "12月30日至1月1日"), ("2018年12月29日", "12月29日")])
        #expect(converted != text)
        let amendment = try HolidayNotice(parsing: try NoticeFixtures.text("2019-amendment"))
        let schedule = try HolidayNotice(parsing: converted).amended(by: amendment).schedule()
        #expect(schedule.periods == (try NoticeFixtures.shipped(2019)).periods)
    }

    @Test("CM-NOTICE: Windows and old Mac line endings, blank lines and indentation are read")
    func lineEndings() throws {
        let text = try NoticeFixtures.text("2024")
        let shipped = try NoticeFixtures.shipped(2024).periods
        #expect(try Self.schedule(Self.replacing(text, [("\n", "\r\n")])).periods == shipped)
        #expect(try Self.schedule(Self.replacing(text, [("\n", "\r")])).periods == shipped)
        #expect(try Self.schedule(Self.replacing(text, [("\n", "\n\n　　")])).periods == shipped)
    }

    @Test("CM-NOTICE: a reprint that breaks a paragraph after its heading (二、春节：↵1月22日…) is read")
    func paragraphBrokenAfterHeading() throws {
        let text = try NoticeFixtures.text("2012")
        let converted = Self.replacing(text, [("：2012年", "：\n2012年"), ("春节：", "春节：\n")])
        #expect(try Self.schedule(converted).periods == (try NoticeFixtures.shipped(2012)).periods)
    }

    @Test("CM-NOTICE: a title broken over two lines (…关于2010年↵部分节假日安排的通知) is read")
    func titleOverTwoLines() throws {
        let text = try NoticeFixtures.text("2010")
        let converted = Self.replacing(text, [("2010年部分", "2010年\n部分")])
        let notice = try HolidayNotice(parsing: converted)
        #expect(notice.citation.title == "国务院办公厅关于2010年部分节假日安排的通知")
        #expect(notice.citation.documentNumber == "国办发明电〔2009〕27号")
        #expect(try notice.schedule().periods == (try NoticeFixtures.shipped(2010)).periods)
    }

    @Test("CM-NOTICE, CM-STATUTORY: a 2027 notice gets the 2024 law's statutory days, whatever its text says")
    func statutoryDaysByLaw() throws {
        let text = """
            国务院办公厅关于2027年部分节假日安排的通知
            一、元旦：1月1日（周五）至3日（周日）放假，共3天。
            二、春节：2月5日（农历除夕、周五）至12日（周五）放假调休，共8天。2月20日（周六）上班。
            三、劳动节：5月1日至5日放假调休，共5天。4月25日（周日）上班。
            """
        let schedule = try Self.schedule(text)
        #expect(schedule.year == 2027)
        #expect(
            schedule.periods.map(\.statutoryDays) == [
                [date("2027-01-01")],
                [date("2027-02-05"), date("2027-02-06"), date("2027-02-07"), date("2027-02-08")],
                [date("2027-05-01"), date("2027-05-02")],
            ])
        #expect(schedule.periods.map(\.adjustedWorkingDays) == [[], [date("2027-02-20")], [date("2027-04-25")]])
    }
}

extension String {
    /// The string with every occurrence of `target` replaced (no Foundation needed).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound] + replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
