import CardModel
import Foundation
import TestSupport
import Testing

// A tiny case machine on CardModel's case pattern, so the shared parts (CaseLedger, CaseError, EventCoding,
// CaseSnapshot, CasePolicy) are tested without any policy module: opened by `opened`, stamped up to the policy's
// `maxStamps` times, then closed.

/// The tiny machine's events; `opened` carries a note, which must not be empty.
enum TinyEvent: CaseEvent, Codable {
    case opened(on: CivilDate, note: String)
    case stamped(on: CivilDate)
    case closed(on: CivilDate)

    var name: String {
        switch self {
        case .opened: "opened"
        case .stamped: "stamped"
        case .closed: "closed"
        }
    }

    var date: CivilDate {
        switch self {
        case .opened(let date, _), .stamped(let date), .closed(let date): date
        }
    }

    var description: String { "\(self.name) on \(self.date)" }

    init(from decoder: any Decoder) throws {
        let (container, name, date) = try EventCoding.decode(from: decoder)
        switch name {
        case "opened":
            let note = try container.decode(String.self, forKey: EventCoding.key("note"))
            guard !note.isEmpty else {
                throw EventCoding.inconsistent("note", "TinyEvent: an empty note", in: container)
            }
            self = .opened(on: date, note: note)
        case "stamped": self = .stamped(on: date)
        case "closed": self = .closed(on: date)
        default: throw EventCoding.unknownEvent(name, of: "TinyEvent", in: container)
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = try EventCoding.encode(self, to: encoder)
        if case .opened(_, let note) = self { try container.encode(note, forKey: EventCoding.key("note")) }
    }
}

/// The tiny machine's policy: a fee, how many stamps a case may have, and a working-day calendar.
struct TinyPolicy: CasePolicy, Codable {
    var fee: Int
    var maxStamps: Int
    var calendar: WorkingDayCalendar

    static let standard = TinyPolicy(fee: 10, maxStamps: 2, calendar: .mainlandChina)

    var parameters: [PolicyParameter] {
        [PolicyParameter("fee", String(self.fee)), PolicyParameter("maxStamps", String(self.maxStamps))]
            + PolicyParameter.calendar(self.calendar)
    }
}

/// The tiny machine's error codes: the shared ones and its own.
struct TinyCode: CaseErrorCode {
    let name: String
    init(name: String) { self.name = name }

    static var tooManyStamps: Self { Self(name: "tooManyStamps") }
}

/// The tiny machine.
struct TinyCase: CaseMachine, Codable {
    enum Phase: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        case open, closed
        var description: String { self.rawValue }
        var text: LocalizedText { LocalizedText(english: self.rawValue, german: self.rawValue, chinese: self.rawValue) }
    }

    typealias Code = TinyCode
    typealias Effect = String

    static let kind = "tiny"

    let policy: TinyPolicy
    private var ledger: CaseLedger<TinyEvent, Phase>

    var history: [TinyEvent] { self.ledger.events }
    var phase: Phase { self.ledger.current }

    /// The phase at the end of `date`, from the recorded states.
    func phase(on date: CivilDate) -> Phase? { self.ledger.state(on: date) }

    private init(policy: TinyPolicy, ledger: CaseLedger<TinyEvent, Phase>) {
        self.policy = policy
        self.ledger = ledger
    }

    static func open(
        _ event: TinyEvent, policy: TinyPolicy = .standard
    ) throws(Failure) -> (
        opened: TinyCase, effects: [String]
    ) {
        guard case .opened = event else {
            throw Failure(
                .historyMustStartWithOpening, event: event.name, phase: nil,
                message: CaseMachineMessages.historyMustStartWith("opened"))
        }
        return (TinyCase(policy: policy, ledger: CaseLedger(opening: event, state: .open, on: event.date)), ["file"])
    }

    init(replaying history: [TinyEvent], policy: TinyPolicy = .standard) throws(Failure) {
        guard let first = history.first else {
            throw Failure(.emptyHistory, event: "history", phase: nil, message: CaseMachineMessages.emptyHistory)
        }
        var (replayed, _) = try Self.open(first, policy: policy)
        for event in history.dropFirst() {
            if case .opened = event {
                throw Failure(
                    .historyMustStartWithOpening, event: event.name, phase: nil,
                    message: CaseMachineMessages.historyMustStartWith("opened"))
            }
            _ = try replayed.apply(event)
        }
        self = replayed
    }

    mutating func apply(_ event: TinyEvent) throws(Failure) -> [String] {
        guard self.ledger.admits(event) else {
            throw Failure(
                .dateBeforePreviousEvent, event: event.name, phase: self.phase, rule: .date,
                message: CaseMachineMessages.dateBeforePreviousEvent(event.date, previous: self.ledger.latestDate))
        }
        let (state, effects) = try self.transition(from: self.phase, on: event)
        self.ledger.record(event, leadingTo: state)
        return effects
    }

    private func transition(from phase: Phase, on event: TinyEvent) throws(Failure) -> (Phase, [String]) {
        switch (phase, event) {
        case (.open, .stamped):
            let stamps = self.history.filter { $0.name == "stamped" }.count
            guard stamps < self.policy.maxStamps else {
                let violation = Violation(
                    rule: .period,
                    message: LocalizedText(english: "stamped enough", german: "genug", chinese: "够了"),
                    facts: [Fact("maxStamps", String(self.policy.maxStamps))])
                throw Failure(
                    .tooManyStamps, event: event.name, phase: phase, violations: [violation],
                    message: CaseMachineMessages.refused([violation]))
            }
            return (.open, ["stamp"])
        case (.open, .closed):
            return (.closed, ["archive"])
        default:
            throw Failure(
                .eventNotAllowed, event: event.name, phase: phase,
                message: CaseMachineMessages.eventNotAllowed(event.name, in: phase.text))
        }
    }

    init(from decoder: any Decoder) throws {
        let (_, policy, history) = try CaseSnapshot.decode(
            kind: Self.kind, from: decoder, policy: TinyPolicy.self, event: TinyEvent.self)
        do {
            self = try TinyCase(replaying: history, policy: policy)
        } catch {
            throw CaseSnapshot.historyRefused(kind: Self.kind, error)
        }
    }

    func encode(to encoder: any Encoder) throws {
        _ = try CaseSnapshot.encode(kind: Self.kind, policy: self.policy, history: self.history, to: encoder)
    }
}

/// Fixtures for the case tests.
enum TinyFixture {
    /// A case opened on 2026-01-05, stamped on the 6th and the 7th, closed on the 9th.
    static func closedCase(policy: TinyPolicy = .standard) throws -> TinyCase {
        var (tiny, _) = try TinyCase.open(.opened(on: date("2026-01-05"), note: "first"), policy: policy)
        _ = try tiny.apply(.stamped(on: date("2026-01-06")))
        _ = try tiny.apply(.stamped(on: date("2026-01-07")))
        _ = try tiny.apply(.closed(on: date("2026-01-09")))
        return tiny
    }

    /// The snapshot of `tiny` as a JSON object.
    static func object(_ tiny: TinyCase) throws -> [String: Any] {
        let data = try JSONEncoder().encode(tiny)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// A JSON object as data.
    static func data(_ object: [String: Any]) throws -> Data {
        try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }

    /// Decodes a tiny case, with `expected` in the decoder's `userInfo` when given.
    static func decode(_ data: Data, expected: ExpectedPolicy<TinyPolicy>? = nil) throws -> TinyCase {
        let decoder = JSONDecoder()
        if let expected { decoder.userInfo[TinyPolicy.snapshotKey] = expected }
        return try decoder.decode(TinyCase.self, from: data)
    }
}
