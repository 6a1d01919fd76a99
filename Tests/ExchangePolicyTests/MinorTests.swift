import CardModel
import ExchangePolicy
import TestSupport
import Testing

/// EX-MINOR against the documents: a holder's minority, and a guardian's majority, follow from the birth date a
/// document gives; a flag that contradicts it is refused.
@Suite struct MinorTests {
    let policy = ExchangePolicy.beijing

    func applicationRefusal(
        _ application: ExchangeApplication, _ parties: ExchangeParties
    ) -> ExchangeCaseError? {
        Fixture.caseError { _ = try ExchangeCase.open(application, parties: parties) }
    }

    @Test("EX-MINOR: a holder born 2010 by their identity number cannot be declared an adult and collect the card")
    func minorDeclaredAdult() throws {
        let parties = ExchangeParties(holder: try Fixture.minor)
        let error = self.applicationRefusal(Fixture.application(), parties)
        #expect(error?.code == .applicationRefused)
        #expect(error?.violations.map(\.rule) == [.exchangeMinor, .exchangeMinor])
        let contradiction = try #require(error?.violations.first)
        #expect(contradiction.facts.contains(Fact("declaredMinor", "false")))
        #expect(contradiction.facts.contains(Fact("minorByBirthDate", "true")))
        #expect(contradiction.facts.contains(Fact("birthDateFrom", "identityDocument")))
        // The decision says the same, with the parties.
        let decision = self.policy.evaluate(Fixture.application(), parties: parties)
        #expect(decision.violatedRules == [.exchangeMinor, .exchangeMinor])
        #expect(!decision.receiptOptions.isEmpty)
    }

    @Test("EX-MINOR: a holder declared a minor whose identity number says adult is refused")
    func adultDeclaredMinor() throws {
        let parties = ExchangeParties(holder: try Fixture.holder, guardian: try Fixture.guardian)
        let error = self.applicationRefusal(Fixture.application(minor: true, guardian: true), parties)
        #expect(error?.code == .applicationRefused)
        #expect(error?.violations.map(\.rule) == [.exchangeMinor])
        #expect(error?.violations.first?.facts.contains(Fact("minorByBirthDate", "false")) == true)
    }

    @Test("EX-MINOR: a foreign permanent resident ID card of the 2023 format tells the birth date too")
    func foreignPermanentResident() throws {
        let minor = IdentityDocument(
            foreignPermanentResidentIDCard: try ForeignPermanentResidentIDNumber(Fixture.foreignMinorNumber))
        let error = self.applicationRefusal(Fixture.application(), ExchangeParties(holder: minor))
        #expect(error?.code == .applicationRefused)
        #expect(error?.violations.first?.rule == .exchangeMinor)
        let guarded = try ExchangeCase.open(
            Fixture.application(minor: true, guardian: true),
            parties: ExchangeParties(holder: minor, guardian: try Fixture.guardian))
        #expect(guarded.opened.application.holderIsMinor)
    }

    @Test("EX-MINOR: a passport tells no birth date, so the application's flag stands")
    func passportTellsNothing() throws {
        let passport = IdentityDocument(passport: try PassportNumber(Fixture.passportNumber))
        var exchange = try ExchangeCase.open(Fixture.application(), parties: ExchangeParties(holder: passport))
            .opened
        try exchange.produceCard(on: date("2026-01-08"))
        try exchange.receiveCard(on: date("2026-01-09"), by: .holder(PresentedDocument(passport)))
        #expect(exchange.receivedBy == .holder)
    }

    @Test("EX-MINOR: minority is judged on the application date, the 18th birthday included")
    func eighteenthBirthday() throws {
        let holder = try Fixture.document(Fixture.turning18Number)
        let dayBefore = Fixture.application("2026-01-05")
        #expect(self.policy.evaluate(dayBefore, parties: ExchangeParties(holder: holder)).isApproved == false)
        let guarded = Fixture.application("2026-01-05", minor: true, guardian: true)
        #expect(
            self.policy.evaluate(guarded, parties: ExchangeParties(holder: holder, guardian: try Fixture.guardian))
                .isApproved)
        let birthday = Fixture.application("2026-01-06")
        #expect(self.policy.evaluate(birthday, parties: ExchangeParties(holder: holder)).isApproved)
    }

    @Test("EX-MINOR: a guardian whose identity number says under 18 is refused")
    func minorGuardian() throws {
        let parties = ExchangeParties(holder: try Fixture.minor, guardian: try Fixture.document(Fixture.youngNumber))
        let error = self.applicationRefusal(Fixture.application(minor: true, guardian: true), parties)
        #expect(error?.code == .applicationRefused)
        #expect(error?.violations.map(\.rule) == [.exchangeMinor])
        #expect(error?.violations.first?.facts.contains(Fact("guardianMinor", "true")) == true)
    }

    @Test("EX-MINOR: an application made for a CardHolder keeps the birth date, and evaluate checks the flag")
    func cardHolderBirthDate() throws {
        let holder = CardHolder(
            name: try PersonName("张三"), residentIdentityNumber: try ResidentIdentityNumber(Fixture.minorNumber),
            category: .urbanRuralResident)
        var application = ExchangeApplication(
            date: date("2026-01-05"), holder: holder, currentCard: .second, channel: .website, bank: .cmb,
            appliedByGuardian: true)
        #expect(application.holderBirthDate == date("2010-03-15"))
        #expect(self.policy.evaluate(application).isApproved)
        application.holderIsMinor = false
        let decision = self.policy.evaluate(application)
        #expect(decision.violatedRules == [.exchangeMinor])
        #expect(decision.violations.first?.facts.contains(Fact("birthDateFrom", "application")) == true)
        #expect(!decision.violations.contains { $0.facts.contains { $0.value.contains("2010") } })
    }
}
