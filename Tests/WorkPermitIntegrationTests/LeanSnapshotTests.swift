import CardModel
import Foundation
import TestSupport
import Testing
import WorkPermitIntegration

/// Snapshots reference the official calendar instead of embedding its schedules (CM-WORKDAY).
@Suite struct LeanSnapshotTests {
    @Test("CM-WORKDAY: an onboarding with the official calendar and an added 2027 stays small and round-trips")
    func onboardingWithAdded2027() throws {
        let policy = WorkPermitIntegrationPolicy.beijing.with(calendar: try officialPlus2027())
        let onboarding = try ForeignerOnboarding(replaying: Array(Fixture.happyPath.prefix(3)), policy: policy)
        let data = try JSONEncoder().encode(onboarding)
        // Before the calendar was stored by reference, this onboarding took 41,168 bytes.
        #expect(data.count < 4096, "encoded size \(data.count) bytes")
        let decoder = JSONDecoder()
        decoder.userInfo[WorkPermitIntegrationPolicy.snapshotKey] = ExpectedPolicy.policy(policy)
        let decoded = try decoder.decode(ForeignerOnboarding.self, from: data)
        #expect(decoded == onboarding && decoded.policy.calendar == policy.calendar)
        let plain = try JSONEncoder().encode(try Fixture.onboarding(after: 3))
        #expect(plain.count < 1024, "encoded size \(plain.count) bytes")
    }

    @Test("CM-WORKDAY: earlier snapshots decode: the calendar missing, in full, or as \"mainlandChina\"")
    func earlierSnapshots() throws {
        let stored = try corpusSnapshot("snapshot-onboarding-applied")
        #expect(!String(decoding: stored, as: UTF8.self).contains("calendar"))
        #expect(try JSONDecoder().decode(ForeignerOnboarding.self, from: stored).policy == .beijing)
        let full = try fullCalendarObject(
            schedules: try JSONEncoder().encode(try officialPlus2027().schedules), fallback: "provisional")
        let trusting = JSONDecoder()
        trusting.userInfo[WorkPermitIntegrationPolicy.snapshotKey] = ExpectedPolicy<WorkPermitIntegrationPolicy>.stored
        let decoded = try trusting.decode(
            ForeignerOnboarding.self, from: try replacingPolicyCalendar(in: stored, with: full))
        #expect(decoded.policy.calendar == (try officialPlus2027()).withFallback(.provisional))
        let named = try replacingPolicyCalendar(in: stored, with: "mainlandChina")
        #expect(try JSONDecoder().decode(ForeignerOnboarding.self, from: named).policy == .beijing)
    }

    @Test("CM-WORKDAY, CM-PERIOD: an edited stored schedule is validated again when the onboarding is decoded")
    func editedScheduleValidated() throws {
        let policy = WorkPermitIntegrationPolicy.beijing.with(calendar: try officialPlus2027())
        let onboarding = try ForeignerOnboarding(replaying: Array(Fixture.happyPath.prefix(3)), policy: policy)
        let text = String(decoding: try JSONEncoder().encode(onboarding), as: UTF8.self)
        let edited = text.replacingOccurrences(of: #""2027-01-31""#, with: #""2027-02-01""#)
        #expect(edited != text)
        #expect(throws: (any Error).self) {
            try JSONDecoder().decode(ForeignerOnboarding.self, from: Data(edited.utf8))
        }
    }
}
