import CardModel
import ExchangePolicy
import TestSupport
import Testing

/// What `dump`, `String(reflecting:)` and debuggers show of a case and a policy: a summary of the policy, never its
/// holiday calendar.
@Suite struct DebugOutputTests {
    static func dumped(_ value: Any) -> String {
        var text = ""
        dump(value, to: &text)
        return text
    }

    func activatedCase() throws -> ExchangeCase {
        var exchange = try ExchangeCase.open(Fixture.application(), parties: try Fixture.adultParties).opened
        try exchange.produceCard(on: date("2026-01-08"))
        try exchange.receiveCard(on: date("2026-01-09"), by: .holder(PresentedDocument(try Fixture.holder)))
        try exchange.activateSocialSecurity(on: date("2026-01-10"), through: .jingtong)
        return exchange
    }

    @Test("dump of an ExchangeCase is small: the policy summarised, not its calendar")
    func caseDumpIsSmall() throws {
        let exchange = try self.activatedCase()
        let text = Self.dumped(exchange)
        #expect(text.utf8.count < 4_000, "\(text.utf8.count) bytes")
        #expect(!text.contains("HolidaySchedule"))
        for expected in ["activated", "cardProduced(2026-01-08)", "ExchangePolicy(", "mainlandChina"] {
            #expect(text.contains(expected), "\(expected)")
        }
    }

    @Test("dump of an ExchangePolicy is small and names its calendar's years")
    func policyDumpIsSmall() throws {
        let text = Self.dumped(ExchangePolicy.beijing)
        #expect(text.utf8.count < 2_000, "\(text.utf8.count) bytes")
        #expect(!text.contains("HolidaySchedule"))
        #expect(text.contains("2004...2026"))
        let custom = try ExchangePolicy(calendar: WorkingDayCalendar.mainlandChina.withFallback(.assumeWeekdays))
        #expect(Self.dumped(custom).contains("assumeWeekdays"))
    }

    @Test("debugDescription of a case and a policy: one line each, with the phase and the events")
    func debugDescriptions() throws {
        let exchange = try self.activatedCase()
        let debug = String(reflecting: exchange)
        #expect(debug.hasPrefix("ExchangeCase(activated"))
        #expect(debug.contains("socialSecurityActivated(2026-01-10, jingtong)"))
        #expect(debug.utf8.count < 1_000)
        #expect(!debug.contains("\n"))
        let policy = String(reflecting: ExchangePolicy.beijing)
        #expect(policy.hasPrefix("ExchangePolicy("))
        #expect(policy.contains("calendar: mainlandChina"))
        #expect(!policy.contains("\n"))
    }
}
