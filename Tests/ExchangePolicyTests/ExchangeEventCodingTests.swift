import CardModel
import ExchangePolicy
import Foundation
import TestSupport
import Testing

/// The stored form of events and recipients: explicit keys (`event`, `date`, `by`, `role`, …), never the `_0` of
/// synthesized coding, and every value validated again on decoding.
@Suite struct ExchangeEventCodingTests {
    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func events() throws -> [ExchangeEvent] {
        let holder = PresentedDocument(try Fixture.holder)
        return [
            .applied(application: Fixture.application(), parties: try Fixture.adultParties),
            .cardProduced(on: date("2026-01-08")),
            .cardReceived(on: date("2026-01-09"), by: .holder(holder)),
            .cardReceived(
                on: date("2026-01-09"), by: .guardian(PresentedDocument(try Fixture.guardian, isOriginal: false))),
            .cardReceived(on: date("2026-01-09"), by: .employer(try Fixture.employer)),
            .socialSecurityActivated(on: date("2026-01-10"), through: .hallWindow),
            .financialFunctionActivated(on: date("2026-01-11"), presenting: holder),
            .cancelled(on: date("2026-01-06")),
        ]
    }

    @Test("Events and recipients are stored with explicit keys, never _0, and round-trip")
    func explicitKeys() throws {
        for event in try Self.events() {
            let text = try Self.json(event)
            #expect(!text.contains("_0"), "\(text)")
            let object = try Self.object(text)
            #expect(object["event"] as? String == event.name)
            #expect(object["date"] as? String == event.date.description)
            #expect(try JSONDecoder().decode(ExchangeEvent.self, from: Data(text.utf8)) == event)
        }
        #expect(
            try Self.json(ExchangeEvent.cardProduced(on: date("2026-01-08")))
                == #"{"date":"2026-01-08","event":"cardProduced"}"#)
        #expect(
            try Self.json(ExchangeEvent.socialSecurityActivated(on: date("2026-01-10"), through: .jingtong))
                == #"{"date":"2026-01-10","event":"socialSecurityActivated","through":"jingtong"}"#)
    }

    @Test("EX-RECEIPT: a received card says who received it, with what document")
    func recipientShape() throws {
        let event = ExchangeEvent.cardReceived(
            on: date("2026-01-09"), by: .holder(PresentedDocument(try Fixture.holder)))
        let by = try #require(try Self.object(try Self.json(event))["by"] as? [String: Any])
        #expect(by["role"] as? String == "holder")
        #expect(by["isOriginal"] as? Bool == true)
        let document = try #require(by["document"] as? [String: Any])
        #expect(document["kind"] as? String == "residentIdentityCard")
        #expect(document["number"] as? String == Fixture.holderNumber)

        let employer = try Self.json(ExchangeRecipient.employer(try Fixture.employer))
        #expect(employer == #"{"employer":"\#(Fixture.employerCode)","role":"employer"}"#)
        let activation = try Self.object(
            try Self.json(
                ExchangeEvent.financialFunctionActivated(
                    on: date("2026-01-11"), presenting: PresentedDocument(try Fixture.holder, isOriginal: false))))
        #expect(activation["isOriginal"] as? Bool == false)
        #expect((activation["document"] as? [String: Any])?["kind"] as? String == "residentIdentityCard")
    }

    @Test(
        "Decoding validates again: unknown names and channels, impossible dates, bad identifiers, no original flag",
        arguments: [
            #"{"event":"cardEaten","date":"2026-01-08"}"#,
            #"{"event":"cardMade","date":"2026-02-30"}"#,
            #"{"event":"cardMade"}"#,
            #"{"event":"socialSecurityActivated","date":"2026-01-10","through":"fax"}"#,
            #"{"event":"cardReceived","date":"2026-01-09","by":{"role":"neighbour","employer":"91350100M000100Y43"}}"#,
            #"{"event":"cardReceived","date":"2026-01-09","by":{"role":"employer","employer":"91350100M000100Y44"}}"#,
            #"{"event":"cardReceived","date":"2026-01-09","by":{"role":"holder","document":{"kind":"residentIdentityCard","number":"110105194912310021"},"isOriginal":true}}"#,
            #"{"event":"cardReceived","date":"2026-01-09","by":{"role":"holder","document":{"kind":"residentIdentityCard","number":"11010519491231002X"}}}"#,
            #"{"event":"financialFunctionActivated","date":"2026-01-11","document":{"kind":"passport","number":"x"},"isOriginal":true}"#,
        ])
    func decodingValidates(text: String) {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ExchangeEvent.self, from: Data(text.utf8)) }
    }

    @Test("An applied event whose date is not its application's is refused")
    func appliedDateMustMatch() throws {
        let text = try Self.json(
            ExchangeEvent.applied(application: Fixture.application(), parties: try Fixture.adultParties))
        let moved = text.replacingOccurrences(
            of: #""date":"2026-01-05","event""#, with: #""date":"2026-01-06","event""#)
        #expect(moved != text)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ExchangeEvent.self, from: Data(moved.utf8)) }
    }

    @Test("A case's snapshot holds no _0 keys")
    func snapshotHasNoPositionalKeys() throws {
        var exchange = try ExchangeCase.open(Fixture.application(), parties: try Fixture.adultParties).opened
        try exchange.produceCard(on: date("2026-01-08"))
        try exchange.receiveCard(on: date("2026-01-09"), by: .holder(PresentedDocument(try Fixture.holder)))
        try exchange.activateFinancialFunction(
            on: date("2026-01-10"), presenting: PresentedDocument(try Fixture.holder))
        let text = try Self.json(exchange)
        #expect(!text.contains("_0"))
        #expect(try JSONDecoder().decode(ExchangeCase.self, from: Data(text.utf8)) == exchange)
    }
}
