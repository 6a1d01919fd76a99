import CardModel

// The transitions of the three tracks in China, pure: each takes the onboarding's data after entry and returns
// the data the event leads to with the track's effects, or throws; `ForeignerOnboarding.apply(_:)` records.

extension ForeignerOnboarding {
    /// WP-ECARD, WP-EFFECTIVE: the electronic card registered, as ``ElectronicCard`` registers it: with the name
    /// and the work permit number or the social security number; before the integration the permit number is no
    /// card credential, so the social security number must exist. What the card then gives follows its state
    /// (CM-FORM), offered by the caller.
    func electronicCardRegistered(
        on date: CivilDate, _ china: InChina, _ event: OnboardingEvent
    ) throws(OnboardingError) -> (InChina, [OnboardingEffect]) {
        guard china.electronicCardOn == nil else { throw Self.alreadyDone(event, in: china.phase) }
        if !self.policy.isIntegrationInForce(on: date), china.insurance.numberAssignedOn == nil {
            throw Self.refused(
                .notYet, event, in: china.phase,
                [ForeignerOnboardingMessages.electronicCardNeedsNumber(on: date, policy: self.policy)])
        }
        var next = china
        next.electronicCardOn = date
        return (next, [])
    }

    /// WP-ENROL: enrolled with a document valid on that day; the service system verifies the permit.
    func enrolled(
        _ enrolment: Enrolment, _ china: InChina, _ event: OnboardingEvent
    ) throws(OnboardingError) -> (InChina, [OnboardingEffect]) {
        guard case .notEnrolled = china.insurance else { throw Self.alreadyDone(event, in: china.phase) }
        let problems = self.documentViolations(enrolment.document, on: enrolment.date, china, for: .enrolment)
        guard problems.isEmpty else { throw Self.refused(.documentNotAvailable, event, in: china.phase, problems) }
        var next = china
        next.insurance = .enrolled(enrolment)
        return (next, [.verifyWorkPermit([.serviceSystem])])
    }

    /// WP-ENROL: the agency verified the permit and created the social security number; the card is issued next.
    static func numberAssigned(
        on date: CivilDate, _ china: InChina, _ event: OnboardingEvent
    ) throws(OnboardingError) -> (InChina, [OnboardingEffect]) {
        var next = china
        switch china.insurance {
        case .notEnrolled: throw Self.notYet(event, needs: .enrolment, in: china.phase)
        case .enrolled(let enrolment): next.insurance = .numberAssigned(enrolment, numberOn: date)
        case .numberAssigned, .cardIssued, .cardReceived: throw Self.alreadyDone(event, in: china.phase)
        }
        return (next, [.issuePhysicalCard])
    }

    /// WP-ENROL: the card service issued the physical card.
    static func physicalCardIssued(
        on date: CivilDate, _ china: InChina, _ event: OnboardingEvent
    ) throws(OnboardingError) -> (InChina, [OnboardingEffect]) {
        var next = china
        switch china.insurance {
        case .notEnrolled, .enrolled: throw Self.notYet(event, needs: .socialSecurityNumber, in: china.phase)
        case .numberAssigned(let enrolment, let numberOn):
            next.insurance = .cardIssued(enrolment, numberOn: numberOn, issuedOn: date)
        case .cardIssued, .cardReceived: throw Self.alreadyDone(event, in: china.phase)
        }
        return (next, [])
    }

    /// WP-ECARD: the foreigner received the physical card.
    static func physicalCardReceived(
        on date: CivilDate, _ china: InChina, _ event: OnboardingEvent
    ) throws(OnboardingError) -> (InChina, [OnboardingEffect]) {
        var next = china
        switch china.insurance {
        case .notEnrolled, .enrolled, .numberAssigned:
            throw Self.notYet(event, needs: .physicalCardIssued, in: china.phase)
        case .cardIssued(let enrolment, let numberOn, let issuedOn):
            next.insurance = .cardReceived(enrolment, numberOn: numberOn, issuedOn: issuedOn, receivedOn: date)
        case .cardReceived: throw Self.alreadyDone(event, in: china.phase)
        }
        return (next, [])
    }

    /// WP-RESIDENCE, WP-RESIDENCE-DEADLINE, CM-ACCEPTANCE: applied with a document valid on that day; the decision
    /// is due from the acceptance.
    ///
    /// Recorded even without calendar data for the acceptance's year: the acceptance date, and with it the
    /// decision's deadline, are then unknown (CM-WORKDAY), never guessed.
    func residencePermitApplied(
        on date: CivilDate, with document: PermitDocument, _ china: InChina, _ event: OnboardingEvent
    ) throws(OnboardingError) -> (InChina, [OnboardingEffect]) {
        guard case .notApplied = china.residence else { throw Self.alreadyDone(event, in: china.phase) }
        let problems = self.documentViolations(document, on: date, china, for: .residencePermitApplication)
        guard problems.isEmpty else { throw Self.refused(.documentNotAvailable, event, in: china.phase, problems) }
        let accepted: CivilDate?
        let yearWithoutData: Int?
        do {
            accepted = try self.policy.residencePermitAcceptance(appliedOn: date)
            yearWithoutData = nil
        } catch {
            accepted = nil
            yearWithoutData = error.year
        }
        var due: OnboardingDeadline?
        if let accepted {
            do {
                due = try .period(
                    .residencePermitDecision, days: self.policy.residencePermitDecisionDays, after: accepted,
                    calendar: self.policy.calendar)
            } catch {
                throw Self.refused(.dateOutOfRange, event, in: china.phase, [Self.dateOutOfRange(error)])
            }
        }
        let application = Application(
            date: date, document: document, acceptedOn: accepted, decisionDue: due,
            acceptanceYearWithoutData: yearWithoutData)
        var next = china
        next.residence = .applied(application)
        var effects: [OnboardingEffect] = [
            china.applicationDeadline.isCertainlyMissed(by: date)
                ? .flagMissedDeadline(china.applicationDeadline) : .cancelDeadline(.residencePermitApplication),
            .verifyWorkPermit(WorkPermitVerification.residencePermitMethods(for: document)),
        ]
        if let due = application.decisionDue { effects.append(.scheduleDeadline(due)) }
        return (next, effects)
    }

    /// WP-RESIDENCE-DEADLINE: granted, not before the acceptance, valid 90 days to 5 years.
    func residencePermitGranted(
        on date: CivilDate, validUntil: CivilDate, _ china: InChina, _ event: OnboardingEvent
    ) throws(OnboardingError) -> (InChina, [OnboardingEffect]) {
        let application = try Self.pendingApplication(on: date, china, event)
        let range: ClosedRange<CivilDate>
        do { range = try self.policy.residencePermitValidityRange(grantedOn: date) } catch {
            throw Self.refused(.dateOutOfRange, event, in: china.phase, [Self.dateOutOfRange(error)])
        }
        guard range.contains(validUntil) else {
            throw Self.refused(
                .residencePermitValidity, event, in: china.phase,
                [ForeignerOnboardingMessages.validity(validUntil, range: range, policy: self.policy)])
        }
        var next = china
        next.residence = .granted(application, on: date, validUntil: validUntil)
        return (
            next,
            Self.decisionDeadlineEffects(application, decidedOn: date) + [
                .recordResidencePermit(validUntil: validUntil)
            ]
        )
    }

    /// WP-RESIDENCE: refused, not before the acceptance; the onboarding is closed.
    static func residencePermitRefused(
        on date: CivilDate, _ china: InChina, _ event: OnboardingEvent
    ) throws(OnboardingError) -> (InChina, [OnboardingEffect]) {
        let application = try Self.pendingApplication(on: date, china, event)
        var next = china
        next.residence = .refused(application, on: date)
        return (next, Self.decisionDeadlineEffects(application, decidedOn: date) + [.closed])
    }

    /// The application a decision on `date` decides: applied for, not yet decided, accepted by then
    /// (WP-RESIDENCE-DEADLINE, CM-ACCEPTANCE; with no acceptance date known, only the order of events is checked).
    private static func pendingApplication(
        on date: CivilDate, _ china: InChina, _ event: OnboardingEvent
    ) throws(OnboardingError) -> Application {
        let application: Application
        switch china.residence {
        case .notApplied: throw Self.notYet(event, needs: .residencePermitApplication, in: china.phase)
        case .applied(let pending): application = pending
        case .granted, .refused: throw Self.alreadyDone(event, in: china.phase)
        }
        if let accepted = application.acceptedOn, date < accepted {
            throw Self.refused(
                .decisionBeforeAcceptance, event, in: china.phase,
                [
                    ForeignerOnboardingMessages.decisionBeforeAcceptance(
                        on: date, applied: application.date, accepted: accepted)
                ])
        }
        return application
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
            guard date > china.letter.validUntil else { return [] }
            return [
                ForeignerOnboardingMessages.letterExpired(
                    issuedOn: china.letter.issuedOn, validUntil: china.letter.validUntil, on: date, for: step)
            ]
        case .electronicCard:
            if china.form == .physical { return [ForeignerOnboardingMessages.electronicCardWithoutPermit(facts)] }
            guard let registered = china.electronicCardOn, registered <= date else {
                return [ForeignerOnboardingMessages.electronicCardNotRegistered(step.rule, facts)]
            }
            return []
        case .physicalWorkPermitCard:
            guard china.form == .physical else {
                return [ForeignerOnboardingMessages.noPhysicalPermitCard(from: self.policy.effectiveDate, facts)]
            }
            return []
        }
    }

    // MARK: Refusals

    /// An error the machine makes itself: the event at the wrong time or the wrong date.
    static func refusal(
        _ code: OnboardingErrorCode, _ event: OnboardingEvent, in phase: Phase, rule: RuleID,
        _ message: LocalizedText
    ) -> OnboardingError {
        OnboardingError(code, event: event.name, phase: phase, rule: rule, message: message)
    }

    /// An error for the rules the event breaks, each a violation with its facts; the message joins theirs.
    static func refused(
        _ code: OnboardingErrorCode, _ event: OnboardingEvent, in phase: Phase, _ violations: [Violation]
    ) -> OnboardingError {
        OnboardingError(
            code, event: event.name, phase: phase, violations: violations,
            message: ForeignerOnboardingMessages.joined(violations.map { $0.message }))
    }

    /// The step `event` needs has not happened.
    static func notYet(_ event: OnboardingEvent, needs step: OnboardingStep, in phase: Phase) -> OnboardingError {
        Self.refusal(
            .notYet, event, in: phase, rule: event.step.rule, ForeignerOnboardingMessages.notYet(event, needs: step))
    }

    /// The step `event` completes has already happened.
    static func alreadyDone(_ event: OnboardingEvent, in phase: Phase) -> OnboardingError {
        Self.refusal(
            .alreadyDone, event, in: phase, rule: event.step.rule, ForeignerOnboardingMessages.alreadyDone(event))
    }

    /// The residence permit was refused: the onboarding takes no event.
    static func closed(_ event: OnboardingEvent, refusedOn: CivilDate, in phase: Phase) -> OnboardingError {
        Self.refusal(
            .closed, event, in: phase, rule: .workPermitResidence,
            ForeignerOnboardingMessages.closed(refusedOn: refusedOn))
    }

    /// A date the event needs leaves the supported years (CM-DATE), naming the year.
    static func dateOutOfRange(_ error: CivilDateError) -> Violation {
        ForeignerOnboardingMessages.dateOutOfRange(error)
    }
}
