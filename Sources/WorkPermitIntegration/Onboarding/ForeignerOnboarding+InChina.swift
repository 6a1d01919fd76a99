import CardModel

extension ForeignerOnboarding {
    /// The onboarding after `event` in China, and what the host carries out; the caller stores the state.
    func transition(
        from current: InChina, on event: OnboardingEvent
    ) throws(OnboardingError)
        -> (InChina, [OnboardingEffect])
    {
        if case .refused(_, let refusedOn) = current.residence {
            throw self.error(
                .closed,
                [
                    Messages.notNow(
                        event.name, phase: Phase.Stage.closed.rawValue, rule: .workPermitResidence,
                        english: "the residence permit was refused on \(refusedOn): the onboarding is closed",
                        german:
                            "der Aufenthaltstitel wurde am \(refusedOn, in: .german) abgelehnt: die Abwicklung ist abgeschlossen",
                        chinese: "居留许可已于\(refusedOn, in: .simplifiedChinese)被拒绝，入职流程已终止")
                ])
        }
        var china = current
        var effects: [OnboardingEffect] = []
        switch event {
        case .notificationLetterIssued, .zVisaIssued, .entered:
            throw self.alreadyDone(event)
        case .electronicCardRegistered(let date):
            guard china.electronicCardOn == nil else { throw self.alreadyDone(event) }
            // As ElectronicCard: registration with the name and the work permit number or the social security
            // number (WP-ECARD); before the integration the permit number is no card credential (WP-EFFECTIVE),
            // so the social security number must exist. What the card then gives follows its state (CM-FORM).
            if !self.policy.isIntegrationInForce(on: date), Self.socialSecurityNumberDate(china.insurance) == nil {
                throw self.error(
                    .notYet, [OnboardingMessages.electronicCardNeedsNumber(on: date, policy: self.policy)])
            }
            china.electronicCardOn = date
        case .enrolled(let date, let by, let channel, let document):
            guard case .notEnrolled = china.insurance else { throw self.alreadyDone(event) }
            let problems = self.documentViolations(document, on: date, china, for: .enrolment)
            guard problems.isEmpty else { throw self.error(.documentNotAvailable, problems) }
            china.insurance = .enrolled(Enrolment(date: date, by: by, channel: channel, document: document))
            effects = [.verifyWorkPermit([.serviceSystem])]
        case .socialSecurityNumberAssigned(let date):
            switch china.insurance {
            case .notEnrolled: throw self.notYet(event, needs: .enrolment)
            case .enrolled(let enrolment):
                china.insurance = .numberAssigned(enrolment, numberOn: date)
                effects = [.issuePhysicalCard]
            case .numberAssigned, .cardIssued, .cardReceived: throw self.alreadyDone(event)
            }
        case .physicalCardIssued(let date):
            switch china.insurance {
            case .notEnrolled, .enrolled: throw self.notYet(event, needs: .socialSecurityNumber)
            case .numberAssigned(let enrolment, let numberOn):
                china.insurance = .cardIssued(enrolment, numberOn: numberOn, issuedOn: date)
            case .cardIssued, .cardReceived: throw self.alreadyDone(event)
            }
        case .physicalCardReceived(let date):
            switch china.insurance {
            case .notEnrolled, .enrolled, .numberAssigned: throw self.notYet(event, needs: .physicalCardIssued)
            case .cardIssued(let enrolment, let numberOn, let issuedOn):
                china.insurance = .cardReceived(enrolment, numberOn: numberOn, issuedOn: issuedOn, receivedOn: date)
            case .cardReceived: throw self.alreadyDone(event)
            }
        case .residencePermitApplied(let date, let document):
            guard case .notApplied = china.residence else { throw self.alreadyDone(event) }
            let problems = self.documentViolations(document, on: date, china, for: .residencePermitApplication)
            guard problems.isEmpty else { throw self.error(.documentNotAvailable, problems) }
            // Recorded even without calendar data for the acceptance's year: the acceptance date, and with it
            // the decision's deadline, are then unknown (CM-WORKDAY), never guessed.
            var application = Application(date: date, document: document)
            do {
                application.acceptedOn = try self.policy.residencePermitAcceptance(appliedOn: date)
            } catch {
                application.acceptanceYearWithoutData = error.year
            }
            if let accepted = application.acceptedOn {
                do {
                    application.decisionDue = try .period(
                        .residencePermitDecision, days: self.policy.residencePermitDecisionDays, after: accepted,
                        calendar: self.policy.calendar)
                } catch {
                    throw self.error(.dateOutOfRange, [Messages.dateOutOfRange(error)])
                }
            }
            china.residence = .applied(application)
            effects = [
                china.applicationDeadline.isCertainlyMissed(by: date)
                    ? .flagMissedDeadline(china.applicationDeadline) : .cancelDeadline(.residencePermitApplication),
                .verifyWorkPermit(Self.verification(for: document)),
            ]
            if let due = application.decisionDue { effects.append(.scheduleDeadline(due)) }
        case .residencePermitGranted(let date, let validUntil):
            guard case .applied(let application) = china.residence else {
                if case .notApplied = china.residence { throw self.notYet(event, needs: .residencePermitApplication) }
                throw self.alreadyDone(event)
            }
            if let accepted = application.acceptedOn, date < accepted {
                throw self.error(
                    .decisionBeforeAcceptance,
                    [
                        OnboardingMessages.decisionBeforeAcceptance(
                            on: date, applied: application.date, accepted: accepted)
                    ])
            }
            let range: ClosedRange<CivilDate>
            do { range = try self.policy.residencePermitValidityRange(grantedOn: date) } catch {
                throw self.error(.dateOutOfRange, [Messages.dateOutOfRange(error)])
            }
            guard range.contains(validUntil) else {
                throw self.error(
                    .residencePermitValidity,
                    [OnboardingMessages.validity(validUntil, range: range, policy: self.policy)])
            }
            china.residence = .granted(application, on: date, validUntil: validUntil)
            effects =
                Self.decisionDeadlineEffects(application, decidedOn: date) + [
                    .recordResidencePermit(validUntil: validUntil)
                ]
        case .residencePermitRefused(let date):
            guard case .applied(let application) = china.residence else {
                if case .notApplied = china.residence { throw self.notYet(event, needs: .residencePermitApplication) }
                throw self.alreadyDone(event)
            }
            if let accepted = application.acceptedOn, date < accepted {
                throw self.error(
                    .decisionBeforeAcceptance,
                    [
                        OnboardingMessages.decisionBeforeAcceptance(
                            on: date, applied: application.date, accepted: accepted)
                    ])
            }
            china.residence = .refused(application, on: date)
            effects = Self.decisionDeadlineEffects(application, decidedOn: date) + [.closed]
        }
        // The letter's expiry reminder stays while the letter is the proof document; once it no longer is, cancel
        // it (a refusal closes the onboarding, which cancels every reminder anyway).
        if Self.isLetterStillNeeded(current), !Self.isLetterStillNeeded(china), !effects.contains(.closed) {
            effects.append(.cancelDeadline(.notificationLetterExpiry))
        }
        let functionsBefore = current.electronicCardOn == nil ? [] : Self.functions(of: current)
        let functionsAfter = china.electronicCardOn == nil ? [] : Self.functions(of: china)
        if functionsAfter != functionsBefore { effects.append(.offerFunctions(functionsAfter)) }
        return (china, effects)
    }

    /// Cancels the decision's reminder, or flags it when the decision came certainly late; nothing when its
    /// deadline was never known.
    private static func decisionDeadlineEffects(
        _ application: Application, decidedOn date: CivilDate
    ) -> [OnboardingEffect] {
        guard let due = application.decisionDue else { return [] }
        return [due.isCertainlyMissed(by: date) ? .flagMissedDeadline(due) : .cancelDeadline(.residencePermitDecision)]
    }

    /// The rules a document breaks when presented on `date` (WP-ENROL, WP-RESIDENCE, WP-NOTIFICATION).
    func documentViolations(
        _ document: PermitDocument, on date: CivilDate, _ china: InChina, for step: OnboardingStep
    ) -> [Violation] {
        let facts = [Fact("document", document.rawValue), Fact("date", "\(date)"), Fact("step", step.rawValue)]
        switch document {
        case .notificationLetter:
            return date <= china.letter.validUntil
                ? []
                : [
                    OnboardingMessages.letterExpired(
                        issuedOn: china.letter.issuedOn, validUntil: china.letter.validUntil, on: date, for: step)
                ]
        case .electronicCard:
            if china.form == .physical {
                return [
                    Violation(
                        rule: .workPermitNoChange,
                        message: LocalizedText(
                            english: "the permit is physical (not yet integrated): the electronic card carries no "
                                + "work permit information",
                            german: "die Erlaubnis ist physisch (noch nicht integriert): die elektronische Karte trägt "
                                + "keine Informationen zur Arbeitserlaubnis",
                            chinese: "工作许可为实体证（尚未融合），电子社保卡不载有工作许可信息"),
                        facts: facts)
                ]
            }
            guard let registered = china.electronicCardOn, registered <= date else {
                return [
                    Violation(
                        rule: step.rule,
                        message: LocalizedText(
                            english: "the electronic card has not been registered: register it (WP-ECARD) or present "
                                + "the Notification Letter",
                            german:
                                "die elektronische Karte ist nicht registriert: sie registrieren (WP-ECARD) oder die "
                                + "Mitteilung vorlegen",
                            chinese: "尚未注册电子社保卡：请先注册（WP-ECARD）或出示《外国人工作许可通知》"),
                        facts: facts)
                ]
            }
            return []
        case .physicalWorkPermitCard:
            guard china.form == .physical else {
                return [
                    Violation(
                        rule: .workPermitOnline,
                        message: LocalizedText(
                            english: "from \(self.policy.effectiveDate) no physical work permit card is issued after "
                                + "entry: present the Notification Letter or the electronic card",
                            german: "ab dem \(self.policy.effectiveDate, in: .german) wird nach der Einreise keine "
                                + "physische "
                                + "Arbeitserlaubnis ausgestellt: die Mitteilung oder die elektronische Karte vorlegen",
                            chinese: "自\(self.policy.effectiveDate, in: .simplifiedChinese)起入境后不再发放实体工作许可证，"
                                + "请出示《外国人工作许可通知》"
                                + "或电子社保卡"),
                        facts: facts)
                ]
            }
            return []
        }
    }

    /// How the authority verifies the permit for a residence permit application (WP-RESIDENCE).
    static func verification(for document: PermitDocument) -> [WorkPermitVerification] {
        WorkPermitVerification.residencePermitMethods(for: document)
    }
}
