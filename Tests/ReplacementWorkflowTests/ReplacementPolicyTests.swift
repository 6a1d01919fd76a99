import CardModel
import ReplacementWorkflow
import TestSupport
import Testing

@Suite struct ReplacementPolicyTests {
    let policy = ReplacementPolicy.beijing

    // MARK: - RP-READY and CM-ACCEPTANCE

    @Test("RP-READY: applied Wednesday 2026-09-30, ready Monday 2026-10-12")
    func readyAfterNationalDay() throws {
        let decision = policy.evaluate(try Fixture.application("2026-09-30"))
        #expect(decision.isApproved)
        #expect(decision.acceptanceDate == date("2026-09-30"))
        #expect(decision.readyDate == date("2026-10-12"))
    }

    @Test("RP-READY: applied Saturday 2026-10-03 (National Day), accepted 2026-10-08, ready 2026-10-13")
    func appliedDuringNationalDay() throws {
        let decision = policy.evaluate(try Fixture.application("2026-10-03"))
        #expect(decision.isApproved)
        #expect(decision.acceptanceDate == date("2026-10-08"))
        #expect(decision.readyDate == date("2026-10-13"))
    }

    @Test(
        "RP-READY: the ready date is the 4th working day after acceptance, on every channel",
        arguments: ReplacementChannel.allCases)
    func readyDateOnEveryChannel(channel: ReplacementChannel) throws {
        let decision = policy.evaluate(try Fixture.application("2026-09-30", channel: channel))
        #expect(decision.readyDate == date("2026-10-12"))
    }

    @Test(
        "RP-READY: Spring Festival 2026",
        arguments: [
            // Friday before the break: Saturday 2026-02-14 is an adjusted working day.
            ("2026-02-13", ReplacementChannel.website, "2026-02-13", "2026-02-26"),
            // On site on the adjusted working Saturday.
            ("2026-02-14", .onSite, "2026-02-14", "2026-02-27"),
            // Online on a statutory holiday: accepted after the break; ready on the adjusted working Saturday.
            ("2026-02-16", .officialApp, "2026-02-24", "2026-02-28"),
            // Online on an in-lieu rest day.
            ("2026-02-23", .wechatOfficialAccount, "2026-02-24", "2026-02-28"),
        ])
    func springFestival(applied: String, channel: ReplacementChannel, accepted: String, ready: String) throws {
        let decision = policy.evaluate(try Fixture.application(applied, channel: channel))
        #expect(decision.isApproved)
        #expect(decision.acceptanceDate == date(accepted))
        #expect(decision.readyDate == date(ready))
    }

    @Test("RP-READY: applied 2026-12-24, ready 2026-12-30 within the year's data")
    func yearEndWithinData() throws {
        let decision = policy.evaluate(try Fixture.application("2026-12-24"))
        #expect(decision.readyDate == date("2026-12-30"))
    }

    @Test(
        "CM-WORKDAY, RP-READY: at the end of 2026 the ready date needs 2027: unknown with a warning, not a refusal",
        arguments: ["2026-12-28", "2026-12-31"])
    func yearEndNeedsNextYear(applied: String) throws {
        for channel in ReplacementChannel.allCases {
            let decision = policy.evaluate(try Fixture.application(applied, channel: channel))
            #expect(decision.isApproved, "\(channel)")
            #expect(!decision.isComplete)
            #expect(decision.violations.isEmpty)
            #expect(decision.acceptanceDate == date(applied))
            #expect(decision.readyDate == nil)
            #expect(decision.fee == .yuan(20))
            #expect(decision.generation == .third)
            #expect(decision.missingCalendarYears == [2027])
            #expect(decision.warnings.map(\.rule) == [.workday])
            #expect(decision.warnings.first?.answers == [.readyDate])
            #expect(decision.warnings.first?.message.english.contains("2027") == true)
            #expect(decision.warnings.first?.message.german.contains("2027") == true)
            #expect(decision.warnings.first?.message.chinese.contains("2027") == true)
            #expect(decision.steps.contains(.payFee(.yuan(20))))
            #expect(decision.steps.contains { $0.code == "collect" })
            #expect(decision.description == "approved: ready unknown (no data for 2027), CNY 20.00")
        }
    }

    @Test("CM-WORKDAY, RP-LOGIN, RP-DOCUMENTS: the answers that need no calendar are given in full for 2026-12-28")
    func yearEndAnswersTheRest() throws {
        let website = policy.evaluate(try Fixture.application("2026-12-28", category: .urbanRuralResident))
        #expect(website.login == .individualResidentMedicalInsurance)
        #expect(website.menuPath.count == 2)
        #expect(website.documents == [DocumentRequirement(.holderIdentityDocument, at: .receipt)])
        let onSite = policy.evaluate(try Fixture.application("2026-12-28", reason: .damaged, channel: .onSite))
        #expect(onSite.isApproved)
        #expect(onSite.documents.contains(DocumentRequirement(.damagedCard, at: .application)))
    }

    @Test("RP-READY: with the caller's 2027 schedule added, 2026-12-28 is ready on 2027-01-04")
    func yearEndWithNextYearsSchedule() throws {
        let newYear = try HolidayPeriod(
            .newYearsDay, off: date("2027-01-01"), through: date("2027-01-03"), statutory: [date("2027-01-01")])
        let schedule = try HolidaySchedule(
            year: 2027,
            source: NoticeCitation(
                documentNumber: "(test)", issued: date("2026-11-01"), title: "a caller's schedule for 2027"),
            periods: [newYear])
        let extended = policy.with(calendar: .mainlandChina.adding(schedule))
        let decision = extended.evaluate(try Fixture.application("2026-12-28"))
        #expect(decision.readyDate == date("2027-01-04"))
    }

    @Test("CM-WORKDAY, RP-ONSITE-DAYS: a day without data leaves the on-site day, acceptance and ready date unknown")
    func beforeTheData() throws {
        let early = policy.evaluate(try Fixture.application("2003-12-31"))
        #expect(early.isApproved)
        #expect(early.missingCalendarYears == [2003])
        #expect(early.warnings.first?.answers == [.acceptanceDate, .readyDate])
        #expect(early.acceptanceDate == nil && early.readyDate == nil)
        #expect(early.generation == nil)
        #expect(early.notes.allSatisfy { $0.rule != .exchangeGeneration })

        let onSite = policy.evaluate(try Fixture.application("2027-03-01", channel: .onSite))
        #expect(onSite.isApproved)
        #expect(!onSite.isComplete)
        #expect(onSite.warnings.count == 1)
        #expect(onSite.warnings.first?.year == 2027)
        #expect(onSite.warnings.first?.answers == [.onSiteWorkingDay, .acceptanceDate, .readyDate])
        #expect(onSite.generation == .third)
    }

    @Test("CM-WORKDAY, RP-DOCUMENTS: without calendar data the document rules are still decided and can refuse")
    func documentsDecidedWithoutData() throws {
        let decision = policy.evaluate(
            try Fixture.application("2027-03-01", channel: .onSite, documents: PresentedDocuments.none))
        #expect(!decision.isApproved)
        #expect(decision.violatedRules == [.replacementDocuments])
        #expect(decision.warnings.first?.answers == [.onSiteWorkingDay])
    }

    @Test("RP-READY: a refused application needs no ready date, so it is refused even without next year's data")
    func refusedWithoutNextYearsData() throws {
        let decision = policy.evaluate(
            try Fixture.application("2026-12-28", channel: .onSite, documents: PresentedDocuments.none))
        #expect(!decision.isApproved)
        #expect(decision.acceptanceDate == nil)
        #expect(decision.readyDate == nil)
    }

    @Test("RP-READY: with express delivery the ready date excludes postage time, and a note says so")
    func expressNote() throws {
        let decision = policy.evaluate(try Fixture.application("2026-09-30", receipt: .express))
        #expect(decision.readyDate == date("2026-10-12"))
        #expect(decision.notes.contains { $0.rule == .replacementReady })
    }

    @Test("RP-READY: the working days to produce are a parameter")
    func workingDaysParameter() throws {
        let faster = try ReplacementPolicy(workingDaysToProduce: 1)
        #expect(faster.evaluate(try Fixture.application("2026-09-30")).readyDate == date("2026-10-08"))
    }

    // MARK: - RP-ONSITE-DAYS

    @Test("RP-ONSITE-DAYS: on site on Sunday 2026-01-04, an adjusted working day, is accepted")
    func onSiteOnWorkingSunday() throws {
        let decision = policy.evaluate(try Fixture.application("2026-01-04", channel: .onSite))
        #expect(decision.isApproved)
        #expect(decision.acceptanceDate == date("2026-01-04"))
        #expect(decision.readyDate == date("2026-01-08"))
    }

    @Test("RP-ONSITE-DAYS: 2026-01-03 is refused on site and accepted online")
    func newYearHoliday() throws {
        let onSite = policy.evaluate(try Fixture.application("2026-01-03", channel: .onSite))
        #expect(!onSite.isApproved)
        #expect(onSite.violatedRules == [.replacementOnsiteDays])
        let violation = try #require(onSite.violations.first)
        #expect(violation.facts.contains(Fact("holiday", "newYearsDay")))
        #expect(violation.facts.contains(Fact("nextWorkingDay", "2026-01-04")))
        #expect(violation.message.english.contains("2026-01-04"))
        #expect(onSite.acceptanceDate == nil && onSite.readyDate == nil)

        for channel in ReplacementChannel.allCases where channel.isOnline {
            let online = policy.evaluate(try Fixture.application("2026-01-03", channel: channel))
            #expect(online.isApproved)
            #expect(online.acceptanceDate == date("2026-01-04"))
            #expect(online.readyDate == date("2026-01-08"))
        }
    }

    @Test(
        "RP-ONSITE-DAYS: on site during Spring Festival 2026 is refused, naming the kind of day",
        arguments: [
            ("2026-02-15", "weekend"), ("2026-02-16", "statutoryHoliday"), ("2026-02-20", "inLieuRestDay"),
            ("2026-02-21", "weekend"), ("2026-02-23", "inLieuRestDay"),
        ])
    func springFestivalOnSite(day: String, kind: String) throws {
        let decision = policy.evaluate(try Fixture.application(day, channel: .onSite))
        #expect(decision.violatedRules == [.replacementOnsiteDays])
        let facts = try #require(decision.violations.first).facts
        #expect(facts.contains(Fact("kind", kind)))
        #expect(facts.contains(Fact("holiday", "springFestival")))
        #expect(facts.contains(Fact("nextWorkingDay", "2026-02-24")))
    }

    @Test("RP-ONSITE-DAYS: an ordinary weekend is refused on site; online any day is accepted")
    func ordinaryWeekend() throws {
        let onSite = policy.evaluate(try Fixture.application("2026-03-07", channel: .onSite))
        #expect(onSite.violatedRules == [.replacementOnsiteDays])
        #expect(try #require(onSite.violations.first).facts.contains(Fact("kind", "weekend")))
        let online = policy.evaluate(try Fixture.application("2026-03-07"))
        #expect(online.acceptanceDate == date("2026-03-09"))
        #expect(online.readyDate == date("2026-03-13"))
    }

    // MARK: - RP-DOCUMENTS

    @Test("RP-DOCUMENTS: on site the holder's original valid identity document is enough for a lost card")
    func onSiteComplete() throws {
        let decision = policy.evaluate(
            try Fixture.application("2026-03-04", channel: .onSite), holder: try Fixture.holder())
        #expect(decision.isApproved)
        #expect(decision.documents.first == DocumentRequirement(.holderIdentityDocument, at: .application))
    }

    @Test("RP-DOCUMENTS: on site without the holder's identity document is refused")
    func onSiteWithoutHolderDocument() throws {
        let decision = policy.evaluate(
            try Fixture.application("2026-03-04", channel: .onSite, documents: PresentedDocuments.none))
        #expect(decision.violatedRules == [.replacementDocuments])
        #expect(decision.violations.count == 1)
    }

    @Test("RP-DOCUMENTS: on site with only a copy, or an expired document, is refused")
    func onSiteCopyOrExpired() throws {
        let copy = policy.evaluate(
            try Fixture.application(
                "2026-03-04", channel: .onSite,
                documents: PresentedDocuments(holder: try Fixture.holderShown(isOriginal: false))))
        #expect(copy.violatedRules == [.replacementDocuments])
        #expect(copy.violations.first?.facts.contains(Fact("original", "false")) == true)

        let expired = policy.evaluate(
            try Fixture.application(
                "2026-03-04", channel: .onSite,
                documents: PresentedDocuments(holder: try Fixture.holderShown(validUntil: date("2026-03-03")))))
        #expect(expired.violatedRules == [.replacementDocuments])
        #expect(expired.violations.first?.facts.contains(Fact("validUntil", "2026-03-03")) == true)

        let lastValidDay = policy.evaluate(
            try Fixture.application(
                "2026-03-04", channel: .onSite,
                documents: PresentedDocuments(holder: try Fixture.holderShown(validUntil: date("2026-03-04")))))
        #expect(lastValidDay.isApproved)
    }

    @Test("RP-DOCUMENTS: on site the document shown must match the holder on record")
    func onSiteMismatch() throws {
        let decision = policy.evaluate(
            try Fixture.application(
                "2026-03-04", channel: .onSite, documents: PresentedDocuments(holder: try Fixture.strangerShown())),
            holder: try Fixture.holder())
        #expect(decision.violatedRules == [.replacementDocuments])
        #expect(decision.violations.first?.facts.contains(Fact("match", "false")) == true)
    }

    @Test("RP-DOCUMENTS: an agent shows the holder's and their own original documents")
    func agentComplete() throws {
        let decision = policy.evaluate(
            try Fixture.application("2026-03-04", channel: .onSite, applicant: .agent), holder: try Fixture.holder())
        #expect(decision.isApproved)
        #expect(decision.documents.contains(DocumentRequirement(.agentIdentityDocument, at: .application)))
        #expect(decision.documents.contains(DocumentRequirement(.agentIdentityDocument, at: .receiptByAgent)))
        #expect(decision.notes.contains { $0.rule == .replacementReceipt })
    }

    @Test("RP-DOCUMENTS: an agent without the agent's own document is refused")
    func agentWithoutOwnDocument() throws {
        let missing = policy.evaluate(
            try Fixture.application(
                "2026-03-04", channel: .onSite, applicant: .agent,
                documents: PresentedDocuments(holder: try Fixture.holderShown())))
        #expect(missing.violatedRules == [.replacementDocuments])
        #expect(missing.violations.first?.facts.contains(Fact("document", "agentIdentityDocument")) == true)

        let holdersAsOwn = policy.evaluate(
            try Fixture.application(
                "2026-03-04", channel: .onSite, applicant: .agent,
                documents: PresentedDocuments(holder: try Fixture.holderShown(), agent: try Fixture.holderShown())))
        #expect(holdersAsOwn.violatedRules == [.replacementDocuments])
        #expect(holdersAsOwn.violations.first?.facts.contains(Fact("sameAsHolder", "true")) == true)

        let copy = policy.evaluate(
            try Fixture.application(
                "2026-03-04", channel: .onSite, applicant: .agent,
                documents: PresentedDocuments(
                    holder: try Fixture.holderShown(), agent: try Fixture.agentShown(isOriginal: false))))
        #expect(copy.violatedRules == [.replacementDocuments])
    }

    @Test("RP-DOCUMENTS: on site a damaged card must be handed in; a lost card cannot be")
    func damagedCardHandedIn() throws {
        let notHandedIn = policy.evaluate(
            try Fixture.application(
                "2026-03-04", reason: .damaged, channel: .onSite, documents: try Fixture.onSiteDocuments()))
        #expect(notHandedIn.violatedRules == [.replacementDocuments])
        #expect(notHandedIn.violations.first?.facts.contains(Fact("cardHandedIn", "false")) == true)

        let handedIn = policy.evaluate(try Fixture.application("2026-03-04", reason: .damaged, channel: .onSite))
        #expect(handedIn.isApproved)
        #expect(handedIn.documents.contains(DocumentRequirement(.damagedCard, at: .application)))
        #expect(handedIn.steps.contains(.handInDamagedCard))

        let lostHandedIn = policy.evaluate(
            try Fixture.application(
                "2026-03-04", channel: .onSite, documents: try Fixture.onSiteDocuments(damaged: true)))
        #expect(lostHandedIn.violatedRules == [.replacementDocuments])
    }

    @Test("RP-DOCUMENTS, RP-RECEIPT: a requirement's item and occasion print as their codes")
    func requirementDescriptions() {
        #expect(
            DocumentRequirement.Item.allCases.map(\.description) == DocumentRequirement.Item.allCases.map(\.rawValue))
        #expect(
            DocumentRequirement.Occasion.allCases.map { "\($0)" } == ["application", "receipt", "receiptByAgent"])
        #expect("\(DocumentRequirement.Item.damagedCard)" == "damagedCard")
        let requirement = DocumentRequirement(.agentIdentityDocument, at: .receiptByAgent)
        #expect("\(requirement.item) \(requirement.occasion)" == "agentIdentityDocument receiptByAgent")
    }

    @Test("RP-DOCUMENTS: online, nothing is presented; a damaged card online is accepted with a note")
    func onlineNeedsNoDocuments() throws {
        let decision = policy.evaluate(try Fixture.application("2026-03-04", reason: .damaged, channel: .website))
        #expect(decision.isApproved)
        #expect(!decision.documents.contains { $0.occasion == .application })
        #expect(decision.documents == [DocumentRequirement(.holderIdentityDocument, at: .receipt)])
        #expect(decision.notes.contains { $0.rule == .replacementDocuments })
    }

    @Test("RP-DOCUMENTS, RP-ONSITE-DAYS: every violation is reported, not only the first")
    func everyViolation() throws {
        let decision = policy.evaluate(
            try Fixture.application(
                "2026-02-17", reason: .damaged, channel: .onSite, applicant: .agent,
                documents: PresentedDocuments(
                    holder: try Fixture.strangerShown(), agent: try Fixture.holderShown(isOriginal: false))),
            holder: try Fixture.holder())
        #expect(decision.violatedRules == [.replacementOnsiteDays, .replacementDocuments])
        // the day; the stranger's document; the agent's copy; the agent showing the holder's document; the card.
        #expect(decision.violations.count == 5)
        #expect(decision.description.hasPrefix("refused: RP-ONSITE-DAYS, RP-DOCUMENTS"))
    }

    // MARK: - RP-FEE

    @Test("RP-FEE: the replacement costs CNY 20.00, accepted or refused")
    func fee() throws {
        let accepted = policy.evaluate(try Fixture.application("2026-03-04"))
        #expect(accepted.fee == Money(fen: 2000))
        #expect(accepted.fee.description == "CNY 20.00")
        #expect(accepted.steps.contains(.payFee(Money(fen: 2000))))
        let refused = policy.evaluate(try Fixture.application("2026-03-07", channel: .onSite))
        #expect(refused.fee == Money(fen: 2000))
    }

    @Test("RP-FEE: the fee is a parameter")
    func feeParameter() throws {
        let dearer = try ReplacementPolicy(fee: .yuan(25))
        #expect(dearer.evaluate(try Fixture.application("2026-03-04")).fee.description == "CNY 25.00")
    }

    // MARK: - RP-LOGIN

    @Test(
        "RP-LOGIN: on the website the login option follows the insured category",
        arguments: zip(
            InsuredCategory.allCases, ["individual urban employee", "individual resident medical insurance"]))
    func login(category: InsuredCategory, label: String) throws {
        let decision = policy.evaluate(try Fixture.application("2026-03-04", category: category))
        #expect(decision.login == WebsiteLogin(category: category))
        #expect(decision.login?.label.english == label)
        #expect(
            decision.menuPath.map(\.english) == [
                "Management of Application Services", "Social Security Card Replacement or Card Application",
            ])
        #expect(
            decision.steps.first { $0.code == "logInOnWebsite" } == .logInOnWebsite(WebsiteLogin(category: category)))
    }

    @Test("RP-LOGIN: the other channels have no website login")
    func noLoginElsewhere() throws {
        for channel in ReplacementChannel.allCases where channel != .website {
            let decision = policy.evaluate(try Fixture.application("2026-03-04", channel: channel))
            #expect(decision.login == nil)
        }
        let wechat = policy.evaluate(try Fixture.application("2026-03-04", channel: .wechatOfficialAccount))
        #expect(
            wechat.menuPath.map(\.chinese) == ["微服务", "办理服务", "社保卡补换卡或卡申领"])
        let onSite = policy.evaluate(try Fixture.application("2026-03-04", channel: .onSite))
        #expect(onSite.menuPath.isEmpty)
    }

    // MARK: - RP-CHANNELS, RP-LOSS-REPORT, RP-CERTIFICATE, RP-SUPERSEDE: the steps

    @Test(
        "RP-CHANNELS, RP-LOGIN: each channel's steps in order; app and WeChat log in before the menu",
        arguments: [
            (
                ReplacementChannel.website,
                [
                    "reportLoss", "logInOnWebsite", "openMenu", "fillInApplication", "payFee", "saveCertificate",
                    "collect", "activateNewCard",
                ]
            ),
            (
                .officialApp,
                [
                    "reportLoss", "installOfficialApp", "logIn", "openMenu", "fillInApplication", "payFee",
                    "saveCertificate", "collect", "activateNewCard",
                ]
            ),
            (
                .wechatOfficialAccount,
                [
                    "reportLoss", "followWeChatAccount", "logIn", "openMenu", "fillInApplication", "payFee",
                    "saveCertificate", "collect", "activateNewCard",
                ]
            ),
            (
                .onSite,
                [
                    "reportLoss", "goToOffice", "fillInApplication", "payFee", "saveCertificate", "collect",
                    "activateNewCard",
                ]
            ),
        ])
    func steps(channel: ReplacementChannel, codes: [String]) throws {
        let decision = policy.evaluate(try Fixture.application("2026-03-04", channel: channel))
        #expect(decision.isApproved)
        #expect(decision.steps.map(\.code) == codes)
    }

    @Test("RP-READY, RP-RECEIPT: the collection and express steps say from when, in every language")
    func receiptStepsNameTheReadyDate() {
        let ready = date("2026-10-12")
        for step in [ReplacementStep.collect(from: ready, by: .holder), .receiveByExpress(from: ready, by: .holder)] {
            #expect(step.text.english.contains(" from 2026-10-12 "), "\(step.code)")
            #expect(step.text.german.contains(" ab 12. Oktober 2026 "), "\(step.code)")
            #expect(step.text.chinese.contains("自2026年10月12日起"), "\(step.code)")
        }
        for step in [ReplacementStep.collect(from: nil, by: .agent), .receiveByExpress(from: nil, by: .agent)] {
            #expect(step.text.english.contains(" once it is ready "), "\(step.code)")
            #expect(step.text.german.contains(", sobald sie fertig ist, "), "\(step.code)")
            #expect(step.text.chinese.contains("制卡完成后"), "\(step.code)")
        }
        #expect(
            ReplacementStep.collect(from: ready, by: .holder).text.english
                == "Collect the new card from 2026-10-12 at a social security office, showing the holder's original "
                + "valid identity document")
    }

    @Test("RP-LOSS-REPORT: a lost card's steps begin with the loss report; a damaged card's do not")
    func lossReportStep() throws {
        let lost = policy.evaluate(try Fixture.application("2026-03-04"))
        #expect(lost.steps.first == .reportLoss(temporaryReportLapseDays: 10))
        #expect(lost.notes.contains { $0.rule == .replacementLossReport })
        let damaged = policy.evaluate(try Fixture.application("2026-03-04", reason: .damaged))
        #expect(!damaged.steps.contains { $0.rule == .replacementLossReport })
    }

    @Test("RP-CERTIFICATE, RP-RECEIPT, RP-SUPERSEDE: every application ends with certificate, receipt, activation")
    func closingSteps() throws {
        let decision = policy.evaluate(try Fixture.application("2026-09-30", receipt: .express))
        #expect(
            Array(decision.steps.suffix(3)) == [
                .saveCertificate, .receiveByExpress(from: date("2026-10-12"), by: .holder), .activateNewCard(.lost),
            ])
        #expect(decision.steps.map(\.rule).contains(.replacementCertificate))
        #expect(decision.steps.last?.rule == .replacementSupersede)
    }

    // MARK: - EX-GENERATION

    @Test("EX-GENERATION: a replacement ready from 2026-01-01 is third generation")
    func thirdGeneration() throws {
        #expect(policy.evaluate(try Fixture.application("2026-01-04")).generation == .third)
        // Applied on the holiday 2026-01-01, accepted 2026-01-04.
        #expect(policy.evaluate(try Fixture.application("2026-01-01")).generation == .third)
    }

    @Test("EX-GENERATION, RP-READY: applied 2025-12-31, ready 2026-01-07: made in 2026, so third generation")
    func thirdGenerationAcrossTheYearEnd() throws {
        let decision = policy.evaluate(try Fixture.application("2025-12-31"))
        #expect(decision.isApproved)
        #expect(decision.acceptanceDate == date("2025-12-31"))
        #expect(decision.readyDate == date("2026-01-07"))
        #expect(decision.generation == .third)
        #expect(!decision.notes.contains { $0.rule == .exchangeGeneration })
    }

    @Test(
        "EX-GENERATION, RP-READY: the ready date decides: ready 2025-12-31 claims none, ready 2026-01-04 is third",
        arguments: [
            ("2025-12-25", "2025-12-31", nil), ("2025-12-26", "2026-01-04", CardGeneration.third),
            ("2025-12-22", "2025-12-26", nil), ("2025-12-29", "2026-01-05", .third),
        ] as [(String, String, CardGeneration?)])
    func generationByReadyDate(applied: String, ready: String, generation: CardGeneration?) throws {
        let decision = policy.evaluate(try Fixture.application(applied))
        #expect(decision.readyDate == date(ready))
        #expect(decision.generation == generation)
        #expect(decision.notes.contains { $0.rule == .exchangeGeneration } == (generation == nil))
    }

    @Test("EX-GENERATION: before 2026 the library claims no generation for a replacement, and says so")
    func noGenerationBefore2026() throws {
        let decision = policy.evaluate(try Fixture.application("2025-12-22"))
        #expect(decision.isApproved)
        #expect(decision.readyDate == date("2025-12-26"))
        #expect(decision.generation == nil)
        let note = try #require(decision.notes.first { $0.rule == .exchangeGeneration })
        #expect(note.message.english.contains("made by 2025-12-26"))
    }

    @Test("EX-GENERATION: a refused application makes no card, so it has no generation and no note")
    func noGenerationWhenRefused() throws {
        for day in ["2026-01-03", "2025-12-27"] {
            let decision = policy.evaluate(try Fixture.application(day, channel: .onSite))
            #expect(!decision.isApproved, "\(day)")
            #expect(decision.generation == nil, "\(day)")
            #expect(!decision.notes.contains { $0.rule == .exchangeGeneration }, "\(day)")
        }
    }

    // MARK: - The policy value

    @Test("RP-FEE, RP-READY, RP-LOSS-REPORT, EX-GENERATION: Beijing's defaults")
    func beijingDefaults() throws {
        #expect(policy.fee == Money.yuan(20))
        #expect(policy.workingDaysToProduce == 4)
        #expect(policy.temporaryReportLapseDays == 10)
        #expect(policy.thirdGenerationFrom == date("2026-01-01"))
        #expect(policy.calendar == .mainlandChina)
        #expect(try ReplacementPolicy() == policy)
        #expect(policy.temporaryReportLastDay(reportedOn: date("2026-03-02")) == date("2026-03-12"))
        #expect(policy.temporaryReportLastDay(reportedOn: date("2199-12-30")) == CivilDate.latest)
    }

    /// The error the policy's initialiser throws for these parameters, if any.
    static func policyError(
        fee: Money = Money.yuan(20), workingDaysToProduce: Int = 4, temporaryReportLapseDays: Int = 10
    ) -> ReplacementPolicyError? {
        do {
            _ = try ReplacementPolicy(
                fee: fee, workingDaysToProduce: workingDaysToProduce, temporaryReportLapseDays: temporaryReportLapseDays
            )
            return nil
        } catch {
            return error
        }
    }

    /// Every kind of parameter out of range, with the code it must give and the error it gives.
    static func outOfRange() -> [(ReplacementPolicyError.Code, ReplacementPolicyError?)] {
        [
            (.negativeFee, policyError(fee: Money(fen: -1))),
            (.workingDaysOutOfRange, policyError(workingDaysToProduce: -1)),
            (.workingDaysOutOfRange, policyError(workingDaysToProduce: 366)),
            (.lapseOutOfRange, policyError(temporaryReportLapseDays: 0)),
            (.lapseOutOfRange, policyError(temporaryReportLapseDays: Int.max)),
        ]
    }

    @Test("RP-FEE, RP-READY, RP-LOSS-REPORT: parameters out of range are refused with a typed error")
    func parameterErrors() {
        for (code, error) in Self.outOfRange() {
            #expect(error?.code == code, "\(code)")
        }
        #expect(Self.policyError() == nil)
    }

    @Test("RP-FEE, RP-READY, RP-LOSS-REPORT: every policy error has a message in English, German and Chinese")
    func parameterErrorMessages() throws {
        var messages: [ReplacementPolicyError.Code: LocalizedText] = [:]
        for (code, error) in Self.outOfRange() {
            let error = try #require(error)
            ReplacementMessagesTests.expectThreeLanguages(error.message, "\(code)")
            #expect(error.description == "ReplacementPolicyError.\(code): \(error.message.english)")
            messages[code] = error.message
        }
        #expect(messages.count == 3)
        #expect(Set(messages.values).count == 3)
        #expect(messages[.workingDaysOutOfRange]?.english.contains("0...365") == true)
        #expect(messages[.lapseOutOfRange]?.chinese.contains("1...365") == true)
    }
}
