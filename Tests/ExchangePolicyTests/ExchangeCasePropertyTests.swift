import CardModel
import ExchangePolicy
import Foundation
import TestSupport
import Testing

/// Random event sequences over random applications (STYLE.md §7): nothing traps, refused events change nothing,
/// replay and Codable give the same case, and a tampered history is refused or gives a different case.
@Suite struct ExchangeCasePropertyTests {
    struct World {
        let holder: IdentityDocument
        let minor: IdentityDocument
        let guardian: IdentityDocument
        let stranger: IdentityDocument
        let employer: UnifiedSocialCreditCode
        let otherEmployer: UnifiedSocialCreditCode

        init() throws {
            self.holder = try Fixture.holder
            self.minor = try Fixture.minor
            self.guardian = try Fixture.guardian
            self.stranger = try Fixture.stranger
            self.employer = try Fixture.employer
            self.otherEmployer = try Fixture.otherEmployer
        }

        var documents: [IdentityDocument] { [self.holder, self.minor, self.guardian, self.stranger] }
    }

    /// What a snapshot encodes, written by hand so a test can tamper with the history.
    struct Snapshot: Encodable {
        let policy: ExchangePolicy
        let history: [ExchangeEvent]
    }

    static func pick<T>(_ values: [T], _ rng: inout SplitMix64) -> T {
        values[Int(rng.next() % UInt64(values.count))]
    }

    static func shifted(_ date: CivilDate, _ range: ClosedRange<Int>, _ rng: inout SplitMix64) -> CivilDate {
        (try? date.adding(days: Int.random(in: range, using: &rng))) ?? date
    }

    /// A random application the Beijing policy approves, with its parties.
    static func randomOpening(_ rng: inout SplitMix64, _ world: World) throws -> ExchangeCase {
        let day = shifted(date("2026-01-04"), 0...330, &rng)
        let minor = rng.next() % 5 == 0
        var receipt = pick(ExchangeReceiptMethod.allCases, &rng)
        if minor && receipt == .employer { receipt = .post }
        var channel = receipt == .instantIssuance ? .bankOutlet : pick(ExchangeChannel.allCases, &rng)
        // EX-SERVICE-POINT-DAYS: service points accept exchanges on working days only.
        if channel.isServicePoint && (try? WorkingDayCalendar.mainlandChina.isWorkingDay(day)) != true {
            channel = .website
        }
        let employer = receipt == .employer ? try Fixture.pickup([.cmb, .icbc]) : nil
        let application = ExchangeApplication(
            date: day, currentCard: rng.next() % 2 == 0 ? .first : .second, channel: channel, bank: .cmb,
            receipt: receipt, employer: employer, holderIsMinor: minor, appliedByGuardian: minor)
        let parties =
            minor
            ? ExchangeParties(holder: world.minor, guardian: world.guardian) : ExchangeParties(holder: world.holder)
        return try ExchangeCase.open(application, parties: parties).opened
    }

    /// The event that would move the case on, with a plausible date and the right person.
    static func naturalEvent(for exchange: ExchangeCase, _ rng: inout SplitMix64, _ world: World) -> ExchangeEvent {
        let application = exchange.application
        let next = shifted(exchange.lastEventDate, 0...3, &rng)
        let holderDocument = application.appliedByGuardian ? world.guardian : world.holder
        switch exchange.phase {
        case .applied:
            if rng.next() % 6 == 0 { return .cancelled(on: next) }
            return .cardProduced(on: application.receipt == .instantIssuance ? application.date : next)
        case .cardProduced:
            if application.receipt == .employer { return .cardReceived(on: next, by: .employer(world.employer)) }
            let presented = PresentedDocument(holderDocument)
            return .cardReceived(
                on: next, by: application.appliedByGuardian ? .guardian(presented) : .holder(presented))
        case .received, .activated:
            if exchange.phase == .received && rng.next() % 2 == 0 {
                return .socialSecurityActivated(on: next, through: pick(ActivationChannel.allCases, &rng))
            }
            return .financialFunctionActivated(on: next, presenting: PresentedDocument(holderDocument))
        case .cancelled:
            return .cancelled(on: next)
        }
    }

    /// Any event, often wrong: wrong phase, earlier date, wrong person, copy instead of original.
    static func randomEvent(for exchange: ExchangeCase, _ rng: inout SplitMix64, _ world: World) -> ExchangeEvent {
        let day = shifted(exchange.lastEventDate, -3...5, &rng)
        let presented = PresentedDocument(pick(world.documents, &rng), isOriginal: rng.next() % 8 != 0)
        switch rng.next() % 11 {
        case 0: return .applied(application: exchange.application, parties: exchange.parties)
        case 1, 2: return .cardProduced(on: day)
        case 3: return .cardReceived(on: day, by: .holder(presented))
        case 4: return .cardReceived(on: day, by: .guardian(presented))
        case 5: return .cardReceived(on: day, by: .employer(pick([world.employer, world.otherEmployer], &rng)))
        case 6, 7: return .socialSecurityActivated(on: day, through: pick(ActivationChannel.allCases, &rng))
        case 8, 9: return .financialFunctionActivated(on: day, presenting: presented)
        default: return .cancelled(on: day)
        }
    }

    /// Checks what must hold of every case.
    static func checkInvariants(_ exchange: ExchangeCase) {
        #expect(exchange.history.first == .applied(application: exchange.application, parties: exchange.parties))
        #expect(zip(exchange.history, exchange.history.dropFirst()).allSatisfy { $0.date <= $1.date })
        #expect(exchange.lastEventDate == exchange.history.last?.date)
        #expect((exchange.activatedOn != nil) == (exchange.phase == .activated))
        #expect((exchange.receivedBy != nil) == (exchange.phase == .received || exchange.phase == .activated))
        if let activation = exchange.activatedOn {
            #expect(exchange.oldCardValidity(on: activation).status == .superseded)
            if let dayBefore = try? activation.adding(days: -1) {
                #expect(exchange.oldCardValidity(on: dayBefore).isValid)
            }
        } else {
            #expect(exchange.oldCardValidity(on: exchange.lastEventDate).isValid)
        }
    }

    @Test(
        "Random event sequences: nothing traps, refused events change nothing, replay gives the same case",
        arguments: 0..<200 as Range<UInt64>)
    func randomWalks(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        let world = try World()
        var exchange = try Self.randomOpening(&rng, world)
        let steps = Int.random(in: 1...50, using: &rng)
        for _ in 0..<steps {
            let event =
                rng.next() % 2 == 0
                ? Self.naturalEvent(for: exchange, &rng, world) : Self.randomEvent(for: exchange, &rng, world)
            let before = exchange
            do throws(ExchangeCaseError) {
                let effects = try exchange.apply(event)
                #expect(exchange.history == before.history + [event])
                #expect(!effects.isEmpty)
            } catch {
                #expect(exchange == before, "seed \(seed): \(error)")
                #expect(error.phase == before.phase)
                #expect(!error.message.english.isEmpty && !error.message.chinese.isEmpty)
            }
            Self.checkInvariants(exchange)
        }
        #expect(try ExchangeCase(replaying: exchange.history, policy: exchange.policy) == exchange)
        let data = try JSONEncoder().encode(exchange)
        #expect(try JSONDecoder().decode(ExchangeCase.self, from: data) == exchange)
    }

    @Test(
        "A history with one event removed, reordered or altered is refused or gives a different case",
        arguments: 0..<200 as Range<UInt64>)
    func tamperedHistories(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        let world = try World()
        var exchange = try Self.randomOpening(&rng, world)
        for _ in 0..<Int.random(in: 1...8, using: &rng) {
            _ = try? exchange.apply(Self.naturalEvent(for: exchange, &rng, world))
        }
        let history = exchange.history
        func decoded(_ tampered: [ExchangeEvent]) -> ExchangeCase? {
            guard let data = try? JSONEncoder().encode(Snapshot(policy: exchange.policy, history: tampered)) else {
                return nil
            }
            return try? JSONDecoder().decode(ExchangeCase.self, from: data)
        }
        #expect(decoded(history) == exchange)

        // Removed.
        let removedIndex = Int.random(in: 0..<history.count, using: &rng)
        var removed = history
        removed.remove(at: removedIndex)
        #expect(decoded(removed) != exchange)

        // Reordered.
        if history.count >= 2 {
            let first = Int.random(in: 0..<(history.count - 1), using: &rng)
            let second = Int.random(in: (first + 1)..<history.count, using: &rng)
            var reordered = history
            reordered.swapAt(first, second)
            if reordered != history { #expect(decoded(reordered) != exchange) }
        }

        // Altered: one event's date moved.
        let alteredIndex = Int.random(in: 0..<history.count, using: &rng)
        let offset = Self.pick([-7, -1, 1, 7], &rng)
        var altered = history
        altered[alteredIndex] = Self.moved(history[alteredIndex], by: offset)
        #expect(decoded(altered) != exchange)
    }

    @Test("A decoded snapshot with a corrupted identifier or an unknown event is refused")
    func corruptedSnapshots() throws {
        var exchange = try ExchangeCase.open(Fixture.application(), parties: try Fixture.adultParties).opened
        try exchange.produceCard(on: date("2026-01-08"))
        let text = String(decoding: try JSONEncoder().encode(exchange), as: UTF8.self)
        for (from, to) in [(Fixture.holderNumber, "110105194912310021"), ("cardProduced", "cardEaten")] {
            let corrupted = text.replacingOccurrences(of: from, with: to)
            #expect(throws: DecodingError.self) {
                try JSONDecoder().decode(ExchangeCase.self, from: Data(corrupted.utf8))
            }
        }
    }

    static func moved(_ event: ExchangeEvent, by days: Int) -> ExchangeEvent {
        func move(_ date: CivilDate) -> CivilDate { (try? date.adding(days: days)) ?? date }
        switch event {
        case .applied(var application, let parties):
            application.date = move(application.date)
            return .applied(application: application, parties: parties)
        case .cardProduced(let date): return .cardProduced(on: move(date))
        case .cardReceived(let date, let recipient): return .cardReceived(on: move(date), by: recipient)
        case .socialSecurityActivated(let date, let channel):
            return .socialSecurityActivated(on: move(date), through: channel)
        case .financialFunctionActivated(let date, let document):
            return .financialFunctionActivated(on: move(date), presenting: document)
        case .cancelled(let date): return .cancelled(on: move(date))
        }
    }
}
