public import CardModel

extension ReplacementPolicy {
    /// Decides a replacement application and says what follows (RP-CHANNELS, RP-ONSITE-DAYS, RP-DOCUMENTS,
    /// RP-FEE, RP-READY, RP-LOGIN, RP-LOSS-REPORT, RP-RECEIPT, EX-GENERATION).
    ///
    /// Every violated rule is reported, not only the first:
    /// - on site on a day that is not a working day (RP-ONSITE-DAYS);
    /// - on site without the holder's original valid identity document, or with one that does not match `holder`
    ///   when given; an agent without the agent's own original valid identity document; a damaged card not handed
    ///   in, or a "lost" card handed in (RP-DOCUMENTS);
    /// - an agent online, where the holder applies under their own login: agents apply on site only (RP-LOGIN,
    ///   our reading of the notice, which names agents under the on-site option only).
    ///
    /// An approved application is accepted on its date if that is a working day, else on the next working day
    /// (CM-ACCEPTANCE), and the card is ready on the policy's working days after that (RP-READY): applied on
    /// 2026-09-30, ready 2026-10-12; applied on 2026-10-03, accepted 2026-10-08, ready 2026-10-13. The fee, the
    /// working days and the receipt, which the notice states under the on-site option, apply to every channel; the
    /// electronic certificate, named under the online options, follows an on-site application as well (our
    /// readings, each with a note).
    ///
    /// A date that needs a year the calendar has no data for is never guessed: it is `nil`, and a
    /// ``ReplacementWarning`` names the year and the answers it leaves unknown (CM-WORKDAY). The decision is
    /// still given, with every rule that can be decided; it is not a refusal. Applied on 2026-12-28 with the
    /// official calendar (data through 2026), the fee, acceptance date, login, documents and steps are known and
    /// the ready date waits for 2027. With a provisional calendar (`calendar.withFallback(.provisional)`) the same
    /// application is ready on 2027-01-04 (2027-01-01 is statutory), with a warning naming 2027 and
    /// CM-PROVISIONAL.
    ///
    /// The card is made by its ready date, so the ready date decides its generation (EX-GENERATION): applied on
    /// 2025-12-31 and ready on 2026-01-07, it is third generation; a card applied for from 2026-01-01 is third
    /// generation even while its ready date is unknown. A refused application makes no card and has no generation.
    ///
    /// - Parameters:
    ///   - application: The application.
    ///   - holder: The holder's identity document on the card record, when known; on site the document shown as
    ///     the holder's must match it.
    /// - Returns: The decision, with the fee, dates, login, menu path, documents, steps, generation and warnings.
    public func evaluate(
        _ application: ReplacementApplication, holder: IdentityDocument? = nil
    )
        -> ReplacementDecision
    {
        var unknown = UnknownAnswers()
        let violations = self.violations(of: application, holder: holder, unknown: &unknown)
        let (acceptanceDate, readyDate) =
            violations.isEmpty ? self.dates(for: application, unknown: &unknown) : (nil, nil)
        // The card is made by the ready date, so that day decides its generation; while the ready date is unknown,
        // the card is made no earlier than the application. A refused application makes no card (EX-GENERATION,
        // RP-READY).
        let generation = violations.isEmpty ? self.generation(issuedFrom: readyDate ?? application.date) : nil
        let notes = self.notes(
            for: application, approved: violations.isEmpty, readyDate: readyDate, generation: generation)

        return ReplacementDecision(
            violations: violations, notes: notes, fee: self.fee, acceptanceDate: acceptanceDate,
            readyDate: readyDate,
            login: application.channel == .website ? WebsiteLogin(category: application.category) : nil,
            menuPath: MenuText.path(for: application.channel), documents: Self.documents(for: application),
            steps: self.steps(for: application, approved: violations.isEmpty, readyDate: readyDate),
            generation: generation, warnings: unknown.warnings)
    }

    /// Every rule `application` breaks, rule by rule (RP-LOGIN, RP-ONSITE-DAYS, RP-DOCUMENTS); a day the calendar
    /// cannot tell is recorded in `unknown`, never guessed (CM-WORKDAY).
    private func violations(
        of application: ReplacementApplication, holder: IdentityDocument?, unknown: inout UnknownAnswers
    ) -> [Violation] {
        guard application.channel == .onSite else { return Self.loginViolations(of: application) }
        return self.onSiteDayViolations(of: application, unknown: &unknown)
            + Self.documentViolations(of: application, holder: holder)
    }

    /// RP-LOGIN: online the holder logs in under their own account, so agents apply on site only.
    private static func loginViolations(of application: ReplacementApplication) -> [Violation] {
        application.applicant == .agent ? [ReplacementPolicyMessages.agentOnline(application.channel)] : []
    }

    /// RP-ONSITE-DAYS: on site, applications are accepted on working days only; a day of a year without calendar
    /// data is recorded in `unknown` (CM-WORKDAY), one of a provisional year as provisional (CM-PROVISIONAL).
    private func onSiteDayViolations(
        of application: ReplacementApplication, unknown: inout UnknownAnswers
    ) -> [Violation] {
        let date = application.date
        var violations: [Violation] = []
        do throws(CalendarError) {
            let day = try self.calendar.day(date)
            if !day.isWorkingDay {
                violations.append(
                    ReplacementPolicyMessages.onSiteOnNonWorkingDay(
                        day, nextWorkingDay: try? self.calendar.acceptanceDate(for: date)))
            }
        } catch {
            unknown.record(error, .onSiteWorkingDay)
        }
        unknown.provisional(self.calendar.provisionalYears(from: date, through: date), .onSiteWorkingDay)
        return violations
    }

    /// RP-DOCUMENTS: on site, the holder's original valid document (matching `holder` when given), an agent's
    /// own, the damaged card handed in, and no "lost" card handed in.
    private static func documentViolations(
        of application: ReplacementApplication, holder: IdentityDocument?
    ) -> [Violation] {
        var violations = DocumentCheck.violations(
            holderShown: application.documents.holder, agentShown: application.documents.agent,
            acting: application.applicant, holderOnRecord: holder, on: application.date, occasion: .application)
        switch application.reason {
        case .damaged where !application.documents.damagedCardHandedIn:
            violations.append(ReplacementPolicyMessages.damagedCardNotHandedIn)
        case .lost where application.documents.damagedCardHandedIn:
            violations.append(ReplacementPolicyMessages.lostCardHandedIn)
        case .damaged, .lost:
            break
        }
        return violations
    }

    /// The acceptance and ready dates of an approved application (CM-ACCEPTANCE, RP-READY); a date that needs a
    /// year without data is `nil` and recorded in `unknown` (CM-WORKDAY), one counted with provisional days is
    /// recorded as provisional (CM-PROVISIONAL).
    private func dates(
        for application: ReplacementApplication, unknown: inout UnknownAnswers
    ) -> (acceptance: CivilDate?, ready: CivilDate?) {
        let date = application.date
        let accepted: CivilDate
        do throws(CalendarError) {
            accepted = try self.calendar.acceptanceDate(for: date)
        } catch {
            unknown.record(error, .acceptanceDate, .readyDate)
            return (nil, nil)
        }
        unknown.provisional(self.calendar.provisionalYears(from: date, through: accepted), .acceptanceDate)
        do throws(CalendarError) {
            let ready = try self.calendar.date(byAddingWorkingDays: self.workingDaysToProduce, to: accepted)
            unknown.provisional(self.calendar.provisionalYears(from: date, through: ready), .readyDate)
            return (accepted, ready)
        } catch {
            unknown.record(error, .readyDate)
            return (accepted, nil)
        }
    }

    /// The readings a decision names ("our reading"): the one-channel facts (RP-FEE, RP-CERTIFICATE), the damaged
    /// card online and the agent's receipt (RP-DOCUMENTS, RP-RECEIPT), the loss report's lapse (RP-LOSS-REPORT),
    /// postage (RP-READY) and an unclaimed generation (EX-GENERATION).
    private func notes(
        for application: ReplacementApplication, approved: Bool, readyDate: CivilDate?, generation: CardGeneration?
    ) -> [Interpretation] {
        var notes: [Interpretation] = []
        if application.channel.isOnline {
            if application.reason == .damaged { notes.append(ReplacementPolicyMessages.damagedCardOnlineNote) }
            notes.append(ReplacementPolicyMessages.onlineFeeAndDaysNote)
        } else if approved {
            notes.append(ReplacementPolicyMessages.onSiteCertificateNote)
        }
        if application.reason == .lost {
            notes.append(ReplacementPolicyMessages.temporaryReportLapseNote(days: self.temporaryReportLapseDays))
        }
        if application.receipt == .express { notes.append(ReplacementPolicyMessages.expressNote) }
        if application.applicant == .agent && approved { notes.append(ReplacementPolicyMessages.receiptByAgentNote) }
        if let readyDate, generation == nil {
            notes.append(
                ReplacementPolicyMessages.generationNotClaimedNote(
                    readyDate: readyDate, thirdGenerationFrom: self.thirdGenerationFrom))
        }
        return notes
    }

    /// The documents to bring, and when (RP-DOCUMENTS, RP-RECEIPT).
    static func documents(for application: ReplacementApplication) -> [DocumentRequirement] {
        var documents: [DocumentRequirement] = []
        if application.channel == .onSite {
            documents.append(DocumentRequirement(.holderIdentityDocument, at: .application))
            if application.applicant == .agent {
                documents.append(DocumentRequirement(.agentIdentityDocument, at: .application))
            }
            if application.reason == .damaged { documents.append(DocumentRequirement(.damagedCard, at: .application)) }
        }
        documents.append(DocumentRequirement(.holderIdentityDocument, at: .receipt))
        if application.applicant == .agent {
            documents.append(DocumentRequirement(.agentIdentityDocument, at: .receiptByAgent))
        }
        return documents
    }

    /// The steps in order for `application` (RP-CHANNELS and the rules each step names); up to the application
    /// itself when it is refused, since paying, the certificate, receipt and activation follow an approved one.
    ///
    /// Online the holder logs in before choosing "Social Security Card Replacement or Card Application": the
    /// notice says to select it "after logging in" (RP-LOGIN, RP-CHANNELS).
    func steps(for application: ReplacementApplication, approved: Bool, readyDate: CivilDate?) -> [ReplacementStep] {
        var steps: [ReplacementStep] = []
        if application.reason == .lost {
            steps.append(.reportLoss(temporaryReportLapseDays: self.temporaryReportLapseDays))
        }
        switch application.channel {
        case .website:
            steps += [
                .logInOnWebsite(WebsiteLogin(category: application.category)), .openMenu(.website),
                .fillInApplication(.website),
            ]
        case .officialApp:
            steps += [
                .installOfficialApp, .logIn(.officialApp), .openMenu(.officialApp), .fillInApplication(.officialApp),
            ]
        case .wechatOfficialAccount:
            steps += [
                .followWeChatAccount, .logIn(.wechatOfficialAccount), .openMenu(.wechatOfficialAccount),
                .fillInApplication(.wechatOfficialAccount),
            ]
        case .onSite:
            steps.append(.goToOffice(application.applicant))
            if application.reason == .damaged { steps.append(.handInDamagedCard) }
            steps.append(.fillInApplication(.onSite))
        }
        guard approved else { return steps }
        steps += [.payFee(self.fee), .saveCertificate]
        switch application.receipt {
        case .collect: steps.append(.collect(from: readyDate, by: application.applicant))
        case .express: steps.append(.receiveByExpress(from: readyDate, by: application.applicant))
        }
        steps.append(.activateNewCard(application.reason))
        return steps
    }
}
