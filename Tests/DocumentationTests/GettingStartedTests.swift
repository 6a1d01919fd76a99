import CardModel
import ExchangePolicy
import ReplacementWorkflow
import Testing
import WorkPermitIntegration

/// The worked examples of Documentation/GettingStarted.md: the same calls, with their printed results as
/// expectations. If one fails, fix the handbook too.
@Suite struct GettingStartedTests {
    @Test("RP-READY: Getting Started example 1, a replacement's ready date")
    func replacementReadyDate() throws {
        // A lost card, reported and replaced online on Saturday 2026-10-03 (National Day).
        let application = ReplacementApplication(
            date: try CivilDate(parsing: "2026-10-03"), reason: .lost, channel: .website, category: .urbanEmployee)
        let decision = ReplacementPolicy.beijing.evaluate(application)

        #expect(decision.isApproved)
        #expect(decision.fee == Money.yuan(20))  // RP-FEE
        #expect(decision.acceptanceDate?.description == "2026-10-08")  // CM-ACCEPTANCE
        #expect(decision.readyDate?.description == "2026-10-13")  // RP-READY
        #expect(decision.generation == .third)  // EX-GENERATION

        // The case itself: applied, produced, collected, activated.
        let holder = IdentityDocument(residentIdentityCard: try ResidentIdentityNumber("11010519491231002X"))
        var replacement = ReplacementCase(holder: holder)
        let applied = try replacement.applyForReplacement(application)
        let certificate = try #require(replacement.certificate)
        #expect(applied == [.chargeFee(Money.yuan(20)), .reportLossFormally, .issueCertificate(certificate)])
        #expect(try replacement.produceCard(on: try CivilDate(parsing: "2026-10-13")) == [.notifyReady(.collect)])
        try replacement.collect(
            on: try CivilDate(parsing: "2026-10-14"), documents: ReceiptDocuments(holder: PresentedDocument(holder)))
        // RP-SUPERSEDE: the activation supersedes the old card.
        #expect(try replacement.activate(on: try CivilDate(parsing: "2026-10-14")) == [.supersedeOldCard])
        #expect(replacement.phase == .activated)
        #expect(replacement.oldCardStatus(on: try CivilDate(parsing: "2026-10-10")) == .reportedLost)
    }

    @Test("EX-EMPLOYER-BANKS: Getting Started example 2, bank choice under company pickup")
    func exchangeBankChoice() throws {
        // The employer applies collectively, picks up the cards and selected ICBC and Bank of China.
        let employer = try EmployerArrangement(
            employer: try UnifiedSocialCreditCode("91350100M000100Y43"),
            collectiveApplication: true, companyPickup: true, selectedBanks: [.icbc, .boc])

        // Online, the employee must choose one of the employer's banks...
        let online = ExchangeApplication(
            date: try CivilDate(parsing: "2026-01-05"), currentCard: .second, channel: .website, bank: .cmb,
            employer: employer)
        let refused = ExchangePolicy.beijing.evaluate(online)
        #expect(!refused.isApproved)
        #expect(refused.violatedRules == [.exchangeEmployerBanks])

        // ...while at a bank outlet the choice is free; the decision says why (our reading of the notice).
        let offline = ExchangeApplication(
            date: try CivilDate(parsing: "2026-01-05"), currentCard: .second, channel: .bankOutlet, bank: .cmb,
            employer: employer)
        let approved = ExchangePolicy.beijing.evaluate(offline)
        #expect(approved.isApproved)
        #expect(approved.notes.map(\.rule) == [.exchangeEmployerBanks])
        #expect(approved.readyDate?.description == "2026-01-09")  // 4 working days after acceptance
    }

    @Test("WP-RESIDENCE-DEADLINE: Getting Started example 3, a foreigner's onboarding timeline")
    func onboardingTimeline() throws {
        var onboarding = ForeignerOnboarding(policy: .beijing)
        try onboarding.issueNotificationLetter(on: try CivilDate(parsing: "2026-01-15"))
        try onboarding.issueZVisa(on: try CivilDate(parsing: "2026-02-10"))
        try onboarding.enter(on: try CivilDate(parsing: "2026-03-02"))

        // What is due, as of 2026-03-10?
        let status = onboarding.status(on: try CivilDate(parsing: "2026-03-10"))
        let residence = status.deadlines.first { $0.deadline.kind == .residencePermitApplication }
        #expect(residence?.deadline.lastDay?.description == "2026-04-01")  // 30 days after entry (CM-PERIOD)
        #expect(status.next.contains { $0.step == .residencePermitApplication })

        // Nobody applied: on 2026-04-02 the deadline is missed.
        let late = onboarding.status(on: try CivilDate(parsing: "2026-04-02"))
        #expect(late.missedDeadlines.map(\.kind) == [.residencePermitApplication])
    }
}
