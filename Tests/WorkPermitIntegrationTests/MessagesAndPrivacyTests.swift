import CardModel
import Foundation
import TestSupport
import Testing
import WorkPermitIntegration

@Suite struct MessagesAndPrivacyTests {
    @Test("Messages: every step, deadline, document, form and category is named in three languages")
    func names() {
        for step in OnboardingStep.allCases {
            Fixture.expectThreeLanguages(step.name)
            #expect(step.rule.rawValue.hasPrefix("WP-"))
        }
        for kind in OnboardingDeadline.Kind.allCases { Fixture.expectThreeLanguages(kind.name) }
        for document in PermitDocument.allCases { Fixture.expectThreeLanguages(document.name) }
        for form in WorkPermitForm.allCases { Fixture.expectThreeLanguages(form.name) }
        for category in WorkPermitCategory.allCases { Fixture.expectThreeLanguages(category.name) }
    }

    @Test("Messages: every refusal of the scripted tests is written in three languages")
    func refusals() throws {
        var errors: [LocalizedText] = []
        var onboarding = ForeignerOnboarding()
        for event: OnboardingEvent in [
            .entered(on: date("2026-01-01")), .notificationLetterIssued(on: date("2025-01-01")),
            .zVisaIssued(on: date("2025-08-01")), .zVisaIssued(on: date("2025-02-01")),
            .notificationLetterIssued(on: date("2025-02-02")), .entered(on: date("2025-12-01")),
            .entered(on: date("2025-03-01")),
            .enrolled(
                on: date("2025-03-02"), by: .employer, channel: .socialInsuranceAgency, document: .electronicCard),
            .enrolled(
                on: date("2025-03-02"), by: .employer, channel: .socialInsuranceAgency,
                document: .physicalWorkPermitCard),
            .enrolled(
                on: date("2025-09-02"), by: .employer, channel: .socialInsuranceAgency, document: .notificationLetter),
            .residencePermitApplied(on: date("2025-03-05"), document: .notificationLetter),
            .residencePermitGranted(on: date("2025-03-10"), validUntil: date("2025-03-20")),
            .residencePermitRefused(on: date("2025-03-11")), .physicalCardIssued(on: date("2025-03-12")),
        ] {
            do throws(OnboardingError) { try onboarding.apply(event) } catch {
                errors.append(error.message)
                #expect(!error.description.isEmpty)
            }
        }
        #expect(errors.count >= 9)
        var permit = try WorkPermit.open(
            on: date("2025-01-01"), number: try Fixture.permitNumber(), category: .a, validUntil: date("2025-06-30")
        ).opened
        for event: WorkPermitEvent in [
            .extended(on: date("2025-07-01"), validUntil: date("2026-06-30")),
            .extended(on: date("2025-05-01"), validUntil: date("2025-06-01")),
            .cancelled(on: date("2025-05-02")), .changed(on: date("2025-05-03"), change: .position),
        ] {
            do throws(WorkPermitError) { try permit.apply(event) } catch { errors.append(error.message) }
        }
        var card = try ElectronicCard.open(on: date("2025-01-01"), try Fixture.registration()).opened
        for event: ElectronicCardEvent in [
            .realPersonVerified(on: date("2025-01-01")),
            .registered(on: date("2025-01-01"), registration: try Fixture.registration()),
            .realNameVerified(on: date("2025-01-01")), .realNameVerified(on: date("2025-01-01")),
        ] {
            do throws(ElectronicCardError) { try card.apply(event) } catch { errors.append(error.message) }
        }
        #expect(errors.count >= 15)
        for message in errors { Fixture.expectThreeLanguages(message) }
    }

    @Test("CM-PRIVACY: work permit and electronic card effects print their name and masked details")
    func effectDescriptions() throws {
        let information = try Fixture.information()
        let permitEffects: [WorkPermitEffect] = [
            .issuePhysicalPermitCard(information), .updatePhysicalPermitCard(information),
            .loadOntoSocialSecurityCard(information), .retirePhysicalPermitCard, .removeFromSocialSecurityCard,
            .withdrawPhysicalPermitCard, .scheduleExpiry(date("2027-12-31")), .cancelExpiryReminder,
        ]
        let cardEffects: [ElectronicCardEffect] = [
            .requestRealNameVerification, .requestRealPersonVerification, .showWorkPermitInformation(information),
            .offerFunctions(CardFunction.workPermit),
        ]
        let texts = permitEffects.map(\.description) + cardEffects.map(\.description)
        #expect(Set(texts).count == texts.count)
        #expect(WorkPermitEffect.scheduleExpiry(date("2027-12-31")).description == "scheduleExpiry(2027-12-31)")
        #expect(
            ElectronicCardEffect.offerFunctions(CardFunction.workPermit).description
                == "offerFunctions(notifications, workPermitInformation, workPermitQRVerification)")
        for text in texts + (permitEffects + cardEffects as [Any]).flatMap(Fixture.printedForms) {
            #expect(!text.contains(Fixture.permitNumberText))
        }
    }

    @Test("CM-PRIVACY: work permits, cards, registrations, events and errors never print a full number or name")
    func privacy() throws {
        var permit = try WorkPermit.open(
            on: date("2025-01-01"), number: try Fixture.permitNumber(), category: .b, validUntil: date("2026-12-31")
        ).opened
        let permitError = #expect(throws: WorkPermitError.self) {
            try permit.extend(on: date("2025-02-01"), validUntil: date("2025-03-01"))
        }
        let effects = try permit.extend(on: date("2025-02-01"), validUntil: date("2027-12-31"))
        var card = try ElectronicCard.open(on: date("2025-02-01"), try Fixture.registration()).opened
        let cardError = #expect(throws: ElectronicCardError.self) { try card.verifyRealPerson(on: date("2025-02-01")) }
        try card.verifyRealName(on: date("2025-02-01"))
        let cardEffects = try card.verifyRealPerson(on: date("2025-02-01"))
        let bySSN = try Fixture.registration(byPermitNumber: false)
        let values: [Any] = [
            permit, permit.history, permit.information, effects, card, card.history, card.registration, cardEffects,
            bySSN, bySSN.credential, permitError as Any, cardError as Any,
            card.decision(for: .workPermitInformation, on: date("2025-02-01")),
        ]
        for value in values {
            for text in Fixture.printedForms(value) {
                #expect(!text.contains(Fixture.permitNumberText))
                #expect(!text.contains(Fixture.socialSecurityNumberText))
                #expect(!text.contains("Jonathan"))
                #expect(!text.contains("Appleseed"))
            }
        }
        // The full values are there for the host's own storage, on request.
        #expect(permit.number.revealed == Fixture.permitNumberText)
        #expect(card.registration.name.revealed == Fixture.nameText)
    }

    @Test("CM-PERIOD: a decoded deadline whose effective last day is before its nominal one is refused")
    func deadlineDecoding() throws {
        let moved = try Fixture.deadline(.residencePermitApplication, "2026-10-02", effective: "2026-10-08")
        #expect(moved.nominalLastDay == date("2026-10-02"))
        #expect(try Fixture.roundTrip(moved) == moved)
        #expect(throws: DecodingError.self) {
            try Fixture.deadline(.residencePermitApplication, "2026-10-08", effective: "2026-10-02")
        }
        // WP-NOTIFICATION: the letter's last day is its own, never moved.
        #expect(throws: DecodingError.self) {
            try Fixture.deadline(.notificationLetterExpiry, "2026-10-03", effective: "2026-10-08")
        }
        // CM-WORKDAY: an unknown effective day names the year without data, and only that.
        let decode = { (json: String) in try JSONDecoder().decode(OnboardingDeadline.self, from: Data(json.utf8)) }
        let unknown = try decode(
            #"{"kind":"residencePermitApplication","nominalLastDay":"2027-01-01","yearWithoutData":2027}"#)
        #expect(unknown.lastDay == nil && unknown.yearWithoutData == 2027)
        #expect(try Fixture.roundTrip(unknown) == unknown)
        for json in [
            #"{"kind":"residencePermitApplication","nominalLastDay":"2027-01-01"}"#,
            #"{"kind":"residencePermitApplication","nominalLastDay":"2027-01-01","lastDay":"2027-01-04","yearWithoutData":2027}"#,
            #"{"kind":"residencePermitApplication","nominalLastDay":"2027-01-01","yearWithoutData":2026}"#,
            #"{"kind":"notificationLetterExpiry","nominalLastDay":"2027-01-01","yearWithoutData":2027}"#,
        ] {
            #expect(throws: DecodingError.self, "\(json)") { try decode(json) }
        }
    }

    @Test("WP-VISA: a decoded phase no onboarding can reach (a card before entry) is refused")
    func phaseDecoding() throws {
        for count in 0...Fixture.happyPath.count {
            let phase = try Fixture.onboarding(after: count).phase
            #expect(try Fixture.roundTrip(phase) == phase)
        }
        let json =
            #"{"stage":"zVisaIssued","electronicCardRegistered":true,"insurance":"notEnrolled","residence":"notApplied"}"#
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(ForeignerOnboarding.Phase.self, from: Data(json.utf8))
        }
        let closed =
            #"{"stage":"closed","electronicCardRegistered":false,"insurance":"enrolled","residence":"granted"}"#
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(ForeignerOnboarding.Phase.self, from: Data(closed.utf8))
        }
    }
}
