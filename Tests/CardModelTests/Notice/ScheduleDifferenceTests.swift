import CardModel
import TestSupport
import Testing

/// A notice that disagrees with the shipped table is reported day by day (CM-NOTICE).
@Suite struct ScheduleDifferenceTests {
    @Test("CM-NOTICE: the 2019 notice without its Labour Day amendment differs from the shipped year on five days")
    func unamended2019() throws {
        let schedule = try HolidayNotice(parsing: try NoticeFixtures.text("2019")).schedule()
        let differences = schedule.differences(from: try NoticeFixtures.shipped(2019))
        #expect(
            differences.map(\.date) == ["2019-04-28", "2019-05-02", "2019-05-03", "2019-05-04", "2019-05-05"].map(date))
        let first = try #require(differences.first)
        #expect(first.kind == .weekend)
        #expect(first.holiday == nil)
        #expect(first.otherKind == .adjustedWorkingDay)
        #expect(first.otherHoliday == .labourDay)
        #expect(differences[1].kind == .ordinaryWorkingDay)
        #expect(differences[1].otherKind == .inLieuRestDay)
        #expect(differences[3].kind == .weekend && differences[3].otherKind == .weekend)
        #expect(differences[3].holiday == nil && differences[3].otherHoliday == .labourDay)
        #expect(
            first.description
                == "2019-04-28: weekend here, adjustedWorkingDay (Labour Day) in the other schedule")
    }

    @Test(
        "CM-NOTICE: a schedule has no differences from itself; every shipped year agrees with its notice",
        arguments: NoticeFixtures.years)
    func noDifferences(year: Int) throws {
        let shipped = try NoticeFixtures.shipped(year)
        #expect(shipped.differences(from: shipped).isEmpty)
        #expect(try NoticeFixtures.notice(year).schedule().differences(from: shipped).isEmpty)
    }

    @Test("CM-NOTICE: a changed National Day is reported on each changed day, and days outside the year count")
    func changedNationalDay() throws {
        let text = try NoticeFixtures.text("2026")
            .replacingAll(
                "10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。",
                with: "10月1日（周四）至8日（周四）放假调休，共8天。9月20日（周日）、10月10日（周六）上班。"
            )
            .replacingAll(
                "1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。",
                with: "2025年12月31日（周三）至2026年1月3日（周六）放假调休，共4天。1月4日（周日）上班。")
        let schedule = try HolidayNotice(parsing: text).schedule()
        let differences = schedule.differences(from: try NoticeFixtures.shipped(2026))
        #expect(differences.map(\.date) == [date("2025-12-31"), date("2026-10-08")])
        #expect(differences.allSatisfy { $0.kind == .inLieuRestDay && $0.otherKind == .ordinaryWorkingDay })
        let kind = schedule.kind(of: date("2026-10-01"))
        #expect(kind.kind == .statutoryHoliday && kind.holiday == .nationalDay)
    }
}
