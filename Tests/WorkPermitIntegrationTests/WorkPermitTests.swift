import CardModel
import Foundation
import TestSupport
import Testing
import WorkPermitIntegration

@Suite struct WorkPermitTests {
    func permit(issued: String, validUntil: String, category: WorkPermitCategory = .b) throws -> WorkPermit {
        try WorkPermit.open(
            on: date(issued), number: try Fixture.permitNumber(), category: category, validUntil: date(validUntil)
        ).opened
    }

    @Test("WP-EFFECTIVE: a permit issued 2024-11-30 is physical, one issued 2024-12-01 integrated")
    func issueDateDecidesTheForm() throws {
        let before = try WorkPermit.open(
            on: date("2024-11-30"), number: try Fixture.permitNumber(), category: .a, validUntil: date("2026-11-29"))
        #expect(before.opened.form == .physical)
        #expect(
            before.effects == [
                .issuePhysicalPermitCard(before.opened.information), .scheduleExpiry(date("2026-11-29")),
            ])
        let after = try WorkPermit.open(
            on: date("2024-12-01"), number: try Fixture.permitNumber(), category: .a, validUntil: date("2026-11-30"))
        #expect(after.opened.form == .integrated)
        #expect(
            after.effects == [
                .loadOntoSocialSecurityCard(after.opened.information), .scheduleExpiry(date("2026-11-30")),
            ])
    }

    @Test("WP-NO-CHANGE: a physical permit stays physical and valid until its next extension or change")
    func physicalStaysValid() throws {
        let permit = try self.permit(issued: "2023-05-01", validUntil: "2025-04-30")
        #expect(permit.form == .physical)
        #expect(permit.status(on: date("2025-01-15")) == .valid)
        #expect(permit.status(on: date("2025-05-01")) == .expired)
        #expect(permit.status(on: date("2023-04-30")) == .notYetIssued)
        #expect(permit.formAfterProcedure(on: date("2024-11-30")) == .physical)
        #expect(permit.formAfterProcedure(on: date("2025-03-15")) == .integrated)
    }

    @Test("WP-NO-CHANGE: a physical permit extended in 2025 becomes integrated")
    func extensionIntegrates() throws {
        var permit = try self.permit(issued: "2023-05-01", validUntil: "2025-04-30")
        let effects = try permit.extend(on: date("2025-03-15"), validUntil: date("2026-04-30"))
        #expect(permit.form == .integrated)
        #expect(permit.validUntil == date("2026-04-30"))
        #expect(
            effects == [
                .retirePhysicalPermitCard, .loadOntoSocialSecurityCard(permit.information),
                .scheduleExpiry(date("2026-04-30")),
            ])
        // A later extension reloads the card only.
        #expect(
            try permit.extend(on: date("2026-04-01"), validUntil: date("2027-04-30"))
                == [.loadOntoSocialSecurityCard(permit.information), .scheduleExpiry(date("2027-04-30"))])
    }

    @Test("WP-NO-CHANGE: a change from 2024-12-01 integrates a physical permit; one before keeps it physical")
    func changeIntegrates() throws {
        var permit = try self.permit(issued: "2023-05-01", validUntil: "2026-04-30")
        #expect(try permit.change(on: date("2024-06-01"), .position) == [.updatePhysicalPermitCard(permit.information)])
        #expect(permit.form == .physical)
        #expect(
            try permit.change(on: date("2024-12-01"), .employerInformation)
                == [.retirePhysicalPermitCard, .loadOntoSocialSecurityCard(permit.information)])
        #expect(permit.form == .integrated)
        #expect(permit.history.count == 3)
    }

    @Test("WP-ONLINE: apply, extend, change and cancel are all handled online")
    func proceduresOnline() throws {
        #expect(WorkPermitProcedure.allCases.count == 4)
        #expect(WorkPermitProcedure.allCases.allSatisfy { $0.isOnline })
        Fixture.expectThreeLanguages(WorkPermitProcedure.channel)
        for procedure in WorkPermitProcedure.allCases { Fixture.expectThreeLanguages(procedure.name) }
        let permit = try self.permit(issued: "2025-01-10", validUntil: "2026-01-09")
        #expect(permit.openProcedures(on: date("2025-06-01")) == [.extend, .change, .cancel])
        #expect(permit.openProcedures(on: date("2026-02-01")) == [.cancel])
        #expect(permit.openProcedures(on: date("2024-06-01")) == [])
        // No physical work permit card is ever issued for an integrated permit.
        var integrated = permit
        var effects = try integrated.extend(on: date("2025-12-01"), validUntil: date("2027-01-09"))
        effects += try integrated.change(on: date("2026-01-05"), .personalInformation)
        #expect(!effects.contains { if case .issuePhysicalPermitCard = $0 { true } else { false } })
    }

    @Test("WP-ONLINE: cancelling removes the permit; a cancelled permit refuses every event, unchanged")
    func cancel() throws {
        var integrated = try self.permit(issued: "2025-01-10", validUntil: "2026-01-09")
        #expect(
            try integrated.cancel(on: date("2025-06-30")) == [.removeFromSocialSecurityCard, .cancelExpiryReminder])
        #expect(integrated.phase == .cancelled)
        #expect(integrated.status(on: date("2025-07-01")) == .cancelled)
        #expect(integrated.status(on: date("2025-06-29")) == .valid)
        #expect(integrated.openProcedures(on: date("2025-07-01")) == [])
        let before = integrated
        #expect(throws: WorkPermitError.self) {
            try integrated.extend(on: date("2025-07-01"), validUntil: date("2027-01-01"))
        }
        #expect(integrated == before)
        var physical = try self.permit(issued: "2023-05-01", validUntil: "2025-04-30")
        #expect(try physical.cancel(on: date("2024-01-02")) == [.withdrawPhysicalPermitCard, .cancelExpiryReminder])
    }

    @Test("WP-ONLINE: an expired permit cannot be extended or changed; an extension moves the last day later")
    func refusals() throws {
        var permit = try self.permit(issued: "2025-01-10", validUntil: "2026-01-09")
        let before = permit
        let expired = try #require(throws: WorkPermitError.self) {
            try permit.extend(on: date("2026-01-10"), validUntil: date("2027-01-09"))
        }
        #expect(expired.code == .expired)
        #expect(expired.phase == .issued)
        #expect(expired.event == "extended")
        #expect(expired.violations.map(\.rule) == [.workPermitOnline])
        #expect(expired.rule == .workPermitOnline)
        let changed = try #require(throws: WorkPermitError.self) {
            try permit.change(on: date("2026-02-01"), .position)
        }
        #expect(changed.code == .expired)
        let notLater = try #require(throws: WorkPermitError.self) {
            try permit.extend(on: date("2025-10-01"), validUntil: date("2026-01-09"))
        }
        #expect(notLater.code == .extensionNotLater)
        let number = try Fixture.permitNumber()
        let again = try #require(throws: WorkPermitError.self) {
            try permit.apply(
                .issued(on: date("2025-10-01"), number: number, category: .c, validUntil: date("2027-01-01")))
        }
        #expect(again.code == .alreadyIssued)
        let early = try #require(throws: WorkPermitError.self) { try permit.change(on: date("2024-12-31"), .position) }
        #expect(early.code == .dateBeforePreviousEvent)
        #expect(early.rule == .date)
        #expect(permit == before)
        let invalid = try #require(throws: WorkPermitError.self) {
            _ = try self.permit(issued: "2025-01-10", validUntil: "2025-01-10")
        }
        #expect(invalid.code == .validityNotAfterIssue)
        #expect(invalid.phase == nil)
        #expect(invalid.event == "issued")
    }

    @Test("WP-CATEGORY: work permits are category A, B or C")
    func categories() throws {
        #expect(WorkPermitCategory.allCases.map(\.rawValue) == ["A", "B", "C"])
        #expect(WorkPermitCategory(letter: "b") == .b)
        #expect(WorkPermitCategory(letter: "D") == nil)
        for category in WorkPermitCategory.allCases {
            Fixture.expectThreeLanguages(category.name)
            let permit = try self.permit(issued: "2025-01-10", validUntil: "2026-01-09", category: category)
            #expect(permit.category == category)
            #expect(permit.information.category == category)
        }
        #expect(WorkPermitCategory.a.name.english.contains("high-end talent"))
    }

    @Test("A permit is rebuilt from its history; a tampered history is refused on decode")
    func replayAndCodable() throws {
        var permit = try self.permit(issued: "2023-05-01", validUntil: "2025-04-30")
        try permit.extend(on: date("2025-03-15"), validUntil: date("2026-04-30"))
        try permit.change(on: date("2025-08-01"), .position)
        #expect(try WorkPermit(replaying: permit.history) == permit)
        #expect(try Fixture.roundTrip(permit) == permit)
        let empty = try #require(throws: WorkPermitError.self) { try WorkPermit(replaying: []) }
        #expect(empty.code == .emptyHistory && empty.phase == nil)
        let unopened = try #require(throws: WorkPermitError.self) {
            try WorkPermit(replaying: [.cancelled(on: date("2025-01-01"))])
        }
        #expect(unopened.code == .historyMustStartWithOpening && unopened.phase == nil)
        let json = String(decoding: try JSONEncoder().encode(permit), as: UTF8.self)
        let tampered = json.replacingOccurrences(of: "2025-03-15", with: "2022-03-15")
        let refused = try #require(throws: CaseSnapshotError.self) {
            try JSONDecoder().decode(WorkPermit.self, from: Data(tampered.utf8))
        }
        #expect(refused.code == .historyRefused)
    }
}
