import CardModel
import Foundation
import TestSupport
import Testing
import WorkPermitIntegration

/// ForeignerOnboarding on the one case pattern (Documentation/API.md): `apply(_:)` and its imperative wrappers,
/// one error shape, past-date questions from the recorded states, the event and effect JSON, `CaseMachine`.
@Suite struct OnboardingCasePatternTests {
    /// What a host's generic layer does with any case: apply an event, then store the snapshot.
    static func record<Case: CaseMachine & Codable>(
        _ event: Case.Event, in stored: inout Case
    ) throws(Case.Failure) -> [Case.Effect] {
        try stored.apply(event)
    }

    /// The onboarding replayed from the events up to `date`: the oracle the recorded states must agree with.
    static func replayed(_ onboarding: ForeignerOnboarding, through date: CivilDate) throws -> ForeignerOnboarding {
        try ForeignerOnboarding(replaying: onboarding.history.filter { $0.date <= date }, policy: onboarding.policy)
    }

    // MARK: Events

    @Test("Each event has an imperative wrapper; the happy path through them is the scripted history")
    func wrappers() throws {
        var onboarding = ForeignerOnboarding()
        try onboarding.issueNotificationLetter(on: date("2026-01-15"))
        try onboarding.issueZVisa(on: date("2026-02-10"))
        try onboarding.enter(on: date("2026-03-02"))
        try onboarding.registerElectronicCard(on: date("2026-03-03"))
        try onboarding.enrol(
            on: date("2026-03-05"), by: .employer, channel: .onlineSocialInsuranceHall, document: .electronicCard)
        try onboarding.assignSocialSecurityNumber(on: date("2026-03-09"))
        try onboarding.applyForResidencePermit(on: date("2026-03-16"), with: .electronicCard)
        try onboarding.issuePhysicalCard(on: date("2026-03-20"))
        try onboarding.grantResidencePermit(on: date("2026-03-27"), validUntil: date("2027-03-26"))
        let effects = try onboarding.receivePhysicalCard(on: date("2026-03-30"))
        #expect(effects.last == .completed)
        #expect(onboarding.history == Fixture.happyPath)
        #expect(onboarding == (try Fixture.onboarding(after: 10)))
        var refused = try Fixture.onboarding(after: 7)
        #expect(try refused.refuseResidencePermit(on: date("2026-03-25")).last == .closed)
        #expect(refused.phase.stage == .closed)
    }

    @Test("A host's generic layer drives an onboarding through CaseMachine and stores its snapshot")
    func genericHost() throws {
        var onboarding = try Fixture.onboarding(after: 2)
        let effects = try Self.record(.entered(on: date("2026-03-02")), in: &onboarding)
        #expect(effects.contains { if case .scheduleDeadline = $0 { true } else { false } })
        let stored = try JSONEncoder().encode(onboarding)
        #expect(try JSONDecoder().decode(ForeignerOnboarding.self, from: stored) == onboarding)
        do throws(OnboardingError) {
            _ = try Self.record(.entered(on: date("2026-03-03")), in: &onboarding)
            Issue.record("a second entry was taken")
        } catch {
            #expect(error.code == .alreadyDone)
        }
        #expect(onboarding.history.count == 3)
    }

    // MARK: One error shape

    /// Applies `event` to `onboarding`, expecting a refusal that leaves it unchanged.
    static func refusal(
        _ event: OnboardingEvent, to onboarding: ForeignerOnboarding, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> OnboardingError {
        var copy = onboarding
        let error = try #require(throws: OnboardingError.self, sourceLocation: sourceLocation) {
            try copy.apply(event)
        }
        #expect(copy == onboarding, sourceLocation: sourceLocation)
        #expect(error.event == event.name, sourceLocation: sourceLocation)
        #expect(error.phase == onboarding.phase, sourceLocation: sourceLocation)
        #expect(error.rule != nil, sourceLocation: sourceLocation)
        Fixture.expectThreeLanguages(error.message, sourceLocation: sourceLocation)
        #expect(
            error.description.hasPrefix("\(error.code) (\(event.name) in \(onboarding.phase)): "),
            sourceLocation: sourceLocation)
        return error
    }

    @Test("CM-DATE: an event dated before the previous one is dateBeforePreviousEvent, the rule CM-DATE")
    func dateBeforePreviousEvent() throws {
        let error = try Self.refusal(.zVisaIssued(on: date("2026-01-14")), to: try Fixture.onboarding(after: 1))
        #expect(error.code == .dateBeforePreviousEvent)
        #expect(error.rule == .date)
        #expect(error.violations.isEmpty)
        #expect(
            error.description == "dateBeforePreviousEvent (zVisaIssued in notificationLetterIssued): The event "
                + "is dated 2026-01-14, before the previous event on 2026-01-15.")
        // On the same day as the previous event is in order.
        var sameDay = try Fixture.onboarding(after: 1)
        try sameDay.issueZVisa(on: date("2026-01-15"))
    }

    @Test("WP-VISA, WP-ENROL: an event too early is notYet, a step done twice alreadyDone; rule and phase named")
    func notYetAndAlreadyDone() throws {
        let early = try Self.refusal(.entered(on: date("2026-02-01")), to: try Fixture.onboarding(after: 1))
        #expect(early.code == .notYet)
        #expect(early.rule == .workPermitVisa)
        #expect(early.message.english == "“entry into China” needs “Z visa issued” first")
        let first = try Self.refusal(.zVisaIssued(on: date("2026-01-01")), to: ForeignerOnboarding())
        #expect(first.code == .notYet)
        #expect(first.phase?.stage == .notStarted)
        let twice = try Self.refusal(.entered(on: date("2026-03-03")), to: try Fixture.onboarding(after: 3))
        #expect(twice.code == .alreadyDone)
        #expect(twice.phase?.stage == .inChina)
        let number = try Self.refusal(
            .socialSecurityNumberAssigned(on: date("2026-03-10")), to: try Fixture.onboarding(after: 6))
        #expect(number.code == .alreadyDone)
        #expect(number.rule == .workPermitEnrolment)
    }

    @Test("WP-NOTIFICATION, WP-ENROL, WP-RESIDENCE-DEADLINE: rule refusals carry every violation with its facts")
    func ruleRefusals() throws {
        let visa = try Self.refusal(.zVisaIssued(on: date("2026-07-16")), to: try Fixture.onboarding(after: 1))
        #expect(visa.code == .notificationLetterExpired)
        #expect(visa.violations.map(\.rule) == [.workPermitVisa, .workPermitNotification])
        #expect(visa.rule == .workPermitVisa)
        #expect(visa.message.english == visa.violations.map(\.message.english).joined(separator: "; "))
        let document = try Self.refusal(
            .enrolled(
                on: date("2026-03-04"), by: .employer, channel: .socialInsuranceAgency, document: .electronicCard),
            to: try Fixture.onboarding(after: 3))
        #expect(document.code == .documentNotAvailable)
        #expect(document.violations.first?.facts.contains(Fact("document", "electronicCard")) == true)
        let validity = try Self.refusal(
            .residencePermitGranted(on: date("2026-03-27"), validUntil: date("2026-04-30")),
            to: try Fixture.onboarding(after: 7))
        #expect(validity.code == .residencePermitValidity)
        #expect(validity.violations.first?.facts.contains(Fact("earliest", "2026-06-25")) == true)
        let beforeAcceptance = try Self.refusal(
            .residencePermitRefused(on: date("2026-03-15")),
            to: try ForeignerOnboarding(
                replaying: Array(Fixture.happyPath.prefix(3)) + [
                    .residencePermitApplied(on: date("2026-03-14"), document: .notificationLetter)
                ]))
        #expect(beforeAcceptance.code == .decisionBeforeAcceptance)
        #expect(beforeAcceptance.rule == .workPermitResidenceDeadline)
    }

    @Test("CM-DATE: a deadline past 2199 is dateOutOfRange, its violation naming the year")
    func dateOutOfRange() throws {
        let error = try Self.refusal(.notificationLetterIssued(on: date("2199-08-01")), to: ForeignerOnboarding())
        #expect(error.code == .dateOutOfRange)
        #expect(error.rule == .date)
        #expect(error.violations.first?.facts == [Fact("year", "2200")])
        let entry = try Self.refusal(
            .entered(on: date("2199-12-20")),
            to: try ForeignerOnboarding(replaying: [
                .notificationLetterIssued(on: date("2199-06-01")), .zVisaIssued(on: date("2199-06-02")),
            ]))
        #expect(entry.code == .dateOutOfRange)
    }

    @Test("WP-RESIDENCE: a refused residence permit closes the onboarding: every event is closed, naming the day")
    func closed() throws {
        var onboarding = try Fixture.onboarding(after: 7)
        try onboarding.refuseResidencePermit(on: date("2026-03-25"))
        for event: OnboardingEvent in [
            .physicalCardIssued(on: date("2026-03-26")), .entered(on: date("2026-03-26")),
            .residencePermitGranted(on: date("2026-03-26"), validUntil: date("2027-03-26")),
        ] {
            let error = try Self.refusal(event, to: onboarding)
            #expect(error.code == .closed)
            #expect(error.rule == .workPermitResidence)
            #expect(error.phase?.stage == .closed)
            #expect(error.message.english.contains("2026-03-25"))
        }
        // The date order is checked first.
        #expect(
            try Self.refusal(.physicalCardIssued(on: date("2026-03-24")), to: onboarding).code
                == .dateBeforePreviousEvent)
    }

    @Test("An onboarding exists before any event: an empty history replays to a new one, not emptyHistory")
    func replayFromNothing() throws {
        #expect(try ForeignerOnboarding(replaying: []) == ForeignerOnboarding())
        let error = #expect(throws: OnboardingError.self) {
            try ForeignerOnboarding(replaying: [.zVisaIssued(on: date("2026-02-10"))])
        }
        #expect(error?.code == .notYet)
        #expect(error?.phase?.stage == .notStarted)
    }

    // MARK: Past-date questions from the recorded states

    @Test("Past days are answered from the recorded states, the same as the events up to that day would give")
    func pastDatesFromRecordedStates() throws {
        var closed = try Fixture.onboarding(after: 7)
        try closed.refuseResidencePermit(on: date("2026-03-25"))
        for onboarding in [try Fixture.onboarding(after: 10), closed] {
            var day = date("2026-01-13")
            while day <= date("2026-04-02") {
                let oracle = try Self.replayed(onboarding, through: day)
                #expect(onboarding.phase(on: day) == oracle.phase, "\(day)")
                #expect(onboarding.electronicCardFunctions(on: day) == oracle.electronicCardFunctions, "\(day)")
                #expect(onboarding.status(on: day) == oracle.status(on: day), "\(day)")
                day = try day.adding(days: 1)
            }
        }
    }

    @Test("A day before the Notification Letter is notStarted, with the letter next; the first day supported too")
    func beforeTheLetter() throws {
        let onboarding = try Fixture.onboarding(after: 10)
        for day in [CivilDate.earliest, date("2026-01-14")] {
            #expect(onboarding.phase(on: day) == ForeignerOnboarding().phase)
            #expect(onboarding.electronicCardFunctions(on: day).isEmpty)
            let status = onboarding.status(on: day)
            #expect(status.done.isEmpty)
            #expect(status.next.map(\.step) == [.notificationLetter])
            #expect(status.deadlines.isEmpty)
        }
        #expect(onboarding.phase(on: CivilDate.latest) == onboarding.phase)
    }

    @Test("Events on one day: the state at the end of that day counts them all")
    func sameDay() throws {
        var onboarding = try Fixture.onboarding(after: 3)
        try onboarding.registerElectronicCard(on: date("2026-03-04"))
        try onboarding.enrol(
            on: date("2026-03-04"), by: .employer, channel: .socialInsuranceAgency, document: .electronicCard)
        #expect(onboarding.phase(on: date("2026-03-04")) == onboarding.phase)
        #expect(onboarding.phase(on: date("2026-03-03")).insurance == .notEnrolled)
        #expect(onboarding.status(on: date("2026-03-04")).done.count == 5)
    }

    // MARK: Phase

    @Test("Phase: every phase an onboarding can be in, and no other; each decodes and is reached")
    func phases() throws {
        let all = ForeignerOnboarding.Phase.allCases
        #expect(all.count == 43)
        #expect(Set(all).count == all.count)
        for phase in all { #expect(try Fixture.roundTrip(phase) == phase) }
        var closed = try Fixture.onboarding(after: 7)
        try closed.refuseResidencePermit(on: date("2026-03-25"))
        for onboarding in (0...10).compactMap({ try? Fixture.onboarding(after: $0) }) + [closed] {
            #expect(all.contains(onboarding.phase))
        }
        #expect(ForeignerOnboarding().phase.description == "notStarted")
        #expect(
            try Fixture.onboarding(after: 5).phase.description
                == "inChina (eCard: yes, insurance: enrolled, residence: notApplied)")
    }

    // MARK: JSON

    @Test("Events: one JSON form with explicit keys; the form before 1.0 still decodes", arguments: Fixture.happyPath)
    func eventJSON(event: OnboardingEvent) throws {
        let json = try #require(
            try JSONSerialization.jsonObject(with: try JSONEncoder().encode(event)) as? [String: Any])
        #expect(json["event"] as? String == event.name)
        #expect(json["date"] as? String == event.date.description)
        #expect(try Fixture.roundTrip(event) == event)
        // Before 1.0 the compiler wrote {"<name>": {"on": …, …}}.
        var legacy = json
        legacy.removeValue(forKey: "event")
        legacy.removeValue(forKey: "date")
        legacy["on"] = event.date.description
        let old = try JSONSerialization.data(withJSONObject: [event.name: legacy])
        #expect(try JSONDecoder().decode(OnboardingEvent.self, from: old) == event)
    }

    @Test("Events: an unknown name, a missing value or a malformed old form is a DecodingError")
    func eventJSONRefused() {
        for json in [
            #"{"event":"deported","date":"2026-03-02"}"#, #"{"event":"enrolled","date":"2026-03-02","by":"employer"}"#,
            #"{"event":"residencePermitGranted","date":"2026-03-27"}"#, #"{"entered":{"on":"2026-03-02"},"x":{}}"#,
            #"{"entered":{}}"#, #"{}"#,
        ] {
            #expect(throws: DecodingError.self, "\(json)") {
                try JSONDecoder().decode(OnboardingEvent.self, from: Data(json.utf8))
            }
        }
    }

    @Test("Effects, statuses and timelines are Encodable with explicit keys, never synthesized ones")
    func encodableOnly() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = { (value: OnboardingEffect) in String(decoding: try encoder.encode(value), as: UTF8.self) }
        #expect(
            try text(OnboardingEffect.cancelDeadline(.notificationLetterExpiry))
                == #"{"effect":"cancelDeadline","kind":"notificationLetterExpiry"}"#)
        #expect(
            try text(OnboardingEffect.recordResidencePermit(validUntil: date("2027-03-26")))
                == #"{"effect":"recordResidencePermit","validUntil":"2027-03-26"}"#)
        #expect(try text(OnboardingEffect.completed) == #"{"effect":"completed"}"#)
        #expect(
            try text(OnboardingEffect.offerFunctions(CardFunction.workPermit)).hasPrefix(
                #"{"effect":"offerFunctions","functions":["#))
        let onboarding = try Fixture.onboarding(after: 10)
        for day in [date("2026-01-01"), date("2026-03-10"), date("2026-04-30")] {
            try Fixture.expectStableEncoding(onboarding.status(on: day))
        }
        let status = try #require(
            try JSONSerialization.jsonObject(with: try encoder.encode(onboarding.status(on: date("2026-04-30"))))
                as? [String: Any])
        let deadlines = try #require(status["deadlines"] as? [[String: Any]])
        #expect(deadlines.first?["outcome"] as? [String: String] == ["outcome": "met", "on": "2026-03-02"])
        try Fixture.expectStableEncoding(try OnboardingTimeline(entry: date("2026-03-02")))
    }

    @Test("Equal onboardings hash alike (the history, not the policy's calendar, is hashed)")
    func hashing() throws {
        let onboardings: Set = [try Fixture.onboarding(after: 3), try Fixture.onboarding(after: 3)]
        #expect(onboardings.count == 1)
        #expect(Set([try Fixture.onboarding(after: 3), try Fixture.onboarding(after: 4)]).count == 2)
    }
}
