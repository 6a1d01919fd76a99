import CardModel
import Foundation
import TestSupport
import Testing
import WorkPermitIntegration

@Suite struct ElectronicCardTests {
    let workPermitServices = CardFunction.workPermit

    @Test("WP-ECARD: registration with the name and the work permit number carries the permit after verification")
    func registrationByPermitNumber() throws {
        var (card, effects) = try ElectronicCard.open(on: date("2026-03-03"), try Fixture.registration())
        #expect(effects == [.requestRealNameVerification])
        #expect(card.phase == .registered)
        #expect(card.workPermitInformation(on: date("2026-03-03")) == nil)
        #expect(try card.verifyRealName(on: date("2026-03-03")) == [.requestRealPersonVerification])
        #expect(card.phase == .realNameVerified)
        #expect(card.functions(on: date("2026-03-03")).isEmpty)
        let information = try Fixture.information()
        #expect(
            try card.verifyRealPerson(on: date("2026-03-03"))
                == [.showWorkPermitInformation(information), .offerFunctions(self.workPermitServices)])
        #expect(card.phase == .verified)
        #expect(card.workPermitInformation(on: date("2026-03-03")) == information)
    }

    @Test("WP-ECARD: registration with the name and the social security number carries the permit too")
    func registrationBySocialSecurityNumber() throws {
        var card = try ElectronicCard.open(on: date("2026-04-10"), try Fixture.registration(byPermitNumber: false))
            .opened
        try card.verifyRealName(on: date("2026-04-10"))
        try card.verifyRealPerson(on: date("2026-04-11"))
        #expect(card.workPermitInformation(on: date("2026-04-11")) == (try Fixture.information()))
        #expect(card.functions(on: date("2026-04-11")) == self.workPermitServices)
        if case .socialSecurityNumber = card.registration.credential {} else { Issue.record("credential kind") }
    }

    @Test("WP-ECARD: refused without verification: real-person before real-name, services before both")
    func refusedWithoutVerification() throws {
        var card = try ElectronicCard.open(on: date("2026-03-03"), try Fixture.registration()).opened
        let before = card
        let error = #expect(throws: ElectronicCardError.self) { try card.verifyRealPerson(on: date("2026-03-03")) }
        #expect(error?.code == .realNameNotVerified)
        #expect(error?.phase == .registered)
        #expect(error?.violations.map(\.rule) == [.workPermitElectronicCard])
        #expect(card == before)
        for function in CardFunction.workPermit.union(CardFunction.beijingPass) {
            let decision = card.decision(for: function, on: date("2026-03-03"))
            #expect(!decision.isApproved)
            #expect(decision.violations.map(\.rule).contains(.workPermitElectronicCard))
        }
        try card.verifyRealName(on: date("2026-03-04"))
        #expect(!card.decision(for: .workPermitQRVerification, on: date("2026-03-04")).isApproved)
        #expect(throws: ElectronicCardError.self) { try card.verifyRealName(on: date("2026-03-04")) }
        try card.verifyRealPerson(on: date("2026-03-04"))
        #expect(card.decision(for: .workPermitQRVerification, on: date("2026-03-04")).isApproved)
        #expect(throws: ElectronicCardError.self) { try card.verifyRealPerson(on: date("2026-03-05")) }
    }

    @Test("WP-ECARD: once the physical card has been received the electronic card gives the standard services")
    func standardServices() throws {
        var card = try ElectronicCard.open(on: date("2026-03-03"), try Fixture.registration()).opened
        try card.verifyRealName(on: date("2026-03-03"))
        try card.verifyRealPerson(on: date("2026-03-03"))
        #expect(!card.decision(for: .medicalSettlement, on: date("2026-03-03")).isApproved)
        let all = CardFunction.socialSecurity.union(self.workPermitServices).union(CardFunction.beijingPass)
        #expect(try card.receivePhysicalCard(on: date("2026-03-30")) == [.offerFunctions(all)])
        #expect(card.phase == .standardServices)
        #expect(card.decision(for: .medicalSettlement, on: date("2026-03-30")).isApproved)
        #expect(!card.decision(for: .financial, on: date("2026-03-30")).isApproved)
        #expect(throws: ElectronicCardError.self) { try card.receivePhysicalCard(on: date("2026-04-01")) }
    }

    @Test("WP-ECARD: a physical card received before verification gives the standard services once verified")
    func physicalCardFirst() throws {
        var card = try ElectronicCard.open(on: date("2026-03-03"), try Fixture.registration()).opened
        #expect(try card.receivePhysicalCard(on: date("2026-03-04")) == [])
        #expect(card.phase == .registered)
        try card.verifyRealName(on: date("2026-03-05"))
        try card.verifyRealPerson(on: date("2026-03-05"))
        #expect(card.phase == .standardServices)
    }

    @Test("WP-ECARD: the permit number registered with must be the permit's; an expired permit is refused")
    func registrationRefusals() throws {
        let mismatch = ElectronicCardRegistration(
            name: try Fixture.name(), credential: .workPermitNumber(try Fixture.otherPermitNumber()),
            workPermit: try Fixture.information())
        let error = #expect(throws: ElectronicCardError.self) {
            try ElectronicCard.open(on: date("2026-03-03"), mismatch).opened
        }
        #expect(error?.code == .credentialMismatch)
        #expect(error?.phase == nil)
        let expired = ElectronicCardRegistration(
            name: try Fixture.name(), credential: .workPermitNumber(try Fixture.permitNumber()),
            workPermit: try Fixture.information(validUntil: "2026-01-31"))
        let late = #expect(throws: ElectronicCardError.self) {
            try ElectronicCard.open(on: date("2026-03-03"), expired).opened
        }
        #expect(late?.code == .permitNotValid)
    }

    @Test("WP-ECARD: a permit loaded later must be the one the card was registered with or already carries")
    func loadedPermitMustMatch() throws {
        let other = WorkPermitInformation(
            number: try Fixture.otherPermitNumber(), category: .b, validUntil: date("2027-12-31"))
        // Registered with permit ...0001 (a physical permit, not yet on the card): ...0042 is refused.
        var byNumber = try ElectronicCard.open(on: date("2025-02-01"), try Fixture.registration(integrated: false))
            .opened
        let before = byNumber
        let error = #expect(throws: ElectronicCardError.self) {
            try byNumber.apply(.workPermitInformationLoaded(on: date("2025-03-15"), information: other))
        }
        #expect(error?.code == .credentialMismatch)
        #expect(error?.violations.map(\.rule) == [.workPermitElectronicCard])
        #expect(byNumber == before)
        try byNumber.apply(
            .workPermitInformationLoaded(on: date("2025-03-15"), information: try Fixture.information()))
        // Registered with the social security number: the first permit loaded is the holder's; another is not.
        var bySSN = try ElectronicCard.open(
            on: date("2025-02-01"), try Fixture.registration(byPermitNumber: false, integrated: false)
        ).opened
        try bySSN.apply(.workPermitInformationLoaded(on: date("2025-03-15"), information: try Fixture.information()))
        let again = #expect(throws: ElectronicCardError.self) {
            try bySSN.apply(.workPermitInformationLoaded(on: date("2025-04-01"), information: other))
        }
        #expect(again?.code == .credentialMismatch)
        // An extension of the same permit updates it.
        try bySSN.apply(
            .workPermitInformationLoaded(
                on: date("2025-04-01"), information: try Fixture.information(validUntil: "2028-12-31")))
        #expect(bySSN.history.count == 3)
    }

    @Test("WP-EFFECTIVE: before 2024-12-01 the card cannot carry a work permit")
    func beforeTheIntegration() throws {
        let error = #expect(throws: ElectronicCardError.self) {
            try ElectronicCard.open(on: date("2024-11-30"), try Fixture.registration()).opened
        }
        #expect(error?.code == .integrationNotInForce)
        #expect(error?.violations.map(\.rule) == [.workPermitEffective])
        // A card mirroring a physical card, registered with the social security number, existed before.
        var card = try ElectronicCard.open(
            on: date("2024-11-30"), try Fixture.registration(byPermitNumber: false, integrated: false)
        ).opened
        let information = try Fixture.information()
        let refused = #expect(throws: ElectronicCardError.self) {
            try card.apply(.workPermitInformationLoaded(on: date("2024-11-30"), information: information))
        }
        #expect(refused?.code == .integrationNotInForce)
    }

    @Test("WP-NO-CHANGE: a card for a physical permit carries no permit until the permit is integrated")
    func physicalPermitCard() throws {
        var card = try ElectronicCard.open(
            on: date("2025-02-01"), try Fixture.registration(byPermitNumber: false, integrated: false)
        ).opened
        try card.verifyRealName(on: date("2025-02-01"))
        #expect(try card.verifyRealPerson(on: date("2025-02-01")) == [])
        #expect(card.functions(on: date("2025-02-01")).isEmpty)
        let decision = card.decision(for: .workPermitInformation, on: date("2025-02-01"))
        #expect(decision.violations.map(\.rule).contains(.workPermitNoChange))
        #expect(card.decision(for: .businessInformationQuery, on: date("2025-02-01")).violations.map(\.rule) == [.form])
        let information = try Fixture.information()
        #expect(
            try card.apply(.workPermitInformationLoaded(on: date("2025-03-15"), information: information))
                == [.showWorkPermitInformation(information), .offerFunctions(self.workPermitServices)])
        #expect(card.decision(for: .workPermitInformation, on: date("2025-03-15")).isApproved)
    }

    @Test("CM-FORM: before the physical card exists the electronic card carries only the work permit information")
    func onlyThePermitBeforeThePhysicalCard() throws {
        var card = try ElectronicCard.open(on: date("2026-03-03"), try Fixture.registration()).opened
        try card.verifyRealName(on: date("2026-03-03"))
        try card.verifyRealPerson(on: date("2026-03-03"))
        #expect(card.phase == .verified)
        #expect(card.functions(on: date("2026-03-03")) == CardFunction.workPermit)
        for function in CardFunction.beijingPass {
            let decision = card.decision(for: function, on: date("2026-03-03"))
            #expect(!decision.isApproved)
            #expect(decision.violations.map(\.rule) == [.form])
            Fixture.expectThreeLanguages(try #require(decision.violations.first).message)
        }
        for function in CardFunction.socialSecurity {
            #expect(
                card.decision(for: function, on: date("2026-03-03")).violations.map(\.rule) == [
                    .workPermitElectronicCard
                ])
        }
    }

    @Test("CM-FORM: once the physical card has been received the electronic card mirrors it, BEIJING PASS included")
    func mirrorsThePhysicalCard() throws {
        var card = try ElectronicCard.open(on: date("2026-03-03"), try Fixture.registration(byPermitNumber: false))
            .opened
        try card.verifyRealName(on: date("2026-03-03"))
        try card.verifyRealPerson(on: date("2026-03-04"))
        let effects = try card.receivePhysicalCard(on: date("2026-03-30"))
        let standard = CardFunction.socialSecurity.union(CardFunction.beijingPass).union(CardFunction.workPermit)
        #expect(effects == [.offerFunctions(standard)])
        for function in CardFunction.beijingPass {
            #expect(card.decision(for: function, on: date("2026-03-30")).isApproved)
        }
    }

    @Test("WP-ECARD: an expired permit is neither shown nor gives its services (valid until 2025-01-02)")
    func expiredPermit() throws {
        // Registered 2025-01-01 with a permit valid until 2025-01-02, verified only on 2025-06-01.
        let registration = ElectronicCardRegistration(
            name: try Fixture.name(), credential: .workPermitNumber(try Fixture.permitNumber()),
            workPermit: try Fixture.information(validUntil: "2025-01-02"))
        var card = try ElectronicCard.open(on: date("2025-01-01"), registration).opened
        try card.verifyRealName(on: date("2025-06-01"))
        #expect(try card.verifyRealPerson(on: date("2025-06-01")) == [])
        #expect(card.phase == .verified)
        #expect(card.workPermitInformation(on: date("2025-06-01")) == nil)
        #expect(card.functions(on: date("2025-06-01")).isEmpty)
        let decision = card.decision(for: .workPermitInformation, on: date("2025-06-01"))
        #expect(decision.violations.map(\.rule) == [.workPermitElectronicCard])
        #expect(decision.violations.first?.facts.contains(Fact("validUntil", "2025-01-02")) == true)
        // Its extension, loaded later, brings the services back.
        let extended = try Fixture.information(validUntil: "2026-06-01")
        #expect(
            try card.apply(.workPermitInformationLoaded(on: date("2025-06-02"), information: extended))
                == [.showWorkPermitInformation(extended), .offerFunctions(CardFunction.workPermit)])
        #expect(card.decision(for: .workPermitInformation, on: date("2025-06-02")).isApproved)
        // After the extension's last day the services stop again, with the physical card's services left.
        try card.receivePhysicalCard(on: date("2025-07-01"))
        #expect(
            card.functions(on: date("2026-06-02")) == CardFunction.socialSecurity.union(CardFunction.beijingPass))
        #expect(card.functions(on: date("2026-06-01")).isSuperset(of: CardFunction.workPermit))
    }

    @Test("WP-SERVICES: functions(on:) and decision(for:on:) answer from the events up to that day")
    func datedAnswers() throws {
        var card = try ElectronicCard.open(on: date("2026-03-03"), try Fixture.registration()).opened
        try card.verifyRealName(on: date("2026-03-03"))
        try card.verifyRealPerson(on: date("2026-03-04"))
        try card.receivePhysicalCard(on: date("2026-03-30"))
        #expect(card.functions(on: date("2026-03-02")).isEmpty)
        let early = card.decision(for: .notifications, on: date("2026-03-02"))
        #expect(early.violations.map(\.rule) == [.workPermitElectronicCard])
        Fixture.expectThreeLanguages(try #require(early.violations.first).message)
        #expect(card.functions(on: date("2026-03-03")).isEmpty)
        #expect(card.functions(on: date("2026-03-10")) == CardFunction.workPermit)
        #expect(card.functions(on: date("2026-03-30")).isSuperset(of: CardFunction.beijingPass))
        #expect(card.workPermitInformation(on: date("2026-03-03")) == nil)
        #expect(card.workPermitInformation(on: date("2026-03-04")) == (try Fixture.information()))
    }

    @Test(
        "WP-SERVICES: what each phase of the electronic card lets its holder do",
        arguments: ElectronicCard.Phase.allCases)
    func servicesByPhase(phase: ElectronicCard.Phase) {
        let with = ElectronicCard.functions(in: phase, carriesWorkPermitInformation: true)
        let without = ElectronicCard.functions(in: phase, carriesWorkPermitInformation: false)
        switch phase {
        case .registered, .realNameVerified:
            #expect(with.isEmpty && without.isEmpty)
        case .verified:
            #expect(with == CardFunction.workPermit)  // CM-FORM: only the work permit before the physical card
            #expect(without.isEmpty)
        case .standardServices:
            #expect(with == CardFunction.socialSecurity.union(CardFunction.workPermit).union(CardFunction.beijingPass))
            #expect(without == CardFunction.socialSecurity.union(CardFunction.beijingPass))
        }
        #expect(!with.contains(.financial))
    }

    @Test("WP-SERVICES: query the permit, verify its QR code, notifications, and BEIJING PASS services (CM-FUNCTIONS)")
    func serviceNames() {
        #expect(CardFunction.workPermit == [.workPermitInformation, .workPermitQRVerification, .notifications])
        #expect(CardFunction.beijingPass == [.businessInformationQuery, .benefitsAndSubsidies])
    }

    @Test("An electronic card is rebuilt from its history; tampering is refused on decode")
    func replayAndCodable() throws {
        var card = try ElectronicCard.open(on: date("2026-03-03"), try Fixture.registration()).opened
        try card.verifyRealName(on: date("2026-03-03"))
        try card.verifyRealPerson(on: date("2026-03-04"))
        try card.receivePhysicalCard(on: date("2026-03-30"))
        #expect(try ElectronicCard(replaying: card.history) == card)
        #expect(try Fixture.roundTrip(card) == card)
        let empty = try #require(throws: ElectronicCardError.self) { try ElectronicCard(replaying: []) }
        #expect(empty.code == .emptyHistory && empty.phase == nil)
        let unopened = try #require(throws: ElectronicCardError.self) {
            try ElectronicCard(replaying: [.realNameVerified(on: date("2026-03-03"))])
        }
        #expect(unopened.code == .historyMustStartWithOpening && unopened.phase == nil)
        let json = String(decoding: try JSONEncoder().encode(card), as: UTF8.self)
        let reordered = json.replacingOccurrences(of: "realNameVerified", with: "realPersonXVerified")
            .replacingOccurrences(of: "realPersonVerified", with: "realNameVerified")
            .replacingOccurrences(of: "realPersonXVerified", with: "realPersonVerified")
        let refused = try #require(throws: CaseSnapshotError.self) {
            try JSONDecoder().decode(ElectronicCard.self, from: Data(reordered.utf8))
        }
        #expect(refused.code == .historyRefused)
    }
}
