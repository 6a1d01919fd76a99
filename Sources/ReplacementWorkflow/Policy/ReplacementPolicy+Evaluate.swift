public import CardModel

extension ReplacementPolicy {
    /// Decides a replacement application and says what follows (RP-CHANNELS, RP-ONSITE-DAYS, RP-DOCUMENTS,
    /// RP-FEE, RP-READY, RP-LOGIN, RP-LOSS-REPORT, RP-RECEIPT, EX-GENERATION).
    ///
    /// Every violated rule is reported, not only the first:
    /// - on site on a day that is not a working day (RP-ONSITE-DAYS);
    /// - on site without the holder's original valid identity document, or with one that does not match `holder`
    ///   when given; an agent without the agent's own original valid identity document; a damaged card not handed
    ///   in, or a "lost" card handed in (RP-DOCUMENTS).
    ///
    /// An accepted application is accepted on its date if that is a working day, else on the next working day
    /// (CM-ACCEPTANCE), and the card is ready on the policy's working days after that (RP-READY): applied on
    /// 2026-09-30, ready 2026-10-12; applied on 2026-10-03, accepted 2026-10-08, ready 2026-10-13.
    ///
    /// The card is made by its ready date, so the ready date decides its generation (EX-GENERATION): applied on
    /// 2025-12-31 and ready on 2026-01-07, it is third generation. A refused application makes no card and has no
    /// generation.
    ///
    /// - Parameters:
    ///   - application: The application.
    ///   - holder: The holder's identity document on the card record, when known; on site the document shown as
    ///     the holder's must match it.
    /// - Returns: The decision, with the fee, dates, login, menu path, documents, steps and generation.
    /// - Throws: `CalendarError` naming the year when the calendar has no data for a day the answer needs (an
    ///   on-site date, the acceptance date or the ready date); never a guess.
    public func evaluate(
        _ application: ReplacementApplication, holder: IdentityDocument? = nil
    ) throws(CalendarError)
        -> ReplacementDecision
    {
        let date = application.date
        var violations: [Violation] = []
        var notes: [Interpretation] = []

        if application.channel == .onSite {
            if !(try self.calendar.isWorkingDay(date)) {
                let day = try self.calendar.day(date)
                violations.append(
                    Messages.onSiteOnNonWorkingDay(day, nextWorkingDay: try? self.calendar.acceptanceDate(for: date)))
            }
            violations += DocumentCheck.violations(
                holderShown: application.documents.holder, agentShown: application.documents.agent,
                acting: application.applicant, holderOnRecord: holder, on: date, occasion: .application)
            switch application.reason {
            case .damaged where !application.documents.damagedCardHandedIn:
                violations.append(Messages.damagedCardNotHandedIn)
            case .lost where application.documents.damagedCardHandedIn:
                violations.append(Messages.lostCardHandedIn)
            case .damaged, .lost:
                break
            }
        } else if application.reason == .damaged {
            notes.append(Messages.damagedCardOnlineNote)
        }

        var acceptanceDate: CivilDate?
        var readyDate: CivilDate?
        if violations.isEmpty {
            let accepted = try self.calendar.acceptanceDate(for: date)
            acceptanceDate = accepted
            readyDate = try self.calendar.date(byAddingWorkingDays: self.workingDaysToProduce, to: accepted)
        }

        if application.reason == .lost {
            notes.append(Messages.temporaryReportLapseNote(days: self.temporaryReportLapseDays))
        }
        if application.receipt == .express { notes.append(Messages.expressNote) }
        if application.applicant == .agent { notes.append(Messages.receiptByAgentNote) }
        // The card is made by the ready date, so that day decides its generation; a refused application makes no
        // card (EX-GENERATION, RP-READY).
        let generation = readyDate.flatMap { self.generation(issuedFrom: $0) }
        if let readyDate, generation == nil {
            notes.append(
                Messages.generationNotClaimedNote(readyDate: readyDate, thirdGenerationFrom: self.thirdGenerationFrom))
        }

        return ReplacementDecision(
            violations: violations, notes: notes, fee: self.fee, acceptanceDate: acceptanceDate,
            readyDate: readyDate,
            login: application.channel == .website ? WebsiteLogin(category: application.category) : nil,
            menuPath: MenuText.path(for: application.channel), documents: Self.documents(for: application),
            steps: self.steps(for: application, readyDate: readyDate), generation: generation)
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

    /// The steps in order for `application` (RP-CHANNELS and the rules each step names).
    func steps(for application: ReplacementApplication, readyDate: CivilDate?) -> [ReplacementStep] {
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
                .installOfficialApp, .openMenu(.officialApp), .logIn(.officialApp), .fillInApplication(.officialApp),
            ]
        case .wechatOfficialAccount:
            steps += [
                .followWeChatAccount, .openMenu(.wechatOfficialAccount), .logIn(.wechatOfficialAccount),
                .fillInApplication(.wechatOfficialAccount),
            ]
        case .onSite:
            steps.append(.goToOffice(application.applicant))
            if application.reason == .damaged { steps.append(.handInDamagedCard) }
            steps.append(.fillInApplication(.onSite))
        }
        steps += [.payFee(self.fee), .saveCertificate]
        switch application.receipt {
        case .collect: steps.append(.collect(from: readyDate))
        case .express: steps.append(.receiveByExpress(from: readyDate))
        }
        steps.append(.activateNewCard(application.reason))
        return steps
    }
}
