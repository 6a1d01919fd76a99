import CardModel
import TestSupport
import Testing

/// CaseLedger: the one record of a case's events and states, and the date-order check.
@Suite struct CaseLedgerTests {
    typealias Ledger = CaseLedger<TinyEvent, Int>

    @Test("A ledger opened by an event holds it; one opened without an event holds none")
    func opening() {
        let opening = TinyEvent.opened(on: date("2026-01-05"), note: "n")
        let opened = Ledger(opening: opening, state: 0, on: date("2026-01-05"))
        #expect(opened.events == [opening])
        #expect(opened.entries.map(\.from) == [date("2026-01-05")])
        #expect(opened.entries.map(\.state) == [0])
        #expect(opened.current == 0)
        #expect(opened.latestDate == date("2026-01-05"))

        let existing = Ledger(opening: nil, state: 7, on: date("2026-01-01"))
        #expect(existing.events.isEmpty)
        #expect(existing.entries.count == 1)
        #expect(existing.current == 7)
        #expect(existing.latestDate == date("2026-01-01"))
    }

    @Test("admits an event dated on or after the latest one, and refuses an earlier one")
    func admits() {
        var ledger = Ledger(opening: nil, state: 0, on: date("2026-01-05"))
        #expect(!ledger.admits(.stamped(on: date("2026-01-04"))))
        #expect(ledger.admits(.stamped(on: date("2026-01-05"))))
        #expect(ledger.admits(.stamped(on: date("2026-01-06"))))
        ledger.record(.stamped(on: date("2026-01-10")), leadingTo: 1)
        // The latest event counts now, not the opening.
        #expect(!ledger.admits(.stamped(on: date("2026-01-09"))))
        #expect(ledger.admits(.closed(on: date("2026-01-10"))))
    }

    @Test("record appends the event and its state, and makes the state current")
    func record() {
        var ledger = Ledger(opening: .opened(on: date("2026-01-05"), note: "n"), state: 0, on: date("2026-01-05"))
        ledger.record(.stamped(on: date("2026-01-06")), leadingTo: 1)
        ledger.record(.closed(on: date("2026-01-08")), leadingTo: 2)
        #expect(ledger.events.map(\.name) == ["opened", "stamped", "closed"])
        #expect(ledger.entries.map(\.from) == [date("2026-01-05"), date("2026-01-06"), date("2026-01-08")])
        #expect(ledger.entries.map(\.state) == [0, 1, 2])
        #expect(ledger.current == 2)
        #expect(ledger.latestDate == date("2026-01-08"))
    }

    @Test("state(on:) is nil before the opening, the opening state on its day, and the latest state after")
    func stateOnADay() {
        var ledger = Ledger(opening: nil, state: 0, on: date("2026-01-05"))
        #expect(ledger.state(on: date("2026-01-04")) == nil)
        #expect(ledger.state(on: date("2026-01-05")) == 0)
        #expect(ledger.state(on: date("2199-12-31")) == 0)
        ledger.record(.stamped(on: date("2026-01-08")), leadingTo: 1)
        ledger.record(.stamped(on: date("2026-01-08")), leadingTo: 2)
        ledger.record(.closed(on: date("2026-01-12")), leadingTo: 3)
        #expect(ledger.state(on: CivilDate.earliest) == nil)
        #expect(ledger.state(on: date("2026-01-04")) == nil)
        #expect(ledger.state(on: date("2026-01-05")) == 0)
        #expect(ledger.state(on: date("2026-01-07")) == 0)
        // Two events on one day: the state at the end of it is the second one's.
        #expect(ledger.state(on: date("2026-01-08")) == 2)
        #expect(ledger.state(on: date("2026-01-11")) == 2)
        #expect(ledger.state(on: date("2026-01-12")) == 3)
        #expect(ledger.state(on: CivilDate.latest) == 3)
    }

    @Test("state(on:) agrees with a linear search over many entries, on every day", arguments: 0..<4 as Range<UInt64>)
    func binarySearch(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let opened = date("2026-01-05")
        var ledger = Ledger(opening: nil, state: 0, on: opened)
        var day = opened
        let count = Int.random(in: 1...1_000, using: &random)
        for state in 1...count {
            // Several events on one day as well as gaps of a few days.
            day = try day.adding(days: Int.random(in: 0...3, using: &random))
            ledger.record(.stamped(on: day), leadingTo: state)
        }
        #expect(ledger.entries.count == count + 1)
        for offset in -2...(opened.days(to: day) + 2) {
            let probe = try opened.adding(days: offset)
            let linear = ledger.entries.last { $0.from <= probe }?.state
            #expect(ledger.state(on: probe) == linear, "seed \(seed): \(probe)")
        }
    }
}
