import CardModel
import Foundation
import TestSupport
import Testing
import WorkPermitIntegration

/// Snapshots of work permits and electronic cards written today keep decoding (the committed fixtures), and a
/// snapshot is bound to its policy: one made under other parameters is refused under `.beijing`, naming the
/// parameter (issue 13's acceptance).
@Suite struct WorkPermitSnapshotTests {
    /// The two machines the suite covers, so every test runs for both.
    enum Kind: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case workPermit, electronicCard

        var testDescription: String { self.rawValue }

        /// The fixtures' name prefix.
        var prefix: String { self == .workPermit ? "workpermit-" : "ecard-" }

        /// The fixtures, decoded as their machine and re-encoded the way the fixtures were written; the policy
        /// the case was replayed under.
        func decode(
            _ data: Data, expecting expected: ExpectedPolicy<WorkPermitIntegrationPolicy>? = nil
        ) throws
            -> (encoded: Data, policy: WorkPermitIntegrationPolicy)
        {
            let decoder = JSONDecoder()
            if let expected { decoder.userInfo[WorkPermitIntegrationPolicy.snapshotKey] = expected }
            switch self {
            case .workPermit:
                let permit = try decoder.decode(WorkPermit.self, from: data)
                return (try PermitSnapshotFixtures.encoded(permit), permit.policy)
            case .electronicCard:
                let card = try decoder.decode(ElectronicCard.self, from: data)
                return (try PermitSnapshotFixtures.encoded(card), card.policy)
            }
        }
    }

    // MARK: Committed fixtures

    @Test("Every committed fixture decodes under .beijing and re-encodes to the same bytes", arguments: Kind.allCases)
    func fixturesRoundTrip(kind: Kind) throws {
        let names = try PermitSnapshotFixtures.names(prefix: kind.prefix)
        #expect(names.count >= 5)
        for name in names {
            let data = try PermitSnapshotFixtures.data(name)
            let (encoded, policy) = try kind.decode(data)
            #expect(policy == .beijing, "\(name)")
            #expect(isSameSnapshot(encoded, asFixture: data), "\(name)")
        }
    }

    @Test("The work permit fixtures hold every phase and form; today's code builds the same permits")
    func permitFixturesAreBuiltToday() throws {
        let built = try PermitSnapshotFixtures.permits()
        #expect(Set(built.map(\.phase)) == Set(WorkPermit.Phase.allCases))
        #expect(Set(built.map(\.permit.form)) == Set(WorkPermitForm.allCases))
        #expect(Set(built.map(\.name)) == Set(try PermitSnapshotFixtures.names(prefix: "workpermit-")))
        for (name, phase, permit) in built {
            let decoded = try JSONDecoder().decode(WorkPermit.self, from: try PermitSnapshotFixtures.data(name))
            #expect(decoded == permit, "\(name)")
            #expect(decoded.phase == phase, "\(name)")
        }
    }

    @Test("The electronic card fixtures hold every phase; today's code builds the same cards")
    func cardFixturesAreBuiltToday() throws {
        let built = try PermitSnapshotFixtures.cards()
        #expect(Set(built.map(\.phase)) == Set(ElectronicCard.Phase.allCases))
        #expect(Set(built.map(\.name)) == Set(try PermitSnapshotFixtures.names(prefix: "ecard-")))
        for (name, phase, card) in built {
            let decoded = try JSONDecoder().decode(ElectronicCard.self, from: try PermitSnapshotFixtures.data(name))
            #expect(decoded == card, "\(name)")
            #expect(decoded.phase == phase, "\(name)")
        }
    }

    @Test("A snapshot records its schema version, kind and policy identity; its keys are explicit")
    func snapshotShape() throws {
        for (name, kind) in [("workpermit-cancelled", "workPermit"), ("ecard-permitLoaded", "electronicCard")] {
            let data = try PermitSnapshotFixtures.data(name)
            let object = try PolicyTampering.object(data)
            #expect(Set(object.keys) == ["schemaVersion", "kind", "policy", "history"])
            #expect(object["schemaVersion"] as? Int == 1)
            #expect(object["kind"] as? String == kind)
            let policy = try #require(object["policy"] as? [String: Any])
            #expect(policy["name"] as? String == "beijing")
            #expect(policy["digest"] as? String == WorkPermitIntegrationPolicy.beijing.digest)
            let history = try #require(object["history"] as? [[String: Any]])
            #expect(history.allSatisfy { $0["event"] is String && $0["date"] is String })
            #expect(!String(decoding: data, as: UTF8.self).contains("_0"))
        }
    }

    // MARK: Bound to the policy

    @Test(
        "A snapshot whose stored policy was edited (digest updated) is refused under .beijing, naming the parameter",
        arguments: Kind.allCases, PolicyTamper.allCases)
    func tamperedIsRefused(kind: Kind, tamper: PolicyTamper) throws {
        for name in try PermitSnapshotFixtures.names(prefix: kind.prefix) {
            let edited = try PolicyTamper.editing(
                try PermitSnapshotFixtures.data(name), updatingDigest: true, tamper.apply(to:))
            for expected in [nil, ExpectedPolicy.policy(WorkPermitIntegrationPolicy.beijing)] {
                let error = try #require(throws: CaseSnapshotError.self) {
                    try kind.decode(edited, expecting: expected)
                }
                #expect(error.code == .policyMismatch, "\(name)")
                #expect(error.parameters == [tamper.parameter], "\(name)")
                #expect(error.kind == kind.rawValue)
                #expect(error.reason.contains(tamper.parameter))
            }
        }
    }

    @Test(
        "The host that trusts the stored policy says so (.stored); the case is replayed under the edited policy",
        arguments: Kind.allCases, PolicyTamper.allCases)
    func tamperedDecodesUnderStored(kind: Kind, tamper: PolicyTamper) throws {
        for name in try PermitSnapshotFixtures.names(prefix: kind.prefix) {
            let edited = try PolicyTamper.editing(
                try PermitSnapshotFixtures.data(name), updatingDigest: true, tamper.apply(to:))
            let (encoded, policy) = try kind.decode(edited, expecting: .stored)
            #expect(WorkPermitIntegrationPolicy.beijing.differingParameters(from: policy) == [tamper.parameter])
            #expect(policy.name == "custom")
            // The same snapshot decodes when the host expects exactly the edited policy.
            #expect(try kind.decode(edited, expecting: .policy(policy)).encoded == encoded, "\(name)")
        }
    }

    @Test(
        "An edited stored policy whose digest was not updated is refused, even under .stored (digestMismatch)",
        arguments: Kind.allCases, PolicyTamper.allCases)
    func tamperedWithoutDigest(kind: Kind, tamper: PolicyTamper) throws {
        let name = try #require(try PermitSnapshotFixtures.names(prefix: kind.prefix).last)
        let edited = try PolicyTamper.editing(
            try PermitSnapshotFixtures.data(name), updatingDigest: false, tamper.apply(to:))
        for expected in [nil, ExpectedPolicy<WorkPermitIntegrationPolicy>.stored, .policy(.beijing)] {
            let error = try #require(throws: CaseSnapshotError.self) { try kind.decode(edited, expecting: expected) }
            #expect(error.code == .digestMismatch)
        }
    }

    @Test("CM-WORKDAY: a host whose calendar has a year more than the snapshot's still reads it")
    func expectedCalendarMayGrow() throws {
        let grown = WorkPermitIntegrationPolicy.beijing.with(calendar: try officialPlus2027())
        let data = try PermitSnapshotFixtures.data("workpermit-extended")
        #expect(try Kind.workPermit.decode(data, expecting: .policy(grown)).policy == grown)
        // The other way round, a snapshot with a year the host lacks, is a difference.
        let permit = try JSONDecoder().decode(WorkPermit.self, from: data)
        let withYear = try JSONEncoder().encode(try WorkPermit(replaying: permit.history, policy: grown))
        let error = try #require(throws: CaseSnapshotError.self) {
            try JSONDecoder().decode(WorkPermit.self, from: withYear)
        }
        #expect(error.parameters == ["calendar.2027"])
    }

    @Test("Another kind, a newer schema, or a history the case refuses is a typed CaseSnapshotError")
    func otherRefusals() throws {
        let permit = try PermitSnapshotFixtures.data("workpermit-cancelled")
        let card = try PermitSnapshotFixtures.data("ecard-standardServices")
        let asCard = try #require(throws: CaseSnapshotError.self) {
            try JSONDecoder().decode(ElectronicCard.self, from: permit)
        }
        #expect(asCard.code == .wrongKind && asCard.kind == "electronicCard")
        let asPermit = try #require(throws: CaseSnapshotError.self) {
            try JSONDecoder().decode(WorkPermit.self, from: card)
        }
        #expect(asPermit.code == .wrongKind && asPermit.kind == "workPermit")

        var object = try PolicyTampering.object(permit)
        object["schemaVersion"] = 2
        let version = try #require(throws: CaseSnapshotError.self) {
            try JSONDecoder().decode(WorkPermit.self, from: try JSONSerialization.data(withJSONObject: object))
        }
        #expect(version.code == .unsupportedSchemaVersion)

        // The cancellation dated before the extension: the replay refuses it.
        let text = String(decoding: permit, as: UTF8.self)
        let early = text.replacingOccurrences(of: "2026-06-30", with: "2025-11-30")
        #expect(early != text)
        let refused = try #require(throws: CaseSnapshotError.self) {
            try JSONDecoder().decode(WorkPermit.self, from: Data(early.utf8))
        }
        #expect(refused.code == .historyRefused && refused.kind == "workPermit")
        #expect(refused.reason.contains("dateBeforePreviousEvent"))
        // A second registration in a card's history.
        var cardObject = try PolicyTampering.object(card)
        var history = try #require(cardObject["history"] as? [Any])
        history.append(history[0])
        cardObject["history"] = history
        let twice = try #require(throws: CaseSnapshotError.self) {
            try JSONDecoder().decode(ElectronicCard.self, from: try JSONSerialization.data(withJSONObject: cardObject))
        }
        #expect(twice.code == .historyRefused)
        #expect(twice.reason.contains("historyMustStartWithOpening"))
    }

    // MARK: Written before 1.0

    @Test("Snapshots written before 1.0 (no schema version, synthesized event JSON) still decode")
    func snapshotsBefore1_0() throws {
        let permit = try JSONDecoder().decode(WorkPermit.self, from: try corpusSnapshot("snapshot-workpermit-extended"))
        #expect(permit.policy == .beijing)
        #expect(
            permit.history == [
                .issued(
                    on: date("2024-11-30"), number: try Fixture.permitNumber(), category: .b,
                    validUntil: date("2025-11-29")),
                .extended(on: date("2025-11-01"), validUntil: date("2026-11-29")),
            ])
        #expect(permit.form == .integrated)
        let card = try JSONDecoder().decode(ElectronicCard.self, from: try corpusSnapshot("snapshot-ecard-verified"))
        #expect(card.phase == .verified)
        #expect(card.registration == (try Fixture.registration()))
        // Re-encoded, they are in today's form.
        let text = String(decoding: try JSONEncoder().encode(card), as: UTF8.self)
        #expect(text.contains(#""kind":"electronicCard""#) && !text.contains("_0"))
    }

    @Test("Every event, the credential and the permit's information have one JSON form with explicit keys")
    func eventForms() throws {
        let number = try Fixture.permitNumber()
        let events: [WorkPermitEvent] = [
            .issued(on: date("2024-12-01"), number: number, category: .a, validUntil: date("2026-11-30")),
            .extended(on: date("2026-10-01"), validUntil: date("2027-11-30")),
            .changed(on: date("2026-10-02"), change: .position), .cancelled(on: date("2027-01-15")),
        ]
        for event in events {
            let object = try PolicyTampering.object(try JSONEncoder().encode(event))
            #expect(object["event"] as? String == event.name)
            #expect(object["date"] as? String == event.date.description)
            #expect(try Fixture.roundTrip(event) == event)
        }
        let cardEvents: [ElectronicCardEvent] = [
            .registered(on: date("2026-03-03"), registration: try Fixture.registration(byPermitNumber: false)),
            .realNameVerified(on: date("2026-03-03")), .realPersonVerified(on: date("2026-03-04")),
            .physicalCardReceived(on: date("2026-03-30")),
            .workPermitInformationLoaded(on: date("2026-04-01"), information: try Fixture.information()),
        ]
        for event in cardEvents {
            let object = try PolicyTampering.object(try JSONEncoder().encode(event))
            #expect(object["event"] as? String == event.name)
            #expect(try Fixture.roundTrip(event) == event)
        }
        let credential = try PolicyTampering.object(
            try JSONEncoder().encode(ElectronicCardRegistration.Credential.workPermitNumber(number)))
        #expect(credential as NSDictionary == ["kind": "workPermitNumber", "number": Fixture.permitNumberText])
        let before1_0 = #"{"socialSecurityNumber":{"_0":"\#(Fixture.socialSecurityNumberText)"}}"#
        #expect(
            try JSONDecoder().decode(ElectronicCardRegistration.Credential.self, from: Data(before1_0.utf8))
                == .socialSecurityNumber(try Fixture.socialSecurityNumber()))
        for json in [
            #"{"event":"renewed","date":"2026-01-01"}"#, #"{"extended":{"on":"2026-01-01"}}"#,
            #"{"issued":{"on":"2026-01-01"},"cancelled":{"on":"2026-01-02"}}"#,
            #"{"event":"issued","date":"2026-01-01","number":"?","category":"B","validUntil":"2027-01-01"}"#,
        ] {
            #expect(throws: DecodingError.self, "\(json)") {
                try JSONDecoder().decode(WorkPermitEvent.self, from: Data(json.utf8))
            }
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(
                ElectronicCardRegistration.Credential.self, from: Data(#"{"kind":"passport","number":"E1"}"#.utf8))
        }
    }

    @Test("Effects and decisions are Encodable with explicit keys (never _0)")
    func effectsAndDecisionsEncode() throws {
        let information = try Fixture.information()
        let effects: [WorkPermitEffect] = [
            .issuePhysicalPermitCard(information), .updatePhysicalPermitCard(information),
            .loadOntoSocialSecurityCard(information), .retirePhysicalPermitCard, .removeFromSocialSecurityCard,
            .withdrawPhysicalPermitCard, .scheduleExpiry(date("2027-12-31")), .cancelExpiryReminder,
        ]
        for effect in effects {
            let object = try PolicyTampering.object(try JSONEncoder().encode(effect))
            #expect(object["effect"] as? String == effect.name)
        }
        #expect(
            try PolicyTampering.object(try JSONEncoder().encode(WorkPermitEffect.scheduleExpiry(date("2027-12-31"))))
                as NSDictionary == ["effect": "scheduleExpiry", "date": "2027-12-31"])
        let offer = try PolicyTampering.object(
            try JSONEncoder().encode(ElectronicCardEffect.offerFunctions(CardFunction.workPermit)))
        #expect(
            offer as NSDictionary == [
                "effect": "offerFunctions",
                "functions": ["notifications", "workPermitInformation", "workPermitQRVerification"],
            ])
        let permit = try PermitSnapshotFixtures.permits()[0].permit
        let decision = try PolicyTampering.object(
            try JSONEncoder().encode(permit.decision(for: .extend, on: date("2025-06-01"))))
        #expect(Set(decision.keys) == ["procedure", "approved", "violations", "formAfter", "notes"])
        let card = try PermitSnapshotFixtures.cards()[2].card
        let service = try PolicyTampering.object(
            try JSONEncoder().encode(card.decision(for: .notifications, on: date("2026-03-10"))))
        #expect(Set(service.keys) == ["function", "approved", "violations", "notes"])
        let services = try PolicyTampering.object(
            try JSONEncoder().encode(ElectronicCardServices(on: date("2026-03-10"))))
        #expect(Set(services.keys) == ["date", "phase", "decisions", "notes"])
        let all = String(decoding: try JSONEncoder().encode(effects), as: UTF8.self)
        #expect(!all.contains("_0"))
    }
}
