public import CardModel

/// One foreign employee's onboarding, from the Notification Letter to the residence permit decision
/// (WORK-PERMIT-2024, EEAL-30).
///
/// ```
///  notStarted ─notificationLetterIssued─▶ notificationLetterIssued ─zVisaIssued─▶ zVisaIssued ─entered─▶ inChina
///                                         (Z visa and entry by the letter's last valid day, WP-VISA, WP-NOTIFICATION)
///
///  inChina: three tracks, in any interleaving
///    electronic card   electronicCardRegistered            (integrated permit: any time after entry;
///                                                            physical permit: after the physical card is received)
///    social insurance  enrolled ─▶ socialSecurityNumberAssigned ─▶ physicalCardIssued ─▶ physicalCardReceived
///    residence permit  residencePermitApplied ─▶ residencePermitGranted ──▶ (completed, with the card received)
///                                              └▶ residencePermitRefused ──▶ closed (refuses every event)
/// ```
///
/// Enrolment (by the employer or the foreigner, in the online hall or at the agency) and the residence
/// permit application (at the exit-entry administration of the place of work) present the Notification
/// Letter, valid on that day, or the electronic card with the work permit information (WP-ENROL,
/// WP-RESIDENCE). The residence permit is applied for within 30 calendar days of entry, counted by
/// CM-PERIOD (entry 2026-03-02: last day 2026-04-01); a late application is recorded and flagged; the
/// decision is due 15 calendar days after the acceptance (WP-RESIDENCE-DEADLINE).
///
/// ``status(on:)`` answers at any day: the steps done, the next possible steps with what each needs, the
/// deadlines and which are missed, warnings, and the effects the host should have in place.
///
/// An event the onboarding cannot take, or one dated before the previous event, throws an
/// ``OnboardingError`` and leaves the onboarding unchanged, history included. The history is append-only;
/// ``init(replaying:policy:)`` rebuilds an onboarding from it, and decoding replays the encoded history, so
/// a tampered snapshot is refused.
///
/// ```swift
/// var onboarding = ForeignerOnboarding()
/// try onboarding.handle(.notificationLetterIssued(on: CivilDate("2026-01-15")!))
/// try onboarding.handle(.zVisaIssued(on: CivilDate("2026-02-10")!))
/// let effects = try onboarding.handle(.entered(on: CivilDate("2026-03-02")!))
/// // [.cancelDeadline(.notificationLetterExpiry), .scheduleDeadline(residencePermitApplication 2026-04-01 …)]
/// onboarding.status(on: CivilDate("2026-04-02")!).missedDeadlines     // [residencePermitApplication …]
/// ```
public struct ForeignerOnboarding: Sendable, Hashable {
    /// The onboarding's phase, without its data: the overall stage and each track's progress.
    public struct Phase: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The overall stage.
        public enum Stage: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
            /// Nothing has happened yet.
            case notStarted
            /// The Notification Letter has been issued.
            case notificationLetterIssued
            /// The Z visa has been issued.
            case zVisaIssued
            /// The foreigner has entered China; the three tracks run.
            case inChina
            /// Residence permit granted and physical card received (the electronic card stays optional).
            case completed
            /// The residence permit was refused: no further event is taken.
            case closed

            /// The stage's name.
            public var description: String { self.rawValue }
        }

        /// The social insurance track (WP-ENROL).
        public enum Insurance: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
            /// Not enrolled.
            case notEnrolled
            /// Enrolled.
            case enrolled
            /// Social security number assigned.
            case numberAssigned
            /// Physical card issued.
            case cardIssued
            /// Physical card received.
            case cardReceived

            /// The track's stage name.
            public var description: String { self.rawValue }
        }

        /// The residence permit track (WP-RESIDENCE).
        public enum Residence: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
            /// Not applied for.
            case notApplied
            /// Applied for; decision pending.
            case applied
            /// Granted.
            case granted
            /// Refused.
            case refused

            /// The track's stage name.
            public var description: String { self.rawValue }
        }

        /// The overall stage.
        public let stage: Stage
        /// Whether the electronic card has been registered and verified (WP-ECARD).
        public let electronicCardRegistered: Bool
        /// The social insurance track.
        public let insurance: Insurance
        /// The residence permit track.
        public let residence: Residence

        /// Creates a phase.
        public init(stage: Stage, electronicCardRegistered: Bool, insurance: Insurance, residence: Residence) {
            self.stage = stage
            self.electronicCardRegistered = electronicCardRegistered
            self.insurance = insurance
            self.residence = residence
        }

        /// `inChina (eCard: yes, insurance: enrolled, residence: applied)`.
        public var description: String {
            "\(self.stage) (eCard: \(self.electronicCardRegistered ? "yes" : "no"), insurance: \(self.insurance), "
                + "residence: \(self.residence))"
        }
    }

    private struct Letter: Sendable, Hashable {
        var issuedOn: CivilDate
        var expiry: OnboardingDeadline
    }

    private struct Enrolment: Sendable, Hashable {
        var date: CivilDate
        var by: Enroller
        var channel: EnrolmentChannel
        var document: PermitDocument
    }

    private enum Insurance: Sendable, Hashable {
        case notEnrolled
        case enrolled(Enrolment)
        case numberAssigned(Enrolment, numberOn: CivilDate)
        case cardIssued(Enrolment, numberOn: CivilDate, issuedOn: CivilDate)
        case cardReceived(Enrolment, numberOn: CivilDate, issuedOn: CivilDate, receivedOn: CivilDate)
    }

    private struct Application: Sendable, Hashable {
        var date: CivilDate
        var document: PermitDocument
        var acceptedOn: CivilDate
        var decisionDue: OnboardingDeadline
    }

    private enum Residence: Sendable, Hashable {
        case notApplied
        case applied(Application)
        case granted(Application, on: CivilDate, validUntil: CivilDate)
        case refused(Application, on: CivilDate)
    }

    private struct InChina: Sendable, Hashable {
        var letter: Letter
        var visaOn: CivilDate
        var entryOn: CivilDate
        var form: WorkPermitForm
        var applicationDeadline: OnboardingDeadline
        var electronicCardOn: CivilDate?
        var insurance: Insurance
        var residence: Residence
    }

    private enum State: Sendable, Hashable {
        case notStarted
        case notified(Letter)
        case visaIssued(Letter, visaOn: CivilDate)
        case inChina(InChina)
    }

    /// The policy the onboarding follows.
    public let policy: WorkPermitIntegrationPolicy
    /// Every event the onboarding took, oldest first; append-only.
    public private(set) var history: [OnboardingEvent]
    private var state: State

    /// Creates an onboarding with nothing done yet.
    public init(policy: WorkPermitIntegrationPolicy = .beijing) {
        self.policy = policy
        self.history = []
        self.state = .notStarted
    }

    /// Rebuilds an onboarding from its history, checking every event again.
    ///
    /// - Throws: ``OnboardingError``: the first event the onboarding refuses.
    public init(
        replaying history: [OnboardingEvent], policy: WorkPermitIntegrationPolicy = .beijing
    )
        throws(OnboardingError)
    {
        self.init(policy: policy)
        for event in history {
            _ = try self.handle(event)
        }
    }

    // MARK: - Reading the onboarding

    /// The onboarding's phase.
    public var phase: Phase {
        switch self.state {
        case .notStarted:
            return Phase(
                stage: .notStarted, electronicCardRegistered: false, insurance: .notEnrolled, residence: .notApplied)
        case .notified:
            return Phase(
                stage: .notificationLetterIssued, electronicCardRegistered: false, insurance: .notEnrolled,
                residence: .notApplied)
        case .visaIssued:
            return Phase(
                stage: .zVisaIssued, electronicCardRegistered: false, insurance: .notEnrolled, residence: .notApplied)
        case .inChina(let china):
            let insurance: Phase.Insurance
            switch china.insurance {
            case .notEnrolled: insurance = .notEnrolled
            case .enrolled: insurance = .enrolled
            case .numberAssigned: insurance = .numberAssigned
            case .cardIssued: insurance = .cardIssued
            case .cardReceived: insurance = .cardReceived
            }
            let residence: Phase.Residence
            switch china.residence {
            case .notApplied: residence = .notApplied
            case .applied: residence = .applied
            case .granted: residence = .granted
            case .refused: residence = .refused
            }
            let stage: Phase.Stage =
                residence == .refused
                ? .closed : residence == .granted && insurance == .cardReceived ? .completed : .inChina
            return Phase(
                stage: stage, electronicCardRegistered: china.electronicCardOn != nil, insurance: insurance,
                residence: residence)
        }
    }

    /// The permit's form once the foreigner has entered: physical before the effective date, integrated
    /// from it (WP-EFFECTIVE; our reading: the entry date decides).
    public var permitForm: WorkPermitForm? {
        guard case .inChina(let china) = self.state else { return nil }
        return china.form
    }

    /// The deadlines known so far (letter expiry, residence permit application and decision).
    public var deadlines: [OnboardingDeadline] {
        switch self.state {
        case .notStarted: return []
        case .notified(let letter), .visaIssued(let letter, _): return [letter.expiry]
        case .inChina(let china):
            var deadlines = [china.letter.expiry, china.applicationDeadline]
            if let application = Self.application(of: china.residence) { deadlines.append(application.decisionDue) }
            return deadlines
        }
    }

    /// The functions the foreigner's electronic card gives now (WP-SERVICES, WP-ECARD): none before it is
    /// registered.
    public var electronicCardFunctions: Set<CardFunction> {
        guard case .inChina(let china) = self.state, china.electronicCardOn != nil else { return [] }
        return Self.functions(of: china)
    }

    private static func functions(of china: InChina) -> Set<CardFunction> {
        var received = false
        if case .cardReceived = china.insurance { received = true }
        return ElectronicCard.functions(
            in: received ? .standardServices : .verified, carriesWorkPermitInformation: china.form == .integrated)
    }

    private static func application(of residence: Residence) -> Application? {
        switch residence {
        case .notApplied: nil
        case .applied(let application), .granted(let application, _, _), .refused(let application, _): application
        }
    }

    // MARK: - Events

    /// Takes `event` and returns what the host carries out.
    ///
    /// - Throws: ``OnboardingError``, leaving the onboarding unchanged: ``OnboardingError/Code/outOfOrder``,
    ///   ``OnboardingError/Code/notYet``, ``OnboardingError/Code/alreadyDone``,
    ///   ``OnboardingError/Code/notificationLetterExpired``, ``OnboardingError/Code/documentNotAvailable``,
    ///   ``OnboardingError/Code/residencePermitValidity``, ``OnboardingError/Code/noCalendarData``,
    ///   ``OnboardingError/Code/dateOutOfRange`` or ``OnboardingError/Code/closed``.
    @discardableResult
    public mutating func handle(_ event: OnboardingEvent) throws(OnboardingError) -> [OnboardingEffect] {
        if let previous = self.history.last?.date, event.date < previous {
            throw self.error(.outOfOrder, [Messages.outOfOrder(event.date, previous: previous)])
        }
        let effects: [OnboardingEffect]
        switch self.state {
        case .notStarted:
            guard case .notificationLetterIssued(let date) = event else {
                throw self.notYet(event, needs: .notificationLetter)
            }
            let expiry: CivilDate
            do { expiry = try self.policy.notificationLetterExpiry(issuedOn: date) } catch {
                throw self.error(.dateOutOfRange, [Messages.dateOutOfRange(error)])
            }
            let deadline = OnboardingDeadline(kind: .notificationLetterExpiry, nominalLastDay: expiry, lastDay: expiry)
            self.state = .notified(Letter(issuedOn: date, expiry: deadline))
            effects = [.scheduleDeadline(deadline)]
        case .notified(let letter):
            switch event {
            case .notificationLetterIssued: throw self.alreadyDone(event)
            case .zVisaIssued(let date):
                guard date <= letter.expiry.lastDay else {
                    throw self.error(
                        .notificationLetterExpired,
                        [Self.visaViolation(letter, on: date), Self.letterExpired(letter, on: date, for: event.step)])
                }
                self.state = .visaIssued(letter, visaOn: date)
                effects = []
            case .entered, .electronicCardRegistered, .enrolled, .socialSecurityNumberAssigned, .physicalCardIssued,
                .physicalCardReceived, .residencePermitApplied, .residencePermitGranted, .residencePermitRefused:
                throw self.notYet(event, needs: .zVisa)
            }
        case .visaIssued(let letter, let visaOn):
            switch event {
            case .notificationLetterIssued, .zVisaIssued: throw self.alreadyDone(event)
            case .entered(let date):
                guard date <= letter.expiry.lastDay else {
                    throw self.error(.notificationLetterExpired, [Self.letterExpired(letter, on: date, for: .entry)])
                }
                let period: PeriodEnd
                do { period = try self.policy.residencePermitDeadline(enteredOn: date) } catch {
                    throw self.error(.noCalendarData, [Messages.noCalendarData(error)])
                }
                let china = InChina(
                    letter: letter, visaOn: visaOn, entryOn: date, form: self.policy.formOfNewPermit(issuedOn: date),
                    applicationDeadline: OnboardingDeadline(kind: .residencePermitApplication, period: period),
                    electronicCardOn: nil, insurance: .notEnrolled, residence: .notApplied)
                self.state = .inChina(china)
                effects =
                    [.cancelDeadline(.notificationLetterExpiry), .scheduleDeadline(china.applicationDeadline)]
                    + (china.form == .physical ? [.issuePhysicalWorkPermitCard] : [])
            case .electronicCardRegistered, .enrolled, .socialSecurityNumberAssigned, .physicalCardIssued,
                .physicalCardReceived, .residencePermitApplied, .residencePermitGranted, .residencePermitRefused:
                throw self.notYet(event, needs: .entry)
            }
        case .inChina(let china):
            effects = try self.handleInChina(event, china)
        }
        self.history.append(event)
        return effects
    }

    private mutating func handleInChina(
        _ event: OnboardingEvent, _ current: InChina
    ) throws(OnboardingError)
        -> [OnboardingEffect]
    {
        if case .refused(_, let refusedOn) = current.residence {
            throw self.error(
                .closed,
                [
                    Messages.notNow(
                        event.name, phase: Phase.Stage.closed.rawValue, rule: .workPermitResidence,
                        english: "the residence permit was refused on \(refusedOn): the onboarding is closed",
                        german:
                            "der Aufenthaltstitel wurde am \(refusedOn) abgelehnt: die Abwicklung ist abgeschlossen",
                        chinese: "居留许可已于\(refusedOn)被拒绝，入职流程已终止")
                ])
        }
        let wasCompleted = self.phase.stage == .completed
        var china = current
        var effects: [OnboardingEffect] = []
        switch event {
        case .notificationLetterIssued, .zVisaIssued, .entered:
            throw self.alreadyDone(event)
        case .electronicCardRegistered(let date):
            guard china.electronicCardOn == nil else { throw self.alreadyDone(event) }
            if china.form == .physical {
                guard case .cardReceived = china.insurance else {
                    throw self.error(
                        .notYet,
                        [
                            Violation(
                                rule: .workPermitNoChange,
                                message: LocalizedText(
                                    english: "with a physical work permit the electronic card mirrors the physical "
                                        + "card: register it once the physical card has been received",
                                    german:
                                        "bei einer physischen Arbeitserlaubnis spiegelt die elektronische Karte die "
                                        + "physische: sie wird nach Erhalt der physischen Karte registriert",
                                    chinese: "持实体工作许可的，电子社保卡与实体社保卡对应，须在领取实体社保卡后注册"),
                                facts: [Fact("event", event.name), Fact("permit", "physical")])
                        ])
                }
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
            let accepted: CivilDate
            let due: PeriodEnd
            do {
                accepted = try self.policy.residencePermitAcceptance(appliedOn: date)
                due = try self.policy.residencePermitDecisionDue(appliedOn: date)
            } catch {
                throw self.error(.noCalendarData, [Messages.noCalendarData(error)])
            }
            let application = Application(
                date: date, document: document, acceptedOn: accepted,
                decisionDue: OnboardingDeadline(kind: .residencePermitDecision, period: due))
            china.residence = .applied(application)
            effects = [
                date <= china.applicationDeadline.lastDay
                    ? .cancelDeadline(.residencePermitApplication) : .flagMissedDeadline(china.applicationDeadline),
                .verifyWorkPermit(Self.verification(for: document)),
                .scheduleDeadline(application.decisionDue),
            ]
        case .residencePermitGranted(let date, let validUntil):
            guard case .applied(let application) = china.residence else {
                if case .notApplied = china.residence { throw self.notYet(event, needs: .residencePermitApplication) }
                throw self.alreadyDone(event)
            }
            let range: ClosedRange<CivilDate>
            do { range = try self.policy.residencePermitValidityRange(grantedOn: date) } catch {
                throw self.error(.dateOutOfRange, [Messages.dateOutOfRange(error)])
            }
            guard range.contains(validUntil) else {
                throw self.error(.residencePermitValidity, [self.validityViolation(validUntil, range: range)])
            }
            china.residence = .granted(application, on: date, validUntil: validUntil)
            effects = [
                date <= application.decisionDue.lastDay
                    ? .cancelDeadline(.residencePermitDecision) : .flagMissedDeadline(application.decisionDue),
                .recordResidencePermit(validUntil: validUntil),
            ]
        case .residencePermitRefused(let date):
            guard case .applied(let application) = china.residence else {
                if case .notApplied = china.residence { throw self.notYet(event, needs: .residencePermitApplication) }
                throw self.alreadyDone(event)
            }
            china.residence = .refused(application, on: date)
            effects = [
                date <= application.decisionDue.lastDay
                    ? .cancelDeadline(.residencePermitDecision) : .flagMissedDeadline(application.decisionDue),
                .closed,
            ]
        }
        let functionsBefore = current.electronicCardOn == nil ? [] : Self.functions(of: current)
        let functionsAfter = china.electronicCardOn == nil ? [] : Self.functions(of: china)
        self.state = .inChina(china)
        if functionsAfter != functionsBefore { effects.append(.offerFunctions(functionsAfter)) }
        if !wasCompleted, self.phase.stage == .completed { effects.append(.completed) }
        return effects
    }

    /// The rules a document breaks when presented on `date` (WP-ENROL, WP-RESIDENCE, WP-NOTIFICATION).
    private func documentViolations(
        _ document: PermitDocument, on date: CivilDate, _ china: InChina, for step: OnboardingStep
    ) -> [Violation] {
        let facts = [Fact("document", document.rawValue), Fact("date", "\(date)"), Fact("step", step.rawValue)]
        switch document {
        case .notificationLetter:
            return date <= china.letter.expiry.lastDay ? [] : [Self.letterExpired(china.letter, on: date, for: step)]
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
                            german: "ab dem \(self.policy.effectiveDate) wird nach der Einreise keine physische "
                                + "Arbeitserlaubnis ausgestellt: die Mitteilung oder die elektronische Karte vorlegen",
                            chinese: "自\(self.policy.effectiveDate)起入境后不再发放实体工作许可证，请出示《外国人工作许可通知》"
                                + "或电子社保卡"),
                        facts: facts)
                ]
            }
            return []
        }
    }

    /// How the authority verifies the permit for a residence permit application (WP-RESIDENCE).
    private static func verification(for document: PermitDocument) -> [WorkPermitVerification] {
        switch document {
        case .notificationLetter: [.informationSystem]
        case .electronicCard: [.informationSystem, .electronicCardCheck, .qrCodeScan]
        case .physicalWorkPermitCard: [.informationSystem, .physicalPermitCardCheck]
        }
    }

    // MARK: - Errors and messages

    private func error(_ code: OnboardingError.Code, _ violations: [Violation]) -> OnboardingError {
        OnboardingError(code: code, phase: self.phase, violations: violations)
    }

    private func notYet(_ event: OnboardingEvent, needs step: OnboardingStep) -> OnboardingError {
        self.error(
            .notYet,
            [
                Messages.notNow(
                    event.name, phase: self.phase.stage.rawValue, rule: event.step.rule,
                    english: "“\(event.step.name.english)” needs “\(step.name.english)” first",
                    german: "„\(event.step.name.german)“ setzt „\(step.name.german)“ voraus",
                    chinese: "“\(event.step.name.chinese)”须先完成“\(step.name.chinese)”")
            ])
    }

    private func alreadyDone(_ event: OnboardingEvent) -> OnboardingError {
        self.error(
            .alreadyDone,
            [
                Messages.notNow(
                    event.name, phase: self.phase.stage.rawValue, rule: event.step.rule,
                    english: "“\(event.step.name.english)” has already happened",
                    german: "„\(event.step.name.german)“ ist bereits erfolgt",
                    chinese: "“\(event.step.name.chinese)”已完成")
            ])
    }

    private static func visaViolation(_ letter: Letter, on date: CivilDate) -> Violation {
        Violation(
            rule: .workPermitVisa,
            message: LocalizedText(
                english: "the Z visa is applied for with a valid Notification Letter",
                german: "das Z-Visum wird mit einer gültigen Mitteilung über die Arbeitserlaubnis beantragt",
                chinese: "Z字签证须凭有效的《外国人工作许可通知》申请"),
            facts: [Fact("date", "\(date)"), Fact("letterValidUntil", "\(letter.expiry.lastDay)")])
    }

    private static func letterExpired(_ letter: Letter, on date: CivilDate, for step: OnboardingStep) -> Violation {
        Violation(
            rule: .workPermitNotification,
            message: LocalizedText(
                english:
                    "the Notification Letter issued on \(letter.issuedOn) was valid until \(letter.expiry.lastDay); "
                    + "on \(date) it has expired",
                german:
                    "die am \(letter.issuedOn) ausgestellte Mitteilung war bis zum \(letter.expiry.lastDay) gültig; "
                    + "am \(date) ist sie abgelaufen",
                chinese: "\(letter.issuedOn)签发的《外国人工作许可通知》有效期至\(letter.expiry.lastDay)，\(date)已过期"),
            facts: [
                Fact("issuedOn", "\(letter.issuedOn)"), Fact("validUntil", "\(letter.expiry.lastDay)"),
                Fact("date", "\(date)"), Fact("step", step.rawValue),
            ])
    }

    private func validityViolation(_ validUntil: CivilDate, range: ClosedRange<CivilDate>) -> Violation {
        Violation(
            rule: .workPermitResidenceDeadline,
            message: LocalizedText(
                english:
                    "a work residence permit is valid for \(self.policy.residencePermitMinimumValidityDays) days to "
                    + "\(self.policy.residencePermitMaximumValidityYears) years: its last day must fall in "
                    + "\(range.lowerBound)...\(range.upperBound)",
                german:
                    "ein Aufenthaltstitel zur Arbeit gilt \(self.policy.residencePermitMinimumValidityDays) Tage bis "
                    + "\(self.policy.residencePermitMaximumValidityYears) Jahre: sein letzter Tag muss in "
                    + "\(range.lowerBound)...\(range.upperBound) liegen",
                chinese: "工作类居留许可有效期为\(self.policy.residencePermitMinimumValidityDays)日至"
                    + "\(self.policy.residencePermitMaximumValidityYears)年，截止日须在\(range.lowerBound)至"
                    + "\(range.upperBound)之间"),
            facts: [
                Fact("validUntil", "\(validUntil)"), Fact("earliest", "\(range.lowerBound)"),
                Fact("latest", "\(range.upperBound)"),
            ])
    }

    // MARK: - Convenience events

    /// The foreigner was enrolled in social insurance on `date` (WP-ENROL).
    ///
    /// - Throws: ``OnboardingError``, as ``handle(_:)``.
    @discardableResult
    public mutating func enrol(
        on date: CivilDate, by enroller: Enroller, channel: EnrolmentChannel, document: PermitDocument
    ) throws(OnboardingError) -> [OnboardingEffect] {
        try self.handle(.enrolled(on: date, by: enroller, channel: channel, document: document))
    }

    /// The foreigner applied for the residence permit on `date`, presenting `document` (WP-RESIDENCE).
    ///
    /// - Throws: ``OnboardingError``, as ``handle(_:)``.
    @discardableResult
    public mutating func applyForResidencePermit(
        on date: CivilDate, with document: PermitDocument
    )
        throws(OnboardingError) -> [OnboardingEffect]
    {
        try self.handle(.residencePermitApplied(on: date, document: document))
    }
}

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
                    needs: [Self.letterNeed(letter)],
                    blockers: date > letter.expiry.lastDay ? [Self.letterExpired(letter, on: date, for: .zVisa)] : [])
            ]
        case .visaIssued(let letter, let visaOn):
            deadlines = [.evaluate(letter.expiry, metOn: nil, on: date)]
            next = [
                NextStep(
                    step: .entry, earliest: visaOn, latest: letter.expiry.lastDay,
                    needs: [
                        LocalizedText(english: "the Z visa", german: "das Z-Visum", chinese: "Z字签证"),
                        Self.letterNeed(letter),
                    ],
                    blockers: date > letter.expiry.lastDay ? [Self.letterExpired(letter, on: date, for: .entry)] : [])
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
            warnings.append(Self.missedWarning(status))
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
        let documents = Self.documentNeed(china)
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
            Self.letterRiskWarning(letter: china.letter.expiry.lastDay, deadline: china.applicationDeadline.lastDay)
        ]
    }

    static func letterRiskWarning(letter: CivilDate, deadline: CivilDate) -> Violation {
        Violation(
            rule: .workPermitResidence,
            message: LocalizedText(
                english: "the Notification Letter expires on \(letter), before the residence permit deadline "
                    + "\(deadline): apply by then, or register the electronic card to apply with it",
                german: "die Mitteilung läuft am \(letter) ab, vor der Frist für den Aufenthaltstitel (\(deadline)): "
                    + "bis dahin beantragen oder die elektronische Karte registrieren und mit ihr beantragen",
                chinese: "《外国人工作许可通知》于\(letter)到期，早于居留许可申请截止日\(deadline)：请在此前申请，"
                    + "或注册电子社保卡后凭电子社保卡申请"),
            facts: [Fact("letterValidUntil", "\(letter)"), Fact("deadline", "\(deadline)")])
    }

    static func missedWarning(_ status: OnboardingDeadlineStatus) -> Violation {
        let deadline = status.deadline
        let late: String
        let lateGerman: String
        let lateChinese: String
        if case .metLate(let on) = status.outcome {
            late = "done late, on \(on)"
            lateGerman = "verspätet erledigt, am \(on)"
            lateChinese = "已逾期完成（\(on)）"
        } else {
            late = "missed"
            lateGerman = "versäumt"
            lateChinese = "已逾期"
        }
        return Violation(
            rule: deadline.rule,
            message: LocalizedText(
                english: "\(deadline.kind.name.english) \(deadline.lastDay): \(late)",
                german: "\(deadline.kind.name.german) \(deadline.lastDay): \(lateGerman)",
                chinese: "\(deadline.kind.name.chinese)\(deadline.lastDay)：\(lateChinese)"),
            facts: [Fact("deadline", deadline.kind.rawValue), Fact("lastDay", "\(deadline.lastDay)")])
    }

    private static func letterNeed(_ letter: Letter) -> LocalizedText {
        LocalizedText(
            english: "the Notification Letter, valid until \(letter.expiry.lastDay)",
            german: "die Mitteilung über die Arbeitserlaubnis, gültig bis \(letter.expiry.lastDay)",
            chinese: "《外国人工作许可通知》（有效期至\(letter.expiry.lastDay)）")
    }

    private static func documentNeed(_ china: InChina) -> LocalizedText {
        let letter = self.letterNeed(china.letter)
        let other =
            china.form == .integrated ? PermitDocument.electronicCard.name : PermitDocument.physicalWorkPermitCard.name
        return LocalizedText(
            english: "\(letter.english), or \(other.english)", german: "\(letter.german), oder \(other.german)",
            chinese: "\(letter.chinese)或\(other.chinese)")
    }
}

extension ForeignerOnboarding: CustomStringConvertible {
    /// `ForeignerOnboarding(inChina (eCard: no, …), 3 events)`.
    public var description: String { "ForeignerOnboarding(\(self.phase), \(self.history.count) events)" }
}

extension ForeignerOnboarding: Codable {
    private enum CodingKeys: String, CodingKey { case policy, history }

    /// Decodes the policy and the history and replays it, refusing a history the onboarding would not take.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let policy = try container.decode(WorkPermitIntegrationPolicy.self, forKey: .policy)
        let history = try container.decode([OnboardingEvent].self, forKey: .history)
        do {
            try self.init(replaying: history, policy: policy)
        } catch {
            throw DecodingError.dataCorruptedError(
                forKey: .history, in: container, debugDescription: error.description)
        }
    }

    /// Encodes the policy and the history.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.policy, forKey: .policy)
        try container.encode(self.history, forKey: .history)
    }
}
