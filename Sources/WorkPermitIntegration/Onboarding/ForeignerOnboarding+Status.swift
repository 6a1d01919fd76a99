public import CardModel

// MARK: - Status

extension ForeignerOnboarding {
    /// Where the onboarding stands on `date`, counting only the events up to that day: the steps done, the
    /// next possible steps with what each needs, the deadlines and which are missed, warnings, and the effects
    /// the host should have in place.
    public func status(on date: CivilDate) -> OnboardingStatus {
        self.asOf(date).currentStatus(on: date)
    }

    /// The functions the foreigner's electronic card gives on `date`, after the events up to that day
    /// (WP-SERVICES, WP-ECARD, CM-FORM): none before it is registered, the work permit services until the
    /// physical card has been received, then the standard and BEIJING PASS services too.
    ///
    /// The onboarding does not record the permit's validity (a work permit outlasts an onboarding); an
    /// ``ElectronicCard`` also stops the work permit services after the permit's last valid day.
    public func electronicCardFunctions(on date: CivilDate) -> Set<CardFunction> {
        self.asOf(date).electronicCardFunctions
    }

    /// The onboarding as it was after the events up to `date`.
    func asOf(_ date: CivilDate) -> ForeignerOnboarding {
        let events = self.history.prefix { $0.date <= date }
        guard events.count < self.history.count else { return self }
        return (try? Self(replaying: Array(events), policy: self.policy)) ?? self
    }

    private func currentStatus(on date: CivilDate) -> OnboardingStatus {
        let done = self.history.map { CompletedStep(step: $0.step, date: $0.date, event: $0) }
        var deadlines: [OnboardingDeadlineStatus] = []
        var next: [NextStep] = []
        var warnings: [Violation] = []
        let form = self.permitForm ?? self.policy.formOfNewPermit(issuedOn: date)
        switch self.state {
        case .notStarted:
            next = [
                NextStep(
                    step: .notificationLetter, earliest: date, latest: nil,
                    needs: OnboardingStep.notificationLetter.needs(form: form, letterExpiry: nil, policy: self.policy),
                    blockers: [])
            ]
        case .notified(let letter):
            deadlines = [.evaluate(letter.expiry, metOn: nil, on: date)]
            next = [
                NextStep(
                    step: .zVisa, earliest: letter.issuedOn, latest: letter.validUntil,
                    needs: OnboardingStep.zVisa.needs(
                        form: form, letterExpiry: letter.validUntil, policy: self.policy),
                    blockers: date > letter.validUntil
                        ? [
                            OnboardingMessages.letterExpired(
                                issuedOn: letter.issuedOn, validUntil: letter.validUntil, on: date, for: .zVisa)
                        ] : [])
            ]
        case .visaIssued(let letter, let visaOn):
            deadlines = [.evaluate(letter.expiry, metOn: nil, on: date)]
            next = [
                NextStep(
                    step: .entry, earliest: visaOn, latest: letter.validUntil,
                    needs: OnboardingStep.entry.needs(
                        form: form, letterExpiry: letter.validUntil, policy: self.policy),
                    blockers: [])
            ]
        case .inChina(let china):
            deadlines = [
                .evaluate(china.letter.expiry, metOn: china.entryOn, on: date),
                .evaluate(china.applicationDeadline, metOn: Self.application(of: china.residence)?.date, on: date),
            ]
            if let application = Self.application(of: china.residence) {
                let decidedOn: CivilDate?
                switch china.residence {
                case .granted(_, let on, _), .refused(_, let on): decidedOn = on
                case .notApplied, .applied: decidedOn = nil
                }
                if let due = application.decisionDue {
                    deadlines.append(.evaluate(due, metOn: decidedOn, on: date))
                } else if let year = application.acceptanceYearWithoutData {
                    warnings.append(OnboardingMessages.unknownAcceptance(applied: application.date, year: year))
                }
            }
            next = self.nextSteps(china, on: date)
            warnings += self.letterRisk(china, on: date)
        }
        for status in deadlines where status.outcome.isMissed {
            warnings.append(
                status.deadline.kind == .notificationLetterExpiry
                    ? OnboardingMessages.letterWarning(
                        status, visaIssued: self.phase.stage != .notificationLetterIssued, form: form)
                    : OnboardingMessages.missedWarning(status))
        }
        for status in deadlines where !status.deadline.isKnown {
            warnings.append(OnboardingMessages.unknownEffectiveDay(status.deadline))
        }
        var effects: [OnboardingEffect] = deadlines.compactMap { status in
            switch status.outcome {
            case .pending, .undetermined(metOn: nil): .scheduleDeadline(status.deadline)
            case .missed, .metLate: .flagMissedDeadline(status.deadline)
            case .met, .undetermined: nil
            }
        }
        if case .inChina(let china) = self.state, Self.isLetterStillNeeded(china), date <= china.letter.validUntil {
            effects.append(.scheduleDeadline(china.letter.expiry))  // the letter is still the proof document
        }
        if !self.electronicCardFunctions.isEmpty { effects.append(.offerFunctions(self.electronicCardFunctions)) }
        switch self.phase.stage {
        case .completed: effects.append(.completed)
        case .closed: effects.append(.closed)
        case .notStarted, .notificationLetterIssued, .zVisaIssued, .inChina: break
        }
        return OnboardingStatus(
            date: date, phase: self.phase, permitForm: self.permitForm, done: done, next: next, deadlines: deadlines,
            warnings: warnings, effects: effects,
            notes: [
                Readings.notificationMonths, Readings.notificationUse, Readings.onboardingForm,
                Readings.enrolmentAfterEntry, Readings.lateResidenceApplication,
            ])
    }

    private func nextSteps(_ china: InChina, on date: CivilDate) -> [NextStep] {
        if case .refused = china.residence { return [] }
        var steps: [NextStep] = []
        func add(
            _ step: OnboardingStep, earliest: CivilDate, latest: CivilDate? = nil, acceptedOn: CivilDate? = nil,
            blockers: [Violation] = []
        ) {
            let needs = step.needs(
                form: china.form, letterExpiry: china.letter.validUntil, policy: self.policy, acceptedOn: acceptedOn,
                letterUsable: china.entryOn <= china.letter.validUntil)
            steps.append(NextStep(step: step, earliest: earliest, latest: latest, needs: needs, blockers: blockers))
        }
        if china.electronicCardOn == nil {
            // From the integration on, at once (with the permit number); before it, with the social security
            // number once assigned (WP-EFFECTIVE, WP-ECARD).
            let integration = max(china.entryOn, self.policy.effectiveDate)
            let earliest = Self.socialSecurityNumberDate(china.insurance).map { min($0, integration) } ?? integration
            add(.electronicCard, earliest: earliest)
        }
        switch china.insurance {
        case .notEnrolled:
            add(.enrolment, earliest: china.entryOn, blockers: self.documentBlockers(china, on: date, for: .enrolment))
        case .enrolled(let enrolment): add(.socialSecurityNumber, earliest: enrolment.date)
        case .numberAssigned(_, let numberOn): add(.physicalCardIssued, earliest: numberOn)
        case .cardIssued(_, _, let issuedOn): add(.physicalCardReceived, earliest: issuedOn)
        case .cardReceived: break
        }
        switch china.residence {
        case .notApplied:
            add(
                .residencePermitApplication, earliest: china.entryOn, latest: china.applicationDeadline.lastSafeDay,
                blockers: self.documentBlockers(china, on: date, for: .residencePermitApplication))
        case .applied(let application):
            add(
                .residencePermitDecision, earliest: application.date, latest: application.decisionDue?.lastSafeDay,
                acceptedOn: application.acceptedOn)
        case .granted, .refused: break
        }
        return steps
    }

    /// Why neither document can be presented on `date`, if so.
    private func documentBlockers(_ china: InChina, on date: CivilDate, for step: OnboardingStep) -> [Violation] {
        let candidates: [PermitDocument] =
            china.form == .integrated
            ? [.notificationLetter, .electronicCard] : [.notificationLetter, .physicalWorkPermitCard]
        var all: [Violation] = []
        for document in candidates {
            let problems = self.documentViolations(document, on: date, china, for: step)
            if problems.isEmpty { return [] }
            all += problems
        }
        return all
    }

    /// A warning when the Notification Letter expires before the residence permit deadline and no electronic
    /// card with the permit has been registered.
    private func letterRisk(_ china: InChina, on date: CivilDate) -> [Violation] {
        guard case .notApplied = china.residence, china.form == .integrated, china.electronicCardOn == nil,
            china.letter.validUntil < china.applicationDeadline.lastSafeDay, date <= china.letter.validUntil
        else { return [] }
        return [
            OnboardingMessages.letterRiskWarning(
                letter: china.letter.validUntil, deadline: china.applicationDeadline.lastSafeDay)
        ]
    }

}
