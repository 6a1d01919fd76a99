public import CardModel

// MARK: - Status

extension ForeignerOnboarding {
    /// Where the onboarding stands on `date`, counting only the events up to that day: the steps done, the
    /// next possible steps with what each needs, the deadlines and which are missed, warnings, and the effects
    /// the host should have in place.
    public func status(on date: CivilDate) -> OnboardingStatus {
        let events = self.history.prefix { $0.date <= date }
        let past =
            events.count == self.history.count
            ? self : ((try? Self(replaying: Array(events), policy: self.policy)) ?? self)
        return past.currentStatus(on: date)
    }

    private func currentStatus(on date: CivilDate) -> OnboardingStatus {
        let done = self.history.map { CompletedStep(step: $0.step, date: $0.date, event: $0) }
        var deadlines: [OnboardingDeadlineStatus] = []
        var next: [NextStep] = []
        var warnings: [Violation] = []
        switch self.state {
        case .notStarted:
            next = [
                NextStep(
                    step: .notificationLetter, earliest: date, latest: nil,
                    needs: [
                        LocalizedText(
                            english: "the work permit applied for \(WorkPermitProcedure.channel.english)",
                            german: "die Arbeitserlaubnis beantragt, \(WorkPermitProcedure.channel.german)",
                            chinese: "工作许可申请\(WorkPermitProcedure.channel.chinese)")
                    ], blockers: [])
            ]
        case .notified(let letter):
            deadlines = [.evaluate(letter.expiry, metOn: nil, on: date)]
            next = [
                NextStep(
                    step: .zVisa, earliest: letter.issuedOn, latest: letter.expiry.lastDay,
                    needs: [OnboardingMessages.letterNeed(validUntil: letter.expiry.lastDay)],
                    blockers: date > letter.expiry.lastDay
                        ? [
                            OnboardingMessages.letterExpired(
                                issuedOn: letter.issuedOn, validUntil: letter.expiry.lastDay, on: date, for: .zVisa)
                        ] : [])
            ]
        case .visaIssued(let letter, let visaOn):
            deadlines = [.evaluate(letter.expiry, metOn: nil, on: date)]
            next = [
                NextStep(
                    step: .entry, earliest: visaOn, latest: letter.expiry.lastDay,
                    needs: [
                        LocalizedText(english: "the Z visa", german: "das Z-Visum", chinese: "Z字签证"),
                        OnboardingMessages.letterNeed(validUntil: letter.expiry.lastDay),
                    ],
                    blockers: date > letter.expiry.lastDay
                        ? [
                            OnboardingMessages.letterExpired(
                                issuedOn: letter.issuedOn, validUntil: letter.expiry.lastDay, on: date, for: .entry)
                        ] : [])
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
                deadlines.append(.evaluate(application.decisionDue, metOn: decidedOn, on: date))
            }
            next = self.nextSteps(china, on: date)
            warnings += self.letterRisk(china, on: date)
        }
        for status in deadlines where status.outcome.isMissed {
            warnings.append(OnboardingMessages.missedWarning(status))
        }
        var effects: [OnboardingEffect] = deadlines.compactMap { status in
            switch status.outcome {
            case .pending: .scheduleDeadline(status.deadline)
            case .missed, .metLate: .flagMissedDeadline(status.deadline)
            case .met: nil
            }
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
        let documents = OnboardingMessages.documentNeed(letterValidUntil: china.letter.expiry.lastDay, form: china.form)
        if china.electronicCardOn == nil {
            var earliest: CivilDate? = china.form == .integrated ? china.entryOn : nil
            if case .cardReceived(_, _, _, let receivedOn) = china.insurance { earliest = receivedOn }
            if let earliest {
                steps.append(
                    NextStep(
                        step: .electronicCard, earliest: earliest, latest: nil,
                        needs: [
                            LocalizedText(
                                english: "the electronic social security card app; the name and the work permit "
                                    + "number or the social security number",
                                german: "die App der elektronischen Sozialversicherungskarte; Name und Nummer der "
                                    + "Arbeitserlaubnis oder Sozialversicherungsnummer",
                                chinese: "电子社保卡应用程序；姓名及工作许可证号或社会保障号码"),
                            LocalizedText(
                                english: "real-name verification, then real-person verification",
                                german: "Prüfung des echten Namens, dann der echten Person",
                                chinese: "先实名认证，后实人认证"),
                        ], blockers: []))
            }
        }
        switch china.insurance {
        case .notEnrolled:
            steps.append(
                NextStep(
                    step: .enrolment, earliest: china.entryOn, latest: nil,
                    needs: [
                        LocalizedText(
                            english: "by the employer or the foreigner, in the online social insurance hall or at the "
                                + "social insurance agency",
                            german: "durch den Arbeitgeber oder den Ausländer, in der Online-Bürohalle der "
                                + "Sozialversicherung oder bei der Sozialversicherungsanstalt",
                            chinese: "由用人单位或外国人本人通过社会保险网上服务大厅或到社会保险经办机构办理"),
                        documents,
                    ], blockers: self.documentBlockers(china, on: date, for: .enrolment)))
        case .enrolled(let enrolment):
            steps.append(
                NextStep(
                    step: .socialSecurityNumber, earliest: enrolment.date, latest: nil,
                    needs: [
                        LocalizedText(
                            english: "the social insurance agency verifies the work permit in the service system for "
                                + "foreigners working in China and creates the number",
                            german: "die Sozialversicherungsanstalt prüft die Arbeitserlaubnis im Servicesystem und "
                                + "erstellt die Nummer",
                            chinese: "社会保险经办机构通过外国人来华工作管理服务系统核验工作许可并生成社会保障号码")
                    ], blockers: []))
        case .numberAssigned(_, let numberOn):
            steps.append(
                NextStep(
                    step: .physicalCardIssued, earliest: numberOn, latest: nil,
                    needs: [
                        LocalizedText(
                            english: "the card service issues the physical card",
                            german: "die Kartenservicestelle stellt die physische Karte aus",
                            chinese: "社保卡服务机构制发实体社保卡")
                    ], blockers: []))
        case .cardIssued(_, _, let issuedOn):
            steps.append(
                NextStep(
                    step: .physicalCardReceived, earliest: issuedOn, latest: nil,
                    needs: [
                        LocalizedText(
                            english: "receive the physical card; the electronic card then gives the standard services",
                            german: "die physische Karte erhalten; die elektronische Karte bietet dann Standarddienste",
                            chinese: "领取实体社保卡，电子社保卡随后提供标准服务")
                    ], blockers: []))
        case .cardReceived: break
        }
        switch china.residence {
        case .notApplied:
            steps.append(
                NextStep(
                    step: .residencePermitApplication, earliest: china.entryOn,
                    latest: china.applicationDeadline.lastDay,
                    needs: [
                        LocalizedText(
                            english: "at the exit-entry administration of the public security bureau of the place of "
                                + "work",
                            german: "bei der Aus- und Einreiseverwaltung des Büros für öffentliche Sicherheit am "
                                + "Arbeitsort",
                            chinese: "到工作地公安机关出入境管理机构办理"),
                        documents,
                    ], blockers: self.documentBlockers(china, on: date, for: .residencePermitApplication)))
        case .applied(let application):
            steps.append(
                NextStep(
                    step: .residencePermitDecision, earliest: application.date, latest: application.decisionDue.lastDay,
                    needs: [
                        LocalizedText(
                            english:
                                "the public security organ decides within \(self.policy.residencePermitDecisionDays) "
                                + "days of accepting the application (accepted \(application.acceptedOn))",
                            german: "die Behörde für öffentliche Sicherheit entscheidet binnen "
                                + "\(self.policy.residencePermitDecisionDays) Tagen nach Annahme des Antrags "
                                + "(angenommen "
                                + "\(application.acceptedOn))",
                            chinese: "公安机关自受理申请之日起\(self.policy.residencePermitDecisionDays)日内作出决定"
                                + "（\(application.acceptedOn)受理）")
                    ], blockers: []))
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
            china.letter.expiry.lastDay < china.applicationDeadline.lastDay, date <= china.letter.expiry.lastDay
        else { return [] }
        return [
            OnboardingMessages.letterRiskWarning(
                letter: china.letter.expiry.lastDay, deadline: china.applicationDeadline.lastDay)
        ]
    }

}
