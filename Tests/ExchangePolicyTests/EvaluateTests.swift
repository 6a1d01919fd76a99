import CardModel
import ExchangePolicy
import Foundation
import TestSupport
import Testing

@Suite struct EvaluateTests {
    let policy = ExchangePolicy.beijing

    // MARK: EX-EMPLOYER-BANKS

    @Test("EX-EMPLOYER-BANKS: online under company pickup, a bank outside the employer's selection is refused")
    func onlineOutsideSelectionRefused() throws {
        let decision = self.policy.evaluate(
            Fixture.application("2026-01-05", channel: .website, bank: .cmb, employer: try Fixture.pickup()))
        #expect(!decision.isApproved)
        #expect(decision.violatedRules == [.exchangeEmployerBanks])
        #expect(decision.bankChoice == .employerSelection)
        let facts = try #require(decision.violations.first).facts
        #expect(facts.contains(Fact("bank", "CMB")))
        #expect(facts.contains(Fact("employerBanks", "ICBC,BOC")))
        #expect(decision.readyDate == nil && decision.generation == nil)
    }

    @Test("EX-EMPLOYER-BANKS: the same application offline is approved with the note")
    func offlineOutsideSelectionApprovedWithNote() throws {
        let decision = self.policy.evaluate(
            Fixture.application("2026-01-05", channel: .bankOutlet, bank: .cmb, employer: try Fixture.pickup()))
        #expect(decision.isApproved)
        #expect(decision.bankChoice == .freeOffline)
        #expect(decision.notes.map(\.rule) == [.exchangeEmployerBanks])
        let note = try #require(decision.notes.first).message
        #expect(note.english.contains("online applications only"))
        #expect(note.english.contains("CMB"))
        #expect(note.german.contains("Unsere Lesart"))
        #expect(note.chinese.contains("我们的理解"))
    }

    @Test("EX-EMPLOYER-BANKS: no offline-exception note where the channel is closed or the bank is not a partner")
    func offlineNoteOnlyWhereItHolds() throws {
        let pickup = try Fixture.pickup()
        // 2025-12-31: the offline channels are closed (EX-CHANNELS); the note would contradict the refusal.
        let closed = self.policy.evaluate(
            Fixture.application("2025-12-31", channel: .bankOutlet, bank: .cmb, employer: pickup))
        #expect(closed.violatedRules == [.exchangeChannels])
        #expect(closed.notes.map(\.rule) == [.exchangePhase])
        // A bank that is not a partner bank cannot be chosen offline either (EX-PARTNER-BANKS).
        let outsider = self.policy.evaluate(
            Fixture.application(channel: .bankOutlet, bank: Fixture.sixteenth, employer: pickup))
        #expect(outsider.violatedRules == [.exchangePartnerBanks])
        #expect(outsider.notes.isEmpty)
        // Before the exchange opened, no channel is open.
        let early = self.policy.evaluate(
            Fixture.application("2024-10-29", channel: .bankOutlet, bank: .cmb, employer: pickup))
        #expect(!early.notes.contains { $0.rule == .exchangeEmployerBanks })
        // Other violations do not withdraw the note: the exception itself holds.
        let refusedElsewhere = self.policy.evaluate(
            Fixture.application(card: .third, channel: .bankOutlet, bank: .cmb, employer: pickup))
        #expect(refusedElsewhere.violatedRules == [.exchangeEligible])
        #expect(refusedElsewhere.notes.map(\.rule) == [.exchangeEmployerBanks])
    }

    @Test("EX-EMPLOYER-BANKS: online under company pickup, a bank inside the selection is approved")
    func onlineInsideSelectionApproved() throws {
        let decision = self.policy.evaluate(
            Fixture.application(channel: .jingtong, bank: .boc, employer: try Fixture.pickup()))
        #expect(decision.isApproved)
        #expect(decision.notes.isEmpty)
        #expect(decision.bankChoice == .employerSelection)
    }

    @Test("EX-EMPLOYER-BANKS: an arrangement built for a 16-bank policy is refused by the 15-bank one")
    func nonPartnerInSelectionReachesEvaluate() throws {
        let sixteen = try ExchangePolicy(partnerBanks: PartnerBank.beijingPartnerBanks + [Fixture.sixteenth])
        let arrangement = try Fixture.pickup([.icbc, Fixture.sixteenth], policy: sixteen)
        let application = Fixture.application(bank: .icbc, employer: arrangement)
        #expect(sixteen.evaluate(application).isApproved)
        let decision = self.policy.evaluate(application)
        #expect(decision.violatedRules == [.exchangeEmployerBanks])
        #expect(decision.violations.first?.facts == [Fact("nonPartnerBanks", "XYZ")])
    }

    @Test("EX-EMPLOYER-BANKS: a selection of more than three banks is refused, on any channel")
    func tooManyBanksReachesEvaluate() throws {
        let generous = try ExchangePolicy(maximumEmployerBanks: 5)
        let arrangement = try Fixture.pickup([.icbc, .boc, .ccb, .abc], policy: generous)
        for channel in [ExchangeChannel.website, .bankOutlet] {
            let decision = self.policy.evaluate(
                Fixture.application(channel: channel, bank: .icbc, employer: arrangement))
            #expect(decision.violatedRules == [.exchangeEmployerBanks])
            #expect(decision.violations.first?.facts.contains(Fact("employerBankCount", "4")) == true)
            #expect(
                generous.evaluate(Fixture.application(channel: channel, bank: .icbc, employer: arrangement)).isApproved)
        }
        // Unchecked construction (as the shell does) reaches the same violations.
        let unchecked = try Fixture.pickup([.icbc, .boc, .ccb, .abc, Fixture.sixteenth], policy: nil)
        let decision = self.policy.evaluate(Fixture.application(bank: .cmb, employer: unchecked))
        #expect(decision.violatedRules == [.exchangeEmployerBanks, .exchangeEmployerBanks, .exchangeEmployerBanks])
    }

    @Test("EX-EMPLOYER-BANKS: with collective application but without company pickup the choice is free")
    func collectiveWithoutPickupIsFree() throws {
        let decision = self.policy.evaluate(
            Fixture.application(channel: .website, bank: .cmb, employer: try Fixture.collectiveOnly()))
        #expect(decision.isApproved)
        #expect(decision.bankChoice == .free)
        #expect(decision.notes.isEmpty)
    }

    // MARK: EX-FREE-CHOICE

    @Test(
        "EX-FREE-CHOICE: without collective application an employee chooses any partner bank",
        arguments: PartnerBank.beijingPartnerBanks)
    func freeChoice(bank: PartnerBank) throws {
        let none = EmployerArrangement.withoutCollectiveApplication(employer: try Fixture.employer)
        for employer in [nil, none] {
            let decision = self.policy.evaluate(Fixture.application(channel: .website, bank: bank, employer: employer))
            #expect(decision.isApproved)
            #expect(decision.bankChoice == .free)
            #expect(decision.bankChoice.rule == .exchangeFreeChoice)
            #expect(self.policy.mayChoose(bank, through: .website, on: date("2026-01-05"), employer: employer))
        }
    }

    @Test("EX-FREE-CHOICE: the receipt way is the applicant's choice, post free of charge")
    func freeReceiptChoice() {
        for receipt in [ExchangeReceiptMethod.bankBranch, .post] {
            #expect(self.policy.evaluate(Fixture.application(receipt: receipt)).isApproved)
        }
        let options = self.policy.evaluate(Fixture.application()).receiptOptions
        #expect(options.map(\.method) == [.bankBranch, .post])
        #expect(options.allSatisfy { $0.fee == .zero })
    }

    @Test("EX-FREE-CHOICE: which banks a person may pick, by channel, date and arrangement")
    func selectableBanks() throws {
        let pickup = try Fixture.pickup()
        let monday = date("2026-01-05")
        #expect(self.policy.selectableBanks(through: .website, on: monday, employer: pickup) == [.icbc, .boc])
        #expect(self.policy.selectableBanks(through: .bankOutlet, on: monday, employer: pickup).count == 15)
        #expect(!self.policy.mayChoose(.cmb, through: .website, on: monday, employer: pickup))
        #expect(self.policy.mayChoose(.cmb, through: .bankOutlet, on: monday, employer: pickup))
        #expect(!self.policy.mayChoose(.cmb, through: .bankOutlet, on: date("2025-12-31"), employer: nil))
        #expect(!self.policy.mayChoose(Fixture.sixteenth, through: .website, on: monday, employer: nil))
    }

    // MARK: EX-PARTNER-BANKS

    @Test("EX-PARTNER-BANKS: a bank that is not a partner bank is refused")
    func notAPartnerBank() {
        let decision = self.policy.evaluate(Fixture.application(bank: Fixture.sixteenth))
        #expect(decision.violatedRules == [.exchangePartnerBanks])
        #expect(decision.violations.first?.facts == [Fact("bank", "XYZ")])
    }

    @Test("EX-PARTNER-BANKS: the list is a parameter callers can extend")
    func extendedList() throws {
        let sixteen = try ExchangePolicy(partnerBanks: PartnerBank.beijingPartnerBanks + [Fixture.sixteenth])
        #expect(sixteen.evaluate(Fixture.application(bank: Fixture.sixteenth)).isApproved)
        #expect(sixteen.partnerBank(code: "xyz") == Fixture.sixteenth)
        #expect(self.policy.partnerBank(code: "cmb") == .cmb)
        #expect(self.policy.partnerBank(code: "XYZ") == nil)
    }

    @Test(
        "EX-PARTNER-BANKS: a well-formed bank code is 1 to 16 upper-case ASCII letters and digits",
        arguments: [
            ("ICBC", true), ("BOCOM", true), ("B2B", true), ("ABCDEFGHIJKLMNOP", true), ("", false),
            ("icbc", false), ("C-M-B!", false), ("ABCDEFGHIJKLMNOPQ", false), ("ÄBC", false), ("CMB ", false),
        ])
    func wellFormedBankCode(code: String, expected: Bool) {
        #expect(ExchangePolicy.isWellFormedBankCode(code) == expected)
        #expect(PartnerBank.beijingPartnerBanks.allSatisfy { ExchangePolicy.isWellFormedBankCode($0.code) })
    }

    @Test("EX-PARTNER-BANKS: the fifteen codes of ARCHITECTURE.md")
    func bankCodes() {
        #expect(
            self.policy.partnerBanks.map(\.code) == [
                "ICBC", "ABC", "BOC", "CCB", "BOCOM", "BOB", "HXB", "BRCB", "CITIC", "CEB", "CMBC", "CGB", "CMB",
                "SPDB",
                "PSBC",
            ])
    }

    // MARK: EX-ELIGIBLE

    @Test("EX-ELIGIBLE: a third-generation holder is refused: nothing to exchange")
    func thirdGenerationRefused() {
        let decision = self.policy.evaluate(Fixture.application(card: .third))
        #expect(decision.violatedRules == [.exchangeEligible])
        #expect(decision.violations.first?.message.english.contains("nothing to exchange") == true)
    }

    @Test("EX-ELIGIBLE: first- and second-generation holders may exchange; a person without a card may not")
    func eligibleHolders() {
        #expect(self.policy.evaluate(Fixture.application(card: .first)).isApproved)
        #expect(self.policy.evaluate(Fixture.application(card: .second)).isApproved)
        let none = self.policy.evaluate(Fixture.application(card: nil))
        #expect(none.violatedRules == [.exchangeEligible])
        #expect(none.violations.first?.message.english.contains("first application") == true)
    }

    // MARK: EX-MINOR

    @Test("EX-MINOR: a minor without a guardian is refused; with a guardian approved")
    func minorNeedsGuardian() {
        #expect(self.policy.evaluate(Fixture.application(minor: true)).violatedRules == [.exchangeMinor])
        #expect(self.policy.evaluate(Fixture.application(minor: true, guardian: true)).isApproved)
    }

    @Test("EX-MINOR: a minor's card is not picked up by the employer")
    func minorNotByEmployer() throws {
        let application = Fixture.application(
            bank: .icbc, receipt: .employer, employer: try Fixture.pickup(), minor: true, guardian: true)
        let decision = self.policy.evaluate(application)
        #expect(decision.violatedRules == [.exchangeMinor])
        #expect(!decision.receiptOptions.contains { $0.method == .employer })
    }

    @Test("EX-MINOR: a holder's minority follows from the birth date on the application date")
    func minorFromHolder() throws {
        let holder = CardHolder(
            name: try PersonName("张三"), residentIdentityNumber: try ResidentIdentityNumber(Fixture.minorNumber),
            category: .urbanRuralResident)
        let young = ExchangeApplication(
            date: date("2026-01-05"), holder: holder, currentCard: .second, channel: .website, bank: .cmb)
        #expect(young.holderIsMinor)
        let adult = ExchangeApplication(
            date: date("2028-03-15"), holder: holder, currentCard: .second, channel: .website, bank: .cmb)
        #expect(!adult.holderIsMinor)
    }

    // MARK: EX-RECEIPT

    @Test("EX-RECEIPT: instant issuance at a bank outlet is ready the same day")
    func instantIssuance() {
        let decision = self.policy.evaluate(
            Fixture.application("2026-01-10", channel: .bankOutlet, receipt: .instantIssuance))
        #expect(decision.isApproved)
        #expect(decision.acceptanceDate == date("2026-01-10"))
        #expect(decision.readyDate == date("2026-01-10"))
        #expect(decision.receiptOptions.map(\.method) == [.bankBranch, .instantIssuance, .post])
    }

    @Test("EX-RECEIPT: instant issuance only at a bank outlet", arguments: ExchangeChannel.online)
    func instantIssuanceOnline(channel: ExchangeChannel) {
        let decision = self.policy.evaluate(Fixture.application(channel: channel, receipt: .instantIssuance))
        #expect(decision.violatedRules == [.exchangeReceipt])
    }

    @Test("EX-RECEIPT: receipt through the employer only under company pickup")
    func employerReceipt() throws {
        let withPickup = self.policy.evaluate(
            Fixture.application(bank: .icbc, receipt: .employer, employer: try Fixture.pickup()))
        #expect(withPickup.isApproved)
        #expect(withPickup.receiptOptions.map(\.method) == [.bankBranch, .post, .employer])
        let without = self.policy.evaluate(
            Fixture.application(bank: .icbc, receipt: .employer, employer: try Fixture.collectiveOnly()))
        #expect(without.violatedRules == [.exchangeReceipt])
        #expect(self.policy.evaluate(Fixture.application(receipt: .employer)).violatedRules == [.exchangeReceipt])
    }

    @Test("EX-RECEIPT: ExchangeReceiptMethod and ExchangeReceiptOption keep their codes and JSON")
    func receiptNamesAndCodes() throws {
        #expect(
            ExchangeReceiptMethod.allCases.map(\.rawValue) == ["bank-branch", "instant-issuance", "post", "employer"])
        let option = ExchangeReceiptOption(method: .post, fee: .zero)
        let json = String(decoding: try JSONEncoder().encode(option), as: UTF8.self)
        #expect(json.contains("\"method\":\"post\""))
        #expect(try JSONDecoder().decode(ExchangeReceiptOption.self, from: Data(json.utf8)) == option)
        let decision = self.policy.evaluate(Fixture.application(receipt: .post))
        let decisionJSON = String(decoding: try JSONEncoder().encode(decision), as: UTF8.self)
        #expect(decisionJSON.contains("\"receipt\":\"post\""))
        #expect(decisionJSON.contains("\"receiptOptions\":["))
    }

    @Test("EX-RECEIPT: the postage fee is a parameter, free in Beijing")
    func postageFee() throws {
        let paid = try ExchangePolicy(postageFee: .yuan(10))
        #expect(
            paid.evaluate(Fixture.application()).receiptOptions.last
                == ExchangeReceiptOption(method: .post, fee: .yuan(10)))
    }

    // MARK: Several violations together

    @Test("Several violations are reported together, not just the first")
    func severalViolations() throws {
        let application = Fixture.application(
            "2025-12-31", card: .third, channel: .bankOutlet, bank: Fixture.sixteenth, receipt: .employer,
            employer: try Fixture.collectiveOnly(), minor: true)
        let decision = self.policy.evaluate(application)
        #expect(
            decision.violatedRules == [
                .exchangeChannels, .exchangeEligible, .exchangePartnerBanks, .exchangeMinor, .exchangeMinor,
                .exchangeReceipt,
            ])
        #expect(!decision.isApproved)
        #expect(decision.description.hasPrefix("refused: EX-CHANNELS, EX-ELIGIBLE"))
    }

    @Test("Online under company pickup: a non-partner bank outside the selection breaks both rules")
    func partnerAndEmployerTogether() throws {
        let decision = self.policy.evaluate(
            Fixture.application(bank: Fixture.sixteenth, employer: try Fixture.pickup()))
        #expect(decision.violatedRules == [.exchangePartnerBanks, .exchangeEmployerBanks])
    }

    @Test("EX-PHASE: a centralized-phase decision notes that batches are not checked")
    func centralizedNote() {
        let decision = self.policy.evaluate(Fixture.application("2025-06-03"))
        #expect(decision.isApproved)
        #expect(decision.notes.map(\.rule) == [.exchangePhase])
    }

    @Test("A decision encodes with explicit keys (readyDate, not readyBy) and does not decode")
    func decisionEncodable() throws {
        let decision = self.policy.evaluate(
            Fixture.application("2026-01-05", channel: .bankOutlet, bank: .cmb, employer: try Fixture.pickup()))
        let object = try #require(
            try JSONSerialization.jsonObject(with: try JSONEncoder().encode(decision)) as? [String: Any])
        #expect(
            Set(object.keys) == [
                "date", "phase", "violations", "notes", "warnings", "information", "missingCalendarYears",
                "provisionalYears", "generation", "bankChoice", "receipt", "receiptOptions", "acceptanceDate",
                "readyDate",
            ])
        #expect(object["readyDate"] as? String == "2026-01-09")
        #expect(!Fixture.isDecodable(ExchangeDecision.self))
    }
}
