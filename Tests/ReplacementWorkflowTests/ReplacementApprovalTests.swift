import CardModel
import ReplacementWorkflow
import TestSupport
import Testing

/// The approved view: an approved decision's dates without optionals (RP-READY, CM-ACCEPTANCE, CM-WORKDAY).
@Suite struct ReplacementApprovalTests {
    @Test("RP-READY, RP-FEE: an approved decision gives its dates, fee and generation non-optionally")
    func acceptedDates() throws {
        let decision = ReplacementPolicy.beijing.evaluate(try Fixture.application("2026-09-30"))
        let approval = try #require(decision.approval)
        #expect(approval.acceptanceDate == date("2026-09-30"))
        #expect(approval.readyDate == date("2026-10-12"))
        #expect(approval.fee == .yuan(20) && approval.generation == .third)
        #expect(approval.readyDate == decision.readyDate && approval.acceptanceDate == decision.acceptanceDate)
    }

    @Test("RP-READY, CM-ACCEPTANCE: applied on a rest day, accepted the next working day")
    func restDay() throws {
        let approval = try #require(
            ReplacementPolicy.beijing.evaluate(try Fixture.application("2026-10-03")).approval)
        #expect(approval.acceptanceDate == date("2026-10-08"))
        #expect(approval.readyDate == date("2026-10-13"))
    }

    @Test("RP-DOCUMENTS: a refused decision has no approval")
    func refused() throws {
        let application = try Fixture.application("2026-03-04", channel: .onSite, documents: PresentedDocuments.none)
        let decision = ReplacementPolicy.beijing.evaluate(application)
        #expect(!decision.isApproved && decision.approval == nil)
    }

    @Test("CM-WORKDAY: approved but the ready date needs 2027: no approval, a warning names the year")
    func unknownDate() throws {
        let decision = ReplacementPolicy.beijing.evaluate(try Fixture.application("2026-12-30"))
        #expect(decision.isApproved && decision.approval == nil)
        #expect(decision.missingCalendarYears == [2027] && !decision.isComplete)
        let added = ReplacementPolicy.beijing.with(calendar: try officialPlus2027()).evaluate(
            try Fixture.application("2026-12-30"))
        #expect(try #require(added.approval).readyDate == date("2027-01-06"))
    }
}
