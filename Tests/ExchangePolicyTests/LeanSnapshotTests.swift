import CardModel
import ExchangePolicy
import Foundation
import TestSupport
import Testing

/// Snapshots reference the official calendar instead of embedding its schedules (CM-WORKDAY).
@Suite struct LeanSnapshotTests {
    /// A decoder that expects `policy` (CardModel's `ExpectedPolicy`).
    static func decoder(expecting policy: ExpectedPolicy<ExchangePolicy>) -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.userInfo[ExchangePolicy.snapshotKey] = policy
        return decoder
    }

    static func applied(_ policy: ExchangePolicy) throws -> ExchangeCase {
        try ExchangeCase.open(Fixture.application("2026-12-30"), parties: try Fixture.adultParties, policy: policy)
            .opened
    }

    @Test("CM-WORKDAY: an exchange case with the official calendar and an added 2027 stays small and round-trips")
    func caseWithAdded2027() throws {
        let policy = ExchangePolicy.beijing.with(calendar: try officialPlus2027())
        let exchange = try Self.applied(policy)
        let data = try JSONEncoder().encode(exchange)
        // Before the calendar was stored by reference, this case took 43,324 bytes.
        #expect(data.count < 4096, "encoded size \(data.count) bytes")
        let decoded = try Self.decoder(expecting: .policy(policy)).decode(ExchangeCase.self, from: data)
        #expect(decoded == exchange && decoded.policy.calendar == policy.calendar)
        #expect(decoded.readyDate == date("2027-01-06"))
    }

    @Test("CM-WORKDAY: the official calendar is stored by reference, as in every module")
    func officialByReference() throws {
        let text = String(decoding: try JSONEncoder().encode(ExchangePolicy.beijing), as: UTF8.self)
        #expect(text.contains(#""name":"mainlandChina""#) && !text.contains(#""schedules""#))
        #expect(try JSONDecoder().decode(ExchangePolicy.self, from: Data(text.utf8)) == .beijing)
    }

    @Test("CM-WORKDAY: earlier snapshots decode: the calendar as \"mainlandChina\", in full, or missing")
    func earlierSnapshots() throws {
        let stored = try corpusSnapshot("snapshot-exchange-applied")
        #expect(String(decoding: stored, as: UTF8.self).contains(#""calendar":"mainlandChina""#))
        #expect(try JSONDecoder().decode(ExchangeCase.self, from: stored).policy == .beijing)
        let full = try fullCalendarObject(
            schedules: try JSONEncoder().encode(try officialPlus2027().schedules), fallback: "refuse")
        let embedded = try replacingPolicyCalendar(in: stored, with: full)
        #expect(embedded.count > 40_000)
        // The embedded calendar adds 2027, which `.beijing` lacks: the host accepts it by expecting that policy.
        let expected = ExchangePolicy.beijing.with(calendar: try officialPlus2027())
        let decoded = try Self.decoder(expecting: .policy(expected)).decode(ExchangeCase.self, from: embedded)
        #expect(decoded.policy.calendar == (try officialPlus2027()))
        #expect(try JSONEncoder().encode(decoded).count < 4096)
        let missing = try replacingPolicyCalendar(in: stored, with: nil)
        #expect(try JSONDecoder().decode(ExchangeCase.self, from: missing).policy == .beijing)
    }

    @Test("CM-WORKDAY, EX-PRODUCTION: an edited stored schedule is validated again when the case is decoded")
    func editedScheduleValidated() throws {
        let text = String(
            decoding: try JSONEncoder().encode(try Self.applied(.beijing.with(calendar: try officialPlus2027()))),
            as: UTF8.self)
        let edited = text.replacingOccurrences(of: #""2027-01-31""#, with: #""2027-02-01""#)
        #expect(edited != text)
        #expect(throws: (any Error).self) { try JSONDecoder().decode(ExchangeCase.self, from: Data(edited.utf8)) }
    }
}
