import CardModel
import ReplacementWorkflow
import TestSupport

/// Random events with random dates for property tests, from a seeded generator.
struct RandomEvents {
    var rng: SplitMix64

    init(seed: UInt64) {
        self.rng = SplitMix64(seed: seed)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self.rng) }

    mutating func chance(_ percent: Int) -> Bool { self.int(1...100) <= percent }

    mutating func pick<T>(_ values: [T]) -> T { values[self.int(0...(values.count - 1))] }

    /// A first date between 2025-06-01 and 2026-11-30.
    mutating func startDate() -> CivilDate {
        (try? date("2025-06-01").adding(days: self.int(0...547))) ?? date("2026-01-05")
    }

    /// A date mostly on or after `last`, sometimes before it.
    mutating func nextDate(after last: CivilDate) -> CivilDate {
        let step = self.chance(10) ? -self.int(1...5) : self.int(0...6)
        return (try? last.adding(days: step)) ?? last
    }

    /// The holder's document as shown, mostly right, sometimes wrong in one way.
    mutating func holderDocument() throws -> PresentedDocument? {
        switch self.int(1...10) {
        case 1: nil
        case 2: try Fixture.strangerShown()
        case 3: try Fixture.holderShown(isOriginal: false)
        case 4: try Fixture.holderShown(validUntil: TestSupport.date("2026-01-31"))
        default: try Fixture.holderShown()
        }
    }

    /// The agent's document as shown, mostly right.
    mutating func agentDocument() throws -> PresentedDocument? {
        switch self.int(1...10) {
        case 1: nil
        case 2: try Fixture.holderShown()
        case 3: try Fixture.agentShown(isOriginal: false)
        default: try Fixture.agentShown()
        }
    }

    mutating func receiptDocuments() throws -> ReceiptDocuments {
        self.chance(70)
            ? ReceiptDocuments(holder: try self.holderDocument())
            : ReceiptDocuments(agent: try self.agentDocument(), holder: try self.holderDocument())
    }

    mutating func application(on day: CivilDate) throws -> ReplacementApplication {
        let reason = self.pick(ReplacementReason.allCases)
        let applicant = self.pick(ActingParty.allCases)
        return ReplacementApplication(
            date: day, reason: reason, channel: self.pick(ReplacementChannel.allCases),
            category: self.pick(InsuredCategory.allCases), applicant: applicant,
            documents: PresentedDocuments(
                holder: try self.holderDocument(), agent: applicant == .agent ? try self.agentDocument() : nil,
                damagedCardHandedIn: self.chance(reason == .damaged ? 80 : 10)),
            receipt: self.pick(ReplacementReceiptMethod.allCases))
    }

    /// A random event dated after `last` (or from a random start).
    mutating func event(after last: CivilDate?) throws -> ReplacementEvent {
        let day = last.map { self.nextDate(after: $0) } ?? self.startDate()
        switch self.int(0...8) {
        case 0: return .reportedLostTemporarily(on: day)
        case 1: return .temporaryReportWithdrawn(on: day)
        case 2: return .applied(try self.application(on: day))
        case 3: return .cardProduced(on: day)
        case 4: return .dispatched(on: day)
        case 5: return .delivered(on: day, documents: try self.receiptDocuments())
        case 6: return .collected(on: day, documents: try self.receiptDocuments())
        case 7: return .activated(on: day)
        default: return .lostCardFound(on: day)
        }
    }
}

extension ReplacementEvent {
    /// The same event `days` days later (or earlier).
    func shifted(by days: Int) throws -> ReplacementEvent {
        let day = try self.date.adding(days: days)
        switch self {
        case .reportedLostTemporarily: return .reportedLostTemporarily(on: day)
        case .temporaryReportWithdrawn: return .temporaryReportWithdrawn(on: day)
        case .applied(let application):
            return .applied(
                ReplacementApplication(
                    date: day, reason: application.reason, channel: application.channel,
                    category: application.category, applicant: application.applicant,
                    documents: application.documents, receipt: application.receipt))
        case .cardProduced: return .cardProduced(on: day)
        case .dispatched: return .dispatched(on: day)
        case .delivered(_, let documents): return .delivered(on: day, documents: documents)
        case .collected(_, let documents): return .collected(on: day, documents: documents)
        case .activated: return .activated(on: day)
        case .lostCardFound: return .lostCardFound(on: day)
        }
    }
}
