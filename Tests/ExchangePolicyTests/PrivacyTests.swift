import CardModel
import ExchangePolicy
import TestSupport
import Testing

/// CM-PRIVACY: no printed form of the module's values and errors shows a full identifier.
@Suite struct PrivacyTests {
    static let secrets = [Fixture.holderNumber, Fixture.minorNumber, Fixture.guardianNumber, Fixture.employerCode]

    static func renderings(of value: Any) -> [String] {
        var dumped = ""
        dump(value, to: &dumped)
        return [String(describing: value), String(reflecting: value), "\(value)", dumped]
    }

    @Test("CM-PRIVACY: descriptions, reflection, dump and interpolation never show a full identifier")
    func nothingLeaks() throws {
        let guardian = PresentedDocument(try Fixture.guardian)
        let application = Fixture.application(
            bank: .icbc, receipt: .bankBranch, employer: try Fixture.pickup(), minor: true, guardian: true)
        var exchange = try ExchangeCase.open(application, parties: try Fixture.minorParties).opened
        try exchange.produceCard(on: date("2026-01-08"))
        let mismatch = Fixture.caseError {
            _ = try exchange.receiveCard(on: date("2026-01-09"), by: .guardian(PresentedDocument(try Fixture.holder)))
        }
        let effects = try exchange.receiveCard(on: date("2026-01-09"), by: .guardian(guardian))
        try exchange.activateFinancialFunction(on: date("2026-01-10"), presenting: guardian)

        var values: [Any] = [
            exchange, exchange.parties, exchange.application, try Fixture.pickup(),
            ExchangeRecipient.guardian(guardian),
            ExchangeRecipient.employer(try Fixture.employer), effects, ExchangePolicy.beijing.evaluate(application),
        ]
        values.append(contentsOf: exchange.history.map { $0 as Any })
        if let mismatch { values.append(mismatch) }
        #expect(mismatch != nil)
        for value in values {
            for text in Self.renderings(of: value) {
                for secret in Self.secrets {
                    #expect(!text.contains(secret), "\(type(of: value)) shows \(secret)")
                }
            }
        }
    }

    @Test("CM-PRIVACY: an application's birth date is never printed")
    func birthDateNotPrinted() {
        let application = Fixture.application(minor: true, guardian: true, born: "2010-03-15")
        for text in Self.renderings(of: application) {
            #expect(!text.contains("2010"))
        }
    }

    @Test("CM-PRIVACY: a decision's facts never hold personal data")
    func factsArePublic() throws {
        for violation in try MessagesTests.everyViolation() {
            for fact in violation.facts {
                #expect(!Self.secrets.contains { fact.value.contains($0) })
            }
        }
    }
}
