import CardModel
import ExchangePolicy
import Foundation
import TestSupport
import Testing

/// Snapshots written today keep decoding (the committed fixtures), and a snapshot is bound to its policy: one made
/// under other parameters is refused under `.beijing`, naming the parameter (issue 13's acceptance).
@Suite struct SnapshotTests {
    static func object(_ data: Data) throws -> [String: Any] { try PolicyTampering.object(data) }

    /// Decodes a case, expecting `expected` (nothing in `userInfo` when `nil`: the standard policy).
    static func decode(_ data: Data, expecting expected: ExpectedPolicy<ExchangePolicy>? = nil) throws -> ExchangeCase {
        let decoder = JSONDecoder()
        if let expected { decoder.userInfo[ExchangePolicy.snapshotKey] = expected }
        return try decoder.decode(ExchangeCase.self, from: data)
    }

    /// `snapshot` with its stored policy's parameters edited (``PolicyTampering/editing(_:as:updatingDigest:_:)``).
    static func editing(
        _ snapshot: Data, updatingDigest: Bool, _ edit: (inout [String: Any]) throws -> Void
    ) throws -> Data {
        try PolicyTampering.editing(snapshot, as: ExchangePolicy.self, updatingDigest: updatingDigest, edit)
    }

    /// The fixture `name` as a library whose official calendar ended with 2025 wrote it: the stored reference says
    /// "through 2025", and the digest leaves out calendar.2026.
    static func writtenThrough2025(_ name: String) throws -> Data {
        let official2025 = WorkingDayCalendar(
            schedules: WorkingDayCalendar.mainlandChina.schedules.filter { $0.year <= 2025 })
        var object = try Self.object(try SnapshotFixtures.data(name))
        var policy = try #require(object["policy"] as? [String: Any])
        var parameters = try #require(policy["parameters"] as? [String: Any])
        var calendar = try #require(parameters["calendar"] as? [String: Any])
        calendar["official"] = ["name": "mainlandChina", "from": 2004, "through": 2025]
        parameters["calendar"] = calendar
        policy["parameters"] = parameters
        policy["digest"] = ExchangePolicy.beijing.with(calendar: official2025).digest
        policy["calendarThrough"] = 2025
        object["policy"] = policy
        return try JSONSerialization.data(withJSONObject: object)
    }

    /// One edit of a stored policy, and the parameter it changes.
    enum Tamper: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case postageFee, productionWorkingDays, firstApplicationCalendarDays, maximumEmployerBanks
        case centralizedPhaseStart, regularPhaseStart, thirdGenerationOnlyFrom, partnerBanks
        case calendarYearAdded, calendarYearEdited

        var testDescription: String { self.rawValue }

        /// The name of the parameter the edit changes, as `policyMismatch` names it.
        var parameter: String {
            switch self {
            case .calendarYearAdded: "calendar.2027"
            case .calendarYearEdited: "calendar.2026"
            default: self.rawValue
            }
        }

        func apply(to parameters: inout [String: Any]) throws {
            switch self {
            case .postageFee: parameters["postageFee"] = ["fen": 500]
            case .productionWorkingDays: parameters["productionWorkingDays"] = 10
            case .firstApplicationCalendarDays: parameters["firstApplicationCalendarDays"] = 20
            case .maximumEmployerBanks: parameters["maximumEmployerBanks"] = 5
            case .centralizedPhaseStart: parameters["centralizedPhaseStart"] = "2024-10-01"
            case .regularPhaseStart: parameters["regularPhaseStart"] = "2026-01-02"
            case .thirdGenerationOnlyFrom: parameters["thirdGenerationOnlyFrom"] = "2025-12-01"
            case .partnerBanks:
                var banks = try #require(parameters["partnerBanks"] as? [Any])
                banks.removeLast()  // PSBC, which no fixture uses
                parameters["partnerBanks"] = banks
            case .calendarYearAdded:
                // A schedule for 2027 added to the stored calendar, as a host adds next year's notice.
                try PolicyTampering.addOwnSchedule(
                    try PolicyTampering.scheduleObject(madeUpSchedule2027()), to: &parameters)
            case .calendarYearEdited:
                try PolicyTampering.addOwnSchedule(
                    try PolicyTampering.official2026WithoutNationalDay(), to: &parameters)
            }
        }
    }

    // MARK: Committed fixtures

    @Test("Every committed fixture decodes under .beijing and re-encodes to the same bytes")
    func fixturesRoundTrip() throws {
        let names = try SnapshotFixtures.names()
        #expect(names.count >= 6)
        for name in names {
            let data = try SnapshotFixtures.data(name)
            let exchange = try Self.decode(data)
            #expect(exchange.policy == .beijing, "\(name)")
            #expect(isSameSnapshot(try SnapshotFixtures.encoded(exchange), asFixture: data), "\(name)")
        }
    }

    @Test("The fixtures hold every phase and instant issuance; today's code builds the same cases")
    func fixturesAreTheCasesBuiltToday() throws {
        let built = try SnapshotFixtures.cases()
        #expect(Set(built.map(\.phase)) == Set(ExchangeCase.Phase.allCases))
        #expect(Set(built.map(\.name)).isSubset(of: Set(try SnapshotFixtures.names())))
        for (name, phase, exchange) in built {
            let decoded = try Self.decode(try SnapshotFixtures.data(name))
            #expect(decoded == exchange, "\(name)")
            #expect(decoded.phase == phase, "\(name)")
        }
        let instant = try #require(built.first { $0.name == "exchange-instantIssuance" }).exchange
        #expect(instant.application.receipt == .instantIssuance)
    }

    @Test("A snapshot records its schema version, kind and policy identity; its keys are explicit")
    func snapshotShape() throws {
        let object = try Self.object(try SnapshotFixtures.data("exchange-activated"))
        #expect(Set(object.keys) == ["schemaVersion", "kind", "policy", "history"])
        #expect(object["schemaVersion"] as? Int == 1)
        #expect(object["kind"] as? String == "exchange")
        let policy = try #require(object["policy"] as? [String: Any])
        #expect(policy["name"] as? String == "beijing")
        #expect(policy["digest"] as? String == ExchangePolicy.beijing.digest)
        let text = String(decoding: try SnapshotFixtures.data("exchange-activated"), as: UTF8.self)
        #expect(!text.contains("_0") && !text.contains("cardMade"))
    }

    // MARK: Bound to the policy

    @Test(
        "A snapshot whose stored policy was edited (digest updated) is refused under .beijing, naming the parameter",
        arguments: Tamper.allCases)
    func tamperedIsRefused(tamper: Tamper) throws {
        for name in try SnapshotFixtures.names() {
            let edited = try Self.editing(try SnapshotFixtures.data(name), updatingDigest: true, tamper.apply(to:))
            for expected in [nil, ExpectedPolicy.policy(ExchangePolicy.beijing)] {
                let error = try #require(throws: CaseSnapshotError.self) {
                    try Self.decode(edited, expecting: expected)
                }
                #expect(error.code == .policyMismatch, "\(name)")
                #expect(error.parameters == [tamper.parameter], "\(name)")
                #expect(error.kind == "exchange")
                #expect(error.reason.contains(tamper.parameter))
            }
        }
    }

    @Test(
        "The host that trusts the stored policy says so (.stored); the case is replayed under the edited policy",
        arguments: Tamper.allCases)
    func tamperedDecodesUnderStored(tamper: Tamper) throws {
        for name in try SnapshotFixtures.names() {
            let edited = try Self.editing(try SnapshotFixtures.data(name), updatingDigest: true, tamper.apply(to:))
            let exchange = try Self.decode(edited, expecting: .stored)
            #expect(ExchangePolicy.beijing.differingParameters(from: exchange.policy) == [tamper.parameter])
            #expect(exchange.policy.name == "custom")
            // The same snapshot decodes when the host expects exactly the edited policy.
            #expect(try Self.decode(edited, expecting: .policy(exchange.policy)) == exchange)
        }
    }

    @Test(
        "An edited stored policy whose digest was not updated is refused, even under .stored (digestMismatch)",
        arguments: Tamper.allCases)
    func tamperedWithoutDigest(tamper: Tamper) throws {
        let edited = try Self.editing(
            try SnapshotFixtures.data("exchange-activated"), updatingDigest: false, tamper.apply(to:))
        for expected in [nil, ExpectedPolicy<ExchangePolicy>.stored, .policy(.beijing)] {
            let error = try #require(throws: CaseSnapshotError.self) { try Self.decode(edited, expecting: expected) }
            #expect(error.code == .digestMismatch)
        }
    }

    @Test("CM-WORKDAY: a host whose calendar has a year more than the snapshot's still reads it")
    func expectedCalendarMayGrow() throws {
        let grown = ExchangePolicy.beijing.with(calendar: try officialPlus2027())
        let data = try SnapshotFixtures.data("exchange-applied")
        let exchange = try Self.decode(data, expecting: .policy(grown))
        #expect(exchange.policy == grown)
        // The other way round, a snapshot with a year the host lacks, is a difference.
        let withYear = try JSONEncoder().encode(try ExchangeCase(replaying: exchange.history, policy: grown))
        let error = try #require(throws: CaseSnapshotError.self) { try Self.decode(withYear) }
        #expect(error.parameters == ["calendar.2027"])
    }

    @Test("Another kind, a newer schema, or a history the case refuses is a typed CaseSnapshotError")
    func otherRefusals() throws {
        let data = try SnapshotFixtures.data("exchange-activated")
        var object = try Self.object(data)
        object["kind"] = "replacement"
        let kind = try #require(throws: CaseSnapshotError.self) {
            try Self.decode(try JSONSerialization.data(withJSONObject: object))
        }
        #expect(kind.code == .wrongKind)

        object = try Self.object(data)
        object["schemaVersion"] = 2
        let version = try #require(throws: CaseSnapshotError.self) {
            try Self.decode(try JSONSerialization.data(withJSONObject: object))
        }
        #expect(version.code == .unsupportedSchemaVersion)

        // The card produced before the application: the replay refuses it.
        let text = String(decoding: data, as: UTF8.self)
        let early = text.replacingOccurrences(
            of: #""date" : "2026-01-08",\#n      "event" : "cardProduced""#,
            with: #""date" : "2026-01-04",\#n      "event" : "cardProduced""#)
        #expect(early != text)
        let refused = try #require(throws: CaseSnapshotError.self) { try Self.decode(Data(early.utf8)) }
        #expect(refused.code == .historyRefused)
        #expect(refused.reason.contains("dateBeforePreviousEvent"))
    }

    @Test("A snapshot of the exchange events' old name (cardMade, before 1.0) still decodes")
    func oldEventNameDecodes() throws {
        let data = try SnapshotFixtures.data("exchange-activated")
        let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "cardProduced", with: "cardMade")
        #expect(try Self.decode(Data(text.utf8)) == (try Self.decode(data)))
    }

    @Test("CM-WORKDAY: a snapshot relying on fewer official years than the running library ships keeps its digest")
    func digestSurvivesANewOfficialYear() throws {
        // Simulates a snapshot written by a library whose official data ended with 2025, read by one that also
        // ships 2026: the stored reference says "through 2025" and the digest excludes calendar.2026.
        let exchange = try Self.decode(try Self.writtenThrough2025("exchange-applied"))
        #expect(exchange.policy == .beijing)
    }

    @Test("CM-WORKDAY: a fixture from a library with fewer official years is the same snapshot when re-encoded")
    func fixtureComparisonAllowsCalendarGrowth() throws {
        // A fixture written by a library whose official data ended with 2025, re-encoded by today's (2026).
        let older = try Self.writtenThrough2025("exchange-applied")
        let again = try SnapshotFixtures.encoded(try Self.decode(older))
        #expect(again != older)
        #expect(isSameSnapshot(again, asFixture: older))
        // Only the calendar's growth may differ: another fee is another snapshot.
        let otherFee = try Self.editing(older, updatingDigest: false) { $0["postageFee"] = 1 }
        #expect(!isSameSnapshot(again, asFixture: otherFee))
    }
}
