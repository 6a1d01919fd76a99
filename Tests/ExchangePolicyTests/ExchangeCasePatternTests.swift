import CardModel
import ExchangePolicy
import Foundation
import TestSupport
import Testing

/// What ExchangeCase shares with every case machine (Documentation/API.md, "One case pattern"): `CaseMachine`,
/// past-date answers from the recorded states, the event and effect JSON, the policy's identity.
@Suite struct ExchangeCasePatternTests {
    /// A generic host layer written once for every case machine.
    static func record<Case: CaseMachine>(
        _ event: Case.Event, in stored: inout Case
    ) throws(Case.Failure)
        -> [Case.Effect]
    {
        try stored.apply(event)
    }

    func activated() throws -> ExchangeCase {
        var exchange = try ExchangeCase.open(Fixture.application(), parties: try Fixture.adultParties).opened
        try exchange.produceCard(on: date("2026-01-08"))
        try exchange.receiveCard(on: date("2026-01-09"), by: .holder(PresentedDocument(try Fixture.holder)))
        try exchange.activateSocialSecurity(on: date("2026-01-12"), through: .website)
        return exchange
    }

    @Test("ExchangeCase is a CaseMachine: a generic layer applies events and gets the case's typed error")
    func caseMachine() throws {
        var exchange = try ExchangeCase.open(Fixture.application(), parties: try Fixture.adultParties).opened
        let effects = try Self.record(.cardProduced(on: date("2026-01-08")), in: &exchange)
        #expect(effects == [.notifyHolder(.cardReadyForCollection)])
        let before = exchange
        let error = try #require(throws: ExchangeCaseError.self) {
            try Self.record(.cancelled(on: date("2026-01-09")), in: &exchange)
        }
        #expect(error.code == .eventNotAllowed)
        #expect(error.phase == .cardProduced)
        #expect(error.description.hasPrefix("eventNotAllowed (cancelled in cardProduced): "))
        #expect(exchange == before)
        #expect(exchange.policy == .beijing)
    }

    @Test("Past days are answered from the recorded states: phase(on:), nil before the application")
    func phaseOnPastDays() throws {
        let exchange = try self.activated()
        let expected: [(String, ExchangeCase.Phase?)] = [
            ("2026-01-04", nil), ("2026-01-05", .applied), ("2026-01-07", .applied), ("2026-01-08", .cardProduced),
            ("2026-01-09", .received), ("2026-01-11", .received), ("2026-01-12", .activated),
            ("2030-01-01", .activated),
        ]
        for (day, phase) in expected {
            #expect(exchange.phase(on: date(day)) == phase, "\(day)")
        }
    }

    @Test("Several events on one day: the day's answer is the state after the last of them")
    func sameDayEvents() throws {
        let application = Fixture.application("2026-01-10", channel: .bankOutlet, receipt: .instantIssuance)
        var exchange = try ExchangeCase.open(application, parties: try Fixture.adultParties).opened
        try exchange.produceCard(on: date("2026-01-10"))
        try exchange.activateSocialSecurity(on: date("2026-01-10"), through: .jingtong)
        #expect(exchange.phase(on: date("2026-01-09")) == nil)
        #expect(exchange.phase(on: date("2026-01-10")) == .activated)
        #expect(!exchange.oldCardValidity(on: date("2026-01-10")).isValid)
    }

    @Test("EX-OLD-VALID: the old card is valid before the application and until the recorded activation")
    func oldCardFromTheLedger() throws {
        let exchange = try self.activated()
        #expect(exchange.oldCardValidity(on: date("2020-01-01")).isValid)
        #expect(exchange.oldCardValidity(on: date("2026-01-11")).isValid)
        #expect(exchange.oldCardValidity(on: date("2026-01-12")).supersededOn == date("2026-01-12"))
        let cancelled = try {
            var exchange = try ExchangeCase.open(Fixture.application(), parties: try Fixture.adultParties).opened
            try exchange.cancel(on: date("2026-01-06"))
            return exchange
        }()
        #expect(cancelled.phase(on: date("2026-01-06")) == .cancelled)
        #expect(cancelled.oldCardValidity(on: date("2030-01-01")).isValid)
    }

    @Test("A refused event changes neither the phase nor any past-date answer")
    func refusedEventChangesNoAnswer() throws {
        var exchange = try self.activated()
        let before = exchange
        let error = try #require(throws: ExchangeCaseError.self) {
            try exchange.activateFinancialFunction(
                on: date("2026-01-11"), presenting: PresentedDocument(try Fixture.holder))
        }
        #expect(error.code == .dateBeforePreviousEvent)
        #expect(error.message.english.contains("2026-01-12"))
        #expect(exchange == before && exchange.lastEventDate == date("2026-01-12"))
        #expect(exchange.phase(on: date("2026-01-11")) == .received)
    }

    // MARK: JSON

    @Test("Event JSON: cardProduced, and the old name cardMade still decodes")
    func eventNames() throws {
        let old = #"{"event":"cardMade","date":"2026-01-08"}"#
        #expect(
            try JSONDecoder().decode(ExchangeEvent.self, from: Data(old.utf8)) == .cardProduced(on: date("2026-01-08")))
        #expect(ExchangeEvent.cardProduced(on: date("2026-01-08")).name == "cardProduced")
    }

    @Test("Phase JSON: its name; the old name cardMade still decodes, an unknown name does not")
    func phaseCoding() throws {
        #expect(
            String(decoding: try JSONEncoder().encode([ExchangeCase.Phase.cardProduced]), as: UTF8.self)
                == #"["cardProduced"]"#)
        let decoded = try JSONDecoder().decode([ExchangeCase.Phase].self, from: Data(#"["cardMade","received"]"#.utf8))
        #expect(decoded == [.cardProduced, .received])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([ExchangeCase.Phase].self, from: Data(#"["cardEaten"]"#.utf8))
        }
    }

    static let effects: [ExchangeEffect] = [
        .notifyHolder(.applicationAccepted), .notifyEmployer(.cardReadyForCompanyPickup),
        .orderCard(bank: .cmb, readyDate: date("2026-01-09")), .orderCard(bank: .cmb, readyDate: nil),
        .makeCardOnTheSpot(bank: .cmb), .cancelCardOrder(bank: .cmb), .postCard, .handOverCard(to: .guardian),
        .activateSocialSecurityFunction, .activateFinancialFunction(bank: .cmb),
        .supersedeOldCard(generation: .second, from: date("2026-01-10")),
    ]

    @Test("Effects encode with explicit keys, their name under effect, never _0; they do not decode")
    func effectCoding() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for effect in Self.effects {
            let text = String(decoding: try encoder.encode(effect), as: UTF8.self)
            #expect(!text.contains("_0"), "\(text)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            #expect(object["effect"] as? String == effect.name)
        }
        #expect(
            String(decoding: try encoder.encode(ExchangeEffect.handOverCard(to: .holder)), as: UTF8.self)
                == #"{"effect":"handOverCard","to":"holder"}"#)
        #expect(
            String(decoding: try encoder.encode(ExchangeEffect.orderCard(bank: .cmb, readyDate: nil)), as: UTF8.self)
                .hasSuffix(#""effect":"orderCard","readyDate":null}"#))
        let order = try #require(
            try JSONSerialization.jsonObject(
                with: try encoder.encode(ExchangeEffect.orderCard(bank: .cmb, readyDate: date("2026-01-09"))))
                as? [String: Any])
        #expect(Set(order.keys) == ["effect", "bank", "readyDate"])
        #expect(order["readyDate"] as? String == "2026-01-09")
        #expect(
            String(
                decoding: try encoder.encode(
                    ExchangeEffect.supersedeOldCard(generation: .second, from: date("2026-01-10"))), as: UTF8.self)
                == #"{"effect":"supersedeOldCard","from":"2026-01-10","generation":2}"#)
        #expect(!Fixture.isDecodable(ExchangeEffect.self))
    }

    // MARK: The policy's identity

    @Test("The policy's parameters are named as its JSON keys, plus the calendar's")
    func parameterNames() throws {
        let names = ExchangePolicy.beijing.parameters.map(\.name)
        let keys = try #require(
            try JSONSerialization.jsonObject(with: try JSONEncoder().encode(ExchangePolicy.beijing)) as? [String: Any]
        ).keys
        #expect(Set(names.filter { !$0.hasPrefix("calendar.") }) == Set(keys).subtracting(["calendar"]))
        #expect(names.contains("calendar.fallback") && names.contains("calendar.2026"))
        #expect(Set(names).count == names.count)
    }

    @Test("The policy's identity: beijing for the standard policy, custom for any other; the digest follows")
    func policyIdentity() throws {
        #expect(ExchangePolicy.standard == .beijing)
        #expect(ExchangePolicy.beijing.name == "beijing")
        #expect(ExchangePolicy.beijing.digest.count == 16)
        let slower = try ExchangePolicy(productionWorkingDays: 5)
        #expect(slower.name == "custom")
        #expect(slower.digest != ExchangePolicy.beijing.digest)
        #expect(ExchangePolicy.beijing.differingParameters(from: slower) == ["productionWorkingDays"])
        let renamed = try ExchangePolicy(
            partnerBanks: PartnerBank.beijingPartnerBanks.dropLast()
                + [PartnerBank(code: "PSBC", english: "Renamed", chinese: "改名")])
        #expect(ExchangePolicy.beijing.differingParameters(from: renamed) == ["partnerBanks"])
    }
}
