import CardModel
import ExchangePolicy
import TestSupport
import Testing

/// A refused exchange in a year without calendar data: nothing is ready, so nothing is unknown.
@Suite struct RefusedWithoutDataTests {
    @Test("CM-WORKDAY: an exchange refused in 2003 (before the exchange) warns of no unknown ready date")
    func refusedIn2003() {
        let decision = ExchangePolicy.beijing.evaluate(Fixture.application("2003-03-10"))
        #expect(!decision.isApproved)
        #expect(decision.violatedRules.contains(.exchangePhase))
        #expect(decision.warnings.isEmpty)
        #expect(decision.missingCalendarYears.isEmpty)
        #expect(decision.readyDate == nil)
    }
}
