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

    @Test("EX-EMPLOYER-BANKS: the no-banks message names the policy's limit, not a fixed three")
    func noBanksMessageUsesTheLimit() throws {
        func message(_ policy: ExchangePolicy?) throws -> LocalizedText? {
            do {
                _ = try EmployerArrangement(
                    employer: try Fixture.employer, collectiveApplication: true, selectedBanks: [],
                    checkedAgainst: policy)
                return nil
            } catch let error as EmployerArrangementError {
                #expect(error.code == .noBanksSelected)
                return error.message
            }
        }
        let five = try #require(try message(try ExchangePolicy(maximumEmployerBanks: 5)))
        #expect(five.english.contains("1 to 5"))
        #expect(!five.english.contains("three"))
        #expect(five.german.contains("1 bis 5"))
        #expect(five.chinese.contains("1至5家"))
        let beijing = try #require(try message(.beijing))
        #expect(beijing.english.contains("1 to 3"))
        let one = try #require(try message(try ExchangePolicy(maximumEmployerBanks: 1)))
        #expect(one.english.contains("selects one partner bank"))
        let unchecked = try #require(try message(nil))
        #expect(unchecked.english.contains("at least one"))
        #expect(!unchecked.english.contains("three"))
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
