import CardModel
import Foundation
import ReplacementWorkflow
import TestSupport
import Testing

@Suite struct ReplacementPropertyTests {
    /// Decodes `replacement`'s snapshot with its history replaced by `history`.
    static func decode(_ replacement: ReplacementCase, history: [ReplacementEvent]) throws -> ReplacementCase {
        var json = try #require(
            try JSONSerialization.jsonObject(with: try JSONEncoder().encode(replacement)) as? [String: Any])
        json["history"] = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(history))
        return try JSONDecoder().decode(ReplacementCase.self, from: try JSONSerialization.data(withJSONObject: json))
    }

    /// A tampered history is refused on decoding, or decodes to exactly that history, a different case.
    static func expectRefusedOrDifferent(
        _ original: ReplacementCase, tampered: [ReplacementEvent], seed: UInt64, what: String
    ) {
        guard tampered != original.history else { return }
        do {
            let decoded = try Self.decode(original, history: tampered)
            #expect(decoded.history == tampered, "seed \(seed): \(what)")
            #expect(decoded != original, "seed \(seed): \(what)")
        } catch {
            #expect((error as? CaseSnapshotError)?.code == .historyRefused, "seed \(seed): \(what): \(error)")
        }
    }

    @Test(
        "RP-LOSS-REPORT, RP-RECEIPT, RP-SUPERSEDE, RP-LOSS: random event sequences never corrupt the case",
        arguments: 0..<200 as Range<UInt64>)
    func randomWalk(seed: UInt64) throws {
        var random = RandomEvents(seed: seed)
        var replacement = ReplacementCase(holder: try Fixture.holder())
        var accepted = 0
        for _ in 0..<random.int(1...50) {
            let before = replacement
            let event = try random.event(after: replacement.history.last?.date)
            do {
                let effects = try replacement.apply(event)
                accepted += 1
                #expect(replacement.history == before.history + [event], "seed \(seed)")
                if case .applied = event { #expect(effects.first == .chargeFee(Money.yuan(20)), "seed \(seed)") }
            } catch {
                #expect(replacement == before, "seed \(seed): \(error)")
                if let previous = before.history.last?.date, event.date < previous {
                    #expect(error.code == .dateBeforePreviousEvent, "seed \(seed)")
                }
            }
            // Invariants of the case after every step.
            let last = replacement.history.last?.date ?? date("2026-01-05")
            #expect(replacement.phase(on: last) == replacement.phase, "seed \(seed)")
            let functions = replacement.functions(on: last)
            switch replacement.phase(on: last) {
            case .cardActive, .activated: #expect(functions == CardFunction.socialSecurity, "seed \(seed)")
            case .temporarilyReportedLost, .applied, .cardReady, .dispatched, .received:
                #expect(functions.isEmpty, "seed \(seed)")
            }
            #expect(
                zip(replacement.history, replacement.history.dropFirst()).allSatisfy { $0.date <= $1.date },
                "seed \(seed)")
        }
        #expect(replacement.history.count == accepted)

        // Replay and JSON round trip give the same case.
        #expect(
            try ReplacementCase(replaying: replacement.history, holder: replacement.holder, policy: replacement.policy)
                == replacement, "seed \(seed)")
        let decoded = try JSONDecoder().decode(ReplacementCase.self, from: try JSONEncoder().encode(replacement))
        #expect(decoded == replacement, "seed \(seed)")

        // Tampered histories: one event removed, two swapped, one date altered.
        let history = replacement.history
        guard !history.isEmpty else { return }
        var removed = history
        removed.remove(at: random.int(0...(history.count - 1)))
        Self.expectRefusedOrDifferent(replacement, tampered: removed, seed: seed, what: "removed")
        if history.count >= 2 {
            var swapped = history
            let index = random.int(0...(history.count - 2))
            swapped.swapAt(index, index + 1)
            Self.expectRefusedOrDifferent(replacement, tampered: swapped, seed: seed, what: "swapped")
        }
        var altered = history
        let index = random.int(0...(history.count - 1))
        altered[index] = try history[index].shifted(by: random.chance(50) ? random.int(1...5) : -random.int(1...5))
        Self.expectRefusedOrDifferent(replacement, tampered: altered, seed: seed, what: "altered")
    }

    @Test("RP-LOSS-REPORT, RP-RECEIPT: random walks reach every phase")
    func walksReachEveryPhase() throws {
        var reached: Set<ReplacementCase.Phase> = []
        for seed in 0..<400 as Range<UInt64> {
            var random = RandomEvents(seed: seed)
            var replacement = ReplacementCase(holder: try Fixture.holder())
            for _ in 0..<50 {
                let event = try random.event(after: replacement.history.last?.date)
                if (try? replacement.apply(event)) != nil { reached.insert(replacement.phase) }
            }
        }
        #expect(reached == Set(ReplacementCase.Phase.allCases))
    }
}
