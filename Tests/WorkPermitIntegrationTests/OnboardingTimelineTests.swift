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

    @Test("WP-NOTIFICATION: an entry after the Notification Letter expired is a warning, not an impossible plan")
    func entryAfterExpiry() throws {
        let timeline = try OnboardingTimeline(entry: date("2026-08-01"), notificationLetterIssued: date("2026-01-15"))
        #expect(timeline.isPossible)
        #expect(timeline.problems.isEmpty)
        #expect(timeline.advice.map(\.rule) == [.workPermitNotification])
        #expect(timeline.steps[1].latest == date("2026-07-15"))  // the Z visa still needs the valid letter
        #expect(timeline.steps[8].needs.last == PermitDocument.electronicCard.name)  // only the e-card is left
    }

    @Test("WP-VISA: a letter after the entry is an impossible plan, without an inverted window for the Z visa")
    func letterAfterEntry() throws {
        let early = try OnboardingTimeline(entry: date("2026-01-10"), notificationLetterIssued: date("2026-01-15"))
        #expect(!early.isPossible)
        #expect(early.problems.map(\.rule) == [.workPermitVisa])
        let visa = early.steps[1]
        #expect(visa.step == .zVisa)
        #expect(visa.earliest == nil)
        #expect(visa.latest == date("2026-01-10"))
        for step in early.steps {
            if let earliest = step.earliest, let latest = step.latest { #expect(earliest <= latest, "\(step)") }
        }
    }

    @Test("WP-RESIDENCE: a letter expiring before the residence permit deadline is a warning, not a problem")
    func letterRisk() throws {
        let timeline = try OnboardingTimeline(entry: date("2026-03-05"), notificationLetterIssued: date("2025-09-10"))
        #expect(timeline.isPossible)
        #expect(timeline.advice.map(\.rule) == [.workPermitResidence])
    }

    @Test("WP-EFFECTIVE: the permit form follows the entry date; an integrated permit before 2024-12-01 is a problem")
    func permitForm() throws {
        #expect(try OnboardingTimeline(entry: date("2024-11-20")).permitForm == .physical)
        #expect(try OnboardingTimeline(entry: date("2024-12-01")).permitForm == .integrated)
        let integratedTooEarly = try OnboardingTimeline(entry: date("2024-11-20"), permitForm: .integrated)
        #expect(integratedTooEarly.problems.map(\.rule) == [.workPermitEffective])
        let physicalLater = try OnboardingTimeline(entry: date("2026-03-02"), permitForm: .physical)
        #expect(physicalLater.isPossible)  // WP-NO-CHANGE, tested below
        let physical = try OnboardingTimeline(entry: date("2024-11-20"), permitForm: .physical)
        #expect(physical.isPossible)
        #expect(physical.steps[3].earliest == nil)  // the e-card follows the physical card
    }

    @Test("WP-NO-CHANGE: a physical permit with an entry from 2024-12-01 is a valid plan: issued before, still valid")
    func physicalPermitAfterTheIntegration() throws {
        let timeline = try OnboardingTimeline(entry: date("2026-03-02"), permitForm: .physical)
        #expect(timeline.isPossible)
        #expect(timeline.problems.isEmpty)
        #expect(timeline.advice.map(\.rule) == [.workPermitNoChange])
        Fixture.expectThreeLanguages(try #require(timeline.advice.first).message)
        #expect(timeline.permitForm == .physical)
        // No new Notification Letter and Z visa for the holder of an existing physical permit.
        #expect(!timeline.steps.contains { $0.step == .notificationLetter || $0.step == .zVisa })
        #expect(timeline.steps.first?.step == .entry)
        #expect(timeline.steps.first?.needs.first?.english.contains("physical work permit card") == true)
        let electronicCard = try #require(timeline.steps.first { $0.step == .electronicCard })
        #expect(electronicCard.earliest == date("2026-03-02"))  // the e-card can be registered at once
        let enrolment = try #require(timeline.steps.first { $0.step == .enrolment })
        #expect(enrolment.needs.last?.english == "the physical work permit card")
    }

    @Test("CM-WORKDAY: a decision deadline in 2027 keeps its nominal day and names the year (entry 2026-11-17)")
    func decisionWithoutCalendarData() throws {
        let timeline = try OnboardingTimeline(entry: date("2026-11-17"))
        #expect(timeline.isPossible)
        #expect(!timeline.isComplete)
        #expect(timeline.missingCalendarYears == [2027])
        #expect(timeline.deadlines.map(\.kind) == [.residencePermitApplication, .residencePermitDecision])
        #expect(timeline.deadlines[0].lastDay == date("2026-12-17"))
        #expect(timeline.deadlines[1].nominalLastDay == date("2027-01-01"))
        #expect(timeline.deadlines[1].lastDay == nil)
        #expect(timeline.steps[9].latest == date("2027-01-01"))
        #expect(timeline.advice.map(\.rule) == [.workday])
        #expect(timeline.advice.first?.facts.contains(Fact("year", "2027")) == true)
    }

    @Test("CM-WORKDAY: an application deadline in 2027 keeps its nominal day; the conditional decision is left out")
    func applicationWithoutCalendarData() throws {
        let timeline = try OnboardingTimeline(entry: date("2026-12-02"), notificationLetterIssued: date("2026-10-15"))
        #expect(timeline.missingCalendarYears == [2027])
        #expect(timeline.deadlines.map(\.kind) == [.notificationLetterExpiry, .residencePermitApplication])
        #expect(timeline.deadlines[1].nominalLastDay == date("2027-01-01"))
        #expect(timeline.deadlines[1].yearWithoutData == 2027)
        #expect(timeline.steps[8].latest == date("2027-01-01"))
        #expect(timeline.steps[9].latest == nil)
        #expect(timeline.advice.map(\.rule) == [.workday, .workday])
        for warning in timeline.advice { Fixture.expectThreeLanguages(warning.message) }
        try Fixture.expectStableEncoding(timeline)
    }

    @Test("CM-DATE: a timeline whose deadline falls after 2199-12-31 is a typed date error, not missing calendar data")
    func outOfRange() {
        #expect(throws: CivilDateError.self) { try OnboardingTimeline(entry: date("2199-12-20")) }
        let error = #expect(throws: CivilDateError.self) {
            try OnboardingTimeline(entry: date("2199-08-01"), notificationLetterIssued: date("2199-07-01"))
        }
        #expect(error?.code == .yearOutOfRange)
        #expect(error?.year == 2200)
    }

    @Test("Without the letter's date the timeline has no letter deadline and the letter comes by entry")
    func withoutLetter() throws {
        let timeline = try OnboardingTimeline(entry: date("2026-03-02"))
        #expect(timeline.deadlines.map(\.kind) == [.residencePermitApplication, .residencePermitDecision])
        #expect(timeline.steps[0].date == nil)
        #expect(timeline.steps[0].latest == date("2026-03-02"))
        try Fixture.expectStableEncoding(timeline)
    }
}
