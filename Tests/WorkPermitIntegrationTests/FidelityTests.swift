import CardModel
import TestSupport
import Testing
import WorkPermitIntegration

/// The work permit items of issue 12: combinations the rules do not allow are problems with their rule ids.
@Suite struct FidelityTests {
    @Test("WP-EFFECTIVE: a letter issued after 2024-12-01 cannot lead to a physical permit card (and WP-NO-CHANGE)")
    func letterAfterIntegrationWithPhysicalPermit() throws {
        let timeline = try OnboardingTimeline(
            entry: date("2026-03-02"), notificationLetterIssued: date("2025-09-20"), permitForm: .physical)
        #expect(!timeline.isPossible)
        #expect(timeline.problems.map(\.rule) == [.workPermitEffective, .workPermitNoChange])
        for problem in timeline.problems { Fixture.expectThreeLanguages(problem.message) }
        #expect(timeline.problems[0].message.english.contains("cannot lead to a physical work permit card"))
        #expect(!timeline.steps.contains { $0.step == .notificationLetter || $0.step == .zVisa })
    }

    @Test("WP-ONLINE: a letter before 2024-12-01 with an entry after it gets no physical card (and WP-NO-CHANGE)")
    func letterBeforeEntryAfterIntegration() throws {
        let timeline = try OnboardingTimeline(
            entry: date("2024-12-05"), notificationLetterIssued: date("2024-11-15"), permitForm: .physical)
        #expect(!timeline.isPossible)
        #expect(timeline.problems.map(\.rule) == [.workPermitOnline, .workPermitNoChange])
        // The default form for that entry is integrated and possible.
        let integrated = try OnboardingTimeline(entry: date("2024-12-05"), notificationLetterIssued: date("2024-11-15"))
        #expect(integrated.isPossible)
        #expect(integrated.permitForm == .integrated)
    }

    @Test("WP-NO-CHANGE: a physical permit before the integration still plans the letter and the Z visa")
    func physicalBeforeIntegration() throws {
        let timeline = try OnboardingTimeline(
            entry: date("2024-11-20"), notificationLetterIssued: date("2024-10-01"), permitForm: .physical)
        #expect(timeline.isPossible)
        #expect(timeline.steps.map(\.step) == OnboardingStep.allCases)
    }

    @Test("WP-ONLINE: an onboarding dated 2003 plans neither the online permit system nor the electronic card")
    func beforeOnlineSystem() throws {
        let timeline = try OnboardingTimeline(entry: date("2003-05-12"))
        #expect(!timeline.isPossible)
        #expect(timeline.problems.map(\.rule) == [.workPermitOnline])
        #expect(timeline.steps.isEmpty)
        #expect(timeline.deadlines.isEmpty)
        #expect(timeline.problems[0].message.english.contains("2017-04-01"))
        Fixture.expectThreeLanguages(timeline.problems[0].message)
        // A letter before the system is refused the same way, the entry after it notwithstanding.
        let letter = try OnboardingTimeline(entry: date("2017-05-02"), notificationLetterIssued: date("2017-03-01"))
        #expect(letter.problems.map(\.rule) == [.workPermitOnline])
        // From the system's first day a plan is made.
        #expect(try OnboardingTimeline(entry: date("2017-04-01")).isPossible)
    }

    @Test("WP-ONLINE: the online system's start is a policy parameter, not after the integration, and round-trips")
    func onlineSystemParameter() throws {
        #expect(WorkPermitIntegrationPolicy.beijing.onlineSystemStartDate == date("2017-04-01"))
        let pilot = try WorkPermitIntegrationPolicy(
            effectiveDate: date("2024-12-01"), onlineSystemStartDate: date("2016-11-01"))
        #expect(try OnboardingTimeline(entry: date("2016-12-01"), policy: pilot).isPossible)
        #expect(try Fixture.roundTrip(pilot) == pilot)
        #expect(throws: WorkPermitIntegrationPolicy.ParameterError.self) {
            try WorkPermitIntegrationPolicy(
                effectiveDate: date("2024-12-01"), onlineSystemStartDate: date("2025-01-01"))
        }
    }

    @Test("WP-NOTIFICATION: German says 'mit der elektronischen Karte' after an entry past the letter's expiry")
    func germanDative() throws {
        let timeline = try OnboardingTimeline(entry: date("2026-08-01"), notificationLetterIssued: date("2026-01-15"))
        let german = try #require(timeline.advice.first).message.german
        #expect(german.contains("mit der elektronischen Karte"))
        #expect(!german.contains("mit die"))
        let chinese = try #require(timeline.advice.first).message.chinese
        #expect(chinese.contains("请凭载有工作许可信息的电子社保卡"))
    }

    @Test("CM-WORKDAY: an unknown effective day says the nominal day is nominal, not 'at the earliest' (最早为)")
    func unknownEffectiveDayWording() throws {
        let timeline = try OnboardingTimeline(entry: date("2026-12-02"))
        let warning = try #require(timeline.advice.first { $0.rule == .workday })
        #expect(warning.message.english.contains("nominally 2027-01-01"))
        #expect(warning.message.chinese.contains("名义截止日为2027年1月1日"))
        #expect(!warning.message.chinese.contains("最早为"))
        #expect(warning.message.german.contains("nominal 1. Januar 2027"))
    }
}
