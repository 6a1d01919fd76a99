import CardModel
import Foundation
import ReplacementWorkflow
import TestSupport
import Testing

@Suite struct ReplacementCodableTests {
    static func roundTrip<T: Codable>(_ value: T) throws -> T {
        try JSONDecoder().decode(T.self, from: try JSONEncoder().encode(value))
    }

    static func json(_ replacement: ReplacementCase) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(replacement))
        return try #require(object as? [String: Any])
    }

    static func decode(_ json: [String: Any]) throws -> ReplacementCase {
        try JSONDecoder().decode(ReplacementCase.self, from: try JSONSerialization.data(withJSONObject: json))
    }

    /// Expects the snapshot `json` refused for its history.
    static func expectRefused(_ json: [String: Any], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let error = try #require(throws: CaseSnapshotError.self, sourceLocation: sourceLocation) {
            try Self.decode(json)
        }
        #expect(error.code == .historyRefused && error.kind == "replacement", sourceLocation: sourceLocation)
    }

    @Test(
        "RP-RECEIPT, RP-SUPERSEDE: every phase round-trips through JSON and through its history",
        arguments: ReplacementReceiptMethod.allCases)
    func roundTrips(receipt: ReplacementReceiptMethod) throws {
        for phase in Fixture.phases(for: receipt) {
            let replacement = try Fixture.makeCase(in: phase, receipt: receipt)
            #expect(try Self.roundTrip(replacement) == replacement)
            #expect(
                try ReplacementCase(
                    replaying: replacement.history, holder: replacement.holder, policy: replacement.policy)
                    == replacement)
        }
    }

    @Test("RP-FEE: the policy round-trips; Beijing's references the official calendar, another keeps its own")
    func policyRoundTrip() throws {
        let beijing = ReplacementPolicy.beijing
        #expect(try Self.roundTrip(beijing) == beijing)
        let text = String(decoding: try JSONEncoder().encode(beijing), as: UTF8.self)
        #expect(text.contains(#""name":"mainlandChina""#) && !text.contains(#""schedules""#))
        let custom = try ReplacementPolicy(fee: .yuan(30), calendar: .mainlandChina.withFallback(.assumeWeekdays))
        #expect(try Self.roundTrip(custom) == custom)
    }

    @Test("RP-FEE: a policy with a parameter out of range is refused on decoding")
    func policyDecodingValidates() throws {
        let bad =
            #"{"fee":{"fen":-5},"workingDaysToProduce":4,"temporaryReportLapseDays":10,"#
            + #""thirdGenerationFrom":"2026-01-01"}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ReplacementPolicy.self, from: Data(bad.utf8)) }
    }

    @Test("RP-LOSS-REPORT: a snapshot with an event removed or reordered is refused")
    func tamperedHistory() throws {
        let replacement = try Fixture.makeCase(in: .activated)
        var json = try Self.json(replacement)
        var history = try #require(json["history"] as? [Any])
        #expect(history.count == 5)

        // Without the application, the card cannot be made.
        var removed = history
        removed.remove(at: 1)
        json["history"] = removed
        try Self.expectRefused(json)

        // Collected before it was made.
        history.swapAt(2, 3)
        json["history"] = history
        try Self.expectRefused(json)
    }

    @Test("RP-RECEIPT: a snapshot whose handover document was swapped for someone else's is refused")
    func tamperedDocument() throws {
        let replacement = try Fixture.makeCase(in: .received)
        var json = try Self.json(replacement)
        // Replace the holder's number in the history (not the record) with a stranger's.
        let history = String(
            decoding: try JSONSerialization.data(withJSONObject: try #require(json["history"])), as: UTF8.self)
        let tampered = history.replacingOccurrences(of: Fixture.holderNumber, with: Fixture.strangerNumber)
        #expect(tampered != history)
        json["history"] = try JSONSerialization.jsonObject(with: Data(tampered.utf8))
        try Self.expectRefused(json)
        // An invalid identity number (wrong check character) is refused too.
        let text = String(decoding: try JSONEncoder().encode(replacement), as: UTF8.self)
        let invalid = text.replacingOccurrences(of: Fixture.holderNumber, with: "110105194912310021")
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(ReplacementCase.self, from: Data(invalid.utf8))
        }
    }

    @Test("RP-LOSS-REPORT: an unknown event or an impossible date is refused on decoding")
    func malformedEvents() throws {
        let unknown = #"{"event":"cardLaminated","date":"2026-03-02"}"#
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(ReplacementEvent.self, from: Data(unknown.utf8))
        }
        let impossible = #"{"event":"cardProduced","date":"2026-02-30"}"#
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(ReplacementEvent.self, from: Data(impossible.utf8))
        }
        let valid = #"{"event":"reportedLostTemporarily","date":"2026-03-02"}"#
        #expect(
            try JSONDecoder().decode(ReplacementEvent.self, from: Data(valid.utf8))
                == .reportedLostTemporarily(on: date("2026-03-02")))
    }

    @Test("RP-RECEIPT: ReplacementReceiptMethod keeps the codes collect and express, in JSON too")
    func receiptMethodCodes() throws {
        #expect(ReplacementReceiptMethod.allCases.map(\.rawValue) == ["collect", "express"])
        #expect(ReplacementReceiptMethod.allCases.map(\.description) == ["collect", "express"])
        let encoded = try JSONEncoder().encode(ReplacementEffect.notifyReady(.express))
        #expect(String(decoding: encoded, as: UTF8.self).contains(#""express""#))
        let application = try Fixture.application("2026-09-30", receipt: .express)
        let json = String(decoding: try JSONEncoder().encode(application), as: UTF8.self)
        #expect(json.contains(#""receipt":"express""#))
        #expect(try Self.roundTrip(application).receipt == .express)
    }

    @Test("RP-READY: applications round-trip; decisions, approvals and effects encode with explicit keys")
    func valuesEncode() throws {
        let application = try Fixture.application("2026-10-03", channel: .onSite, applicant: .agent, receipt: .express)
        #expect(try Self.roundTrip(application) == application)
        let decision = ReplacementPolicy.beijing.evaluate(try Fixture.application("2026-10-03"))
        let text = String(decoding: try JSONEncoder().encode(decision), as: UTF8.self)
        #expect(text.contains(#""readyDate":"2026-10-13""#) && text.contains(#""step":"payFee""#))
        #expect(try Self.roundTrip(decision.steps) == decision.steps)
        let approval = String(decoding: try JSONEncoder().encode(try #require(decision.approval)), as: UTF8.self)
        #expect(approval.contains(#""acceptanceDate":"2026-10-08""#))
        var replacement = ReplacementCase(holder: try Fixture.holder())
        let effects = try replacement.applyForReplacement(try Fixture.application("2026-09-30"))
        let sorted = JSONEncoder()
        sorted.outputFormatting = .sortedKeys
        let encoded = String(decoding: try sorted.encode(effects), as: UTF8.self)
        #expect(encoded.contains(#"{"effect":"chargeFee","fee":{"fen":2000"#))
        #expect(encoded.contains(#""effect":"issueCertificate""#) && encoded.contains(#""readyDate":"2026-10-12""#))
        #expect(!encoded.contains("_0") && !text.contains("_0"))
    }

    @Test("RP-CERTIFICATE, RP-FEE: decisions, approvals, certificates and effects cannot be decoded, so not forged")
    func valuesCannotBeForged() {
        let produced: [Any.Type] = [
            ReplacementDecision.self, ReplacementApproval.self, ReplacementCertificate.self, ReplacementEffect.self,
        ]
        for type in produced {
            #expect(type is any Encodable.Type, "\(type)")
            #expect(!(type is any Decodable.Type), "\(type)")
        }
    }
}
