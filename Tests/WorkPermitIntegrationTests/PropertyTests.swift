import CardModel
import Foundation
import TestSupport
import Testing
import WorkPermitIntegration

/// Random event sequences with random dates: nothing traps, refused events leave the machine unchanged,
/// replaying the history gives the same machine, encoding round-trips, and a tampered history is refused or
/// gives a different machine.
@Suite struct PropertyTests {
    /// The snapshot shape every machine encodes: the policy and the history.
    struct Snapshot<Event: Codable>: Codable {
        var policy: WorkPermitIntegrationPolicy
        var history: [Event]
    }

    static func randomDate(after previous: CivilDate, using rng: inout SplitMix64) -> CivilDate {
        let step =
            Int.random(in: 0..<8, using: &rng) == 0
            ? -Int.random(in: 1...15, using: &rng) : Int.random(in: 0...12, using: &rng)
        return (try? previous.adding(days: step)) ?? previous
    }

    static func element<T>(_ values: [T], using rng: inout SplitMix64) -> T {
        values[Int.random(in: 0..<values.count, using: &rng)]
    }

    /// A random event; half of the time one the phase expects next, so walks get deep into the machine.
    static func randomOnboardingEvent(
        after previous: CivilDate, phase: ForeignerOnboarding.Phase, using rng: inout SplitMix64
    ) -> OnboardingEvent {
        let day = randomDate(after: previous, using: &rng)
        let document = element(PermitDocument.allCases, using: &rng)
        var kind = Int.random(in: 0..<11, using: &rng)
        if Bool.random(using: &rng) {
            switch phase.stage {
            case .notStarted: kind = 0
            case .notificationLetterIssued: kind = 1
            case .zVisaIssued: kind = 2
            case .inChina, .completed, .closed: kind = element([3, 4, 5, 6, 7, 8, 8, 9, 9], using: &rng)
            }
        }
        switch kind {
        case 0: return .notificationLetterIssued(on: day)
        case 1: return .zVisaIssued(on: day)
        case 2: return .entered(on: day)
        case 3: return .electronicCardRegistered(on: day)
        case 4:
            return .enrolled(
                on: day, by: element(Enroller.allCases, using: &rng),
                channel: element(EnrolmentChannel.allCases, using: &rng),
                document: document)
        case 5: return .socialSecurityNumberAssigned(on: day)
        case 6: return .physicalCardIssued(on: day)
        case 7: return .physicalCardReceived(on: day)
        case 8: return .residencePermitApplied(on: day, document: document)
        case 9:
            let validUntil = (try? day.adding(days: Int.random(in: 60...2_000, using: &rng))) ?? day
            return .residencePermitGranted(on: day, validUntil: validUntil)
        default: return .residencePermitRefused(on: day)
        }
    }

    /// Removes, swaps or re-dates one event of `history`.
    static func tampered<Event>(
        _ history: [Event], using rng: inout SplitMix64, redate: (Event, Int) -> Event
    ) -> [Event] {
        var copy = history
        let index = Int.random(in: 0..<copy.count, using: &rng)
        switch Int.random(in: 0..<3, using: &rng) {
        case 0: copy.remove(at: index)
        case 1 where copy.count >= 2:
            let other = index == 0 ? 1 : index - 1
            copy.swapAt(index, other)
        default:
            copy[index] = redate(copy[index], Int.random(in: 1...40, using: &rng) * (Bool.random(using: &rng) ? 1 : -1))
        }
        return copy
    }

    static func redated(_ event: OnboardingEvent, by days: Int) -> OnboardingEvent {
        let shift = { (day: CivilDate) in (try? day.adding(days: days)) ?? day }
        switch event {
        case .notificationLetterIssued(let day): return .notificationLetterIssued(on: shift(day))
        case .zVisaIssued(let day): return .zVisaIssued(on: shift(day))
        case .entered(let day): return .entered(on: shift(day))
        case .electronicCardRegistered(let day): return .electronicCardRegistered(on: shift(day))
        case .enrolled(let day, let by, let channel, let document):
            return .enrolled(on: shift(day), by: by, channel: channel, document: document)
        case .socialSecurityNumberAssigned(let day): return .socialSecurityNumberAssigned(on: shift(day))
        case .physicalCardIssued(let day): return .physicalCardIssued(on: shift(day))
        case .physicalCardReceived(let day): return .physicalCardReceived(on: shift(day))
        case .residencePermitApplied(let day, let document):
            return .residencePermitApplied(on: shift(day), document: document)
        case .residencePermitGranted(let day, let validUntil):
            return .residencePermitGranted(on: shift(day), validUntil: validUntil)
        case .residencePermitRefused(let day): return .residencePermitRefused(on: shift(day))
        }
    }

    /// Decodes a snapshot with `history`; `nil` when refused.
    static func decode<Machine: Decodable, Event: Codable>(
        _ type: Machine.Type, policy: WorkPermitIntegrationPolicy, history: [Event]
    ) throws -> Machine? {
        let data = try JSONEncoder().encode(Snapshot(policy: policy, history: history))
        return try? JSONDecoder().decode(Machine.self, from: data)
    }

    @Test("Random onboarding event sequences keep every invariant", arguments: 0..<120 as Range<UInt64>)
    func onboardingRandomWalk(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        // Start with the letter most of the time so the walk gets deep into the machine.
        var onboarding = ForeignerOnboarding()
        var day = date("2024-10-01")
        if let start = try? day.adding(days: Int.random(in: 0...600, using: &rng)) { day = start }
        if seed % 4 != 0 { try onboarding.issueNotificationLetter(on: day) }
        var violations: [Violation] = []
        for _ in 0..<Int.random(in: 1...50, using: &rng) {
            let event = Self.randomOnboardingEvent(
                after: onboarding.history.last?.date ?? day, phase: onboarding.phase, using: &rng)
            let before = onboarding
            do throws(OnboardingError) {
                let effects = try onboarding.apply(event)
                #expect(onboarding.history == before.history + [event])
                #expect(effects.allSatisfy { !$0.description.isEmpty })
            } catch {
                #expect(onboarding == before)
                #expect(error.phase == before.phase)
                #expect(error.event == event.name)
                #expect(error.rule != nil)
                Fixture.expectThreeLanguages(error.message)
                violations += error.violations
            }
            let status = onboarding.status(on: Self.randomDate(after: event.date, using: &rng))
            #expect(status.deadlines.count <= 3)
            violations += status.warnings + status.next.flatMap(\.blockers)
        }
        #expect(try ForeignerOnboarding(replaying: onboarding.history) == onboarding)
        #expect(try Fixture.roundTrip(onboarding) == onboarding)
        if !onboarding.history.isEmpty {
            let changed = Self.tampered(onboarding.history, using: &rng, redate: Self.redated)
            if let decoded = try Self.decode(ForeignerOnboarding.self, policy: onboarding.policy, history: changed) {
                #expect(decoded != onboarding)
                #expect(decoded.history == changed)
            }
        }
        for violation in violations { Fixture.expectThreeLanguages(violation.message) }
    }

    static func randomPermitEvent(after previous: CivilDate, using rng: inout SplitMix64) throws -> WorkPermitEvent {
        let day = randomDate(after: previous, using: &rng)
        switch Int.random(in: 0..<5, using: &rng) {
        case 0:
            return .issued(
                on: day, number: try Fixture.permitNumber(),
                category: element(WorkPermitCategory.allCases, using: &rng),
                validUntil: (try? day.adding(days: Int.random(in: -5...700, using: &rng))) ?? day)
        case 1, 2:
            return .extended(
                on: day, validUntil: (try? day.adding(days: Int.random(in: -30...700, using: &rng))) ?? day)
        case 3: return .changed(on: day, change: element(WorkPermitChange.allCases, using: &rng))
        default: return .cancelled(on: day)
        }
    }

    @Test("Random work permit event sequences keep every invariant", arguments: 0..<60 as Range<UInt64>)
    func permitRandomWalk(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        let issued =
            (try? date("2022-01-01").adding(days: Int.random(in: 0...1_400, using: &rng))) ?? date("2022-01-01")
        var permit = try WorkPermit.open(
            on: issued, number: try Fixture.permitNumber(), category: .c,
            validUntil: (try? issued.adding(days: Int.random(in: 30...900, using: &rng))) ?? issued
        ).opened
        var violations: [Violation] = []
        for _ in 0..<Int.random(in: 1...50, using: &rng) {
            let event = try Self.randomPermitEvent(after: permit.history.last?.date ?? issued, using: &rng)
            let before = permit
            do throws(WorkPermitError) {
                try permit.apply(event)
                #expect(permit.history == before.history + [event])
                if before.form == .integrated { #expect(permit.form == .integrated) }  // never back to physical
            } catch {
                #expect(permit == before)
                violations += error.violations
            }
        }
        #expect(try WorkPermit(replaying: permit.history) == permit)
        #expect(try Fixture.roundTrip(permit) == permit)
        let changed = Self.tampered(permit.history, using: &rng) { event, days in
            let shift = { (day: CivilDate) in (try? day.adding(days: days)) ?? day }
            switch event {
            case .issued(let day, let number, let category, let validUntil):
                return .issued(on: shift(day), number: number, category: category, validUntil: validUntil)
            case .extended(let day, let validUntil): return .extended(on: shift(day), validUntil: validUntil)
            case .changed(let day, let change): return .changed(on: shift(day), change: change)
            case .cancelled(let day): return .cancelled(on: shift(day))
            }
        }
        if let decoded = try Self.decode(WorkPermit.self, policy: permit.policy, history: changed) {
            #expect(decoded != permit)
        }
        for violation in violations { Fixture.expectThreeLanguages(violation.message) }
    }

    @Test("Random electronic card event sequences keep every invariant", arguments: 0..<60 as Range<UInt64>)
    func electronicCardRandomWalk(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        let registered =
            (try? date("2024-12-01").adding(days: Int.random(in: 0...500, using: &rng))) ?? date("2024-12-01")
        var card = try ElectronicCard.open(
            on: registered, try Fixture.registration(byPermitNumber: seed % 2 == 0, integrated: seed % 3 != 0)
        ).opened
        var violations: [Violation] = []
        for _ in 0..<Int.random(in: 1...50, using: &rng) {
            let day = Self.randomDate(after: card.history.last?.date ?? registered, using: &rng)
            let event: ElectronicCardEvent
            switch Int.random(in: 0..<5, using: &rng) {
            case 0: event = .realNameVerified(on: day)
            case 1: event = .realPersonVerified(on: day)
            case 2: event = .physicalCardReceived(on: day)
            case 3: event = .workPermitInformationLoaded(on: day, information: try Fixture.information())
            default: event = .registered(on: day, registration: try Fixture.registration())
            }
            let before = card
            do throws(ElectronicCardError) {
                try card.apply(event)
                #expect(card.history == before.history + [event])
                // An event never takes a function away on its own day (only the permit's expiry does, later).
                #expect(card.functions(on: event.date).isSuperset(of: before.functions(on: event.date)))
            } catch {
                #expect(card == before)
                violations += error.violations
            }
            let probe = Self.randomDate(after: event.date, using: &rng)
            let functions = card.functions(on: probe)
            for function in CardFunction.allCases {
                let decision = card.decision(for: function, on: probe)
                #expect(decision.isApproved == functions.contains(function))
                violations += decision.violations
            }
        }
        #expect(try ElectronicCard(replaying: card.history) == card)
        #expect(try Fixture.roundTrip(card) == card)
        // One event removed, swapped with its neighbour or re-dated: refused, or a different valid card.
        let changed = Self.tampered(card.history, using: &rng) { event, days in
            let moved = (try? event.date.adding(days: days)) ?? event.date
            switch event {
            case .registered(_, let registration): return .registered(on: moved, registration: registration)
            case .realNameVerified: return .realNameVerified(on: moved)
            case .realPersonVerified: return .realPersonVerified(on: moved)
            case .physicalCardReceived: return .physicalCardReceived(on: moved)
            case .workPermitInformationLoaded(_, let information):
                return .workPermitInformationLoaded(on: moved, information: information)
            }
        }
        if changed != card.history,
            let decoded = try Self.decode(ElectronicCard.self, policy: card.policy, history: changed)
        {
            #expect(decoded != card)
        }
        for violation in violations { Fixture.expectThreeLanguages(violation.message) }
    }
}
