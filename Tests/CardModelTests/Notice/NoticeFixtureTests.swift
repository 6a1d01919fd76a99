import CardModel
import Testing

/// Every committed notice reproduces the shipped table (CM-NOTICE, CM-STATUTORY).
@Suite struct NoticeFixtureTests {
    @Test(
        "CM-NOTICE: each year's notice (with its amendment) parses into exactly the shipped periods",
        arguments: NoticeFixtures.years)
    func reproducesShippedTable(year: Int) throws {
        let notice = try NoticeFixtures.notice(year)
        let schedule = try notice.schedule()
        let shipped = try NoticeFixtures.shipped(year)
        #expect(notice.year == year)
        #expect(schedule.year == year)
        #expect(schedule.periods == shipped.periods, "\(schedule.differences(from: shipped))")
        #expect(schedule.differences(from: shipped).isEmpty)
        #expect(notice.citation.title == shipped.source.title)
    }
}
