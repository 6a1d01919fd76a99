import CardModel
import TestSupport
import Testing
import WorkPermitIntegration

@Suite struct ServicesAndProceduresTests {
    @Test("WP-SERVICES: ElectronicCardServices answers as ElectronicCard.decision(for:on:) in the same phase")
    func sameAnswersAsTheCard() throws {
        var card = try ElectronicCard.open(on: date("2026-03-03"), Fixture.registration()).opened
        let services = { (day: String, received: String?) in
            ElectronicCardServices(
                on: date(day), physicalCardReceivedOn: received.map { date($0) },
                workPermitValidUntil: date("2027-12-31"))
        }
        try card.verifyRealName(on: date("2026-03-04"))
        try card.verifyRealPerson(on: date("2026-03-04"))
        for function in CardFunction.allCases {
            #expect(
                card.decision(for: function, on: date("2026-03-10"))
                    == services("2026-03-10", nil).decision(for: function))
        }
        try card.receivePhysicalCard(on: date("2026-03-20"))
        for function in CardFunction.allCases {
            #expect(
                card.decision(for: function, on: date("2026-03-25"))
                    == services("2026-03-25", "2026-03-20").decision(for: function))
        }
        #expect(Set(services("2026-03-25", "2026-03-20").available) == card.functions(on: date("2026-03-25")))
    }

    @Test("CM-FUNCTIONS: every function has a service group with its rule and names in three languages")
    func groups() {
        #expect(CardFunction.businessInformationQuery.serviceGroup == .beijingPass)
        #expect(CardFunction.notifications.serviceGroup == .workPermit)
        #expect(CardFunction.ServiceGroup.workPermit.rule == .workPermitServices)
        #expect(CardFunction.ServiceGroup.beijingPass.rule == .functions)
        for group in CardFunction.ServiceGroup.allCases { Fixture.expectThreeLanguages(group.name) }
    }

    @Test("WP-RESIDENCE: the exit-entry bureau's three ways to verify the permit of an electronic card")
    func verification() {
        #expect(
            WorkPermitVerification.residencePermitMethods(for: .electronicCard) == [
                .informationSystem, .electronicCardCheck, .qrCodeScan,
            ])
        #expect(WorkPermitVerification.residencePermitMethods(for: .notificationLetter) == [.informationSystem])
        #expect(WorkPermitVerification.enrolmentMethods == [.serviceSystem])
        for method in WorkPermitVerification.allCases { Fixture.expectThreeLanguages(method.name) }
    }

    @Test("WP-ONLINE, WP-NO-CHANGE: procedure decisions follow the permit's status; a physical permit integrates")
    func procedures() throws {
        var permit = try WorkPermit.open(
            on: date("2023-05-01"), number: Fixture.permitNumber(), category: .b, validUntil: date("2025-04-30")
        ).opened
        let before = permit.decision(for: .extend, on: date("2024-06-01"))
        #expect(before.isApproved)
        #expect(before.formAfter == .physical)
        let after = permit.decision(for: .change, on: date("2025-03-15"))
        #expect(after.formAfter == .integrated)
        #expect(after.notes.map(\.rule) == [.workPermitNoChange])
        #expect(permit.decision(for: .apply, on: date("2025-03-15")).violations.map(\.rule) == [.workPermitOnline])
        let expired = permit.procedureDecisions(on: date("2025-06-01"))
        #expect(expired.map(\.isApproved) == [true, false, false, true])
        for decision in expired where !decision.isApproved {
            Fixture.expectThreeLanguages(try #require(decision.violations.first).message)
        }
        try permit.cancel(on: date("2025-01-10"))
        #expect(permit.procedureDecisions(on: date("2025-02-01")).map(\.isApproved) == [true, false, false, false])
        #expect(permit.decision(for: .extend, on: date("2023-01-01")).violations.map(\.rule) == [.workPermitOnline])
        #expect("\(permit.decision(for: .extend, on: date("2025-02-01")))" == "extend: refused (WP-ONLINE)")
    }
}
