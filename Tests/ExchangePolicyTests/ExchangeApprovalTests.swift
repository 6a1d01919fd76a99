import CardModel
import ExchangePolicy
import TestSupport
import Testing

/// The approved view: an approved decision's dates without optionals (EX-PRODUCTION, CM-ACCEPTANCE, CM-WORKDAY).
@Suite struct ExchangeApprovalTests {
    @Test("EX-PRODUCTION: an approved decision gives its acceptance and ready dates non-optionally")
    func approvedDates() throws {
        let decision = ExchangePolicy.beijing.evaluate(Fixture.application("2026-01-05"))
        let approval = try #require(decision.approval)
        #expect(approval.acceptanceDate == date("2026-01-05"))
        #expect(approval.readyDate == date("2026-01-09"))
        #expect(approval.generation == .third && approval.receipt == .bankBranch)
        #expect(approval.readyDate == decision.readyDate && approval.acceptanceDate == decision.acceptanceDate)
    }

    @Test("CM-ACCEPTANCE, EX-PRODUCTION: applied on a rest day, accepted the next working day")
    func restDay() throws {
        let approval = try #require(ExchangePolicy.beijing.evaluate(Fixture.application("2026-10-03")).approval)
        #expect(approval.acceptanceDate == date("2026-10-08"))
        #expect(approval.readyDate == date("2026-10-13"))
    }

    @Test("EX-ELIGIBLE: a refused decision has no approval")
    func refused() {
        let decision = ExchangePolicy.beijing.evaluate(Fixture.application(card: .third))
        #expect(!decision.isApproved && decision.approval == nil)
    }

    @Test("CM-WORKDAY: approved but the ready date needs 2027: no approval, a warning names the year")
    func unknownDate() throws {
        let decision = ExchangePolicy.beijing.evaluate(Fixture.application("2026-12-30"))
        #expect(decision.isApproved && decision.approval == nil)
        #expect(
            decision.missingCalendarYears == [2027] && decision.warnings.contains { $0.rule.rawValue == "CM-WORKDAY" })
        let added = ExchangePolicy.beijing.with(calendar: try officialPlus2027()).evaluate(
            Fixture.application("2026-12-30"))
        #expect(try #require(added.approval).readyDate == date("2027-01-06"))
    }
}
