import CardModel
import ExchangePolicy
import ReplacementWorkflow
import Testing
import WorkPermitIntegration

/// CM-PRIVACY across the package: a holder, applications and each case built with real-looking identifiers and
/// names, rendered through `description`, `debugDescription`, `String(reflecting:)`, `dump`, interpolation and every
/// error's description, never show an identifier or a name unmasked.
@Suite struct PrivacyAuditTests {
    static let holderNumber = "11010519491231002X"
    static let agentNumber = "110105198001011238"
    static let employerCode = "91350100M000100Y43"
    static let name = "张三丰"
    static let permitNumber = "WP1100202412010001"
    static let otherPermitNumber = "WP1100202501150042"
    static let socialSecurityNumber = "BJ9900112233445566"
    static let foreignName = "Jonathan Appleseed"
    static let secrets = [
        holderNumber, agentNumber, employerCode, name, permitNumber, otherPermitNumber, socialSecurityNumber,
        foreignName,
    ]

    static func document(_ number: String) throws -> IdentityDocument {
        IdentityDocument(residentIdentityCard: try ResidentIdentityNumber(number))
    }

    func expectNoLeak(_ value: Any, sourceLocation: SourceLocation = #_sourceLocation) {
        let leaks = PrivacyAudit.leaks(of: Self.secrets, in: value)
        #expect(leaks.isEmpty, "\(type(of: value)) leaks: \(leaks)", sourceLocation: sourceLocation)
    }

    @Test("CM-PRIVACY: the audit itself catches an unmasked value in every rendering")
    func auditCatchesLeaks() throws {
        struct Leaky { let number = PrivacyAuditTests.holderNumber }
        #expect(PrivacyAudit.leaks(of: Self.secrets, in: Leaky()).count == 4)
        #expect(PrivacyAudit.leaks(of: Self.secrets, in: try ResidentIdentityNumber(Self.holderNumber)).isEmpty)
    }

    @Test("CM-PRIVACY: CardModel values and errors never print an identifier or a name")
    func cardModel() throws {
        let number = try ResidentIdentityNumber(Self.holderNumber)
        let holder = CardHolder(
            name: try PersonName(Self.name), residentIdentityNumber: number, category: .urbanEmployee)
        let values: [Any] = [
            number, try UnifiedSocialCreditCode(Self.employerCode), try PersonName(Self.name), holder,
            holder.document, PresentedDocument(holder.document), [holder], ["key": number],
            IdentifierValidationError.checkCharacterMismatch(expected: "X", found: "1"),
        ]
        values.forEach { expectNoLeak($0) }
    }

    @Test("CM-PRIVACY: an exchange application, decision, case, its events, effects and errors stay masked")
    func exchange() throws {
        let employer = try EmployerArrangement(
            employer: try UnifiedSocialCreditCode(Self.employerCode), collectiveApplication: true, companyPickup: true,
            selectedBanks: [.icbc])
        let application = ExchangeApplication(
            date: try CivilDate(parsing: "2026-01-05"), currentCard: .second, channel: .website, bank: .icbc,
            receipt: .employer, employer: employer)
        let parties = ExchangeParties(holder: try Self.document(Self.holderNumber))
        var (exchange, effects) = try ExchangeCase.open(application, parties: parties)
        var all: [Any] = [employer, application, parties, ExchangePolicy.beijing.evaluate(application), effects]
        all += [try exchange.produceCard(on: try CivilDate(parsing: "2026-01-09"))]
        all += [
            try exchange.receiveCard(
                on: try CivilDate(parsing: "2026-01-12"), by: .employer(try UnifiedSocialCreditCode(Self.employerCode)))
        ]
        do {
            _ = try exchange.receiveCard(
                on: try CivilDate(parsing: "2026-01-13"),
                by: .holder(PresentedDocument(try Self.document(Self.agentNumber))))
            Issue.record("the holder's receipt on another person's document was accepted: no error to audit")
        } catch {
            all.append(error)
        }
        all += [exchange, exchange.history]
        all.forEach { expectNoLeak($0) }
    }

    @Test("CM-PRIVACY: a replacement application, decision, case, its events, effects and errors stay masked")
    func replacement() throws {
        let holder = try Self.document(Self.holderNumber)
        let application = ReplacementApplication(
            date: try CivilDate(parsing: "2026-09-30"), reason: .lost, channel: .onSite, applicant: .agent,
            documents: PresentedDocuments(
                holder: PresentedDocument(holder), agent: PresentedDocument(try Self.document(Self.agentNumber))))
        var replacement = ReplacementCase(holder: holder)
        var all: [Any] = [application, ReplacementPolicy.beijing.evaluate(application, holder: holder)]
        all += [try replacement.applyForReplacement(application)]
        all += [try replacement.produceCard(on: try CivilDate(parsing: "2026-10-12"))]
        do {
            _ = try replacement.collect(
                on: try CivilDate(parsing: "2026-10-13"),
                documents: ReceiptDocuments(holder: PresentedDocument(try Self.document(Self.agentNumber))))
            Issue.record("collection on another person's document was accepted: no error to audit")
        } catch {
            all.append(error)
        }
        all += [replacement, replacement.history]
        all.forEach { expectNoLeak($0) }
    }

    @Test("CM-PRIVACY: a work permit, an electronic card and an onboarding, with their errors, stay masked")
    func workPermit() throws {
        var all: [Any] = []
        var (permit, effects) = try WorkPermit.open(
            on: try CivilDate(parsing: "2025-01-10"), number: try WorkPermitNumber(Self.permitNumber), category: .b,
            validUntil: try CivilDate(parsing: "2026-01-09"))
        all += [
            effects,
            try permit.extend(
                on: try CivilDate(parsing: "2025-12-01"), validUntil: try CivilDate(parsing: "2027-01-09")),
        ]
        all += [permit, permit.history]

        let information = WorkPermitInformation(
            number: try WorkPermitNumber(Self.permitNumber), category: .b,
            validUntil: try CivilDate(parsing: "2027-12-31"))
        let registration = ElectronicCardRegistration(
            name: try PersonName(Self.foreignName),
            credential: .socialSecurityNumber(try SocialSecurityNumber(Self.socialSecurityNumber)),
            workPermit: information)
        var card = try ElectronicCard.open(on: try CivilDate(parsing: "2026-03-03"), registration).opened
        all += [registration, try card.verifyRealName(on: try CivilDate(parsing: "2026-03-03"))]
        all += [try card.verifyRealPerson(on: try CivilDate(parsing: "2026-03-04"))]
        do {
            _ = try ElectronicCard.open(
                on: try CivilDate(parsing: "2026-03-03"),
                ElectronicCardRegistration(
                    name: try PersonName(Self.foreignName),
                    credential: .workPermitNumber(try WorkPermitNumber(Self.otherPermitNumber)), workPermit: information
                ))
            Issue.record("a registration with another permit's number was accepted: no error to audit")
        } catch {
            all.append(error)
        }
        all += [card, card.history, card.decision(for: .notifications, on: try CivilDate(parsing: "2026-03-05"))]

        var onboarding = ForeignerOnboarding()
        all += [try onboarding.apply(.notificationLetterIssued(on: try CivilDate(parsing: "2026-01-15")))]
        do {
            _ = try onboarding.apply(.entered(on: try CivilDate(parsing: "2026-03-02")))
            Issue.record("entry before a visa was accepted: no error to audit")
        } catch {
            all.append(error)
        }
        all += [onboarding, onboarding.status(on: try CivilDate(parsing: "2026-03-10"))]
        all.forEach { expectNoLeak($0) }
    }
}
