public import CardModel

/// The planned timeline of an onboarding from its entry date (and the Notification Letter's date, if
/// known): every step with its known date or its window, the deadlines, and warnings; what
/// `sscard onboarding` prints.
///
/// Unlike ``ForeignerOnboarding``, which records what happened, a timeline plans: it does not need the Z
/// visa's date (only that it lies between the letter and the entry). A timeline that cannot happen (entry
/// before the letter or after its expiry, WP-NOTIFICATION; a permit form the dates rule out, WP-EFFECTIVE,
/// WP-ONLINE) is still built, with ``isPossible`` false and the reasons among the ``warnings``.
///
/// ```swift
/// let timeline = try OnboardingTimeline(
///     entry: CivilDate("2026-03-02")!, notificationLetterIssued: CivilDate("2026-01-15")!)
/// timeline.deadlines.map(\.lastDay)    // [2026-07-15, 2026-04-01, 2026-04-16]
/// ```
public struct OnboardingTimeline: Sendable, Hashable, Codable {
    /// One step of the timeline: its known date, or the window it falls in.
    public struct Step: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The step.
        public let step: OnboardingStep
        /// The day it happens, where known (the letter's date and the entry).
        public let date: CivilDate?
        /// The first day it can happen, where known.
        public let earliest: CivilDate?
        /// The last day it should happen, where a rule sets one.
        public let latest: CivilDate?
        /// What it needs, in three languages.
        public let needs: [LocalizedText]

        /// Creates a step.
        public init(
            step: OnboardingStep, date: CivilDate?, earliest: CivilDate?, latest: CivilDate?, needs: [LocalizedText]
        ) {
            self.step = step
            self.date = date
            self.earliest = earliest
            self.latest = latest
            self.needs = needs
        }

        /// The rule the step follows.
        public var rule: RuleID { self.step.rule }

        /// `2026-03-02 entry`, `2026-03-02...2026-04-01 residencePermitApplication` or `after … enrolment`.
        public var description: String {
            if let date = self.date { return "\(date) \(self.step)" }
            switch (self.earliest, self.latest) {
            case (let earliest?, let latest?): return "\(earliest)...\(latest) \(self.step)"
            case (let earliest?, nil): return "from \(earliest) \(self.step)"
            case (nil, let latest?): return "by \(latest) \(self.step)"
            case (nil, nil): return "later \(self.step)"
            }
        }
    }

    /// The entry date.
    public let entry: CivilDate
    /// The Notification Letter's date, if given.
    public let notificationLetterIssued: CivilDate?
    /// The permit's form the timeline follows.
    public let permitForm: WorkPermitForm
    /// Every step, in order.
    public let steps: [Step]
    /// The deadlines: the letter's last valid day (when its date is known), the residence permit
    /// application, and the latest day for the decision (when applied on the last day).
    public let deadlines: [OnboardingDeadline]
    /// Why the timeline cannot happen; empty when it can.
    public let problems: [Violation]
    /// Risks worth knowing, such as a letter expiring before the residence permit deadline.
    public let advice: [Violation]
    /// The readings the timeline rests on.
    public let notes: [Interpretation]

    /// Whether the timeline can happen under the rules.
    public var isPossible: Bool { self.problems.isEmpty }

    /// The problems, then the advice.
    public var warnings: [Violation] { self.problems + self.advice }

    /// Plans the onboarding of a foreigner entering on `entry`.
    ///
    /// - Parameters:
    ///   - entry: The day of entry on the Z visa.
    ///   - notificationLetterIssued: The Notification Letter's date, if known.
    ///   - permitForm: The permit's form, if the caller states it; by default the one the entry date gives
    ///     (physical before the effective date, integrated from it). A stated form the dates rule out is a
    ///     problem.
    ///   - policy: The policy; `.beijing` by default.
    /// - Throws: `CalendarError` when the calendar has no data for a deadline's year (or the dates leave
    ///   the supported years).
    public init(
        entry: CivilDate, notificationLetterIssued: CivilDate? = nil, permitForm: WorkPermitForm? = nil,
        policy: WorkPermitIntegrationPolicy = .beijing
    ) throws(CalendarError) {
        let form = permitForm ?? policy.formOfNewPermit(issuedOn: entry)
        var problems: [Violation] = []
        var advice: [Violation] = []
        var deadlines: [OnboardingDeadline] = []
        var letterExpiry: CivilDate?

        let expected = policy.formOfNewPermit(issuedOn: entry)
        if form != expected {
            problems.append(Self.formProblem(form, entry: entry, policy: policy))
        }
        if let issued = notificationLetterIssued {
            let expiry: CivilDate
            do { expiry = try policy.notificationLetterExpiry(issuedOn: issued) } catch {
                throw CalendarError(noDataFor: error.year ?? 2200)
            }
            letterExpiry = expiry
            deadlines.append(
                OnboardingDeadline(kind: .notificationLetterExpiry, nominalLastDay: expiry, lastDay: expiry))
            if issued > entry {
                problems.append(Self.letterAfterEntry(issued, entry: entry))
            } else if entry > expiry {
                problems.append(Self.entryAfterExpiry(issued, expiry: expiry, entry: entry))
            }
        }
        let application = try policy.residencePermitDeadline(enteredOn: entry)
        let applicationDeadline = OnboardingDeadline(kind: .residencePermitApplication, period: application)
        let decision = try policy.residencePermitDecisionDue(appliedOn: application.effectiveLastDay)
        deadlines.append(applicationDeadline)
        deadlines.append(OnboardingDeadline(kind: .residencePermitDecision, period: decision))
        if let expiry = letterExpiry, form == .integrated, expiry >= entry, expiry < application.effectiveLastDay {
            advice.append(OnboardingMessages.letterRiskWarning(letter: expiry, deadline: application.effectiveLastDay))
        }

        let letterNeed =
            letterExpiry.map { expiry in
                LocalizedText(
                    english: "the Notification Letter, valid until \(expiry)",
                    german: "die Mitteilung über die Arbeitserlaubnis, gültig bis \(expiry)",
                    chinese: "《外国人工作许可通知》（有效期至\(expiry)）")
            }
            ?? LocalizedText(
                english: "the Notification Letter, valid on the day",
                german: "die Mitteilung über die Arbeitserlaubnis, am Tag gültig", chinese: "当日有效的《外国人工作许可通知》")
        let other =
            form == .integrated ? PermitDocument.electronicCard.name : PermitDocument.physicalWorkPermitCard.name
        let documents = LocalizedText(
            english: "\(letterNeed.english), or \(other.english)", german: "\(letterNeed.german), oder \(other.german)",
            chinese: "\(letterNeed.chinese)或\(other.chinese)")
        let steps: [Step] = [
            Step(
                step: .notificationLetter, date: notificationLetterIssued, earliest: nil,
                latest: notificationLetterIssued == nil ? entry : nil,
                needs: [
                    LocalizedText(
                        english: "the work permit applied for \(WorkPermitProcedure.channel.english)",
                        german: "die Arbeitserlaubnis beantragt, \(WorkPermitProcedure.channel.german)",
                        chinese: "工作许可申请\(WorkPermitProcedure.channel.chinese)")
                ]),
            Step(
                step: .zVisa, date: nil, earliest: notificationLetterIssued,
                latest: letterExpiry.map { min($0, entry) } ?? entry, needs: [letterNeed]),
            Step(
                step: .entry, date: entry, earliest: nil, latest: nil,
                needs: [LocalizedText(english: "the Z visa", german: "das Z-Visum", chinese: "Z字签证")]),
            Step(
                step: .electronicCard, date: nil, earliest: form == .integrated ? entry : nil, latest: nil,
                needs: form == .integrated
                    ? [
                        LocalizedText(
                            english: "the name and the work permit number or the social security number; real-name, "
                                + "then real-person verification",
                            german: "Name und Nummer der Arbeitserlaubnis oder Sozialversicherungsnummer; Prüfung des "
                                + "echten Namens, dann der echten Person",
                            chinese: "姓名及工作许可证号或社会保障号码；先实名认证，后实人认证")
                    ]
                    : [
                        LocalizedText(
                            english: "the physical card received first: a physical permit is not on the electronic "
                                + "card until its next extension or change (WP-NO-CHANGE)",
                            german: "zuerst die physische Karte erhalten: eine physische Erlaubnis ist bis zu ihrer "
                                + "nächsten Verlängerung oder Änderung nicht auf der elektronischen Karte "
                                + "(WP-NO-CHANGE)",
                            chinese: "须先领取实体社保卡：实体工作许可在下次延期或变更前不载入电子社保卡（WP-NO-CHANGE）")
                    ]),
            Step(
                step: .enrolment, date: nil, earliest: entry, latest: nil,
                needs: [
                    LocalizedText(
                        english: "by the employer or the foreigner, in the online social insurance hall or at the "
                            + "social insurance agency",
                        german:
                            "durch den Arbeitgeber oder den Ausländer, in der Online-Bürohalle der Sozialversicherung "
                            + "oder bei der Sozialversicherungsanstalt",
                        chinese: "由用人单位或外国人本人通过社会保险网上服务大厅或到社会保险经办机构办理"),
                    documents,
                ]),
            Step(
                step: .socialSecurityNumber, date: nil, earliest: nil, latest: nil,
                needs: [
                    LocalizedText(
                        english: "after enrolment: the agency verifies the work permit and creates the number",
                        german: "nach der Anmeldung: die Anstalt prüft die Arbeitserlaubnis und erstellt die Nummer",
                        chinese: "参保登记后：经办机构核验工作许可并生成社会保障号码")
                ]),
            Step(
                step: .physicalCardIssued, date: nil, earliest: nil, latest: nil,
                needs: [
                    LocalizedText(
                        english: "after the number: the card service issues the physical card",
                        german: "nach der Nummer: die Kartenservicestelle stellt die physische Karte aus",
                        chinese: "生成号码后：社保卡服务机构制发实体社保卡")
                ]),
            Step(
                step: .physicalCardReceived, date: nil, earliest: nil, latest: nil,
                needs: [
                    LocalizedText(
                        english: "then the electronic card gives the standard services",
                        german: "danach bietet die elektronische Karte die Standarddienste",
                        chinese: "此后电子社保卡提供标准服务")
                ]),
            Step(
                step: .residencePermitApplication, date: nil, earliest: entry, latest: application.effectiveLastDay,
                needs: [
                    LocalizedText(
                        english: "at the exit-entry administration of the public security bureau of the place of work",
                        german:
                            "bei der Aus- und Einreiseverwaltung des Büros für öffentliche Sicherheit am Arbeitsort",
                        chinese: "到工作地公安机关出入境管理机构办理"),
                    documents,
                ]),
            Step(
                step: .residencePermitDecision, date: nil, earliest: entry, latest: decision.effectiveLastDay,
                needs: [
                    LocalizedText(
                        english: "within \(policy.residencePermitDecisionDays) days of accepting the application",
                        german: "binnen \(policy.residencePermitDecisionDays) Tagen nach Annahme des Antrags",
                        chinese: "自受理申请之日起\(policy.residencePermitDecisionDays)日内")
                ]),
        ]
        self.entry = entry
        self.notificationLetterIssued = notificationLetterIssued
        self.permitForm = form
        self.steps = steps
        self.deadlines = deadlines
        self.problems = problems
        self.advice = advice
        self.notes = [
            Readings.notificationMonths, Readings.notificationUse, Readings.onboardingForm,
            Readings.lateResidenceApplication,
        ]
    }

    private static func formProblem(
        _ form: WorkPermitForm, entry: CivilDate, policy: WorkPermitIntegrationPolicy
    )
        -> Violation
    {
        let facts = [
            Fact("permit", form.rawValue), Fact("entry", "\(entry)"), Fact("effectiveDate", "\(policy.effectiveDate)"),
        ]
        switch form {
        case .integrated:
            return Violation(
                rule: .workPermitEffective,
                message: LocalizedText(
                    english:
                        "the work permit is integrated with the card only from \(policy.effectiveDate); an entry on "
                        + "\(entry) came under the procedure with a physical work permit card",
                    german:
                        "die Arbeitserlaubnis ist erst ab dem \(policy.effectiveDate) in die Karte integriert; eine "
                        + "Einreise am \(entry) fiel unter das Verfahren mit physischer Arbeitserlaubnis",
                    chinese: "工作许可自\(policy.effectiveDate)起才与社保卡融合；\(entry)入境适用实体工作许可证程序"),
                facts: facts)
        case .physical:
            return Violation(
                rule: .workPermitOnline,
                message: LocalizedText(
                    english: "from \(policy.effectiveDate) no physical work permit card is issued after entry: a "
                        + "foreigner entering on \(entry) has the permit on the social security card",
                    german: "ab dem \(policy.effectiveDate) wird nach der Einreise keine physische Arbeitserlaubnis "
                        + "ausgestellt: bei Einreise am \(entry) liegt die Erlaubnis auf der Sozialversicherungskarte",
                    chinese: "自\(policy.effectiveDate)起入境后不再发放实体工作许可证：\(entry)入境的，工作许可载于社保卡"),
                facts: facts)
        }
    }

    private static func letterAfterEntry(_ issued: CivilDate, entry: CivilDate) -> Violation {
        Violation(
            rule: .workPermitVisa,
            message: LocalizedText(
                english: "the Notification Letter (\(issued)) comes after the entry (\(entry)): the Z visa needs the "
                    + "letter, and the entry needs the visa",
                german: "die Mitteilung (\(issued)) liegt nach der Einreise (\(entry)): das Z-Visum setzt die "
                    + "Mitteilung voraus, die Einreise das Visum",
                chinese: "《外国人工作许可通知》（\(issued)）晚于入境（\(entry)）：Z字签证须凭通知申请，入境须持签证"),
            facts: [Fact("notificationIssued", "\(issued)"), Fact("entry", "\(entry)")])
    }

    private static func entryAfterExpiry(_ issued: CivilDate, expiry: CivilDate, entry: CivilDate) -> Violation {
        Violation(
            rule: .workPermitNotification,
            message: LocalizedText(
                english: "the Notification Letter issued on \(issued) was valid until \(expiry); an entry on \(entry) "
                    + "comes after it expired: a new letter is needed",
                german: "die am \(issued) ausgestellte Mitteilung war bis zum \(expiry) gültig; eine Einreise am "
                    + "\(entry) liegt nach ihrem Ablauf: eine neue Mitteilung ist nötig",
                chinese: "\(issued)签发的《外国人工作许可通知》有效期至\(expiry)，\(entry)入境时已过期，须重新取得通知"),
            facts: [
                Fact("notificationIssued", "\(issued)"), Fact("validUntil", "\(expiry)"), Fact("entry", "\(entry)"),
            ])
    }
}
