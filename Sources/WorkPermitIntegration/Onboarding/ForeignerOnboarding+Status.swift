import CardModel

// Where an onboarding stands on a day, computed from the state recorded for that day (passed in as values by
// `ForeignerOnboarding.status(on:)`), never by replaying part of the history.

extension ForeignerOnboarding {
    /// What a status says for the state of one day: its deadlines, the next steps, the state's own warnings, and
    /// what the host keeps in place besides the deadlines' reminders.
    struct StageStatus {
        var deadlines: [OnboardingDeadlineStatus] = []
        var next: [NextStep] = []
        var warnings: [Violation] = []
        /// The permit's form once the foreigner has entered.
        var permitForm: WorkPermitForm?
        /// The letter's expiry, when its reminder stays after entry (the letter is still the proof document).
        var letterReminder: OnboardingDeadline?
        /// The functions the electronic card gives.
        var functions: Set<CardFunction> = []
    }

    /// Before the Notification Letter: the letter comes next.
    func notStartedStatus(on date: CivilDate) -> StageStatus {
        let form = self.policy.formOfNewPermit(issuedOn: date)
        let needs = OnboardingStep.notificationLetter.needs(form: form, letterExpiry: nil, policy: self.policy)
        return StageStatus(
            next: [NextStep(step: .notificationLetter, earliest: date, latest: nil, needs: needs, blockers: [])])
    }

    /// After the letter and, where `visaOn` is given, the Z visa: the visa or the entry comes next, by the letter's
    /// last valid day.
    func preEntryStatus(_ letter: Letter, visaOn: CivilDate? = nil, on date: CivilDate) -> StageStatus {
        let form = self.policy.formOfNewPermit(issuedOn: date)
        let step: OnboardingStep = visaOn == nil ? .zVisa : .entry
        let blockers =
            visaOn == nil && date > letter.validUntil
            ? [
                ForeignerOnboardingMessages.letterExpired(
                    issuedOn: letter.issuedOn, validUntil: letter.validUntil, on: date, for: .zVisa)
            ] : []
        let next = NextStep(
            step: step, earliest: visaOn ?? letter.issuedOn, latest: letter.validUntil,
            needs: step.needs(form: form, letterExpiry: letter.validUntil, policy: self.policy), blockers: blockers)
        return StageStatus(deadlines: [.evaluate(letter.expiry, metOn: nil, on: date)], next: [next])
    }

    /// In China: the three deadlines, the tracks' next steps, the risks.
    func inChinaStatus(_ china: InChina, on date: CivilDate) -> StageStatus {
        let application = china.residence.application
        var stage = StageStatus(
            deadlines: [
                .evaluate(china.letter.expiry, metOn: china.entryOn, on: date),
                .evaluate(china.applicationDeadline, metOn: application?.date, on: date),
            ],
            next: self.nextSteps(china, on: date), permitForm: china.form, functions: china.functions)
        if let application {
            if let due = application.decisionDue {
                stage.deadlines.append(.evaluate(due, metOn: china.residence.decidedOn, on: date))
            } else if let year = application.acceptanceYearWithoutData {
                stage.warnings.append(
                    OnboardingDeadlineMessages.unknownAcceptance(applied: application.date, year: year))
            }
        }
        stage.warnings += Self.letterRisk(china, on: date)
        if china.isLetterStillNeeded, date <= china.letter.validUntil { stage.letterReminder = china.letter.expiry }
        return stage
    }

    /// The status on `date` in `phase`: the stage's answer, with a warning for each missed deadline and each
    /// unknown effective day, and the effects the host should have in place.
    func status(
        on date: CivilDate, phase: Phase, done: [CompletedStep], _ stage: StageStatus
    ) -> OnboardingStatus {
        let form = stage.permitForm ?? self.policy.formOfNewPermit(issuedOn: date)
        var warnings = stage.warnings
        for status in stage.deadlines where status.outcome.isMissed {
            warnings.append(
                status.deadline.kind == .notificationLetterExpiry
                    ? OnboardingDeadlineMessages.letterWarning(
                        status, visaIssued: phase.stage != .notificationLetterIssued, form: form)
                    : OnboardingDeadlineMessages.missedWarning(status))
        }
        for status in stage.deadlines where !status.deadline.isKnown {
            warnings.append(OnboardingDeadlineMessages.unknownEffectiveDay(status.deadline))
        }
        var effects: [OnboardingEffect] = stage.deadlines.compactMap { status in
            switch status.outcome {
            case .pending, .undetermined(metOn: nil): .scheduleDeadline(status.deadline)
            case .missed, .metLate: .flagMissedDeadline(status.deadline)
            case .met, .undetermined: nil
            }
        }
        if let letter = stage.letterReminder { effects.append(.scheduleDeadline(letter)) }
        if !stage.functions.isEmpty { effects.append(.offerFunctions(stage.functions)) }
        switch phase.stage {
        case .completed: effects.append(.completed)
        case .closed: effects.append(.closed)
        case .notStarted, .notificationLetterIssued, .zVisaIssued, .inChina: break
        }
        return OnboardingStatus(
            date: date, phase: phase, permitForm: stage.permitForm, done: done, next: stage.next,
            deadlines: stage.deadlines, warnings: warnings, effects: effects,
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
            let earliest = china.insurance.numberAssignedOn.map { min($0, integration) } ?? integration
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
    private static func letterRisk(_ china: InChina, on date: CivilDate) -> [Violation] {
        guard case .notApplied = china.residence, china.form == .integrated, china.electronicCardOn == nil,
            china.letter.validUntil < china.applicationDeadline.lastSafeDay, date <= china.letter.validUntil
        else { return [] }
        return [
            OnboardingDeadlineMessages.letterRiskWarning(
                letter: china.letter.validUntil, deadline: china.applicationDeadline.lastSafeDay)
        ]
    }
}
