import CardModel
import ExchangePolicy
import TestSupport
import Testing

/// Issue 12 for the exchange: service points on rest days, a missing calendar year, incoherent combinations and
/// what an approved exchange tells the holder.
@Suite struct FidelityTests {
    let policy = ExchangePolicy.beijing

    // MARK: EX-SERVICE-POINT-DAYS

    @Test(
        "EX-SERVICE-POINT-DAYS: a service point on a rest day is refused",
        arguments: [
            ("2026-10-03", ExchangeChannel.districtServicePoint, "2026-10-08"),  // National Day
            ("2026-03-07", ExchangeChannel.subdistrictServicePoint, "2026-03-09"),  // a Saturday
        ])
    func servicePointOnRestDay(day: String, channel: ExchangeChannel, next: String) {
        let decision = self.policy.evaluate(Fixture.application(day, channel: channel, bank: .icbc))
        #expect(decision.violatedRules == [.exchangeServicePointDays])
        let violation = decision.violations.first
        #expect(violation?.facts.contains(Fact("nextWorkingDay", next)) == true)
        #expect(violation?.message.english.contains(next) == true)
        #expect(decision.information.isEmpty)
        #expect(decision.readyDate == nil)
    }

    @Test("EX-SERVICE-POINT-DAYS: a service point on an adjusted working day or a weekday is open")
    func servicePointOnWorkingDay() {
        for (day, channel) in [
            ("2026-01-04", ExchangeChannel.districtServicePoint), ("2026-03-09", .subdistrictServicePoint),
        ] {
            let decision = self.policy.evaluate(Fixture.application(day, channel: channel))
            #expect(decision.isApproved, "\(day)")
            #expect(!decision.notes.contains { $0.rule == .exchangeServicePointDays })
        }
    }

    @Test("EX-SERVICE-POINT-DAYS: a bank outlet on a rest day is approved with a note (our reading); online is open")
    func bankOutletOnRestDay() throws {
        let outlet = self.policy.evaluate(Fixture.application("2026-10-03", channel: .bankOutlet, bank: .icbc))
        #expect(outlet.isApproved)
        #expect(outlet.acceptanceDate == date("2026-10-08"))
        #expect(outlet.readyDate == date("2026-10-13"))
        let note = try #require(outlet.notes.first { $0.rule == .exchangeServicePointDays })
        #expect(note.message.english.hasPrefix("Our reading"))
        let online = self.policy.evaluate(Fixture.application("2026-10-03", channel: .wechatAccount))
        #expect(online.isApproved)
        #expect(!online.notes.contains { $0.rule == .exchangeServicePointDays })
        let weekday = self.policy.evaluate(Fixture.application("2026-03-09", channel: .bankOutlet))
        #expect(!weekday.notes.contains { $0.rule == .exchangeServicePointDays })
    }

    @Test("EX-SERVICE-POINT-DAYS: offline in the centralized phase breaks both EX-CHANNELS and this rule")
    func servicePointCentralizedRestDay() {
        let decision = self.policy.evaluate(Fixture.application("2025-10-03", channel: .districtServicePoint))
        #expect(decision.violatedRules == [.exchangeChannels, .exchangeServicePointDays])
    }

    @Test("EX-SERVICE-POINT-DAYS, CM-WORKDAY: a service point in a year without data is not refused; warned")
    func servicePointUnknownYear() {
        let decision = self.policy.evaluate(Fixture.application("2027-03-06", channel: .districtServicePoint))
        #expect(decision.isApproved)
        #expect(decision.warnings.map(\.rule) == [.workday, .workday])
        #expect(decision.warnings.first?.message.english.contains("EX-SERVICE-POINT-DAYS") == true)
        #expect(decision.missingCalendarYears == [2027])
        #expect(decision.acceptanceDate == nil)
        #expect(decision.readyDate == nil)
    }

    // MARK: CM-WORKDAY: a missing calendar year

    @Test("CM-WORKDAY: an exchange on 2026-12-31 is approved, its ready date unknown with a warning naming 2027")
    func lastDayOfTheData() throws {
        let decision = self.policy.evaluate(Fixture.application("2026-12-31", channel: .bankOutlet, bank: .icbc))
        #expect(decision.isApproved)
        #expect(!decision.violations.contains { $0.rule == .workday })
        #expect(decision.acceptanceDate == date("2026-12-31"))
        #expect(decision.readyDate == nil)
        #expect(decision.generation == .third)
        let warning = try #require(decision.warnings.first)
        #expect(warning.rule == .workday)
        for language in Language.allCases { #expect(warning.message[language].contains("2027"), "\(language)") }
        #expect(decision.information.map(\.rule) == [.exchangeOldValid, .exchangeActivation])
        #expect(decision.description == "approved: ready by unknown (no calendar data for 2027)")
    }

    @Test("CM-WORKDAY: with(calendar:) fills the gap and keeps every other parameter")
    func withCalendar() throws {
        let slower = try ExchangePolicy(productionWorkingDays: 5)
        let assumed = slower.with(calendar: WorkingDayCalendar.mainlandChina.withFallback(.assumeWeekdays))
        #expect(assumed.productionWorkingDays == 5)
        #expect(assumed.partnerBanks == slower.partnerBanks)
        #expect(assumed.calendar.fallback == .assumeWeekdays)
        let decision = assumed.evaluate(Fixture.application("2026-12-31"))
        #expect(decision.readyDate == date("2027-01-07"))
        #expect(decision.warnings.isEmpty)
        #expect(self.policy.with(calendar: .mainlandChina) == self.policy)
    }

    // MARK: CM-PROVISIONAL

    @Test("CM-PROVISIONAL: with a provisional calendar the ready date is given, with a warning naming 2027")
    func provisionalReadyBy() throws {
        let provisional = self.policy.with(calendar: WorkingDayCalendar.mainlandChina.withFallback(.provisional))
        let decision = provisional.evaluate(Fixture.application("2026-12-31", channel: .bankOutlet, bank: .icbc))
        #expect(decision.isApproved)
        // 2027-01-01 is New Year's Day by law: 2026-12-31 + 4 working days is 2027-01-07.
        #expect(decision.readyDate == date("2027-01-07"))
        #expect(decision.missingCalendarYears.isEmpty)
        #expect(decision.provisionalYears == [2027])
        let warning = try #require(decision.warnings.first)
        #expect(decision.warnings.count == 1)
        #expect(warning.facts.contains(Fact("provisional", "true")))
        #expect(warning.facts.contains(Fact("year", "2027")))
        for language in Language.allCases {
            #expect(warning.message[language].contains("CM-PROVISIONAL"), "\(language)")
            #expect(warning.message[language].contains("2027"), "\(language)")
            // CM-DATE: the ready-by date as the language writes it.
            #expect(warning.message[language].contains(date("2027-01-07").formatted(in: language)), "\(language)")
        }
        let official = provisional.evaluate(Fixture.application("2026-06-01"))
        #expect(official.warnings.isEmpty)
        #expect(official.provisionalYears.isEmpty)
    }

    @Test(
        "CM-PROVISIONAL, EX-SERVICE-POINT-DAYS: a service point on a provisional rest day is refused, with the warning")
    func provisionalServicePoint() {
        let provisional = self.policy.with(calendar: WorkingDayCalendar.mainlandChina.withFallback(.provisional))
        let saturday = provisional.evaluate(Fixture.application("2027-03-06", channel: .districtServicePoint))
        #expect(saturday.violatedRules == [.exchangeServicePointDays])
        #expect(saturday.provisionalYears == [2027])
        #expect(saturday.warnings.first?.message.english.contains("CM-PROVISIONAL") == true)
        let monday = provisional.evaluate(Fixture.application("2027-03-08", channel: .districtServicePoint))
        #expect(monday.isApproved)
        #expect(monday.readyDate == date("2027-03-12"))
        #expect(monday.provisionalYears == [2027])
    }

    // MARK: Incoherent combinations

    @Test("EX-MINOR: a guardian applying for a holder who is not a minor is refused")
    func guardianWithoutMinor() {
        let decision = self.policy.evaluate(Fixture.application(guardian: true))
        #expect(decision.violatedRules == [.exchangeMinor])
        #expect(decision.violations.first?.message.english.contains("only for a holder under 18") == true)
        // A flag the birth date contradicts is reported once, not twice.
        let contradicted = self.policy.evaluate(Fixture.application(minor: true, guardian: true, born: "1980-01-01"))
        #expect(contradicted.violatedRules == [.exchangeMinor])
        // A minor by birth date whose flag says adult, with a guardian: the contradiction only.
        let young = self.policy.evaluate(Fixture.application(guardian: true, born: "2010-03-15"))
        #expect(young.violatedRules == [.exchangeMinor])
    }

    @Test("EX-RECEIPT: company pickup of a card from a bank outside the employer's selection is refused offline")
    func employerReceiptOutsideSelection() throws {
        let refused = self.policy.evaluate(
            Fixture.application(channel: .bankOutlet, bank: .cmb, receipt: .employer, employer: try Fixture.pickup()))
        #expect(refused.violatedRules == [.exchangeReceipt])
        #expect(refused.violations.first?.facts.contains(Fact("employerBanks", "ICBC,BOC")) == true)
        #expect(refused.violations.first?.message.english.contains("(ICBC, BOC)") == true)
        #expect(refused.violations.first?.message.chinese.contains("ICBC、BOC") == true)
        #expect(!refused.notes.contains { $0.rule == .exchangeEmployerBanks })
        let inSelection = self.policy.evaluate(
            Fixture.application(channel: .bankOutlet, bank: .icbc, receipt: .employer, employer: try Fixture.pickup()))
        #expect(inSelection.isApproved)
        let branch = self.policy.evaluate(
            Fixture.application(channel: .bankOutlet, bank: .cmb, receipt: .bankBranch, employer: try Fixture.pickup()))
        #expect(branch.isApproved)
        #expect(branch.notes.contains { $0.rule == .exchangeEmployerBanks })
    }

    // MARK: What an approved exchange tells the holder

    @Test("EX-OLD-VALID, EX-ACTIVATION: an approved exchange says the old card stays valid and how to activate")
    func approvedInformation() throws {
        let decision = self.policy.evaluate(Fixture.application(bank: .icbc))
        #expect(decision.information.map(\.rule) == [.exchangeOldValid, .exchangeActivation])
        let old = decision.information[0].message
        #expect(old.english.contains("stays valid until the new card is activated"))
        #expect(old.english.contains("pension"))
        let activation = decision.information[1].message
        #expect(activation.english.contains("Industrial and Commercial Bank of China"))
        #expect(activation.chinese.contains("中国工商银行"))
        for note in decision.information { MessagesTests.checkThreeLanguages(note.message, note.rule.rawValue) }
        #expect(self.policy.evaluate(Fixture.application(card: .third)).information.isEmpty)
    }

    @Test("EX-MINOR: an approved minor's exchange says only the guardian collects the card")
    func minorInformation() throws {
        let decision = self.policy.evaluate(Fixture.application(minor: true, guardian: true))
        #expect(decision.isApproved)
        #expect(decision.information.map(\.rule) == [.exchangeOldValid, .exchangeActivation, .exchangeMinor])
        #expect(decision.information.last?.message.chinese.contains("监护人") == true)
        #expect(decision.information.last?.message.german.contains("Erziehungsberechtigte") == true)
    }

    // MARK: Language

    @Test("EX-MINOR: German says Erziehungsberechtigter, never Vormund; EX-PHASE no longer says Chargen")
    func germanWording() throws {
        let decisions =
            try MessagesTests.everyViolation().map(\.message.german)
            + [
                self.policy.evaluate(Fixture.application("2025-06-03")),
                self.policy.evaluate(Fixture.application(minor: true, guardian: true)),
            ].flatMap { $0.notes.map(\.message.german) + $0.information.map(\.message.german) }
        #expect(decisions.contains { $0.contains("Erziehungsberechtigte") })
        for text in decisions {
            #expect(!text.contains("Vormund"), "\(text)")
            #expect(!text.contains("Charge"), "\(text)")
        }
    }

    @Test("EX-CHANNELS: a bank choice has a name in three languages")
    func bankChoiceNames() {
        for choice in BankChoice.allCases { MessagesTests.checkThreeLanguages(choice.name, choice.rawValue) }
        #expect(ExchangeChannel.allCases.filter(\.isServicePoint) == [.districtServicePoint, .subdistrictServicePoint])
    }
}
