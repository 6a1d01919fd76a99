import CardModel
import ExchangePolicy
import TestSupport
import Testing

/// Every message exists in English, German and Simplified Chinese.
@Suite struct MessagesTests {
    static func checkThreeLanguages(_ text: LocalizedText, _ context: String) {
        #expect(!text.english.isEmpty && !text.german.isEmpty && !text.chinese.isEmpty, "\(context)")
        #expect(text.english != text.chinese, "\(context)")
        #expect(text.chinese.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(context)")
    }

    /// Applications that, between them, produce every violation evaluate can report.
    static func everyViolation() throws -> [Violation] {
        let policy = ExchangePolicy.beijing
        let wide = try Fixture.pickup([.icbc, .boc, .ccb, .abc, Fixture.sixteenth], policy: nil)
        let applications = [
            Fixture.application("2024-10-29"),  // EX-PHASE
            Fixture.application("2025-12-31", channel: .bankOutlet),  // EX-CHANNELS
            Fixture.application(card: .third),  // EX-ELIGIBLE
            Fixture.application(card: nil),  // EX-ELIGIBLE (no card)
            Fixture.application(bank: Fixture.sixteenth),  // EX-PARTNER-BANKS
            Fixture.application(bank: .cmb, employer: try Fixture.pickup()),  // EX-EMPLOYER-BANKS (outside)
            Fixture.application(bank: .icbc, employer: wide),  // EX-EMPLOYER-BANKS (too many, non-partner)
            Fixture.application(minor: true),  // EX-MINOR (no guardian)
            Fixture.application(
                bank: .icbc, receipt: .employer, employer: try Fixture.pickup(), minor: true, guardian: true),
            Fixture.application(receipt: .instantIssuance),  // EX-RECEIPT (instant online)
            Fixture.application(receipt: .employer),  // EX-RECEIPT (no pickup)
            Fixture.application("2026-10-03", channel: .districtServicePoint),  // EX-SERVICE-POINT-DAYS
            Fixture.application(guardian: true),  // EX-MINOR (a guardian for an adult)
            Fixture.application(
                channel: .bankOutlet, bank: .cmb, receipt: .employer, employer: try Fixture.pickup()),  // EX-RECEIPT
            Fixture.application(born: "2010-03-15"),  // EX-MINOR (flag contradicts the birth date)
        ]
        // EX-MINOR from the documents: a declared minor who is an adult, and a guardian under 18.
        let documents = policy.evaluate(
            Fixture.application(minor: true, guardian: true),
            parties: ExchangeParties(holder: try Fixture.holder, guardian: try Fixture.document(Fixture.youngNumber)))
        return applications.flatMap { policy.evaluate($0).violations } + documents.violations
    }

    @Test("Every violation has a message in English, German and Simplified Chinese")
    func everyViolationInThreeLanguages() throws {
        let violations = try Self.everyViolation()
        let distinct = Set(violations.map(\.message))
        #expect(distinct.count == 18)
        #expect(
            Set(violations.map(\.rule)) == [
                .exchangePhase, .exchangeChannels, .exchangeEligible, .exchangePartnerBanks, .exchangeEmployerBanks,
                .exchangeMinor, .exchangeReceipt, .exchangeServicePointDays,
            ])
        for violation in violations {
            Self.checkThreeLanguages(violation.message, violation.rule.rawValue)
            #expect(violation.message.english != violation.message.german, "\(violation.rule)")
            #expect(!violation.facts.isEmpty, "\(violation.rule)")
        }
    }

    @Test("EX-EMPLOYER-BANKS: every note has a message in three languages")
    func everyNote() throws {
        let policy = ExchangePolicy.beijing
        let notes = [
            policy.evaluate(Fixture.application(channel: .bankOutlet, employer: try Fixture.pickup())),
            policy.evaluate(Fixture.application("2025-06-03")),
            policy.evaluate(Fixture.application(channel: .subdistrictServicePoint)),
        ].flatMap(\.notes)
        #expect(Set(notes.map(\.rule)) == [.exchangeEmployerBanks, .exchangePhase, .exchangeProduction])
        for note in notes { Self.checkThreeLanguages(note.message, note.rule.rawValue) }
    }

    @Test("EX-CHANNELS: names of channels, phases, receipt ways, activation channels and notices in three languages")
    func names() {
        let texts =
            ExchangeChannel.allCases.map(\.name) + ExchangePhase.allCases.map(\.name)
            + ExchangeReceiptMethod.allCases.map(\.name) + ActivationChannel.allCases.map(\.name)
            + ExchangeNotice.allCases.map(\.text) + ExchangeCase.Phase.allCases.map(\.name)
        for text in texts { Self.checkThreeLanguages(text, text.english) }
        #expect(Set(ExchangeChannel.allCases.map(\.name.chinese)).count == ExchangeChannel.allCases.count)
    }

    @Test("Every ExchangeCaseError code says what is wrong in three languages")
    func caseErrors() throws {
        var errors: [ExchangeCaseError?] = []
        let holder = PresentedDocument(try Fixture.holder)
        errors.append(
            Fixture.caseError {
                _ = try ExchangeCase.open(Fixture.application(card: .third), parties: try Fixture.adultParties)
            })
        errors.append(
            Fixture.caseError { _ = try ExchangeCase.open(Fixture.application(), parties: try Fixture.minorParties) })
        errors.append(Fixture.caseError { _ = try ExchangeCase(replaying: []) })
        errors.append(Fixture.caseError { _ = try ExchangeCase(replaying: [.cardProduced(on: date("2026-01-05"))]) })

        var exchange = try ExchangeCase.open(Fixture.application(), parties: try Fixture.adultParties).opened
        errors.append(Fixture.caseError { _ = try exchange.receiveCard(on: date("2026-01-09"), by: .holder(holder)) })
        errors.append(Fixture.caseError { _ = try exchange.produceCard(on: date("2026-01-04")) })
        try exchange.produceCard(on: date("2026-01-08"))
        errors.append(
            Fixture.caseError {
                _ = try exchange.receiveCard(on: date("2026-01-09"), by: .employer(try Fixture.employer))
            })
        errors.append(
            Fixture.caseError {
                _ = try exchange.receiveCard(
                    on: date("2026-01-09"), by: .holder(PresentedDocument(try Fixture.holder, isOriginal: false)))
            })
        errors.append(
            Fixture.caseError {
                _ = try exchange.receiveCard(
                    on: date("2026-01-09"), by: .holder(PresentedDocument(try Fixture.stranger)))
            })
        try exchange.receiveCard(on: date("2026-01-09"), by: .holder(holder))
        try exchange.activateFinancialFunction(on: date("2026-01-09"), presenting: holder)
        errors.append(
            Fixture.caseError {
                _ = try exchange.activateFinancialFunction(on: date("2026-01-10"), presenting: holder)
            })

        var minor = try ExchangeCase.open(
            Fixture.application(minor: true, guardian: true), parties: try Fixture.minorParties
        ).opened
        try minor.produceCard(on: date("2026-01-08"))
        errors.append(
            Fixture.caseError {
                _ = try minor.receiveCard(on: date("2026-01-09"), by: .holder(PresentedDocument(try Fixture.minor)))
            })

        var pickup = try ExchangeCase.open(
            Fixture.application(bank: .icbc, receipt: .employer, employer: try Fixture.pickup()),
            parties: try Fixture.adultParties
        ).opened
        try pickup.produceCard(on: date("2026-01-08"))
        errors.append(
            Fixture.caseError {
                _ = try pickup.receiveCard(on: date("2026-01-09"), by: .employer(try Fixture.otherEmployer))
            })

        var instant = try ExchangeCase.open(
            Fixture.application(channel: .bankOutlet, receipt: .instantIssuance), parties: try Fixture.adultParties
        ).opened
        errors.append(Fixture.caseError { _ = try instant.produceCard(on: date("2026-01-06")) })

        var weekend = try ExchangeCase.open(Fixture.application("2026-01-10"), parties: try Fixture.adultParties)
            .opened
        errors.append(Fixture.caseError { _ = try weekend.produceCard(on: date("2026-01-11")) })

        let found = errors.compactMap { $0 }
        #expect(found.count == errors.count)
        #expect(
            Set(found.map(\.code)) == [
                .applicationRefused, .partiesDoNotMatchApplication, .emptyHistory, .historyMustStartWithOpening,
                .eventNotAllowed, .dateBeforePreviousEvent, .recipientNotAllowed, .documentNotAccepted,
                .documentMismatch, .financialFunctionAlreadyActive, .guardianRequired, .employerMismatch,
                .instantIssuanceNotSameDay, .tooEarly,
            ])
        for error in found {
            Self.checkThreeLanguages(error.message, error.code.description)
            #expect(error.description.contains(error.code.description))
        }
    }
}
