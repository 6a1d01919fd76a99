import CardModel
import Foundation
import ReplacementWorkflow
import TestSupport
import Testing

/// Snapshots: the committed fixtures decode and re-encode to the same JSON, and a snapshot is bound to its policy
/// (Documentation/API.md, "Snapshots").
@Suite struct ReplacementSnapshotTests {
    /// The folder of the committed fixtures.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Snapshots")

    /// The encoder the fixtures were written with.
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// A decoder replaying a snapshot under `expected`.
    static func decoder(_ expected: ExpectedPolicy<ReplacementPolicy>) -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.userInfo[ReplacementPolicy.snapshotKey] = expected
        return decoder
    }

    /// Every committed fixture, by file name.
    static func fixtures() throws -> [(name: String, data: Data)] {
        try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".json") }.sorted()
            .map { ($0, try Data(contentsOf: Self.folder.appendingPathComponent($0))) }
    }

    static func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: Self.folder.appendingPathComponent("\(name).json"))
    }

    @Test("RP-LOSS-REPORT, RP-RECEIPT, RP-SUPERSEDE: every committed fixture decodes and re-encodes to the same JSON")
    func fixturesRoundTrip() throws {
        let fixtures = try Self.fixtures()
        #expect(fixtures.count >= 7)
        var phases: Set<ReplacementCase.Phase> = []
        for (name, data) in fixtures {
            let replacement = try Self.decoder(.stored).decode(ReplacementCase.self, from: data)
            phases.insert(replacement.phase)
            let encoded = try Self.encoder.encode(replacement) + Data("\n".utf8)
            #expect(isSameSnapshot(encoded, asFixture: data), "\(name)")
            if replacement.policy.name == "beijing" {
                #expect(try JSONDecoder().decode(ReplacementCase.self, from: data) == replacement, "\(name)")
            } else {
                let policy = replacement.policy
                #expect(try Self.decoder(.policy(policy)).decode(ReplacementCase.self, from: data) == replacement)
            }
        }
        #expect(phases == Set(ReplacementCase.Phase.allCases))
    }

    @Test("RP-FEE: a snapshot records its kind, schema version, the policy's name and digest, and the holder")
    func snapshotShape() throws {
        let replacement = try Fixture.makeCase(in: .applied)
        let object = try #require(
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(replacement)) as? [String: Any])
        #expect(Set(object.keys) == ["schemaVersion", "kind", "policy", "history", "holder"])
        #expect(object["schemaVersion"] as? Int == 1 && object["kind"] as? String == "replacement")
        let policy = try #require(object["policy"] as? [String: Any])
        #expect(policy["name"] as? String == "beijing")
        #expect(policy["digest"] as? String == ReplacementPolicy.beijing.digest)
        let history = try #require(object["history"] as? [[String: Any]])
        #expect(history.map { $0["event"] as? String } == ["reportedLostTemporarily", "applied"])
        #expect(history.map { $0["date"] as? String } == ["2026-03-02", "2026-03-04"])
    }

    @Test("RP-FEE, RP-READY: the policy's parameters are named as its JSON keys, with the calendar's")
    func parameters() throws {
        let names = ReplacementPolicy.beijing.parameters.map(\.name)
        #expect(
            Array(names.prefix(5)) == [
                "fee", "workingDaysToProduce", "temporaryReportLapseDays", "thirdGenerationFrom", "calendar.fallback",
            ])
        #expect(names.contains("calendar.2026"))
        #expect(ReplacementPolicy.beijing.parameters.first == PolicyParameter("fee", "2000"))
        #expect(ReplacementPolicy.standard == .beijing && ReplacementPolicy.beijing.name == "beijing")
        let custom = try ReplacementPolicy(fee: .yuan(30))
        #expect(custom.name == "custom" && custom.digest != ReplacementPolicy.beijing.digest)
        #expect(ReplacementPolicy.beijing.differingParameters(from: custom) == ["fee"])
    }
}

// MARK: - Tampered snapshots

/// One edit of a snapshot's stored policy, and the parameter it changes.
enum PolicyTamper: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case fee, workingDaysToProduce, temporaryReportLapseDays, thirdGenerationFrom, addedYear, editedYear

    var testDescription: String { self.rawValue }

    /// The parameter the edit changes.
    var parameter: String {
        switch self {
        case .fee, .workingDaysToProduce, .temporaryReportLapseDays, .thirdGenerationFrom: self.rawValue
        case .addedYear: "calendar.2027"
        case .editedYear: "calendar.2026"
        }
    }

    /// Edits the stored policy's JSON.
    func apply(to parameters: inout [String: Any]) throws {
        switch self {
        case .fee: parameters["fee"] = ["fen": 3000, "text": "CNY 30.00"]
        case .workingDaysToProduce: parameters["workingDaysToProduce"] = 5
        case .temporaryReportLapseDays: parameters["temporaryReportLapseDays"] = 7
        case .thirdGenerationFrom: parameters["thirdGenerationFrom"] = "2026-02-01"
        case .addedYear:
            try PolicyTampering.addOwnSchedule(
                try PolicyTampering.scheduleObject(madeUpSchedule2027()), to: &parameters)
        case .editedYear:
            // 2026 without the working Sunday 2026-01-04, stored as the calendar's own schedule for 2026.
            let official = try #require(WorkingDayCalendar.mainlandChina.schedules.first { $0.year == 2026 })
            var schedule = try PolicyTampering.scheduleObject(official)
            var periods = try #require(schedule["periods"] as? [[String: Any]])
            try #require(periods.first?["adjustedWorkingDays"] as? [String] == ["2026-01-04"])
            periods[0]["adjustedWorkingDays"] = [String]()
            schedule["periods"] = periods
            try PolicyTampering.addOwnSchedule(schedule, to: &parameters)
        }
    }

    /// `snapshot` with the edit made to its stored policy; its digest recomputed when `updatingDigest`.
    func tampered(_ snapshot: Data, updatingDigest: Bool) throws -> Data {
        try PolicyTampering.editing(snapshot, as: ReplacementPolicy.self, updatingDigest: updatingDigest) {
            try self.apply(to: &$0)
        }
    }
}

extension ReplacementSnapshotTests {
    @Test(
        "RP-FEE, RP-READY, RP-LOSS-REPORT, EX-GENERATION, CM-WORKDAY: a tampered snapshot is refused, naming it",
        arguments: PolicyTamper.allCases)
    func tamperedPolicyRefused(tamper: PolicyTamper) throws {
        let snapshot = try Self.fixture("replacement-activated")
        let tampered = try tamper.tampered(snapshot, updatingDigest: true)
        let error = try #require(throws: CaseSnapshotError.self) {
            try JSONDecoder().decode(ReplacementCase.self, from: tampered)
        }
        #expect(error.code == .policyMismatch && error.kind == "replacement")
        #expect(error.parameters == [tamper.parameter])
        #expect(error.description.contains(tamper.parameter))
        // The same under the expected policy given explicitly.
        #expect(throws: CaseSnapshotError.self) {
            try Self.decoder(.policy(.beijing)).decode(ReplacementCase.self, from: tampered)
        }
    }

    @Test(
        "RP-FEE, RP-READY, CM-WORKDAY: a tampered snapshot decodes under the stored policy only with its digest updated",
        arguments: PolicyTamper.allCases)
    func tamperedPolicyStored(tamper: PolicyTamper) throws {
        let snapshot = try Self.fixture("replacement-activated")
        let updated = try tamper.tampered(snapshot, updatingDigest: true)
        let decoded = try Self.decoder(.stored).decode(ReplacementCase.self, from: updated)
        #expect(ReplacementPolicy.beijing.differingParameters(from: decoded.policy) == [tamper.parameter])
        #expect(decoded.policy.name == "custom" && decoded.phase == .activated)
        let original = try JSONDecoder().decode(ReplacementCase.self, from: snapshot)
        #expect(decoded.history == original.history && decoded != original)

        let stale = try tamper.tampered(snapshot, updatingDigest: false)
        for expected in [ExpectedPolicy<ReplacementPolicy>.stored, .policy(.beijing)] {
            let error = try #require(throws: CaseSnapshotError.self) {
                try Self.decoder(expected).decode(ReplacementCase.self, from: stale)
            }
            #expect(error.code == .digestMismatch)
        }
    }

    @Test("RP-FEE: a snapshot of another kind or a newer schema is refused; one under the stored fee replays with it")
    func kindAndVersion() throws {
        let snapshot = try Self.fixture("replacement-applied")
        var object = try #require(try JSONSerialization.jsonObject(with: snapshot) as? [String: Any])
        object["kind"] = "exchange"
        let otherKind = try #require(throws: CaseSnapshotError.self) {
            try JSONDecoder().decode(ReplacementCase.self, from: try JSONSerialization.data(withJSONObject: object))
        }
        #expect(otherKind.code == .wrongKind)
        object["kind"] = "replacement"
        object["schemaVersion"] = 2
        let newer = try #require(throws: CaseSnapshotError.self) {
            try JSONDecoder().decode(ReplacementCase.self, from: try JSONSerialization.data(withJSONObject: object))
        }
        #expect(newer.code == .unsupportedSchemaVersion)

        // A case made under another fee replays under it when the host says so.
        let policy = try ReplacementPolicy(fee: .yuan(30))
        var replacement = ReplacementCase(holder: try Fixture.holder(), policy: policy)
        try replacement.applyForReplacement(try Fixture.application("2026-03-04"))
        let data = try JSONEncoder().encode(replacement)
        #expect(try Self.decoder(.policy(policy)).decode(ReplacementCase.self, from: data) == replacement)
        #expect(try Self.decoder(.stored).decode(ReplacementCase.self, from: data).policy.fee == .yuan(30))
        #expect(throws: CaseSnapshotError.self) { try JSONDecoder().decode(ReplacementCase.self, from: data) }
    }

    @Test("RP-LOSS-REPORT: an applied event dated otherwise than its application is refused on decoding")
    func appliedDateMustMatch() throws {
        let event = ReplacementEvent.applied(try Fixture.application("2026-03-04"))
        var object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(event)) as? [String: Any])
        #expect(object["date"] as? String == "2026-03-04")
        object["date"] = "2026-03-05"
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(ReplacementEvent.self, from: try JSONSerialization.data(withJSONObject: object))
        }
        // Written before 1.0, without a date of its own: the application's.
        object["date"] = nil
        #expect(
            try JSONDecoder().decode(ReplacementEvent.self, from: try JSONSerialization.data(withJSONObject: object))
                == event)
    }
}
