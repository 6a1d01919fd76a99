import CardModel
import ExchangePolicy
import Foundation
import TestSupport
import Testing

@Suite struct EmployerArrangementTests {
    func code(_ make: () throws(EmployerArrangementError) -> EmployerArrangement) -> EmployerArrangementError.Code? {
        do {
            _ = try make()
            return nil
        } catch {
            #expect(error.rule == .exchangeEmployerBanks)
            #expect(!error.message.english.isEmpty && !error.message.german.isEmpty && !error.message.chinese.isEmpty)
            #expect(error.message.english != error.message.chinese)
            return error.code
        }
    }

    @Test("EX-EMPLOYER-BANKS: an employer selects one to three partner banks")
    func oneToThree() throws {
        let employer = try Fixture.employer
        for banks in [[PartnerBank.icbc], [.icbc, .boc], [.icbc, .boc, .ccb]] {
            let arrangement = try EmployerArrangement(
                employer: employer, collectiveApplication: true, companyPickup: true, selectedBanks: banks)
            #expect(arrangement.selectedBanks == banks)
        }
        #expect(
            code { () throws(EmployerArrangementError) in
                try EmployerArrangement(
                    employer: employer, collectiveApplication: true, selectedBanks: [.icbc, .boc, .ccb, .abc])
            } == .tooManyBanks)
        #expect(
            code { () throws(EmployerArrangementError) in
                try EmployerArrangement(employer: employer, collectiveApplication: true, selectedBanks: [])
            } == .noBanksSelected)
    }

    @Test("EX-EMPLOYER-BANKS: only partner banks, each once")
    func partnerBanksOnce() throws {
        let employer = try Fixture.employer
        let notPartner = code { () throws(EmployerArrangementError) in
            try EmployerArrangement(employer: employer, collectiveApplication: true, selectedBanks: [Fixture.sixteenth])
        }
        #expect(notPartner == .notAPartnerBank)
        #expect(
            code { () throws(EmployerArrangementError) in
                try EmployerArrangement(employer: employer, collectiveApplication: true, selectedBanks: [.icbc, .icbc])
            } == .duplicateBank)
    }

    @Test("EX-EMPLOYER-BANKS: company pickup is part of collective application; banks only with it")
    func shape() throws {
        let employer = try Fixture.employer
        #expect(
            code { () throws(EmployerArrangementError) in
                try EmployerArrangement(employer: employer, collectiveApplication: false, companyPickup: true)
            } == .companyPickupWithoutCollectiveApplication)
        #expect(
            code { () throws(EmployerArrangementError) in
                try EmployerArrangement(employer: employer, collectiveApplication: false, selectedBanks: [.icbc])
            } == .banksWithoutCollectiveApplication)
        // Shape is checked even without a policy.
        #expect(
            code { () throws(EmployerArrangementError) in
                try EmployerArrangement(
                    employer: employer, collectiveApplication: true, selectedBanks: [], checkedAgainst: nil)
            } == .noBanksSelected)
        let free = EmployerArrangement.withoutCollectiveApplication(employer: employer)
        #expect(!free.collectiveApplication && !free.companyPickup && free.selectedBanks.isEmpty)
    }

    @Test("EX-EMPLOYER-BANKS: the limit and the bank list come from the policy checked against")
    func policyDependent() throws {
        let employer = try Fixture.employer
        let sixteen = try ExchangePolicy(
            partnerBanks: PartnerBank.beijingPartnerBanks + [Fixture.sixteenth], maximumEmployerBanks: 4)
        let arrangement = try EmployerArrangement(
            employer: employer, collectiveApplication: true, selectedBanks: [.icbc, .boc, .ccb, Fixture.sixteenth],
            checkedAgainst: sixteen)
        #expect(arrangement.selectedBankCodes == "ICBC,BOC,CCB,XYZ")
        #expect(arrangement.selects(.ccb) && !arrangement.selects(.cmb))
    }

    @Test("EX-EMPLOYER-BANKS: decoding checks the shape again, and leaves the policy to evaluate")
    func decoding() throws {
        let sixteen = try ExchangePolicy(
            partnerBanks: PartnerBank.beijingPartnerBanks + [Fixture.sixteenth], maximumEmployerBanks: 4)
        let wide = try EmployerArrangement(
            employer: try Fixture.employer, collectiveApplication: true, companyPickup: true,
            selectedBanks: [.icbc, .boc, .ccb, Fixture.sixteenth], checkedAgainst: sixteen)
        let data = try JSONEncoder().encode(wide)
        let decoded = try JSONDecoder().decode(EmployerArrangement.self, from: data)
        #expect(decoded == wide)
        #expect(
            ExchangePolicy.beijing.evaluate(Fixture.application(bank: .icbc, employer: decoded)).violatedRules.count
                == 2)

        let text = String(decoding: data, as: UTF8.self)
        let noPickupButBanks = text.replacingOccurrences(
            of: "\"collectiveApplication\":true", with: "\"collectiveApplication\":false")
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(EmployerArrangement.self, from: Data(noPickupButBanks.utf8))
        }
        let badCode = text.replacingOccurrences(of: Fixture.employerCode, with: "91350100M000100Y44")
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(EmployerArrangement.self, from: Data(badCode.utf8))
        }
    }
}
