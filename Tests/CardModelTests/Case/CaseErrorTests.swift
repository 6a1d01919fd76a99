import CardModel
import TestSupport
import Testing

/// CaseError and CaseErrorCode: one error shape and one set of shared codes for every machine.
@Suite struct CaseErrorTests {
    typealias Failure = CaseError<TinyCode, TinyCase.Phase>

    static let message = LocalizedText(english: "Not now.", german: "Nicht jetzt.", chinese: "现在不行。")

    static func violation(_ rule: RuleID) -> Violation {
        Violation(rule: rule, message: LocalizedText(english: "no", german: "nein", chinese: "不"))
    }

    @Test("The description names the code, the event, the phase and the English message")
    func description() {
        let error = Failure(.eventNotAllowed, event: "stamped", phase: .closed, message: Self.message)
        #expect(error.description == "eventNotAllowed (stamped in closed): Not now.")
        #expect("\(error)" == error.description)
    }

    @Test("Without a phase (an opening, a replay) the description says there was no case")
    func descriptionWithoutPhase() {
        let error = Failure(.emptyHistory, event: "history", phase: nil, message: Self.message)
        #expect(error.description == "emptyHistory (history in no case): Not now.")
        #expect(error.phase == nil)
    }

    @Test("The rule defaults to the first violation's; a rule given is kept; neither is nil")
    func ruleDefaulting() {
        let violations = [Self.violation(.period), Self.violation(.money)]
        let refused = Failure(
            .tooManyStamps, event: "stamped", phase: .open, violations: violations, message: Self.message)
        #expect(refused.rule == .period)
        #expect(refused.violations == violations)
        let given = Failure(
            .tooManyStamps, event: "stamped", phase: .open, rule: .date, violations: violations, message: Self.message)
        #expect(given.rule == .date)
        let plain = Failure(.eventNotAllowed, event: "stamped", phase: .open, message: Self.message)
        #expect(plain.rule == nil)
        #expect(plain.violations.isEmpty)
    }

    @Test("The fields are what the machine gave, and equal errors are equal")
    func fields() {
        let error = Failure(.dateBeforePreviousEvent, event: "closed", phase: .open, rule: .date, message: Self.message)
        #expect(error.code == .dateBeforePreviousEvent)
        #expect(error.event == "closed")
        #expect(error.phase == .open)
        #expect(error.message == Self.message)
        let same = Failure(.dateBeforePreviousEvent, event: "closed", phase: .open, rule: .date, message: Self.message)
        let inAnotherPhase = Failure(
            .dateBeforePreviousEvent, event: "closed", phase: .closed, rule: .date, message: Self.message)
        #expect(error == same)
        #expect(error != inAnotherPhase)
    }

    @Test("The shared codes have the same names for every machine's code type, and a machine adds its own")
    func sharedCodes() {
        #expect(TinyCode.eventNotAllowed.name == "eventNotAllowed")
        #expect(TinyCode.dateBeforePreviousEvent.name == "dateBeforePreviousEvent")
        #expect(TinyCode.emptyHistory.name == "emptyHistory")
        #expect(TinyCode.historyMustStartWithOpening.name == "historyMustStartWithOpening")
        #expect(TinyCode.eventNotAllowed == TinyCode(name: "eventNotAllowed"))
        #expect(TinyCode.eventNotAllowed.description == "eventNotAllowed")
        #expect(TinyCode.tooManyStamps.description == "tooManyStamps")
        #expect(OtherCode.eventNotAllowed.name == TinyCode.eventNotAllowed.name)
        let shared: [TinyCode] = [
            .eventNotAllowed, .dateBeforePreviousEvent, .emptyHistory, .historyMustStartWithOpening,
        ]
        #expect(Set(shared).count == 4)
    }

    @Test("The shared messages name what they are about in all three languages")
    func sharedMessages() {
        let refused = CaseMachineMessages.refused([Self.violation(.period), Self.violation(.money)])
        #expect(refused.english == "The request is refused (CM-PERIOD, CM-MONEY); the case is unchanged.")
        #expect(refused.german.contains("CM-PERIOD, CM-MONEY"))
        #expect(refused.chinese.contains("CM-PERIOD, CM-MONEY"))
        let early = CaseMachineMessages.dateBeforePreviousEvent(date("2026-01-04"), previous: date("2026-01-05"))
        #expect(early.english == "The event is dated 2026-01-04, before the previous event on 2026-01-05.")
        let notAllowed = CaseMachineMessages.eventNotAllowed("stamped", in: TinyCase.Phase.closed.text)
        #expect(notAllowed.english == "stamped cannot happen when the case is closed.")
        for text in [
            refused, early, notAllowed, CaseMachineMessages.emptyHistory,
            CaseMachineMessages.historyMustStartWith("opened"),
        ] {
            #expect(!text.english.isEmpty && !text.german.isEmpty && !text.chinese.isEmpty)
        }
    }

    // MARK: The errors the tiny machine throws, made from the shared parts

    @Test("A refused event leaves the case as it was, history included")
    func refusedLeavesTheCase() throws {
        var tiny = try TinyFixture.closedCase()
        let before = tiny
        let error = #expect(throws: Failure.self) { try tiny.apply(.stamped(on: date("2026-01-10"))) }
        #expect(error?.code == .eventNotAllowed)
        #expect(error?.phase == .closed)
        #expect(tiny == before)
    }

    @Test("An event dated before the previous one is dateBeforePreviousEvent, checked by the ledger")
    func dateBeforePrevious() throws {
        var (tiny, _) = try TinyCase.open(.opened(on: date("2026-01-05"), note: "n"))
        _ = try tiny.apply(.stamped(on: date("2026-01-07")))
        let error = #expect(throws: Failure.self) { try tiny.apply(.closed(on: date("2026-01-06"))) }
        #expect(error?.code == .dateBeforePreviousEvent)
        #expect(error?.rule == .date)
        #expect(tiny.history.count == 2)
    }

    @Test("A policy's refusal carries the violations and the first one's rule")
    func policyRefusal() throws {
        var (tiny, _) = try TinyCase.open(
            .opened(on: date("2026-01-05"), note: "n"),
            policy: TinyPolicy(fee: 0, maxStamps: 0, calendar: .mainlandChina))
        let error = #expect(throws: Failure.self) { try tiny.apply(.stamped(on: date("2026-01-06"))) }
        #expect(error?.code == .tooManyStamps)
        #expect(error?.rule == .period)
        #expect(error?.violations.first?.facts == [Fact("maxStamps", "0")])
    }

    @Test("Replaying an empty history, or one that does not start with its opening, is refused")
    func replay() throws {
        let empty = Failure(.emptyHistory, event: "history", phase: nil, message: CaseMachineMessages.emptyHistory)
        #expect(throws: empty) { try TinyCase(replaying: []) }
        let late = #expect(throws: Failure.self) { try TinyCase(replaying: [.stamped(on: date("2026-01-05"))]) }
        #expect(late?.code == .historyMustStartWithOpening)
        let twice = #expect(throws: Failure.self) {
            try TinyCase(replaying: [
                .opened(on: date("2026-01-05"), note: "a"), .opened(on: date("2026-01-06"), note: "b"),
            ])
        }
        #expect(twice?.code == .historyMustStartWithOpening)
        let tiny = try TinyFixture.closedCase()
        #expect(try TinyCase(replaying: tiny.history) == tiny)
    }

    @Test("Past-day phases come from the recorded states")
    func phaseOnADay() throws {
        let tiny = try TinyFixture.closedCase()
        #expect(tiny.phase(on: date("2026-01-04")) == nil)
        #expect(tiny.phase(on: date("2026-01-05")) == .open)
        #expect(tiny.phase(on: date("2026-01-08")) == .open)
        #expect(tiny.phase(on: date("2026-01-09")) == .closed)
    }
}

/// A second machine's code type: the shared codes come with the protocol.
struct OtherCode: CaseErrorCode {
    let name: String
    init(name: String) { self.name = name }
}
