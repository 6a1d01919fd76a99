import CardModel
import ReplacementWorkflow
import TestSupport
import Testing

/// The phase × event table: every event in every phase, reached through public events only.
@Suite struct ReplacementTransitionTests {
    /// A day after the fixture's last event in `phase`, within a temporary report's period.
    static func nextDay(after phase: ReplacementCase.Phase) -> CivilDate {
        switch phase {
        case .cardActive: date("2026-03-02")
        case .temporarilyReportedLost: date("2026-03-03")
        case .applied: date("2026-03-05")
        case .cardReady, .dispatched: date("2026-03-11")
        case .received: date("2026-03-12")
        case .activated: date("2026-03-13")
        }
    }

    static let eventNames = [
        "reportedLostTemporarily", "temporaryReportWithdrawn", "applied", "cardProduced", "dispatched", "delivered",
        "collected", "activated", "lostCardFound",
    ]

    static func event(_ name: String, on day: CivilDate, receipt: ReplacementReceiptMethod) throws -> ReplacementEvent {
        switch name {
        case "reportedLostTemporarily": return .reportedLostTemporarily(on: day)
        case "temporaryReportWithdrawn": return .temporaryReportWithdrawn(on: day)
        case "applied": return .applied(try Fixture.application("\(day)", receipt: receipt))
        case "cardProduced": return .cardProduced(on: day)
        case "dispatched": return .dispatched(on: day)
        case "delivered": return .delivered(on: day, documents: try Fixture.holderReceives())
        case "collected": return .collected(on: day, documents: try Fixture.holderReceives())
        case "activated": return .activated(on: day)
        default: return .lostCardFound(on: day)
        }
    }

    static func legalEvents(in phase: ReplacementCase.Phase, receipt: ReplacementReceiptMethod) -> Set<String> {
        switch phase {
        case .cardActive: ["reportedLostTemporarily", "applied"]
        case .temporarilyReportedLost: ["temporaryReportWithdrawn", "applied"]
        case .applied: ["cardProduced", "lostCardFound"]
        case .cardReady: receipt == .collect ? ["collected", "lostCardFound"] : ["dispatched", "lostCardFound"]
        case .dispatched: ["delivered", "lostCardFound"]
        case .received: ["activated", "lostCardFound"]
        case .activated: ["lostCardFound"]
        }
    }

    @Test(
        "RP-LOSS-REPORT, RP-RECEIPT, RP-SUPERSEDE: each phase takes exactly its events; the rest leave it unchanged",
        arguments: ReplacementReceiptMethod.allCases, eventNames)
    func phaseEventTable(receipt: ReplacementReceiptMethod, name: String) throws {
        for phase in Fixture.phases(for: receipt) {
            var replacement = try Fixture.makeCase(in: phase, receipt: receipt)
            #expect(replacement.phase == phase)
            let before = replacement
            let event = try Self.event(name, on: Self.nextDay(after: phase), receipt: receipt)
            if Self.legalEvents(in: phase, receipt: receipt).contains(name) {
                _ = try replacement.apply(event)
                #expect(replacement.history == before.history + [event], "\(name) in \(phase)")
            } else {
                #expect {
                    try replacement.apply(event)
                } throws: { error in
                    let error = try #require(error as? ReplacementCaseError)
                    return error.code == .eventNotAllowed && error.phase == phase && error.event == name
                }
                #expect(replacement == before, "\(name) in \(phase)")
            }
        }
    }

    @Test("RP-LOSS-REPORT: after the lapse, the temporarily reported case takes the events of an active card")
    func lapsedPhaseTakesActiveEvents() throws {
        for name in Self.eventNames {
            var replacement = try Fixture.makeCase(in: .temporarilyReportedLost)
            let before = replacement
            let event = try Self.event(name, on: date("2026-03-13"), receipt: .collect)
            if Self.legalEvents(in: .cardActive, receipt: .collect).contains(name) {
                _ = try replacement.apply(event)
            } else {
                #expect(throws: ReplacementCaseError.self) { try replacement.apply(event) }
                #expect(replacement == before)
            }
        }
    }
}
