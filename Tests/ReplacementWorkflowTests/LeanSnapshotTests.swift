import CardModel
import Foundation
import ReplacementWorkflow
import TestSupport
import Testing

/// Snapshots reference the official calendar instead of embedding its schedules (CM-WORKDAY).
@Suite struct LeanSnapshotTests {
    /// A decoder that replays a snapshot under `expected`.
    static func decoder(_ expected: ExpectedPolicy<ReplacementPolicy>) -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.userInfo[ReplacementPolicy.snapshotKey] = expected
        return decoder
    }

    static func applied(_ policy: ReplacementPolicy) throws -> ReplacementCase {
        var replacement = ReplacementCase(holder: try Fixture.holder(), policy: policy)
        try replacement.applyForReplacement(try Fixture.application("2026-12-30"))
        return replacement
    }

    @Test("CM-WORKDAY: a replacement case with the official calendar and an added 2027 stays small and round-trips")
    func caseWithAdded2027() throws {
        let policy = ReplacementPolicy.beijing.with(calendar: try officialPlus2027())
        let replacement = try Self.applied(policy)
        let data = try JSONEncoder().encode(replacement)
        // Before the calendar was stored by reference, this case took 41,240 bytes.
        #expect(data.count < 4096, "encoded size \(data.count) bytes")
        let decoded = try Self.decoder(.policy(policy)).decode(ReplacementCase.self, from: data)
        #expect(decoded == replacement && decoded.policy.calendar == policy.calendar)
        // Under the standard policy, which lacks 2027, the snapshot is refused, naming the year.
        #expect {
            try JSONDecoder().decode(ReplacementCase.self, from: data)
        } throws: { error in
            (error as? CaseSnapshotError)?.parameters == ["calendar.2027"]
        }
    }

    @Test("CM-WORKDAY: earlier snapshots decode: the calendar missing, in full, or as \"mainlandChina\"")
    func earlierSnapshots() throws {
        let stored = try corpusSnapshot("snapshot-replacement-reported")
        #expect(!String(decoding: stored, as: UTF8.self).contains("calendar"))
        #expect(try JSONDecoder().decode(ReplacementCase.self, from: stored).policy == .beijing)
        let full = try fullCalendarObject(
            schedules: try JSONEncoder().encode(try officialPlus2027().schedules), fallback: "assumeWeekdays")
        let decoded = try Self.decoder(.stored).decode(
            ReplacementCase.self, from: try replacingPolicyCalendar(in: stored, with: full))
        #expect(decoded.policy.calendar == (try officialPlus2027()).withFallback(.assumeWeekdays))
        let named = try replacingPolicyCalendar(in: stored, with: "mainlandChina")
        #expect(try JSONDecoder().decode(ReplacementCase.self, from: named).policy == .beijing)
    }

    @Test("CM-WORKDAY, RP-READY: an edited stored schedule is validated again when the case is decoded")
    func editedScheduleValidated() throws {
        let text = String(
            decoding: try JSONEncoder().encode(try Self.applied(.beijing.with(calendar: try officialPlus2027()))),
            as: UTF8.self)
        let edited = text.replacingOccurrences(of: #""2027-01-31""#, with: #""2027-02-01""#)
        #expect(edited != text)
        #expect(throws: (any Error).self) { try JSONDecoder().decode(ReplacementCase.self, from: Data(edited.utf8)) }
    }
}
