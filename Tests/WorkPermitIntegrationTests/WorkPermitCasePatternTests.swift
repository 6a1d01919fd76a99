import CardModel
import Foundation
import TestSupport
import Testing
import WorkPermitIntegration

/// The work permit and the electronic card follow the one case pattern (Documentation/API.md): `CaseMachine`,
/// an opening returning its effects, every error code of the shared shape, and past-date questions answered from
/// the recorded states.
@Suite struct WorkPermitCasePatternTests {
    /// What a host's generic persistence layer does with any case: apply an event, store the snapshot, read it.
    static func applyAndStore<Case: CaseMachine & Codable>(
        _ event: Case.Event, to stored: Case
    ) throws -> (effects: [Case.Effect], reread: Case) {
        var copy = stored
        let effects = try copy.apply(event)
        #expect(copy.history == stored.history + [event])
        return (effects, try JSONDecoder().decode(Case.self, from: try JSONEncoder().encode(copy)))
    }

    static func permit(_ issued: String = "2025-01-10", validUntil: String = "2026-01-09") throws -> WorkPermit {
        try WorkPermit.open(
            on: date(issued), number: try Fixture.permitNumber(), category: .b, validUntil: date(validUntil)
        ).opened
    }

    static func card(on day: String = "2026-03-03") throws -> ElectronicCard {
        try ElectronicCard.open(on: date(day), try Fixture.registration()).opened
    }

    @Test("Both machines are CaseMachines a host can drive and store generically")
    func generic() throws {
        let permit = try Self.permit()
        let (effects, reread) = try Self.applyAndStore(.cancelled(on: date("2025-06-30")), to: permit)
        #expect(effects == [.removeFromSocialSecurityCard, .cancelExpiryReminder])
        #expect(reread.phase == .cancelled && reread.policy == .beijing)
        let card = try Self.card()
        let (cardEffects, rereadCard) = try Self.applyAndStore(.realNameVerified(on: date("2026-03-03")), to: card)
        #expect(cardEffects == [.requestRealPersonVerification])
        #expect(rereadCard.phase == .realNameVerified)
    }

    @Test("An opening returns the case and its effects; no phase is one no value holds")
    func openings() throws {
        let (permit, effects) = try WorkPermit.open(
            on: date("2025-01-10"), number: try Fixture.permitNumber(), category: .b, validUntil: date("2026-01-09"))
        #expect(effects == [.loadOntoSocialSecurityCard(permit.information), .scheduleExpiry(date("2026-01-09"))])
        #expect(permit.history.count == 1 && permit.phase == .issued)
        let (card, cardEffects) = try ElectronicCard.open(on: date("2026-03-03"), try Fixture.registration())
        #expect(cardEffects == [.requestRealNameVerification])
        #expect(card.history.count == 1 && card.phase == .registered && card.registeredOn == date("2026-03-03"))
        // Every phase is reached (the fixtures cover each; see WorkPermitSnapshotTests).
        #expect(WorkPermit.Phase.allCases == [.issued, .cancelled])
        #expect(ElectronicCard.Phase.allCases == [.registered, .realNameVerified, .verified, .standardServices])
    }

    // MARK: Every error code

    @Test("WorkPermit: every error code, each leaving the permit unchanged; phase nil before a permit exists")
    func permitErrorCodes() throws {
        var permit = try Self.permit()
        try permit.extend(on: date("2025-06-01"), validUntil: date("2026-06-01"))
        let number = try Fixture.permitNumber()
        let refusals: [(WorkPermitEvent, WorkPermitErrorCode)] = [
            (.changed(on: date("2025-05-31"), change: .position), .dateBeforePreviousEvent),
            (
                .issued(on: date("2025-07-01"), number: number, category: .a, validUntil: date("2027-01-01")),
                .alreadyIssued
            ),
            (.extended(on: date("2026-06-02"), validUntil: date("2027-06-01")), .expired),
            (.changed(on: date("2026-06-02"), change: .position), .expired),
            (.extended(on: date("2025-07-01"), validUntil: date("2026-06-01")), .extensionNotLater),
        ]
        for (event, code) in refusals {
            let before = permit
            let error = try #require(throws: WorkPermitError.self) { try permit.apply(event) }
            #expect(error.code == code, "\(event)")
            #expect(error.event == event.name && error.phase == .issued)
            #expect(!error.violations.isEmpty && error.rule != nil)
            Fixture.expectThreeLanguages(error.message)
            #expect("\(error)".hasPrefix("\(code) (\(event.name) in issued): "))
            #expect(permit == before)
        }
        try permit.cancel(on: date("2025-08-01"))
        let cancelled = try #require(throws: WorkPermitError.self) {
            try permit.change(on: date("2025-08-02"), .position)
        }
        #expect(cancelled.code == .cancelled && cancelled.phase == .cancelled)
        let invalid = try #require(throws: WorkPermitError.self) {
            try WorkPermit.open(on: date("2025-01-10"), number: number, category: .b, validUntil: date("2025-01-10"))
        }
        #expect(invalid.code == .validityNotAfterIssue && invalid.phase == nil)
        #expect("\(invalid)".hasPrefix("validityNotAfterIssue (issued in no case): "))
        let empty = try #require(throws: WorkPermitError.self) { try WorkPermit(replaying: []) }
        #expect(empty.code == .emptyHistory && empty.phase == nil)
        let twice = try #require(throws: WorkPermitError.self) {
            try WorkPermit(replaying: [permit.history[0], permit.history[0]])
        }
        #expect(twice.code == .historyMustStartWithOpening && twice.phase == .issued)
        for error in [cancelled, invalid, empty, twice] { Fixture.expectThreeLanguages(error.message) }
    }

    @Test("ElectronicCard: every error code, each leaving the card unchanged; phase nil before a card exists")
    func cardErrorCodes() throws {
        var card = try Self.card()
        let registration = try Fixture.registration()
        let other = WorkPermitInformation(
            number: try Fixture.otherPermitNumber(), category: .b, validUntil: date("2027-12-31"))
        let refusals: [(ElectronicCardEvent, ElectronicCardErrorCode)] = [
            (.realNameVerified(on: date("2026-03-02")), .dateBeforePreviousEvent),
            (.registered(on: date("2026-03-03"), registration: registration), .alreadyRegistered),
            (.realPersonVerified(on: date("2026-03-03")), .realNameNotVerified),
            (.workPermitInformationLoaded(on: date("2026-03-03"), information: other), .credentialMismatch),
            (
                .workPermitInformationLoaded(
                    on: date("2026-03-03"), information: try Fixture.information(validUntil: "2026-03-02")),
                .permitNotValid
            ),
        ]
        for (event, code) in refusals {
            let before = card
            let error = try #require(throws: ElectronicCardError.self) { try card.apply(event) }
            #expect(error.code == code, "\(event.name)")
            #expect(error.event == event.name && error.phase == .registered)
            #expect(!error.violations.isEmpty)
            Fixture.expectThreeLanguages(error.message)
            #expect(card == before)
        }
        try card.verifyRealName(on: date("2026-03-03"))
        try card.receivePhysicalCard(on: date("2026-03-04"))
        let received = try #require(throws: ElectronicCardError.self) {
            try card.receivePhysicalCard(on: date("2026-03-05"))
        }
        #expect(received.code == .alreadyReceived && received.phase == .realNameVerified)
        let realName = try #require(throws: ElectronicCardError.self) {
            try card.verifyRealName(on: date("2026-03-05"))
        }
        #expect(realName.code == .alreadyVerified)
        try card.verifyRealPerson(on: date("2026-03-05"))
        let realPerson = try #require(throws: ElectronicCardError.self) {
            try card.verifyRealPerson(on: date("2026-03-06"))
        }
        #expect(realPerson.code == .alreadyVerified && realPerson.phase == .standardServices)
        let early = try #require(throws: ElectronicCardError.self) {
            try ElectronicCard.open(on: date("2024-11-30"), registration)
        }
        #expect(early.code == .integrationNotInForce && early.phase == nil && early.event == "registered")
        let empty = try #require(throws: ElectronicCardError.self) { try ElectronicCard(replaying: []) }
        #expect(empty.code == .emptyHistory && empty.phase == nil)
        let unopened = try #require(throws: ElectronicCardError.self) {
            try ElectronicCard(replaying: [.physicalCardReceived(on: date("2026-03-04"))])
        }
        #expect(unopened.code == .historyMustStartWithOpening && unopened.phase == nil)
        for error in [received, realName, realPerson, early, empty, unopened] {
            Fixture.expectThreeLanguages(error.message)
        }
    }

    @Test("A registration breaking several rules is refused with every violation, the first one's code")
    func everyRegistrationViolation() throws {
        // Before the integration, with another permit's number, and a permit expired by then.
        let registration = ElectronicCardRegistration(
            name: try Fixture.name(), credential: .workPermitNumber(try Fixture.otherPermitNumber()),
            workPermit: try Fixture.information(validUntil: "2024-11-01"))
        let error = try #require(throws: ElectronicCardError.self) {
            try ElectronicCard.open(on: date("2024-11-30"), registration)
        }
        #expect(error.code == .integrationNotInForce)
        #expect(
            error.violations.map(\.rule) == [
                .workPermitEffective, .workPermitElectronicCard, .workPermitElectronicCard,
            ])
        #expect(error.rule == .workPermitEffective)
        for violation in error.violations { #expect(error.message.english.contains(violation.message.english)) }
    }

    // MARK: Past days, from the recorded states

    @Test("WorkPermit: phase(on:), status(on:) and decisions on a past day are those recorded then")
    func permitPastDays() throws {
        // Physical, issued 2023-05-01; extended 2025-03-15 (integrated); cancelled 2026-01-31.
        var permit = try Self.permit("2023-05-01", validUntil: "2025-04-30")
        try permit.extend(on: date("2025-03-15"), validUntil: date("2026-04-30"))
        try permit.cancel(on: date("2026-01-31"))
        #expect(permit.phase(on: date("2023-04-30")) == nil)
        #expect(permit.status(on: date("2023-04-30")) == .notYetIssued)
        #expect(permit.phase(on: date("2026-01-30")) == .issued)
        #expect(permit.phase(on: date("2026-01-31")) == .cancelled)
        #expect(permit.status(on: date("2025-01-01")) == .valid)
        // On 2025-01-01 the permit was still physical: a change then would have integrated it (WP-NO-CHANGE).
        let then = permit.decision(for: .change, on: date("2025-01-01"))
        #expect(then.isApproved && then.formAfter == .integrated)
        #expect(then.notes.map(\.rule) == [.workPermitNoChange])
        #expect(permit.formAfterProcedure(on: date("2024-06-01")) == .physical)
        // A day before the issue: every procedure refused; the form as issued.
        let before = permit.decision(for: .extend, on: date("2023-01-01"))
        #expect(before.violations.map(\.rule) == [.workPermitOnline] && before.formAfter == nil)
        #expect(permit.formAfterProcedure(on: date("2023-01-01")) == .physical)
        // After the cancellation only a new application.
        #expect(permit.procedureDecisions(on: date("2026-02-01")).map(\.isApproved) == [true, false, false, false])
    }

    @Test("ElectronicCard: phase(on:), functions(on:) and decisions on a past day are those recorded then")
    func cardPastDays() throws {
        var card = try Self.card()
        try card.verifyRealName(on: date("2026-03-03"))
        try card.verifyRealPerson(on: date("2026-03-04"))
        try card.receivePhysicalCard(on: date("2026-03-30"))
        #expect(card.phase(on: date("2026-03-02")) == nil)
        #expect(card.phase(on: date("2026-03-03")) == .realNameVerified)
        #expect(card.phase(on: date("2026-03-29")) == .verified)
        #expect(card.phase(on: date("2026-03-30")) == .standardServices)
        #expect(card.functions(on: date("2026-03-29")) == CardFunction.workPermit)
        #expect(!card.decision(for: .medicalSettlement, on: date("2026-03-29")).isApproved)
        #expect(card.decision(for: .medicalSettlement, on: date("2026-03-30")).isApproved)
        // A day before the registration: nothing, and the decision says when the card was registered.
        #expect(card.functions(on: date("2026-03-02")).isEmpty)
        #expect(card.workPermitInformation(on: date("2026-03-02")) == nil)
        let before = card.decision(for: .notifications, on: date("2026-03-02"))
        #expect(before.violations.map(\.rule) == [.workPermitElectronicCard])
        #expect(before.violations.first?.message.english.contains("2026-03-03") == true)
        // A day after the last event: the state now.
        #expect(card.phase(on: date("2030-01-01")) == .standardServices)
    }

    @Test("ElectronicCard: loadWorkPermitInformation(on:_:) loads a physical permit's information once integrated")
    func loadWrapper() throws {
        var card = try ElectronicCard.open(
            on: date("2025-02-01"), try Fixture.registration(byPermitNumber: false, integrated: false)
        ).opened
        try card.verifyRealName(on: date("2025-02-01"))
        try card.verifyRealPerson(on: date("2025-02-01"))
        let information = try Fixture.information()
        #expect(
            try card.loadWorkPermitInformation(on: date("2025-03-15"), information)
                == [.showWorkPermitInformation(information), .offerFunctions(CardFunction.workPermit)])
        #expect(card.workPermitInformation(on: date("2025-03-14")) == nil)
        #expect(card.workPermitInformation(on: date("2025-03-15")) == information)
    }
}
