import CardModel
import ExchangePolicy
import Foundation
import TestSupport
import Testing

@Suite struct ExchangePolicyTests {
    let policy = ExchangePolicy.beijing

    @Test("The Beijing policy holds DOMAIN.md's figures")
    func beijingFigures() {
        #expect(self.policy.centralizedPhaseStart == date("2024-10-30"))
        #expect(self.policy.regularPhaseStart == date("2026-01-04"))
        #expect(self.policy.partnerBanks == PartnerBank.beijingPartnerBanks)
        #expect(self.policy.partnerBanks.count == 15)
        #expect(self.policy.maximumEmployerBanks == 3)
        #expect(self.policy.productionWorkingDays == 4)
        #expect(self.policy.firstApplicationCalendarDays == 30)
        #expect(self.policy.thirdGenerationOnlyFrom == date("2026-01-01"))
        #expect(self.policy.postageFee == .zero)
        #expect(self.policy.calendar == .mainlandChina)
        #expect((try? ExchangePolicy()) == self.policy)
    }

    // MARK: EX-PHASE

    @Test(
        "EX-PHASE: no phase before 2024-10-30, centralized until 2026-01-03, regular from 2026-01-04",
        arguments: [
            ("2024-10-29", nil), ("2024-10-30", .centralized), ("2025-12-31", .centralized),
            ("2026-01-01", .centralized), ("2026-01-03", .centralized), ("2026-01-04", .regular),
            ("2030-06-01", .regular), ("1990-01-01", nil),
        ] as [(String, ExchangePhase?)])
    func phaseOnDate(day: String, expected: ExchangePhase?) {
        #expect(self.policy.phase(on: date(day)) == expected)
    }

    @Test("EX-PHASE: the phase dates are parameters")
    func phaseDatesAreParameters() throws {
        let later = try ExchangePolicy(regularPhaseStart: date("2026-03-01"))
        #expect(later.phase(on: date("2026-02-28")) == .centralized)
        #expect(later.phase(on: date("2026-03-01")) == .regular)
        #expect(throws: ExchangePolicyError.self) {
            try ExchangePolicy(centralizedPhaseStart: date("2026-02-01"), regularPhaseStart: date("2026-01-01"))
        }
    }

    @Test("EX-PHASE: no exchange is open before 2024-10-30")
    func notOpenBefore() {
        let decision = self.policy.evaluate(Fixture.application("2024-10-29"))
        #expect(!decision.isApproved)
        #expect(decision.violatedRules == [.exchangePhase])
        #expect(decision.phase == nil)
        #expect(self.policy.openChannels(on: date("2024-10-29")).isEmpty)
    }

    // MARK: EX-CHANNELS

    @Test("EX-CHANNELS: channel codes are those of ARCHITECTURE.md")
    func channelCodes() {
        #expect(
            ExchangeChannel.online.map(\.rawValue) == [
                "website", "wechat-account", "jingtong", "minsheng-mini-program",
            ])
        #expect(
            ExchangeChannel.offline.map(\.rawValue) == [
                "district-service-point", "subdistrict-service-point", "bank-outlet",
            ])
    }

    @Test("EX-CHANNELS: offline channels refused on 2025-12-31", arguments: ExchangeChannel.offline)
    func offlineRefusedInCentralizedPhase(channel: ExchangeChannel) {
        let decision = self.policy.evaluate(Fixture.application("2025-12-31", channel: channel))
        #expect(!decision.isApproved)
        #expect(decision.violatedRules == [.exchangeChannels])
        #expect(decision.violations.first?.facts.contains(Fact("channel", channel.rawValue)) == true)
        #expect(!self.policy.isOpen(channel, on: date("2025-12-31")))
    }

    @Test("EX-CHANNELS: offline channels open on 2026-01-04", arguments: ExchangeChannel.offline)
    func offlineOpenInRegularPhase(channel: ExchangeChannel) {
        let decision = self.policy.evaluate(Fixture.application("2026-01-04", channel: channel))
        #expect(decision.isApproved, "\(decision.violations)")
        #expect(decision.phase == .regular)
        #expect(self.policy.isOpen(channel, on: date("2026-01-04")))
    }

    @Test("EX-CHANNELS: online channels are open in both phases", arguments: ExchangeChannel.online)
    func onlineOpenInBothPhases(channel: ExchangeChannel) {
        for day in ["2024-10-30", "2025-12-31", "2026-01-04"] {
            #expect(self.policy.evaluate(Fixture.application(day, channel: channel)).isApproved)
        }
    }

    @Test("EX-CHANNELS: the channels open on a date")
    func openChannels() {
        #expect(self.policy.openChannels(on: date("2025-12-31")) == ExchangeChannel.online)
        #expect(self.policy.openChannels(on: date("2026-01-04")) == ExchangeChannel.allCases)
    }

    // MARK: EX-GENERATION

    @Test("EX-GENERATION: an exchange yields a third-generation card on any date")
    func exchangeYieldsThird() {
        for day in ["2024-10-30", "2025-06-01", "2026-01-01", "2026-07-01"] {
            #expect(self.policy.generationIssued(for: .exchange, on: date(day)) == .third)
        }
        #expect(self.policy.evaluate(Fixture.application()).generation == .third)
    }

    @Test("EX-GENERATION: only third-generation cards from 2026-01-01; no claim for earlier first issuances")
    func firstIssuanceGeneration() {
        #expect(self.policy.generationIssued(for: .firstIssuance, on: date("2025-12-31")) == nil)
        #expect(self.policy.generationIssued(for: .firstIssuance, on: date("2026-01-01")) == .third)
        #expect(!self.policy.issuesOnlyThirdGeneration(on: date("2025-12-31")))
        #expect(self.policy.issuesOnlyThirdGeneration(on: date("2026-01-01")))
    }

    // MARK: EX-OLD-VALID

    @Test("EX-OLD-VALID: the old card is valid the day before activation and superseded from that day")
    func oldCardValidity() {
        let activation = date("2026-01-10")
        let before = self.policy.oldCardValidity(on: date("2026-01-09"), newCardActivatedOn: activation)
        #expect(before.isValid)
        #expect(before.status == .active)
        #expect(before.workingFunctions == CardFunction.socialSecurity)
        #expect(before.workingFunctions.contains(.pensionPayment))
        let on = self.policy.oldCardValidity(on: activation, newCardActivatedOn: activation)
        #expect(!on.isValid)
        #expect(on.status == .superseded)
        #expect(on.workingFunctions.isEmpty)
        #expect(on.supersededOn == activation)
        let notYet = self.policy.oldCardValidity(on: date("2030-01-01"), newCardActivatedOn: nil)
        #expect(notYet.isValid)
    }

    // MARK: EX-PRODUCTION

    @Test(
        "EX-PRODUCTION: produced on the 4th working day after the acceptance date",
        arguments: [
            ("2026-09-30", "2026-09-30", "2026-10-12"), ("2026-10-03", "2026-10-08", "2026-10-13"),
            ("2026-01-05", "2026-01-05", "2026-01-09"), ("2026-01-04", "2026-01-04", "2026-01-08"),
            ("2026-02-14", "2026-02-14", "2026-02-27"), ("2026-02-15", "2026-02-24", "2026-02-28"),
        ])
    func readyDate(applied: String, accepted: String, ready: String) throws {
        #expect(try self.policy.readyDate(exchangeAppliedOn: date(applied)) == date(ready))
        let decision = self.policy.evaluate(Fixture.application(applied))
        #expect(decision.isApproved)
        #expect(decision.acceptanceDate == date(accepted))
        #expect(decision.readyDate == date(ready))
    }

    @Test("EX-PRODUCTION: a first application is produced within 30 calendar days of acceptance (CM-PERIOD)")
    func firstApplication() throws {
        let period = try self.policy.firstApplicationPeriod(appliedOn: date("2026-03-02"))
        #expect(period.nominalLastDay == date("2026-04-01"))
        #expect(period.effectiveLastDay == date("2026-04-01"))
        // Accepted Thursday 2026-10-08; +30 = Saturday 2026-11-07, so Monday 2026-11-09.
        let holiday = try self.policy.firstApplicationPeriod(appliedOn: date("2026-10-03"))
        #expect(holiday.nominalLastDay == date("2026-11-07"))
        #expect(holiday.effectiveLastDay == date("2026-11-09"))
    }

    @Test("EX-PRODUCTION: applications at a service point get the same time, with a note")
    func servicePointNote() {
        let decision = self.policy.evaluate(Fixture.application(channel: .districtServicePoint))
        #expect(decision.readyDate == date("2026-01-09"))
        #expect(decision.notes.map(\.rule) == [.exchangeProduction])
        #expect(self.policy.evaluate(Fixture.application(channel: .bankOutlet)).notes.isEmpty)
    }

    @Test("EX-PRODUCTION: the production time is a parameter")
    func productionTimeIsAParameter() throws {
        let slower = try ExchangePolicy(productionWorkingDays: 10)
        #expect(slower.evaluate(Fixture.application()).readyDate == date("2026-01-19"))
        #expect(throws: ExchangePolicyError.self) { try ExchangePolicy(productionWorkingDays: -1) }
    }

    // MARK: CM-WORKDAY (a year without calendar data)

    @Test("CM-WORKDAY: a ready date in a year without data is unknown, with a warning naming the year")
    func missingCalendarYear() {
        let decision = self.policy.evaluate(Fixture.application("2026-12-28"))
        #expect(decision.isApproved)
        #expect(decision.violations.isEmpty)
        #expect(decision.lacksCalendarData)
        #expect(decision.missingCalendarYears == [2027])
        #expect(decision.warnings.map(\.rule) == [.workday])
        #expect(decision.warnings.first?.facts == [Fact("year", "2027")])
        #expect(decision.readyDate == nil)
        #expect(decision.acceptanceDate == date("2026-12-28"))
        #expect(decision.generation == .third)
        #expect(throws: CalendarError(noDataFor: 2027)) {
            try self.policy.readyDate(exchangeAppliedOn: date("2026-12-28"))
        }
    }

    @Test("CM-WORKDAY: a caller's calendar fills the gap; instant issuance needs no calendar")
    func callersCalendar() throws {
        let assumed = try ExchangePolicy(calendar: WorkingDayCalendar.mainlandChina.withFallback(.assumeWeekdays))
        let decision = assumed.evaluate(Fixture.application("2026-12-28"))
        #expect(decision.isApproved)
        #expect(decision.readyDate == date("2027-01-01"))
        let instant = self.policy.evaluate(
            Fixture.application("2027-03-01", channel: .bankOutlet, receipt: .instantIssuance))
        #expect(instant.isApproved)
        #expect(instant.readyDate == date("2027-03-01"))
    }

    // MARK: Validation and Codable

    @Test("A policy refuses invalid parameters with a typed error")
    func invalidParameters() {
        func code(_ make: () throws(ExchangePolicyError) -> ExchangePolicy) -> ExchangePolicyError.Code? {
            do {
                _ = try make()
                return nil
            } catch {
                #expect(!error.message.english.isEmpty && !error.message.chinese.isEmpty)
                return error.code
            }
        }
        #expect(code { () throws(ExchangePolicyError) in try ExchangePolicy(partnerBanks: []) } == .noPartnerBanks)
        #expect(
            code { () throws(ExchangePolicyError) in try ExchangePolicy(partnerBanks: [.icbc, .icbc]) }
                == .duplicatePartnerBank)
        #expect(
            code { () throws(ExchangePolicyError) in
                try ExchangePolicy(partnerBanks: [PartnerBank(code: "icbc", english: "x", chinese: "x")])
            } == .invalidBankCode)
        #expect(
            code { () throws(ExchangePolicyError) in try ExchangePolicy(maximumEmployerBanks: 0) }
                == .employerBankLimit)
        #expect(
            code { () throws(ExchangePolicyError) in try ExchangePolicy(firstApplicationCalendarDays: -1) }
                == .productionTime)
        #expect(
            code { () throws(ExchangePolicyError) in try ExchangePolicy(postageFee: Money(fen: -1)) } == .negativeFee)
    }

    @Test(
        "EX-PRODUCTION: production times are bounded to 0...365 days, also when decoded",
        arguments: [-1, 366, Int.max, Int.min])
    func productionTimesBounded(days: Int) throws {
        #expect(ExchangePolicy.productionTimeRange == 0...365)
        let error = try #require(throws: ExchangePolicyError.self) { try ExchangePolicy(productionWorkingDays: days) }
        #expect(error.code == .productionTime)
        #expect(error.message.english.contains("365"))
        #expect(throws: ExchangePolicyError.self) { try ExchangePolicy(firstApplicationCalendarDays: days) }
        let text = String(decoding: try JSONEncoder().encode(self.policy), as: UTF8.self)
        for key in ["productionWorkingDays", "firstApplicationCalendarDays"] {
            let original = key == "productionWorkingDays" ? "\"\(key)\":4" : "\"\(key)\":30"
            #expect(text.contains(original))
            let tampered = text.replacingOccurrences(of: original, with: "\"\(key)\":\(days)")
            #expect(throws: DecodingError.self, "\(key)") {
                try JSONDecoder().decode(ExchangePolicy.self, from: Data(tampered.utf8))
            }
        }
    }

    @Test("EX-PRODUCTION: the bounds themselves make policies; 0 working days is the acceptance day")
    func productionTimeBoundsAccepted() throws {
        let sameDay = try ExchangePolicy(productionWorkingDays: 0, firstApplicationCalendarDays: 0)
        #expect(try sameDay.readyDate(exchangeAppliedOn: date("2026-01-10")) == date("2026-01-12"))
        #expect(
            try sameDay.firstApplicationPeriod(appliedOn: date("2026-01-10")).effectiveLastDay == date("2026-01-12"))
        let longest = try ExchangePolicy(productionWorkingDays: 365, firstApplicationCalendarDays: 365)
        #expect(longest.productionWorkingDays == 365)
    }

    @Test("A policy round-trips through JSON; the official calendar is stored by name")
    func policyCodable() throws {
        let data = try JSONEncoder().encode(self.policy)
        #expect(data.count < 3000)
        // By reference, as in every module: the name and the years, not the schedules.
        #expect(String(decoding: data, as: UTF8.self).contains("\"name\":\"mainlandChina\""))
        #expect(try JSONDecoder().decode(ExchangePolicy.self, from: data) == self.policy)

        let custom = try ExchangePolicy(
            partnerBanks: PartnerBank.beijingPartnerBanks + [Fixture.sixteenth],
            calendar: WorkingDayCalendar.mainlandChina.withFallback(.assumeWeekdays))
        let customData = try JSONEncoder().encode(custom)
        #expect(try JSONDecoder().decode(ExchangePolicy.self, from: customData) == custom)
    }

    @Test("A decoded policy is validated again")
    func policyDecodingValidates() throws {
        let text = String(decoding: try JSONEncoder().encode(self.policy), as: UTF8.self)
        let reversed = text.replacingOccurrences(of: "\"2026-01-04\"", with: "\"2024-01-04\"")
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(ExchangePolicy.self, from: Data(reversed.utf8))
        }
        let unknownCalendar = text.replacingOccurrences(of: "\"mainlandChina\"", with: "\"mars\"")
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(ExchangePolicy.self, from: Data(unknownCalendar.utf8))
        }
    }
}
