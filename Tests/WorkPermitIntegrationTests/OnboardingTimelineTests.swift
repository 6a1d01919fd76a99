import CardModel
import TestSupport
import Testing
import WorkPermitIntegration

@Suite struct OnboardingTimelineTests {
    @Test("WP-RESIDENCE-DEADLINE: the timeline from entry 2026-03-02 and a letter of 2026-01-15")
    func timeline() throws {
        let timeline = try OnboardingTimeline(entry: date("2026-03-02"), notificationLetterIssued: date("2026-01-15"))
        #expect(timeline.isPossible)
        #expect(timeline.warnings.isEmpty)
        #expect(timeline.permitForm == .integrated)
        #expect(timeline.steps.map(\.step) == OnboardingStep.allCases)
        #expect(
            timeline.deadlines.map(\.kind) == [
                .notificationLetterExpiry, .residencePermitApplication, .residencePermitDecision,
            ])
        #expect(timeline.deadlines.map(\.lastDay) == [date("2026-07-15"), date("2026-04-01"), date("2026-04-16")])
        let visa = timeline.steps[1]
        #expect(visa.date == nil)
        #expect(visa.earliest == date("2026-01-15"))
        #expect(visa.latest == date("2026-03-02"))
        #expect(timeline.steps[8].latest == date("2026-04-01"))
        #expect(timeline.steps[8].needs.first?.english.contains("place of work") == true)
    }

    @Test("WP-ENROL: the timeline and the onboarding's status describe each step with the same needs")
    func sameNeeds() throws {
        let timeline = try OnboardingTimeline(entry: date("2026-03-02"), notificationLetterIssued: date("2026-01-15"))
        let status = try Fixture.onboarding(after: 3).status(on: date("2026-03-02"))
        #expect(status.next.map(\.step) == [.electronicCard, .enrolment, .residencePermitApplication])
        for next in status.next {
            let planned = try #require(timeline.steps.first { $0.step == next.step })
            #expect(planned.needs == next.needs, "\(next.step)")
        }
    }

    @Test("WP-NOTIFICATION: entry after the Notification Letter expired is an impossible timeline")
    func entryAfterExpiry() throws {
        let timeline = try OnboardingTimeline(entry: date("2026-08-01"), notificationLetterIssued: date("2026-01-15"))
        #expect(!timeline.isPossible)
        #expect(timeline.problems.map(\.rule) == [.workPermitNotification])
        let early = try OnboardingTimeline(entry: date("2026-01-10"), notificationLetterIssued: date("2026-01-15"))
        #expect(early.problems.map(\.rule) == [.workPermitVisa])
    }

    @Test("WP-RESIDENCE: a letter expiring before the residence permit deadline is a warning, not a problem")
    func letterRisk() throws {
        let timeline = try OnboardingTimeline(entry: date("2026-03-05"), notificationLetterIssued: date("2025-09-10"))
        #expect(timeline.isPossible)
        #expect(timeline.advice.map(\.rule) == [.workPermitResidence])
    }

    @Test("WP-EFFECTIVE: the permit form follows the entry date; a form the dates rule out is a problem")
    func permitForm() throws {
        #expect(try OnboardingTimeline(entry: date("2024-11-20")).permitForm == .physical)
        #expect(try OnboardingTimeline(entry: date("2024-12-01")).permitForm == .integrated)
        let integratedTooEarly = try OnboardingTimeline(entry: date("2024-11-20"), permitForm: .integrated)
        #expect(integratedTooEarly.problems.map(\.rule) == [.workPermitEffective])
        let physicalTooLate = try OnboardingTimeline(entry: date("2026-03-02"), permitForm: .physical)
        #expect(physicalTooLate.problems.map(\.rule) == [.workPermitOnline])
        let physical = try OnboardingTimeline(entry: date("2024-11-20"), permitForm: .physical)
        #expect(physical.isPossible)
        #expect(physical.steps[3].earliest == nil)  // the e-card follows the physical card
    }

    @Test("CM-WORKDAY: a timeline whose deadline has no calendar data throws the year")
    func noCalendarData() {
        #expect(throws: CalendarError(noDataFor: 2027)) { try OnboardingTimeline(entry: date("2026-12-15")) }
    }

    @Test("Without the letter's date the timeline has no letter deadline and the letter comes by entry")
    func withoutLetter() throws {
        let timeline = try OnboardingTimeline(entry: date("2026-03-02"))
        #expect(timeline.deadlines.map(\.kind) == [.residencePermitApplication, .residencePermitDecision])
        #expect(timeline.steps[0].date == nil)
        #expect(timeline.steps[0].latest == date("2026-03-02"))
        #expect(try Fixture.roundTrip(timeline) == timeline)
    }
}
