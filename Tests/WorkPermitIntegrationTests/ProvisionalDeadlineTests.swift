import CardModel
import TestSupport
import Testing
import WorkPermitIntegration

/// Issue 9's acceptance for onboardings: a deadline in a year without a notice, refused or provisional.
@Suite struct ProvisionalDeadlineTests {
    @Test("CM-PROVISIONAL: entry 2026-12-15, provisional calendar: the 30-day deadline is 2027-01-14, with a warning")
    func provisional() throws {
        let policy = WorkPermitIntegrationPolicy.beijing.with(calendar: .mainlandChina.withFallback(.provisional))
        let timeline = try OnboardingTimeline(entry: date("2026-12-15"), policy: policy)
        #expect(timeline.isPossible)
        #expect(timeline.isComplete)
        let application = try #require(timeline.deadlines.first { $0.kind == .residencePermitApplication })
        #expect(application.nominalLastDay == date("2027-01-14"))
        #expect(application.lastDay == date("2027-01-14"))
        #expect(application.provisionalYear == 2027)
        #expect(timeline.provisionalYears == [2027])
        let decision = try #require(timeline.deadlines.first { $0.kind == .residencePermitDecision })
        #expect(decision.isProvisional)
        let warnings = timeline.advice.filter { $0.message.english.contains("CM-PROVISIONAL") }
        #expect(warnings.count == 2)
        for warning in warnings {
            #expect(warning.message.english.contains("2027"))
            Fixture.expectThreeLanguages(warning.message)
        }
        #expect(try Fixture.roundTrip(application) == application)
    }

    @Test("CM-WORKDAY: entry 2026-12-15 with the default calendar: the effective day is unknown, with a warning")
    func refuse() throws {
        let timeline = try OnboardingTimeline(entry: date("2026-12-15"))
        #expect(timeline.isPossible)
        let application = try #require(timeline.deadlines.first { $0.kind == .residencePermitApplication })
        #expect(application.nominalLastDay == date("2027-01-14"))
        #expect(application.lastDay == nil)
        #expect(application.yearWithoutData == 2027)
        #expect(application.provisionalYear == nil)
        #expect(timeline.provisionalYears.isEmpty)
        #expect(timeline.advice.contains { $0.rule == .workday && $0.message.english.contains("2027") })
    }

    @Test("CM-PROVISIONAL: a deadline decided by notices only is not provisional, even under the provisional fallback")
    func noticesOnly() throws {
        let policy = WorkPermitIntegrationPolicy.beijing.with(calendar: .mainlandChina.withFallback(.provisional))
        let timeline = try OnboardingTimeline(entry: date("2026-03-02"), policy: policy)
        #expect(timeline.provisionalYears.isEmpty)
        #expect(timeline.deadlines.allSatisfy { !$0.isProvisional })
    }
}
