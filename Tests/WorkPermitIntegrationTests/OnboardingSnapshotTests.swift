import CardModel
import Foundation
import TestSupport
import Testing
import WorkPermitIntegration

/// The committed onboarding snapshots (`Fixtures/Snapshots/onboarding-*.json`): the onboardings they hold, built
/// through public events, and how they are read and written.
enum OnboardingSnapshotFixtures {
    /// The fixtures' folder, found from this file's path.
    static func folder() -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/Snapshots")
    }

    /// The encoder the fixtures were written with: sorted keys, pretty printed, one newline at the end.
    static func encoded(_ onboarding: ForeignerOnboarding) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(onboarding) + Data("\n".utf8)
    }

    /// A fixture's bytes.
    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: Self.folder().appendingPathComponent("\(name).json"))
    }

    /// The name of every onboarding fixture in the folder, without `.json`.
    static func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: Self.folder().path)
            .filter { $0.hasPrefix("onboarding-") && $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// The onboarding each fixture holds, by name: one for each stage, a physical permit before the integration,
    /// and one whose deadline and acceptance need a year without calendar data.
    static func onboardings() throws -> [(name: String, onboarding: ForeignerOnboarding)] {
        var closed = try Fixture.onboarding(after: 7)
        try closed.refuseResidencePermit(on: date("2026-03-25"))
        let physical = try ForeignerOnboarding(replaying: [
            .notificationLetterIssued(on: date("2024-09-02")), .zVisaIssued(on: date("2024-10-08")),
            .entered(on: date("2024-11-20")),
            .enrolled(
                on: date("2024-11-22"), by: .employer, channel: .socialInsuranceAgency,
                document: .physicalWorkPermitCard),
            .socialSecurityNumberAssigned(on: date("2024-11-25")), .electronicCardRegistered(on: date("2024-11-26")),
            .residencePermitApplied(on: date("2024-11-28"), document: .physicalWorkPermitCard),
            .physicalCardIssued(on: date("2024-12-02")),
            .residencePermitGranted(on: date("2024-12-06"), validUntil: date("2025-12-05")),
        ])
        let unknown = try ForeignerOnboarding(replaying: [
            .notificationLetterIssued(on: date("2026-10-15")), .zVisaIssued(on: date("2026-11-02")),
            .entered(on: date("2026-12-02")),
            .residencePermitApplied(on: date("2027-01-05"), document: .notificationLetter),
            .residencePermitGranted(on: date("2027-01-10"), validUntil: date("2028-01-10")),
        ])
        return [
            ("onboarding-notStarted", ForeignerOnboarding()),
            ("onboarding-notificationLetterIssued", try Fixture.onboarding(after: 1)),
            ("onboarding-zVisaIssued", try Fixture.onboarding(after: 2)),
            ("onboarding-inChina", try Fixture.onboarding(after: 7)),
            ("onboarding-completed", try Fixture.onboarding(after: 10)),
            ("onboarding-closed", closed),
            ("onboarding-physicalPermit", physical),
            ("onboarding-withoutCalendarData", unknown),
        ]
    }
}

extension Fixture {
    /// Checks that `value` encodes, the same bytes twice, with only explicit keys (no synthesized `_0`).
    static func expectStableEncoding(
        _ value: some Encodable, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let first = try encoder.encode(value)
        #expect(try encoder.encode(value) == first, sourceLocation: sourceLocation)
        #expect(!String(decoding: first, as: UTF8.self).contains("\"_0\""), sourceLocation: sourceLocation)
    }
}

/// Onboarding snapshots written today keep decoding (the committed fixtures), and a snapshot is bound to its
/// policy: one made under other parameters is refused under `.beijing`, naming the parameter (issue 13).
@Suite struct OnboardingSnapshotTests {
    /// Decodes an onboarding, expecting `expected` (nothing in `userInfo` when `nil`: the standard policy).
    static func decode(
        _ data: Data, expecting expected: ExpectedPolicy<WorkPermitIntegrationPolicy>? = nil
    ) throws -> ForeignerOnboarding {
        let decoder = JSONDecoder()
        if let expected { decoder.userInfo[WorkPermitIntegrationPolicy.snapshotKey] = expected }
        return try decoder.decode(ForeignerOnboarding.self, from: data)
    }

    // MARK: Committed fixtures

    @Test("Every committed onboarding fixture decodes under .beijing and re-encodes to the same bytes")
    func fixturesRoundTrip() throws {
        let names = try OnboardingSnapshotFixtures.names()
        #expect(names.count >= 8)
        for name in names {
            let data = try OnboardingSnapshotFixtures.data(name)
            let onboarding = try Self.decode(data)
            #expect(onboarding.policy == .beijing, "\(name)")
            #expect(isSameSnapshot(try OnboardingSnapshotFixtures.encoded(onboarding), asFixture: data), "\(name)")
        }
    }

    @Test("The fixtures hold every stage; today's code builds the same onboardings")
    func fixturesAreTheOnboardingsBuiltToday() throws {
        let built = try OnboardingSnapshotFixtures.onboardings()
        #expect(Set(built.map(\.onboarding.phase.stage)) == Set(ForeignerOnboarding.Phase.Stage.allCases))
        #expect(Set(built.map(\.name)) == Set(try OnboardingSnapshotFixtures.names()))
        for (name, onboarding) in built {
            let decoded = try Self.decode(try OnboardingSnapshotFixtures.data(name))
            #expect(decoded == onboarding, "\(name)")
        }
        #expect(try #require(built.first { $0.name == "onboarding-physicalPermit" }).onboarding.permitForm == .physical)
        let unknown = try #require(built.first { $0.name == "onboarding-withoutCalendarData" }).onboarding
        #expect(unknown.deadlines.contains { !$0.isKnown })
    }

    @Test("An onboarding snapshot records its schema version, kind and policy identity; events have explicit keys")
    func snapshotShape() throws {
        let data = try OnboardingSnapshotFixtures.data("onboarding-completed")
        let object = try PolicyTampering.object(data)
        #expect(Set(object.keys) == ["schemaVersion", "kind", "policy", "history"])
        #expect(object["schemaVersion"] as? Int == 1)
        #expect(object["kind"] as? String == "onboarding")
        let policy = try #require(object["policy"] as? [String: Any])
        #expect(policy["name"] as? String == "beijing")
        #expect(policy["digest"] as? String == WorkPermitIntegrationPolicy.beijing.digest)
        let history = try #require(object["history"] as? [[String: Any]])
        #expect(history.map { $0["event"] as? String } == Fixture.happyPath.map(\.name))
        #expect(Set(history[4].keys) == ["event", "date", "by", "channel", "document"])
        #expect(Set(history[8].keys) == ["event", "date", "validUntil"])
        #expect(!String(decoding: data, as: UTF8.self).contains("\"on\""))
    }

    /// Writes the fixtures from today's code: run only when the snapshot format or the policy's parameters change
    /// on purpose, with `WRITE_ONBOARDING_FIXTURES=1 swift test --filter writeFixtures`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["WRITE_ONBOARDING_FIXTURES"] == "1"))
    func writeFixtures() throws {
        for (name, onboarding) in try OnboardingSnapshotFixtures.onboardings() {
            try OnboardingSnapshotFixtures.encoded(onboarding).write(
                to: OnboardingSnapshotFixtures.folder().appendingPathComponent("\(name).json"))
        }
    }

    // MARK: Bound to the policy

    @Test(
        "An onboarding whose stored policy was edited (digest updated) is refused under .beijing, naming it",
        arguments: PolicyTamper.allCases)
    func tamperedIsRefused(tamper: PolicyTamper) throws {
        for name in try OnboardingSnapshotFixtures.names() {
            let edited = try PolicyTamper.editing(
                try OnboardingSnapshotFixtures.data(name), updatingDigest: true, tamper.apply(to:))
            for expected in [nil, ExpectedPolicy.policy(WorkPermitIntegrationPolicy.beijing)] {
                let error = try #require(throws: CaseSnapshotError.self) {
                    try Self.decode(edited, expecting: expected)
                }
                #expect(error.code == .policyMismatch, "\(name)")
                #expect(error.parameters == [tamper.parameter], "\(name)")
                #expect(error.kind == "onboarding")
                #expect(error.reason.contains(tamper.parameter))
            }
        }
    }

    @Test(
        "The host that trusts the stored policy says so (.stored); the onboarding is replayed under the edited policy",
        arguments: PolicyTamper.allCases)
    func tamperedDecodesUnderStored(tamper: PolicyTamper) throws {
        for name in try OnboardingSnapshotFixtures.names() {
            let edited = try PolicyTamper.editing(
                try OnboardingSnapshotFixtures.data(name), updatingDigest: true, tamper.apply(to:))
            let onboarding = try Self.decode(edited, expecting: .stored)
            #expect(
                WorkPermitIntegrationPolicy.beijing.differingParameters(from: onboarding.policy) == [tamper.parameter])
            #expect(onboarding.policy.name == "custom")
            #expect(try Self.decode(edited, expecting: .policy(onboarding.policy)) == onboarding)
        }
    }

    @Test(
        "An edited stored policy whose digest was not updated is refused, even under .stored (digestMismatch)",
        arguments: PolicyTamper.allCases)
    func tamperedWithoutDigest(tamper: PolicyTamper) throws {
        let edited = try PolicyTamper.editing(
            try OnboardingSnapshotFixtures.data("onboarding-inChina"), updatingDigest: false, tamper.apply(to:))
        for expected in [nil, ExpectedPolicy<WorkPermitIntegrationPolicy>.stored, .policy(.beijing)] {
            let error = try #require(throws: CaseSnapshotError.self) { try Self.decode(edited, expecting: expected) }
            #expect(error.code == .digestMismatch)
        }
    }

    @Test("WP-RESIDENCE-DEADLINE: a stored deadline of 45 days replays under it and gives a later deadline")
    func tamperedPolicyIsReplayed() throws {
        let edited = try PolicyTamper.editing(
            try OnboardingSnapshotFixtures.data("onboarding-zVisaIssued"), updatingDigest: true,
            PolicyTamper.residencePermitDeadlineDays.apply(to:))
        var onboarding = try Self.decode(edited, expecting: .stored)
        let effects = try onboarding.enter(on: date("2026-03-02"))
        #expect(effects.contains { $0.description.contains("residencePermitApplication 2026-04-16") })
    }

    @Test("CM-WORKDAY: a host whose calendar has a year more than the snapshot's still reads it")
    func expectedCalendarMayGrow() throws {
        let grown = WorkPermitIntegrationPolicy.beijing.with(calendar: try officialPlus2027())
        let data = try OnboardingSnapshotFixtures.data("onboarding-withoutCalendarData")
        let onboarding = try Self.decode(data, expecting: .policy(grown))
        #expect(onboarding.policy == grown)
        #expect(onboarding.deadlines.allSatisfy { $0.isKnown })  // replayed under the grown calendar
        let withYear = try JSONEncoder().encode(try ForeignerOnboarding(replaying: onboarding.history, policy: grown))
        let error = try #require(throws: CaseSnapshotError.self) { try Self.decode(withYear) }
        #expect(error.parameters == ["calendar.2027"])
    }

    @Test("Another kind, a newer schema, or a history the onboarding refuses is a typed CaseSnapshotError")
    func otherRefusals() throws {
        let data = try OnboardingSnapshotFixtures.data("onboarding-inChina")
        var object = try PolicyTampering.object(data)
        object["kind"] = "workPermit"
        let kind = try #require(throws: CaseSnapshotError.self) {
            try Self.decode(try JSONSerialization.data(withJSONObject: object))
        }
        #expect(kind.code == .wrongKind)

        object = try PolicyTampering.object(data)
        object["schemaVersion"] = 2
        let version = try #require(throws: CaseSnapshotError.self) {
            try Self.decode(try JSONSerialization.data(withJSONObject: object))
        }
        #expect(version.code == .unsupportedSchemaVersion)

        // The entry moved before the Z visa: the replay refuses it.
        object = try PolicyTampering.object(data)
        var history = try #require(object["history"] as? [[String: Any]])
        history[2]["date"] = "2026-02-01"
        object["history"] = history
        let refused = try #require(throws: CaseSnapshotError.self) {
            try Self.decode(try JSONSerialization.data(withJSONObject: object))
        }
        #expect(refused.code == .historyRefused)
        #expect(refused.reason.hasPrefix("dateBeforePreviousEvent (entered in zVisaIssued)"))
    }

    @Test("A snapshot written before 1.0 (no schema version, events in the synthesized form) still decodes")
    func snapshotBefore1_0() throws {
        let stored = try corpusSnapshot("snapshot-onboarding-applied")
        let onboarding = try Self.decode(stored)
        #expect(onboarding.history == Array(Fixture.happyPath.prefix(5)) + [Fixture.happyPath[6]])
        #expect(onboarding.phase.residence == .applied)
        // Re-encoded in today's form, which decodes to the same onboarding.
        #expect(try Self.decode(try JSONEncoder().encode(onboarding)) == onboarding)
    }
}
