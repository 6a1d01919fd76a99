import CardModel
import Foundation
import TestSupport
import Testing

/// CaseSnapshot: one snapshot format for every case, bound to its policy (Documentation/API.md, "Snapshots").
@Suite struct CaseSnapshotTests {
    /// The snapshot of the closed fixture case, as an object to edit.
    static func snapshot(policy: TinyPolicy = .standard) throws -> [String: Any] {
        try TinyFixture.object(try TinyFixture.closedCase(policy: policy))
    }

    /// The error decoding `object` throws, with `expected` in `userInfo` when given.
    static func refusal(
        _ object: [String: Any], expected: ExpectedPolicy<TinyPolicy>? = nil
    ) throws
        -> CaseSnapshotError
    {
        let data = try TinyFixture.data(object)
        return try #require(throws: CaseSnapshotError.self) { try TinyFixture.decode(data, expected: expected) }
    }

    /// `object` with the policy's `parameters` edited by `edit`, and the digest left or made to match.
    static func editingParameters(
        _ object: [String: Any], recomputeDigest: Bool, _ edit: (inout [String: Any]) -> Void
    ) throws -> [String: Any] {
        var object = object
        var policy = try #require(object["policy"] as? [String: Any])
        var parameters = try #require(policy["parameters"] as? [String: Any])
        edit(&parameters)
        policy["parameters"] = parameters
        if recomputeDigest {
            let edited = try JSONDecoder().decode(TinyPolicy.self, from: try TinyFixture.data(parameters))
            policy["digest"] = edited.digest
        }
        object["policy"] = policy
        return object
    }

    // MARK: Writing

    @Test("A snapshot is the schema version, the kind, the policy's name, digest and parameters, and the history")
    func format() throws {
        let tiny = try TinyFixture.closedCase()
        let object = try TinyFixture.object(tiny)
        #expect(Set(object.keys) == ["schemaVersion", "kind", "policy", "history"])
        #expect(object["schemaVersion"] as? Int == 1)
        #expect(object["kind"] as? String == "tiny")
        let policy = try #require(object["policy"] as? [String: Any])
        #expect(Set(policy.keys) == ["name", "digest", "calendarThrough", "parameters"])
        #expect(policy["name"] as? String == "beijing")
        #expect(policy["digest"] as? String == TinyPolicy.standard.digest)
        let parameters = try #require(policy["parameters"] as? [String: Any])
        #expect(parameters["fee"] as? Int == 10)
        let history = try #require(object["history"] as? [[String: Any]])
        #expect(history.map { $0["event"] as? String } == ["opened", "stamped", "stamped", "closed"])
        #expect(history.first?["note"] as? String == "first")
    }

    @Test("A custom policy is written as custom, with its own digest")
    func customName() throws {
        let custom = TinyPolicy(fee: 20, maxStamps: 3, calendar: .mainlandChina)
        let policy = try #require(try Self.snapshot(policy: custom)["policy"] as? [String: Any])
        #expect(policy["name"] as? String == "custom")
        #expect(policy["digest"] as? String == custom.digest)
    }

    @Test("A snapshot decodes to the same case, under the standard policy without a word from the host")
    func roundTrip() throws {
        let tiny = try TinyFixture.closedCase()
        let decoded = try TinyFixture.decode(try JSONEncoder().encode(tiny))
        #expect(decoded == tiny)
        #expect(decoded.phase == .closed)
        #expect(decoded.phase(on: date("2026-01-06")) == .open)
    }

    @Test("The snapshot key of a policy type names it")
    func snapshotKey() {
        #expect(TinyPolicy.snapshotKey.rawValue == "BeijingSocialSecurityCard.TinyPolicy")
        #expect(ListPolicy.snapshotKey.rawValue == "BeijingSocialSecurityCard.ListPolicy")
    }

    // MARK: Refused headers

    @Test("A newer schema version is unsupportedSchemaVersion", arguments: [2, 99])
    func newerSchema(version: Int) throws {
        var object = try Self.snapshot()
        object["schemaVersion"] = version
        let error = try Self.refusal(object)
        #expect(error.code == .unsupportedSchemaVersion)
        #expect(error.kind == "tiny")
        #expect(error.reason.contains("\(version)"))
        #expect(error.description.hasPrefix("CaseSnapshotError.unsupportedSchemaVersion (tiny): "))
    }

    @Test("An older schema version is read")
    func olderSchema() throws {
        var object = try Self.snapshot()
        object["schemaVersion"] = 0
        #expect(try TinyFixture.decode(try TinyFixture.data(object)) == (try TinyFixture.closedCase()))
    }

    @Test("A snapshot of another kind of case is wrongKind, naming it")
    func wrongKind() throws {
        var object = try Self.snapshot()
        object["kind"] = "exchange"
        let error = try Self.refusal(object)
        #expect(error.code == .wrongKind)
        #expect(error.reason.contains("exchange"))
        object["kind"] = nil
        #expect(throws: DecodingError.self) { try TinyFixture.decode(try TinyFixture.data(object)) }
    }

    @Test("A digest that does not match the stored parameters is digestMismatch, also when the host trusts them")
    func digestMismatch() throws {
        var object = try Self.snapshot()
        var policy = try #require(object["policy"] as? [String: Any])
        policy["digest"] = "0123456789abcdef"
        object["policy"] = policy
        let expectations: [ExpectedPolicy<TinyPolicy>?] = [
            nil, ExpectedPolicy<TinyPolicy>.stored, ExpectedPolicy<TinyPolicy>.policy(.standard),
        ]
        for expected in expectations {
            let error = try Self.refusal(object, expected: expected)
            #expect(error.code == .digestMismatch)
            #expect(error.reason.contains("0123456789abcdef"))
        }
    }

    @Test("An edited parameter with the digest left alone is digestMismatch")
    func editedWithOldDigest() throws {
        let object = try Self.editingParameters(try Self.snapshot(), recomputeDigest: false) { $0["fee"] = 0 }
        #expect(try Self.refusal(object).code == .digestMismatch)
    }

    // MARK: Bound to the policy

    @Test("An edited parameter with a matching digest is policyMismatch, naming the parameter")
    func policyMismatch() throws {
        let object = try Self.editingParameters(try Self.snapshot(), recomputeDigest: true) { $0["fee"] = 0 }
        let error = try Self.refusal(object)
        #expect(error.code == .policyMismatch)
        #expect(error.parameters == ["fee"])
        #expect(error.reason.contains("fee"))
        #expect(error.reason.contains("beijing"))
        // The same under the standard policy named explicitly.
        #expect(try Self.refusal(object, expected: .policy(.standard)).parameters == ["fee"])
    }

    @Test("Every edited parameter is named, in the policy's order")
    func everyParameterNamed() throws {
        let object = try Self.editingParameters(try Self.snapshot(), recomputeDigest: true) {
            $0["maxStamps"] = 9
            $0["fee"] = 0
        }
        #expect(try Self.refusal(object).parameters == ["fee", "maxStamps"])
    }

    @Test("A host that trusts the stored policy says .stored and gets the case under it")
    func stored() throws {
        let object = try Self.editingParameters(try Self.snapshot(), recomputeDigest: true) { $0["fee"] = 0 }
        let decoded = try TinyFixture.decode(try TinyFixture.data(object), expected: .stored)
        #expect(decoded.policy.fee == 0)
        #expect(decoded.history == (try TinyFixture.closedCase()).history)
    }

    @Test("A host expecting another policy decodes a snapshot made under it, and refuses the standard one's")
    func otherExpectedPolicy() throws {
        let custom = TinyPolicy(fee: 20, maxStamps: 3, calendar: .mainlandChina)
        let snapshot = try TinyFixture.data(try Self.snapshot(policy: custom))
        #expect(try TinyFixture.decode(snapshot, expected: .policy(custom)).policy == custom)
        #expect(try Self.refusal(try Self.snapshot(policy: custom)).parameters == ["fee", "maxStamps"])
        let error = try Self.refusal(try Self.snapshot(), expected: .policy(custom))
        #expect(error.parameters == ["fee", "maxStamps"])
        #expect(error.reason.contains("custom"))
    }

    @Test("A history the expected policy refuses is historyRefused, with the machine's error as the reason")
    func historyRefused() throws {
        // Made under a policy allowing two stamps, decoded trusting an edited one that allows one.
        let object = try Self.editingParameters(try Self.snapshot(), recomputeDigest: true) { $0["maxStamps"] = 1 }
        let error = try Self.refusal(object, expected: .stored)
        #expect(error.code == .historyRefused)
        #expect(error.reason.hasPrefix("tooManyStamps (stamped in open): "))
    }

    @Test("A snapshot whose history was edited out of order is historyRefused")
    func historyOutOfOrder() throws {
        var object = try Self.snapshot()
        var history = try #require(object["history"] as? [[String: Any]])
        history[3]["date"] = "2026-01-06"
        object["history"] = history
        let error = try Self.refusal(object)
        #expect(error.code == .historyRefused)
        #expect(error.reason.hasPrefix("dateBeforePreviousEvent"))
    }

    // MARK: The calendar grows

    @Test("A snapshot made before next year's schedule was added decodes under a policy that has it")
    func calendarGrowth() throws {
        var grown = TinyPolicy.standard
        grown.calendar = try officialPlus2027()
        let decoded = try TinyFixture.decode(try TinyFixture.data(try Self.snapshot()), expected: .policy(grown))
        #expect(decoded.policy == grown)
    }

    @Test("A snapshot with a year the expected policy lacks is policyMismatch naming calendar.YEAR")
    func calendarYearOnlyStored() throws {
        var grown = TinyPolicy.standard
        grown.calendar = try officialPlus2027()
        let error = try Self.refusal(try Self.snapshot(policy: grown))
        #expect(error.code == .policyMismatch)
        #expect(error.parameters == ["calendar.2027"])
    }

    @Test(
        "A snapshot written when the official calendar had fewer years still decodes once the library ships more")
    func officialCalendarGrowsUnderTheSnapshot() throws {
        // What a library whose official data ended in 2025 wrote: a reference through 2025 and the digest of its
        // parameters, calendar.2004 through calendar.2025. The running library's official calendar reaches 2026,
        // so decoding the reference gives a calendar with one year more than the digest covers: the same thing
        // happens to every snapshot written today once 2027's notice ships.
        let official = WorkingDayCalendar.mainlandChina
        var older = TinyPolicy.standard
        older.calendar = WorkingDayCalendar(schedules: official.schedules.filter { $0.year <= 2025 })
        var object = try Self.snapshot()
        var policy = try #require(object["policy"] as? [String: Any])
        var parameters = try #require(policy["parameters"] as? [String: Any])
        var calendar = try #require(parameters["calendar"] as? [String: Any])
        var reference = try #require(calendar["official"] as? [String: Any])
        #expect(reference["through"] as? Int == 2026)
        reference["through"] = 2025
        calendar["official"] = reference
        parameters["calendar"] = calendar
        policy["parameters"] = parameters
        policy["digest"] = older.digest
        policy["calendarThrough"] = 2025
        object["policy"] = policy
        let data = try TinyFixture.data(object)
        #expect(try TinyFixture.decode(data) == (try TinyFixture.closedCase()))
        #expect(try TinyFixture.decode(data, expected: .stored).policy == .standard)
        // An edit is still found: a fee changed under the old digest.
        let edited = try Self.editingParameters(object, recomputeDigest: false) { $0["fee"] = 0 }
        #expect(try Self.refusal(edited).code == .digestMismatch)
    }

    // MARK: Snapshots written before 1.0

    @Test("A legacy snapshot without schemaVersion ({policy, history}) is read, without a kind or digest to check")
    func legacy() throws {
        let object = try Self.snapshot()
        let policy = try #require(object["policy"] as? [String: Any])
        let legacy: [String: Any] = [
            "policy": try #require(policy["parameters"]), "history": try #require(object["history"]),
        ]
        #expect(try TinyFixture.decode(try TinyFixture.data(legacy)) == (try TinyFixture.closedCase()))
    }

    @Test("A legacy snapshot is still bound to the expected policy")
    func legacyPolicyMismatch() throws {
        let object = try Self.snapshot()
        let policy = try #require(object["policy"] as? [String: Any])
        var parameters = try #require(policy["parameters"] as? [String: Any])
        parameters["fee"] = 0
        let legacy: [String: Any] = ["policy": parameters, "history": try #require(object["history"])]
        let error = try Self.refusal(legacy)
        #expect(error.code == .policyMismatch)
        #expect(error.parameters == ["fee"])
        #expect(try TinyFixture.decode(try TinyFixture.data(legacy), expected: .stored).policy.fee == 0)
    }

    @Test(
        "A snapshot that is not one is a decoding error", arguments: [#"[]"#, #"{}"#, #"{"schemaVersion":1}"#, "null"])
    func notASnapshot(json: String) {
        #expect(throws: DecodingError.self) { try TinyFixture.decode(Data(json.utf8)) }
    }
}
