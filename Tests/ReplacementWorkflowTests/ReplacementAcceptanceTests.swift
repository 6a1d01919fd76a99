import CardModel
import ReplacementWorkflow
import TestSupport
import Testing

/// The accepted view: an accepted decision's dates without optionals (RP-READY, CM-ACCEPTANCE, CM-WORKDAY).
@Suite struct ReplacementAcceptanceTests {
    @Test("RP-READY, RP-FEE: an accepted decision gives its dates, fee and generation non-optionally")
    func acceptedDates() throws {
        let decision = ReplacementPolicy.beijing.evaluate(try Fixture.application("2026-09-30"))
        let acceptance = try #require(decision.acceptance)
        #expect(acceptance.acceptanceDate == date("2026-09-30"))
        #expect(acceptance.readyDate == date("2026-10-12"))
        #expect(acceptance.fee == .yuan(20) && acceptance.generation == .third)
        #expect(acceptance.readyDate == decision.readyDate && acceptance.acceptanceDate == decision.acceptanceDate)
    }

    @Test("RP-READY, CM-ACCEPTANCE: applied on a rest day, accepted the next working day")
    func restDay() throws {
        let acceptance = try #require(
            ReplacementPolicy.beijing.evaluate(try Fixture.application("2026-10-03")).acceptance)
        #expect(acceptance.acceptanceDate == date("2026-10-08"))
        #expect(acceptance.readyDate == date("2026-10-13"))
    }

    @Test("RP-DOCUMENTS: a refused decision has no acceptance")
    func refused() throws {
        let application = try Fixture.application("2026-03-04", channel: .onSite, documents: PresentedDocuments.none)
        let decision = ReplacementPolicy.beijing.evaluate(application)
        #expect(!decision.isAccepted && decision.acceptance == nil)
    }

    @Test("CM-WORKDAY: accepted but the ready date needs 2027: no acceptance, a warning names the year")
    func unknownDate() throws {
        let decision = ReplacementPolicy.beijing.evaluate(try Fixture.application("2026-12-30"))
        #expect(decision.isAccepted && decision.acceptance == nil)
        #expect(decision.missingCalendarYears == [2027] && !decision.isComplete)
        let added = ReplacementPolicy.beijing.with(calendar: try officialPlus2027()).evaluate(
            try Fixture.application("2026-12-30"))
        #expect(try #require(added.acceptance).readyDate == date("2027-01-06"))
    }
}
