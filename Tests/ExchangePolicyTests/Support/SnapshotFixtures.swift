import CardModel
import ExchangePolicy
import Foundation
import TestSupport

/// The committed snapshot fixtures (`Fixtures/Snapshots/exchange-*.json`): the cases they hold, built through
/// public events, and how they are read and written.
enum SnapshotFixtures {
    /// The fixtures' folder, found from this file's path (`#filePath` here, not at the caller).
    static func folder() -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/Snapshots")
    }

    /// The encoder the fixtures were written with: sorted keys, pretty printed, one newline at the end.
    static func encoded(_ exchange: ExchangeCase) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(exchange) + Data("\n".utf8)
    }

    /// A fixture's bytes.
    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: Self.folder().appendingPathComponent("\(name).json"))
    }

    /// The name of every fixture in the folder, without `.json`.
    static func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: Self.folder().path)
            .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// The case each fixture holds, by name, with the phase it is in: one a phase, and instant issuance.
    static func cases() throws -> [(name: String, phase: ExchangeCase.Phase, exchange: ExchangeCase)] {
        let holder = PresentedDocument(try Fixture.holder)
        // Adult, online on Monday 2026-01-05 with CMB, to collect at the branch.
        let applied = try ExchangeCase.open(Fixture.application(), parties: try Fixture.adultParties).opened

        // Company pickup: the employer collects a card from ICBC, a bank it selected.
        var produced = try ExchangeCase.open(
            Fixture.application(bank: .icbc, receipt: .employer, employer: try Fixture.pickup()),
            parties: try Fixture.adultParties
        ).opened
        try produced.produceCard(on: date("2026-01-08"))

        // A minor's card, applied for and received by the guardian.
        var received = try ExchangeCase.open(
            Fixture.application(minor: true, guardian: true), parties: try Fixture.minorParties
        ).opened
        try received.produceCard(on: date("2026-01-08"))
        try received.receiveCard(on: date("2026-01-09"), by: .guardian(PresentedDocument(try Fixture.guardian)))

        // At a bank outlet, activated at the bank, which switches on both functions.
        var activated = try ExchangeCase.open(
            Fixture.application(channel: .bankOutlet, bank: .boc), parties: try Fixture.adultParties
        ).opened
        try activated.produceCard(on: date("2026-01-08"))
        try activated.receiveCard(on: date("2026-01-09"), by: .holder(holder))
        try activated.activateFinancialFunction(on: date("2026-01-10"), presenting: holder)

        // By post, cancelled the next day.
        var cancelled = try ExchangeCase.open(
            Fixture.application(receipt: .post), parties: try Fixture.adultParties
        ).opened
        try cancelled.cancel(on: date("2026-01-06"))

        // Instant issuance at a bank outlet on Saturday 2026-01-10, activated online the next day.
        var instant = try ExchangeCase.open(
            Fixture.application("2026-01-10", channel: .bankOutlet, receipt: .instantIssuance),
            parties: try Fixture.adultParties
        ).opened
        try instant.produceCard(on: date("2026-01-10"))
        try instant.activateSocialSecurity(on: date("2026-01-11"), through: .jingtong)

        return [
            ("exchange-applied", .applied, applied), ("exchange-cardProduced", .cardProduced, produced),
            ("exchange-received", .received, received), ("exchange-activated", .activated, activated),
            ("exchange-cancelled", .cancelled, cancelled), ("exchange-instantIssuance", .activated, instant),
        ]
    }
}
