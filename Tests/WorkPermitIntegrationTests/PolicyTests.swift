import CardModel
import Foundation
import TestSupport
import Testing
import WorkPermitIntegration

@Suite struct PolicyTests {
    let policy = WorkPermitIntegrationPolicy.beijing

    @Test("WP-EFFECTIVE: the integration is in force from 2024-12-01, not on 2024-11-30")
    func effectiveDate() {
        #expect(self.policy.effectiveDate == date("2024-12-01"))
        #expect(!self.policy.isIntegrationInForce(on: date("2024-11-30")))
        #expect(self.policy.isIntegrationInForce(on: date("2024-12-01")))
        #expect(self.policy.formOfNewPermit(issuedOn: date("2024-11-30")) == .physical)
        #expect(self.policy.formOfNewPermit(issuedOn: date("2024-12-01")) == .integrated)
    }

    @Test("WP-EFFECTIVE: the initialiser's defaults are Beijing's values, written once")
    func defaults() throws {
        let made = try WorkPermitIntegrationPolicy(effectiveDate: date("2024-12-01"))
        #expect(made == self.policy)
        #expect(self.policy.notificationLetterValidityMonths == 6)
        #expect(self.policy.residencePermitDeadlineDays == 30)
        #expect(self.policy.residencePermitDecisionDays == 15)
        #expect(self.policy.residencePermitMinimumValidityDays == 90)
        #expect(self.policy.residencePermitMaximumValidityYears == 5)
        #expect(self.policy.calendar == .mainlandChina)
    }

    @Test(
        "WP-NOTIFICATION: valid 6 months, through the same day of the month or the month's last day",
        arguments: [
            ("2026-01-15", "2026-07-15"), ("2025-08-31", "2026-02-28"), ("2023-08-31", "2024-02-29"),
            ("2025-12-31", "2026-06-30"), ("2026-06-30", "2026-12-30"), ("2025-07-01", "2026-01-01"),
        ])
    func notificationExpiry(issued: String, expiry: String) throws {
        #expect(try self.policy.notificationLetterExpiry(issuedOn: date(issued)) == date(expiry))
    }

    @Test("WP-NOTIFICATION: a letter's last day in a holiday is not moved: it is the letter's own date, not a period")
    func letterDayNotMoved() throws {
        // Issued 2026-04-01: valid through 2026-10-01, National Day; a CM-PERIOD deadline would run to 2026-10-08.
        #expect(try self.policy.notificationLetterExpiry(issuedOn: date("2026-04-01")) == date("2026-10-01"))
        var onboarding = try ForeignerOnboarding(replaying: [
            .notificationLetterIssued(on: date("2026-04-01")), .zVisaIssued(on: date("2026-05-04")),
            .entered(on: date("2026-09-20")),
        ])
        let error = #expect(throws: OnboardingError.self) {
            try onboarding.enrol(
                on: date("2026-10-08"), by: .employer, channel: .socialInsuranceAgency, document: .notificationLetter)
        }
        #expect(error?.violations.map(\.rule) == [.workPermitNotification])
        let reading = try #require(self.policy.interpretations.first)
        #expect(reading.message.english.contains("not a period for acting at an office"))
        #expect(!reading.message.english.contains("abroad"))
    }

    @Test("WP-NOTIFICATION: the validity is a parameter; a letter's last day after 2199 is a typed error")
    func notificationParameter() throws {
        let threeMonths = try WorkPermitIntegrationPolicy(
            effectiveDate: date("2024-12-01"), notificationLetterValidityMonths: 3)
        #expect(try threeMonths.notificationLetterExpiry(issuedOn: date("2025-11-30")) == date("2026-02-28"))
        #expect(throws: CivilDateError.self) { try self.policy.notificationLetterExpiry(issuedOn: date("2199-07-01")) }
    }

    @Test("WP-RESIDENCE-DEADLINE: entry 2026-03-02, last day to apply 2026-04-01 (CM-PERIOD)")
    func residenceDeadline() throws {
        let period = try self.policy.residencePermitDeadline(enteredOn: date("2026-03-02"))
        #expect(period.nominalLastDay == date("2026-04-01"))
        #expect(period.effectiveLastDay == date("2026-04-01"))
    }

    @Test("WP-RESIDENCE-DEADLINE: a last day in the National Day holiday moves to the next working day")
    func residenceDeadlineOverHoliday() throws {
        let period = try self.policy.residencePermitDeadline(enteredOn: date("2026-09-02"))
        #expect(period.nominalLastDay == date("2026-10-02"))
        #expect(period.effectiveLastDay == date("2026-10-08"))
    }

    @Test("WP-RESIDENCE-DEADLINE: the decision is due 15 days after the acceptance date (CM-ACCEPTANCE)")
    func decisionDue() throws {
        #expect(
            try self.policy.residencePermitDecisionDue(appliedOn: date("2026-03-16")).effectiveLastDay
                == date("2026-03-31"))
        // Saturday: accepted Monday 2026-03-16.
        #expect(try self.policy.residencePermitAcceptance(appliedOn: date("2026-03-14")) == date("2026-03-16"))
        #expect(
            try self.policy.residencePermitDecisionDue(appliedOn: date("2026-03-14")).effectiveLastDay
                == date("2026-03-31"))
    }

    @Test("WP-RESIDENCE-DEADLINE: a work residence permit is valid 90 days to 5 years")
    func validityRange() throws {
        let range = try self.policy.residencePermitValidityRange(grantedOn: date("2026-03-20"))
        #expect(range == date("2026-06-18")...date("2031-03-20"))
    }

    @Test("CM-WORKDAY: a deadline in a year without calendar data is a typed error naming the year")
    func noCalendarData() {
        #expect(throws: CalendarError(noDataFor: 2027)) {
            try self.policy.residencePermitDeadline(enteredOn: date("2026-12-15"))
        }
        let assumed = self.policy.with(calendar: WorkingDayCalendar.mainlandChina.withFallback(.assumeWeekdays))
        #expect((try? assumed.residencePermitDeadline(enteredOn: date("2026-12-15"))) != nil)
    }

    @Test("Policy parameters are validated, also on decoding")
    func parameters() throws {
        #expect(throws: WorkPermitIntegrationPolicy.ParameterError(parameter: "residencePermitDeadlineDays")) {
            try WorkPermitIntegrationPolicy(effectiveDate: date("2024-12-01"), residencePermitDeadlineDays: 0)
        }
        #expect(throws: WorkPermitIntegrationPolicy.ParameterError(parameter: "residencePermitMinimumValidityDays")) {
            try WorkPermitIntegrationPolicy(
                effectiveDate: date("2024-12-01"), residencePermitMinimumValidityDays: 400,
                residencePermitMaximumValidityYears: 1)
        }
        let data = try JSONEncoder().encode(self.policy)
        let text = String(decoding: data, as: UTF8.self)
        // The official calendar by reference, not its schedules.
        #expect(text.contains(#""name":"mainlandChina""#) && !text.contains(#""schedules""#))
        #expect(try Fixture.roundTrip(self.policy) == self.policy)
        let tampered = text.replacingOccurrences(
            of: "\"notificationLetterValidityMonths\":6", with: "\"notificationLetterValidityMonths\":-1")
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(WorkPermitIntegrationPolicy.self, from: Data(tampered.utf8))
        }
        let custom = self.policy.with(calendar: WorkingDayCalendar.mainlandChina.withFallback(.assumeWeekdays))
        #expect(try Fixture.roundTrip(custom) == custom)
        Fixture.expectThreeLanguages(WorkPermitIntegrationPolicy.ParameterError(parameter: "x").message)
    }

    @Test("Every reading names a WP- rule and is written in three languages")
    func readings() {
        #expect(!self.policy.interpretations.isEmpty)
        for note in self.policy.interpretations {
            #expect(note.rule.rawValue.hasPrefix("WP-"))
            Fixture.expectThreeLanguages(note.message)
        }
    }
}

@Suite struct PolicyIdentityTests {
    @Test("The policy's parameters are its JSON keys, then the calendar's; .beijing is the standard policy")
    func parameters() throws {
        let policy = WorkPermitIntegrationPolicy.beijing
        #expect(WorkPermitIntegrationPolicy.standard == policy)
        #expect(policy.name == "beijing")
        let names = policy.parameters.map(\.name)
        let keys = [
            "effectiveDate", "onlineSystemStartDate", "notificationLetterValidityMonths",
            "residencePermitDeadlineDays", "residencePermitDecisionDays", "residencePermitMinimumValidityDays",
            "residencePermitMaximumValidityYears",
        ]
        #expect(Array(names.prefix(keys.count)) == keys)
        #expect(names.dropFirst(keys.count).first == "calendar.fallback")
        #expect(names.contains("calendar.2026"))
        #expect(policy.parameters.first == PolicyParameter("effectiveDate", "2024-12-01"))
        // Every JSON key of the policy is a parameter (onlineSystemStartDate is written only when not the default).
        let other = try WorkPermitIntegrationPolicy(
            effectiveDate: date("2024-12-01"), onlineSystemStartDate: date("2017-05-01"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: try JSONEncoder().encode(other)) as? [String: Any])
        #expect(Set(json.keys).subtracting(["calendar"]) == Set(keys))
        #expect(other.name == "custom")
        #expect(policy.differingParameters(from: other) == ["onlineSystemStartDate"])
        #expect(policy.digest != other.digest && policy.digest.count == 16)
        #expect(policy.digest == (try WorkPermitIntegrationPolicy(effectiveDate: date("2024-12-01"))).digest)
        let calendar = policy.with(calendar: try officialPlus2027())
        #expect(calendar.differingParameters(from: policy).isEmpty)  // a year more in the expected calendar is fine
        #expect(policy.differingParameters(from: calendar) == ["calendar.2027"])
    }
}
