import CardModel
import Foundation
import TestSupport
import Testing
import WorkPermitIntegration

@Suite struct ForeignerOnboardingTests {
    let applicationDeadline: OnboardingDeadline
    let letterExpiry: OnboardingDeadline
    let decisionDue: OnboardingDeadline

    init() throws {
        self.applicationDeadline = try Fixture.deadline(.residencePermitApplication, "2026-04-01")
        self.letterExpiry = try Fixture.deadline(.notificationLetterExpiry, "2026-07-15")
        self.decisionDue = try Fixture.deadline(.residencePermitDecision, "2026-03-31")
    }

    @Test("A scripted onboarding from the Notification Letter to the residence permit, one event a line")
    func scriptedWalk() throws {
        var onboarding = ForeignerOnboarding()
        let services = CardFunction.workPermit
        let events = Fixture.happyPath
        #expect(try onboarding.apply(events[0]) == [.scheduleDeadline(self.letterExpiry)])
        #expect(try onboarding.apply(events[1]) == [])
        // The letter stays the proof document after entry (no e-card yet): its reminder stays too.
        #expect(try onboarding.apply(events[2]) == [.scheduleDeadline(self.applicationDeadline)])
        #expect(onboarding.permitForm == .integrated)
        #expect(
            try onboarding.apply(events[3]) == [.cancelDeadline(.notificationLetterExpiry), .offerFunctions(services)])
        #expect(try onboarding.apply(events[4]) == [.verifyWorkPermit([.serviceSystem])])
        #expect(try onboarding.apply(events[5]) == [.issuePhysicalCard])
        #expect(
            try onboarding.apply(events[6])
                == [
                    .cancelDeadline(.residencePermitApplication),
                    .verifyWorkPermit([.informationSystem, .electronicCardCheck, .qrCodeScan]),
                    .scheduleDeadline(self.decisionDue),
                ])
        #expect(try onboarding.apply(events[7]) == [])
        #expect(
            try onboarding.apply(events[8])
                == [.cancelDeadline(.residencePermitDecision), .recordResidencePermit(validUntil: date("2027-03-26"))])
        #expect(onboarding.phase.stage == .inChina)
        #expect(
            try onboarding.apply(events[9])
                == [
                    .offerFunctions(services.union(CardFunction.socialSecurity).union(CardFunction.beijingPass)),
                    .completed,
                ])
        #expect(onboarding.phase.stage == .completed)
        #expect(onboarding.history == events)
        let status = onboarding.status(on: date("2026-04-30"))
        #expect(status.next.isEmpty)
        #expect(status.warnings.isEmpty)
        #expect(status.done.map(\.step) == events.map(\.step))
        #expect(
            status.deadlines.map(\.outcome) == [
                .met(on: date("2026-03-02")), .met(on: date("2026-03-16")), .met(on: date("2026-03-27")),
            ])
    }

    @Test("WP-VISA: a Z visa is refused with an expired Notification Letter, and the onboarding is unchanged")
    func visaNeedsValidLetter() throws {
        var onboarding = ForeignerOnboarding()
        try onboarding.apply(.notificationLetterIssued(on: date("2025-06-01")))
        let before = onboarding
        let error = #expect(throws: OnboardingError.self) {
            try onboarding.apply(.zVisaIssued(on: date("2025-12-02")))
        }
        #expect(error?.code == .notificationLetterExpired)
        #expect(error?.phase?.stage == .notificationLetterIssued)
        #expect(error?.violations.map(\.rule) == [.workPermitVisa, .workPermitNotification])
        #expect(onboarding == before)
        // On the letter's last valid day the visa is issued.
        #expect(try onboarding.apply(.zVisaIssued(on: date("2025-12-01"))) == [])
    }

    @Test("WP-VISA: entry needs the Z visa, and the Z visa the Notification Letter")
    func order() throws {
        var onboarding = ForeignerOnboarding()
        let notYet = #expect(throws: OnboardingError.self) {
            try onboarding.apply(.zVisaIssued(on: date("2026-01-01")))
        }
        #expect(notYet?.code == .notYet)
        try onboarding.apply(.notificationLetterIssued(on: date("2026-01-15")))
        let entry = #expect(throws: OnboardingError.self) { try onboarding.apply(.entered(on: date("2026-02-01"))) }
        #expect(entry?.code == .notYet)
        #expect(entry?.rule == .workPermitVisa)
        #expect(entry?.violations.isEmpty == true)
        let again = #expect(throws: OnboardingError.self) {
            try onboarding.apply(.notificationLetterIssued(on: date("2026-01-16")))
        }
        #expect(again?.code == .alreadyDone)
        let early = #expect(throws: OnboardingError.self) {
            try onboarding.apply(.zVisaIssued(on: date("2026-01-14")))
        }
        #expect(early?.code == .dateBeforePreviousEvent)
        #expect(onboarding.history.count == 1)
    }

    @Test("WP-NOTIFICATION: an entry after the Notification Letter expired is recorded and flagged; the e-card is left")
    func entryAfterExpiry() throws {
        var onboarding = try ForeignerOnboarding(replaying: [
            .notificationLetterIssued(on: date("2025-06-01")), .zVisaIssued(on: date("2025-11-20")),
        ])
        // Before the entry: the letter has expired, the entry (on the visa) is still possible, with a warning.
        let before = onboarding.status(on: date("2025-12-02"))
        #expect(before.missedDeadlines.map(\.kind) == [.notificationLetterExpiry])
        #expect(before.next.first?.step == .entry)
        #expect(before.next.first?.isPossible == true)
        #expect(before.warnings.map(\.rule) == [.workPermitNotification])
        let letter = try #require(onboarding.deadlines.first)
        let effects = try onboarding.apply(.entered(on: date("2025-12-02")))
        #expect(effects.first == .flagMissedDeadline(letter))
        #expect(onboarding.phase.stage == .inChina)
        let status = onboarding.status(on: date("2025-12-03"))
        #expect(status.deadlines.first?.outcome == .metLate(on: date("2025-12-02")))
        let warning = try #require(status.warnings.first)
        #expect(warning.rule == .workPermitNotification)
        #expect(warning.facts.contains(Fact("entry", "2025-12-02")))
        Fixture.expectThreeLanguages(warning.message)
        // The letter can no longer be presented; the electronic card is the only document left.
        let application = status.next.first { $0.step == .residencePermitApplication }
        #expect(application?.needs.last == PermitDocument.electronicCard.name)
        let refused = #expect(throws: OnboardingError.self) {
            try onboarding.applyForResidencePermit(on: date("2025-12-03"), with: .notificationLetter)
        }
        #expect(refused?.code == .documentNotAvailable)
        try onboarding.apply(.electronicCardRegistered(on: date("2025-12-03")))
        try onboarding.applyForResidencePermit(on: date("2025-12-04"), with: .electronicCard)
        // WP-VISA still ties the letter to the visa: a Z visa after the letter expired is refused.
        var late = try ForeignerOnboarding(replaying: [.notificationLetterIssued(on: date("2025-06-01"))])
        #expect(throws: OnboardingError.self) { try late.apply(.zVisaIssued(on: date("2025-12-02"))) }
        #expect(late.status(on: date("2025-12-02")).warnings.first?.message.english.contains("new letter") == true)
    }

    @Test("WP-NOTIFICATION: the letter's reminder stays after entry while the letter is the proof document")
    func letterReminderAfterEntry() throws {
        var onboarding = try Fixture.onboarding(after: 3)
        #expect(onboarding.status(on: date("2026-03-03")).effects.contains(.scheduleDeadline(self.letterExpiry)))
        // Enrolled with the letter: still needed for the residence permit application.
        let enrolment = try onboarding.enrol(
            on: date("2026-03-04"), by: .employer, channel: .onlineSocialInsuranceHall, document: .notificationLetter)
        #expect(!enrolment.contains(.cancelDeadline(.notificationLetterExpiry)))
        // Applied with the letter: no step needs it any more.
        let application = try onboarding.applyForResidencePermit(on: date("2026-03-10"), with: .notificationLetter)
        #expect(application.last == .cancelDeadline(.notificationLetterExpiry))
        #expect(!onboarding.status(on: date("2026-03-11")).effects.contains(.scheduleDeadline(self.letterExpiry)))
        // After its last valid day the reminder is no longer in place, whatever is left to do.
        let waiting = try Fixture.onboarding(after: 3)
        #expect(!waiting.status(on: date("2026-07-16")).effects.contains(.scheduleDeadline(self.letterExpiry)))
        // With a physical permit the physical permit card proves it: the reminder ends at entry.
        var physical = try ForeignerOnboarding(replaying: [
            .notificationLetterIssued(on: date("2024-09-02")), .zVisaIssued(on: date("2024-10-08")),
        ])
        #expect(
            try physical.apply(.entered(on: date("2024-11-20"))).first == .cancelDeadline(.notificationLetterExpiry))
    }

    @Test("WP-RESIDENCE-DEADLINE: the residence permit is applied for within 30 days of entry: 2026-04-01")
    func residenceDeadline() throws {
        let onboarding = try Fixture.onboarding(after: 3)
        #expect(onboarding.deadlines == [self.letterExpiry, self.applicationDeadline])
        let status = onboarding.status(on: date("2026-03-02"))
        let step = status.next.first { $0.step == .residencePermitApplication }
        #expect(step?.earliest == date("2026-03-02"))
        #expect(step?.latest == date("2026-04-01"))
        #expect(step?.isPossible == true)
        #expect(status.deadlines.last?.outcome == .pending)
        #expect(status.effects.contains(.scheduleDeadline(self.applicationDeadline)))
    }

    @Test("WP-RESIDENCE-DEADLINE: a missed deadline is flagged, and a late application recorded as late")
    func residenceDeadlineMissed() throws {
        var onboarding = try Fixture.onboarding(after: 3)
        #expect(onboarding.status(on: date("2026-04-01")).missedDeadlines.isEmpty)
        let late = onboarding.status(on: date("2026-04-02"))
        #expect(late.missedDeadlines == [self.applicationDeadline])
        #expect(late.warnings.map(\.rule) == [.workPermitResidenceDeadline])
        #expect(late.effects.contains(.flagMissedDeadline(self.applicationDeadline)))
        let effects = try onboarding.applyForResidencePermit(on: date("2026-04-03"), with: .notificationLetter)
        #expect(effects.first == .flagMissedDeadline(self.applicationDeadline))
        #expect(effects.dropFirst().first == .verifyWorkPermit([.informationSystem]))
        let after = onboarding.status(on: date("2026-04-03"))
        #expect(after.deadlines[1].outcome == .metLate(on: date("2026-04-03")))
        #expect(after.warnings.map(\.rule) == [.workPermitResidenceDeadline])
    }

    @Test("WP-RESIDENCE: applied with the Notification Letter or the e-card at the exit-entry administration")
    func residenceDocuments() throws {
        var withLetter = try Fixture.onboarding(after: 3)
        let effects = try withLetter.applyForResidencePermit(on: date("2026-03-10"), with: .notificationLetter)
        #expect(effects.contains(.verifyWorkPermit([.informationSystem])))
        var withoutCard = try Fixture.onboarding(after: 3)
        let before = withoutCard
        let error = #expect(throws: OnboardingError.self) {
            try withoutCard.applyForResidencePermit(on: date("2026-03-10"), with: .electronicCard)
        }
        #expect(error?.code == .documentNotAvailable)
        #expect(error?.violations.map(\.rule) == [.workPermitResidence])
        let physical = #expect(throws: OnboardingError.self) {
            try withoutCard.applyForResidencePermit(on: date("2026-03-10"), with: .physicalWorkPermitCard)
        }
        #expect(physical?.violations.map(\.rule) == [.workPermitOnline])
        #expect(withoutCard == before)
        let needs = before.status(on: date("2026-03-02")).next.first { $0.step == .residencePermitApplication }?.needs
        #expect(needs?.first?.english.contains("exit-entry administration") == true)
    }

    @Test("WP-RESIDENCE: when the letter expires before the deadline, only the e-card is left")
    func letterExpiresBeforeDeadline() throws {
        var onboarding = try ForeignerOnboarding(replaying: [
            .notificationLetterIssued(on: date("2025-09-10")), .zVisaIssued(on: date("2025-10-01")),
            .entered(on: date("2026-03-05")),
        ])
        // Letter valid until 2026-03-10, deadline 2026-04-07 (2026-04-04 is a Saturday in the Tomb-sweeping holiday).
        let status = onboarding.status(on: date("2026-03-06"))
        #expect(status.warnings.map(\.rule) == [.workPermitResidence])
        let blocked = onboarding.status(on: date("2026-03-11"))
        let step = blocked.next.first { $0.step == .residencePermitApplication }
        #expect(step?.isPossible == false)
        #expect(step?.blockers.map(\.rule) == [.workPermitNotification, .workPermitResidence])
        #expect(throws: OnboardingError.self) {
            try onboarding.applyForResidencePermit(on: date("2026-03-11"), with: .notificationLetter)
        }
        try onboarding.apply(.electronicCardRegistered(on: date("2026-03-11")))
        try onboarding.applyForResidencePermit(on: date("2026-03-12"), with: .electronicCard)
        #expect(onboarding.phase.residence == .applied)
    }

    @Test("WP-ENROL: the employer enrols the foreigner in the online hall with the Notification Letter")
    func enrolmentByEmployer() throws {
        var onboarding = try Fixture.onboarding(after: 3)
        let effects = try onboarding.enrol(
            on: date("2026-03-04"), by: .employer, channel: .onlineSocialInsuranceHall, document: .notificationLetter)
        #expect(effects == [.verifyWorkPermit([.serviceSystem])])
        #expect(onboarding.phase.insurance == .enrolled)
        let next = onboarding.status(on: date("2026-03-04")).next.map(\.step)
        #expect(next == [.electronicCard, .socialSecurityNumber, .residencePermitApplication])
    }

    @Test("WP-ENROL: the foreigner enrols in person at the agency with the electronic card")
    func enrolmentByForeigner() throws {
        var onboarding = try Fixture.onboarding(after: 4)
        try onboarding.enrol(
            on: date("2026-03-04"), by: .foreigner, channel: .socialInsuranceAgency, document: .electronicCard)
        #expect(onboarding.phase.insurance == .enrolled)
        try onboarding.apply(.socialSecurityNumberAssigned(on: date("2026-03-06")))
        #expect(onboarding.phase.insurance == .numberAssigned)
    }

    @Test("WP-ENROL: enrolment needs entry and a valid document; the number, the card and receipt follow in order")
    func enrolmentRefusals() throws {
        var visa = try Fixture.onboarding(after: 2)
        let early = #expect(throws: OnboardingError.self) {
            try visa.enrol(
                on: date("2026-02-11"), by: .employer, channel: .socialInsuranceAgency, document: .notificationLetter)
        }
        #expect(early?.code == .notYet)
        var onboarding = try Fixture.onboarding(after: 3)
        let noCard = #expect(throws: OnboardingError.self) {
            try onboarding.enrol(
                on: date("2026-03-04"), by: .foreigner, channel: .socialInsuranceAgency, document: .electronicCard)
        }
        #expect(noCard?.violations.map(\.rule) == [.workPermitEnrolment])
        let expired = #expect(throws: OnboardingError.self) {
            try onboarding.enrol(
                on: date("2026-07-16"), by: .employer, channel: .socialInsuranceAgency, document: .notificationLetter)
        }
        #expect(expired?.violations.map(\.rule) == [.workPermitNotification])
        for event: OnboardingEvent in [
            .socialSecurityNumberAssigned(on: date("2026-03-04")), .physicalCardIssued(on: date("2026-03-04")),
            .physicalCardReceived(on: date("2026-03-04")),
            .residencePermitGranted(on: date("2026-03-04"), validUntil: date("2027-03-04")),
            .residencePermitRefused(on: date("2026-03-04")),
        ] {
            let error = #expect(throws: OnboardingError.self) { try onboarding.apply(event) }
            #expect(error?.code == .notYet)
        }
        #expect(onboarding.history.count == 3)
    }

    @Test("WP-RESIDENCE-DEADLINE: the decision is due 15 days after acceptance; validity 90 days to 5 years")
    func decision() throws {
        var onboarding = try Fixture.onboarding(after: 7)
        #expect(
            onboarding.status(on: date("2026-03-20")).next.contains {
                $0.step == .residencePermitDecision && $0.latest == date("2026-03-31")
            })
        let short = #expect(throws: OnboardingError.self) {
            try onboarding.apply(.residencePermitGranted(on: date("2026-03-27"), validUntil: date("2026-06-24")))
        }
        #expect(short?.code == .residencePermitValidity)
        #expect(short?.violations.map(\.rule) == [.workPermitResidenceDeadline])
        #expect(throws: OnboardingError.self) {
            try onboarding.apply(.residencePermitGranted(on: date("2026-03-27"), validUntil: date("2031-03-28")))
        }
        let overdue = onboarding.status(on: date("2026-04-01"))
        #expect(overdue.missedDeadlines == [self.decisionDue])
        let effects = try onboarding.apply(
            .residencePermitGranted(on: date("2026-04-02"), validUntil: date("2031-04-02")))
        #expect(effects.first == .flagMissedDeadline(self.decisionDue))
        #expect(onboarding.phase.residence == .granted)
    }

    @Test("WP-RESIDENCE-DEADLINE: no decision before the acceptance (applied Sat 2026-03-14, accepted Mon 03-16)")
    func decisionBeforeAcceptance() throws {
        var onboarding = try Fixture.onboarding(after: 3)
        try onboarding.applyForResidencePermit(on: date("2026-03-14"), with: .notificationLetter)
        let before = onboarding
        for event: OnboardingEvent in [
            .residencePermitGranted(on: date("2026-03-15"), validUntil: date("2027-03-15")),
            .residencePermitRefused(on: date("2026-03-15")),
        ] {
            let error = #expect(throws: OnboardingError.self) { try onboarding.apply(event) }
            #expect(error?.code == .decisionBeforeAcceptance)
            #expect(error?.violations.map(\.rule) == [.workPermitResidenceDeadline])
            #expect(error?.violations.first?.facts.contains(Fact("accepted", "2026-03-16")) == true)
            Fixture.expectThreeLanguages(try #require(error?.message))
            #expect(onboarding == before)
        }
        try onboarding.apply(.residencePermitGranted(on: date("2026-03-16"), validUntil: date("2027-03-16")))
        #expect(onboarding.phase.residence == .granted)
    }

    @Test("WP-RESIDENCE: a refused residence permit closes the onboarding")
    func refusal() throws {
        var onboarding = try Fixture.onboarding(after: 7)
        #expect(
            try onboarding.apply(.residencePermitRefused(on: date("2026-03-25"))) == [
                .cancelDeadline(.residencePermitDecision), .closed,
            ])
        #expect(onboarding.phase.stage == .closed)
        #expect(onboarding.status(on: date("2026-03-26")).next.isEmpty)
        let error = #expect(throws: OnboardingError.self) {
            try onboarding.apply(.physicalCardIssued(on: date("2026-03-26")))
        }
        #expect(error?.code == .closed)
    }

    @Test("WP-EFFECTIVE: an entry before 2024-12-01 came with a physical permit; its e-card follows the card")
    func physicalPermitOnboarding() throws {
        var onboarding = try ForeignerOnboarding(replaying: [
            .notificationLetterIssued(on: date("2024-09-02")), .zVisaIssued(on: date("2024-10-08")),
        ])
        let effects = try onboarding.apply(.entered(on: date("2024-11-20")))
        #expect(effects.last == .issuePhysicalWorkPermitCard)
        #expect(onboarding.permitForm == .physical)
        let early = #expect(throws: OnboardingError.self) {
            try onboarding.apply(.electronicCardRegistered(on: date("2024-11-21")))
        }
        #expect(early?.code == .notYet)  // before 2024-12-01 the e-card needs the social security number
        #expect(early?.violations.map(\.rule) == [.workPermitEffective])
        let noCard = #expect(throws: OnboardingError.self) {
            try onboarding.enrol(
                on: date("2024-11-21"), by: .employer, channel: .socialInsuranceAgency, document: .electronicCard)
        }
        #expect(noCard?.violations.map(\.rule) == [.workPermitNoChange])
        try onboarding.enrol(
            on: date("2024-11-22"), by: .employer, channel: .socialInsuranceAgency, document: .physicalWorkPermitCard)
        try onboarding.apply(.socialSecurityNumberAssigned(on: date("2024-11-25")))
        try onboarding.apply(.physicalCardIssued(on: date("2024-12-02")))
        try onboarding.apply(.physicalCardReceived(on: date("2024-12-05")))
        #expect(onboarding.status(on: date("2024-12-05")).next.contains { $0.step == .electronicCard })
        #expect(
            try onboarding.apply(.electronicCardRegistered(on: date("2024-12-06")))
                == [.offerFunctions(CardFunction.socialSecurity.union(CardFunction.beijingPass))])
    }

    @Test("WP-ECARD: with a physical permit the e-card is registered as ElectronicCard allows; it gives nothing yet")
    func physicalPermitElectronicCard() throws {
        var onboarding = try ForeignerOnboarding(replaying: [
            .notificationLetterIssued(on: date("2024-09-02")), .zVisaIssued(on: date("2024-10-08")),
            .entered(on: date("2024-11-20")),
            .enrolled(
                on: date("2024-11-22"), by: .employer, channel: .socialInsuranceAgency,
                document: .physicalWorkPermitCard),
        ])
        #expect(onboarding.status(on: date("2024-11-22")).next.first?.earliest == date("2024-12-01"))
        try onboarding.apply(.socialSecurityNumberAssigned(on: date("2024-11-25")))
        #expect(onboarding.status(on: date("2024-11-25")).next.first?.earliest == date("2024-11-25"))
        // With the social security number, before the physical card: registered, no function yet (CM-FORM).
        #expect(try onboarding.apply(.electronicCardRegistered(on: date("2024-11-26"))) == [])
        #expect(onboarding.phase.electronicCardRegistered)
        #expect(onboarding.electronicCardFunctions.isEmpty)
        // The same on ElectronicCard: registered with the social security number, no permit information.
        var card = try ElectronicCard.open(
            on: date("2024-11-26"), try Fixture.registration(byPermitNumber: false, integrated: false)
        ).opened
        try card.verifyRealName(on: date("2024-11-26"))
        try card.verifyRealPerson(on: date("2024-11-26"))
        #expect(card.functions(on: date("2024-11-26")) == onboarding.electronicCardFunctions)
        try onboarding.apply(.physicalCardIssued(on: date("2024-12-02")))
        let standard = CardFunction.socialSecurity.union(CardFunction.beijingPass)
        #expect(try onboarding.apply(.physicalCardReceived(on: date("2024-12-05"))) == [.offerFunctions(standard)])
        try card.receivePhysicalCard(on: date("2024-12-05"))
        #expect(card.functions(on: date("2024-12-05")) == onboarding.electronicCardFunctions)
        // From 2024-12-01 no number is needed first: the permit number is a credential (WP-ECARD).
        var later = try ForeignerOnboarding(replaying: Array(onboarding.history.prefix(3)))
        try later.apply(.electronicCardRegistered(on: date("2024-12-01")))
    }

    @Test("WP-SERVICES: the onboarding offers the e-card's functions for its state")
    func servicesInOnboarding() throws {
        let registered = try Fixture.onboarding(after: 4)
        #expect(registered.electronicCardFunctions == CardFunction.workPermit)  // CM-FORM
        #expect(try Fixture.onboarding(after: 3).electronicCardFunctions.isEmpty)
        let complete = try Fixture.onboarding(after: 10)
        #expect(complete.electronicCardFunctions.isSuperset(of: CardFunction.socialSecurity))
        // Dated: registered 2026-03-03, physical card received 2026-03-30.
        #expect(complete.electronicCardFunctions(on: date("2026-03-02")).isEmpty)
        #expect(complete.electronicCardFunctions(on: date("2026-03-10")) == CardFunction.workPermit)
        #expect(complete.electronicCardFunctions(on: date("2026-03-30")) == complete.electronicCardFunctions)
    }

    @Test("status(on:) counts only the events up to that day")
    func statusIsDated() throws {
        let onboarding = try Fixture.onboarding(after: 10)
        #expect(onboarding.status(on: date("2026-01-01")).phase.stage == .notStarted)
        #expect(onboarding.status(on: date("2026-01-01")).next.map(\.step) == [.notificationLetter])
        #expect(onboarding.status(on: date("2026-02-20")).next.map(\.step) == [.entry])
        #expect(onboarding.status(on: date("2026-03-02")).done.count == 3)
        #expect(onboarding.status(on: date("2026-03-29")).phase.stage == .inChina)
        #expect(onboarding.status(on: date("2026-03-30")).phase.stage == .completed)
    }

    @Test("CM-WORKDAY: an entry on 2026-12-02 is recorded; its deadline has the nominal day, the effective unknown")
    func entryWithoutCalendarData() throws {
        var onboarding = try ForeignerOnboarding(replaying: [
            .notificationLetterIssued(on: date("2026-10-15")), .zVisaIssued(on: date("2026-11-02")),
        ])
        let effects = try onboarding.apply(.entered(on: date("2026-12-02")))
        let deadline = try #require(onboarding.deadlines.last)
        #expect(deadline.kind == .residencePermitApplication)
        #expect(deadline.nominalLastDay == date("2027-01-01"))
        #expect(deadline.lastDay == nil)
        #expect(deadline.yearWithoutData == 2027)
        #expect(deadline.lastSafeDay == date("2027-01-01"))
        #expect(effects.contains(.scheduleDeadline(deadline)))
        // The status gives the nominal day to act by and a CM-WORKDAY warning naming 2027.
        let status = onboarding.status(on: date("2026-12-10"))
        let step = status.next.first { $0.step == .residencePermitApplication }
        #expect(step?.latest == date("2027-01-01"))
        let warning = try #require(status.warnings.first { $0.rule == .workday })
        #expect(warning.facts.contains(Fact("year", "2027")))
        Fixture.expectThreeLanguages(warning.message)
        #expect(status.deadlines.last?.outcome == .pending)
        // After the nominal day, whether the deadline is missed cannot be said without 2027's data: no guess.
        let later = onboarding.status(on: date("2027-01-04"))
        #expect(later.deadlines.last?.outcome == .undetermined(metOn: nil))
        #expect(later.missedDeadlines.isEmpty)
        #expect(!later.warnings.contains { $0.rule == .workPermitResidenceDeadline })
        #expect(try Fixture.roundTrip(onboarding) == onboarding)
        // With a calendar that has (here: assumes) 2027, the same history gives a known day.
        let assumed = WorkPermitIntegrationPolicy.beijing.with(
            calendar: WorkingDayCalendar.mainlandChina.withFallback(.assumeWeekdays))
        let rebuilt = try ForeignerOnboarding(replaying: onboarding.history, policy: assumed)
        #expect(rebuilt.deadlines.last?.lastDay == date("2027-01-01"))
        #expect(rebuilt.status(on: date("2026-12-10")).warnings.allSatisfy { $0.rule != .workday })
    }

    @Test("CM-WORKDAY: an application in 2027 is recorded; its acceptance and the decision's deadline are unknown")
    func applicationWithoutCalendarData() throws {
        var onboarding = try ForeignerOnboarding(replaying: [
            .notificationLetterIssued(on: date("2026-10-15")), .zVisaIssued(on: date("2026-11-02")),
            .entered(on: date("2026-12-17")),
        ])
        let effects = try onboarding.applyForResidencePermit(on: date("2027-01-05"), with: .notificationLetter)
        #expect(effects == [.cancelDeadline(.residencePermitApplication), .verifyWorkPermit([.informationSystem])])
        #expect(onboarding.phase.residence == .applied)
        #expect(onboarding.deadlines.map(\.kind) == [.notificationLetterExpiry, .residencePermitApplication])
        let status = onboarding.status(on: date("2027-01-06"))
        #expect(status.deadlines[1].outcome == .met(on: date("2027-01-05")))  // by the nominal day 2027-01-16
        let decision = status.next.first { $0.step == .residencePermitDecision }
        #expect(decision?.latest == nil)
        let warnings = status.warnings.filter { $0.rule == .workday }
        #expect(warnings.count == 2)  // the application deadline's effective day and the acceptance
        #expect(warnings.allSatisfy { $0.facts.contains(Fact("year", "2027")) })
        // The decision is recorded; with no acceptance date known, only the order of events is checked.
        let granted = try onboarding.apply(
            .residencePermitGranted(on: date("2027-01-10"), validUntil: date("2028-01-10")))
        #expect(granted == [.recordResidencePermit(validUntil: date("2028-01-10"))])
    }

    @Test("CM-WORKDAY: an application after the nominal day with the effective day unknown is neither met nor late")
    func undeterminedApplication() throws {
        var onboarding = try ForeignerOnboarding(replaying: [
            .notificationLetterIssued(on: date("2026-10-15")), .zVisaIssued(on: date("2026-11-02")),
            .entered(on: date("2026-12-02")),
        ])
        let effects = try onboarding.applyForResidencePermit(on: date("2027-01-04"), with: .notificationLetter)
        #expect(effects.first == .cancelDeadline(.residencePermitApplication))  // not flagged: maybe in time
        let status = onboarding.status(on: date("2027-01-04"))
        #expect(status.deadlines[1].outcome == .undetermined(metOn: date("2027-01-04")))
        #expect(status.deadlines[1].outcome.description == "undetermined 2027-01-04")
        #expect(!status.effects.contains { if case .flagMissedDeadline = $0 { true } else { false } })
    }

    @Test("An onboarding is rebuilt from its history and survives encoding; tampering is refused")
    func replayAndCodable() throws {
        let onboarding = try Fixture.onboarding(after: 10)
        #expect(try ForeignerOnboarding(replaying: onboarding.history) == onboarding)
        #expect(try Fixture.roundTrip(onboarding) == onboarding)
        let json = String(decoding: try JSONEncoder().encode(onboarding), as: UTF8.self)
        let tampered = json.replacingOccurrences(of: "2026-02-10", with: "2026-08-10")
        let error = #expect(throws: CaseSnapshotError.self) {
            try JSONDecoder().decode(ForeignerOnboarding.self, from: Data(tampered.utf8))
        }
        #expect(error?.code == .historyRefused)
        #expect(error?.reason.hasPrefix("notificationLetterExpired (zVisaIssued in notificationLetterIssued)") == true)
    }
}
