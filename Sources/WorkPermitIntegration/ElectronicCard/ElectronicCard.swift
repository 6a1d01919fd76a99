public import CardModel

/// A foreigner's electronic social security card: registration with the name plus the work permit number
/// or the social security number, real-name and real-person verification as separate steps, the work
/// permit information it then carries, and the standard services once the physical card has been received
/// (WP-ECARD, WP-SERVICES, CM-FORM, CM-FUNCTIONS).
///
/// ```
///   (none) ──registered(on:registration:)──▶ registered ──realNameVerified(on:)──▶ realNameVerified
///                                                                                       │
///                                                               realPersonVerified(on:) │
///                                                                                       ▼
///                        standardServices ◀──physicalCardReceived(on:)──────────────  verified
///   physicalCardReceived(on:) may also come in registered or realNameVerified: the phase does not change then,
///   and realPersonVerified(on:) later leads to standardServices instead of verified.
///   workPermitInformationLoaded(on:information:) loads or updates the permit's information in any phase.
/// ```
///
/// What each phase lets the holder do on a day (``functions(on:)``, ``decision(for:on:)``): nothing before both
/// verifications; before the physical card exists the card carries only the work permit information
/// (CM-FORM), so a verified card gives the work permit services (query and download the information, verify
/// the QR code, notifications); once the physical card has been received, the card mirrors it and gives the
/// standard services (the social security functions) and the BEIJING PASS services too (WP-ECARD,
/// WP-SERVICES).
/// A card registered for a physical permit that is not yet integrated (WP-NO-CHANGE) carries no permit
/// information until ``ElectronicCardEvent/workPermitInformationLoaded(on:information:)``. The work permit
/// services last while the permit is valid: after its last valid day the card neither shows it nor gives its
/// services until an extension is loaded.
///
/// An event the card cannot take, or one dated before the previous event, throws an
/// ``ElectronicCardError`` and leaves the card unchanged, history included. The history is append-only;
/// ``init(replaying:policy:)`` rebuilds the card, and decoding replays it.
public struct ElectronicCard: Sendable, Hashable {
    /// The card's phase, without its data.
    public enum Phase: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
        /// Not registered. No `ElectronicCard` value is ever in this phase (a card exists from its
        /// registration); it names where a history stood in the ``ElectronicCardError`` thrown when it cannot be
        /// replayed from its first event (an empty history, one that does not start with the registration, or
        /// a registration that is refused).
        ///
        /// Can transition to: ``registered`` (the first event).
        case unregistered
        /// Registered; real-name verification pending.
        ///
        /// Can transition to: ``realNameVerified``.
        case registered
        /// Real-name verified; real-person verification pending.
        ///
        /// Can transition to: ``verified``, or ``standardServices`` when the physical card was already received.
        case realNameVerified
        /// Both verifications passed; the physical card has not been received.
        ///
        /// Can transition to: ``standardServices``.
        case verified
        /// Verified and the physical card received: standard services (WP-ECARD).
        ///
        /// Can transition to: nothing (the work permit information can still be loaded or updated).
        case standardServices

        /// The phase's name.
        public var description: String { self.rawValue }

        /// Whether both verifications have passed.
        public var isVerified: Bool { self == .verified || self == .standardServices }
    }

    private enum Verification: Sendable, Hashable {
        /// Can transition to: `realName`.
        case pending
        /// Can transition to: `complete`.
        case realName(on: CivilDate)
        /// Can transition to: nothing.
        case complete(realName: CivilDate, realPerson: CivilDate)
    }

    private struct State: Sendable, Hashable {
        var registeredOn: CivilDate
        var registration: ElectronicCardRegistration
        var verification: Verification
        var physicalCardReceivedOn: CivilDate?
        var workPermit: WorkPermitInformation?
    }

    /// The policy the card follows (the effective date of the integration).
    public let policy: WorkPermitIntegrationPolicy
    /// Every event the card took, oldest first; append-only.
    public private(set) var history: [ElectronicCardEvent]
    private var state: State

    /// Registers a card on `date` (WP-ECARD).
    ///
    /// - Throws: ``ElectronicCardError`` with ``ElectronicCardError/Code/integrationNotInForce``,
    ///   ``ElectronicCardError/Code/credentialMismatch`` or ``ElectronicCardError/Code/permitNotValid``.
    public init(
        registeredOn date: CivilDate, registration: ElectronicCardRegistration,
        policy: WorkPermitIntegrationPolicy = .beijing
    ) throws(ElectronicCardError) {
        try self.init(replaying: [.registered(on: date, registration: registration)], policy: policy)
    }

    /// Registers a card on `date` and returns it with what the host carries out: ask for real-name
    /// verification (WP-ECARD).
    ///
    /// - Throws: ``ElectronicCardError``, as ``init(registeredOn:registration:policy:)``.
    public static func register(
        on date: CivilDate, _ registration: ElectronicCardRegistration, policy: WorkPermitIntegrationPolicy = .beijing
    ) throws(ElectronicCardError) -> (card: ElectronicCard, effects: [ElectronicCardEffect]) {
        (
            try ElectronicCard(registeredOn: date, registration: registration, policy: policy),
            [.requestRealNameVerification]
        )
    }

    /// Rebuilds a card from its history, checking every event again.
    ///
    /// - Throws: ``ElectronicCardError`` for an empty history, a first event that is not a registration, or
    ///   the first event the card refuses.
    public init(
        replaying history: [ElectronicCardEvent], policy: WorkPermitIntegrationPolicy = .beijing
    )
        throws(ElectronicCardError)
    {
        guard let first = history.first else {
            throw ElectronicCardError(code: .emptyHistory, phase: .unregistered, violations: [Messages.emptyHistory])
        }
        guard case .registered(let date, let registration) = first else {
            throw ElectronicCardError(
                code: .notRegisteredFirst, phase: .unregistered,
                violations: [
                    Messages.notNow(
                        first.name, phase: Phase.unregistered.rawValue, rule: .workPermitElectronicCard,
                        english: "an electronic card's history starts with its registration",
                        german: "die Historie einer elektronischen Karte beginnt mit ihrer Registrierung",
                        chinese: "电子社保卡的历史记录须以注册开始")
                ])
        }
        let violations = Self.registrationViolations(registration, on: date, policy: policy)
        if let (code, _) = violations.first {
            throw ElectronicCardError(code: code, phase: .unregistered, violations: violations.map(\.1))
        }
        self.policy = policy
        self.history = [first]
        self.state = State(
            registeredOn: date, registration: registration, verification: .pending, physicalCardReceivedOn: nil,
            workPermit: registration.workPermit)
        for event in history.dropFirst() {
            _ = try self.handle(event)
        }
    }

    private static func registrationViolations(
        _ registration: ElectronicCardRegistration, on date: CivilDate, policy: WorkPermitIntegrationPolicy
    ) -> [(ElectronicCardError.Code, Violation)] {
        var violations: [(ElectronicCardError.Code, Violation)] = []
        let usesPermitNumber: Bool
        if case .workPermitNumber = registration.credential {
            usesPermitNumber = true
        } else {
            usesPermitNumber = false
        }
        if !policy.isIntegrationInForce(on: date), registration.workPermit != nil || usesPermitNumber {
            violations.append((.integrationNotInForce, Self.notInForce(date, policy: policy)))
        }
        if case .workPermitNumber(let number) = registration.credential, let permit = registration.workPermit,
            permit.number != number
        {
            violations.append((.credentialMismatch, Self.credentialMismatch(loaded: false)))
        }
        if let permit = registration.workPermit, permit.validUntil < date {
            violations.append((.permitNotValid, Self.permitExpired(permit, on: date)))
        }
        return violations
    }

    /// The rules loading `information` on `date` breaks: before the integration (WP-EFFECTIVE), a permit that
    /// is not the one the card was registered with or already carries (WP-ECARD), an expired permit (WP-ECARD).
    private func loadViolations(
        _ information: WorkPermitInformation, on date: CivilDate
    ) -> [(ElectronicCardError.Code, Violation)] {
        var violations: [(ElectronicCardError.Code, Violation)] = []
        if !self.policy.isIntegrationInForce(on: date) {
            violations.append((.integrationNotInForce, Self.notInForce(date, policy: self.policy)))
        }
        if case .workPermitNumber(let number) = self.state.registration.credential, information.number != number {
            violations.append((.credentialMismatch, Self.credentialMismatch(loaded: true)))
        } else if let carried = self.state.workPermit, information.number != carried.number {
            violations.append((.credentialMismatch, Self.credentialMismatch(loaded: true)))
        }
        if information.validUntil < date {
            violations.append((.permitNotValid, Self.permitExpired(information, on: date)))
        }
        return violations
    }

    /// The permit is not the one the card was registered with, or already carries (WP-ECARD); no number is
    /// named (CM-PRIVACY).
    private static func credentialMismatch(loaded: Bool) -> Violation {
        guard loaded else {
            return Violation(
                rule: .workPermitElectronicCard,
                message: LocalizedText(
                    english: "the work permit number registered with is not the permit's number",
                    german: "die bei der Registrierung angegebene Nummer ist nicht die der Arbeitserlaubnis",
                    chinese: "注册所用的工作许可证号与工作许可不符"),
                facts: [Fact("credential", "workPermitNumber")])
        }
        return Violation(
            rule: .workPermitElectronicCard,
            message: LocalizedText(
                english: "the work permit loaded is not the one the card was registered with or carries: a card "
                    + "carries its holder's own permit",
                german: "die geladene Arbeitserlaubnis ist nicht die, mit der die Karte registriert wurde oder die sie "
                    + "trägt: eine Karte trägt die Erlaubnis ihres Inhabers",
                chinese: "载入的工作许可与注册所用或卡上已载的工作许可不符：社保卡只载持卡人本人的工作许可"),
            facts: [Fact("event", "workPermitInformationLoaded")])
    }

    /// The permit had expired on `date` (WP-ECARD).
    private static func permitExpired(_ permit: WorkPermitInformation, on date: CivilDate) -> Violation {
        Violation(
            rule: .workPermitElectronicCard,
            message: LocalizedText(
                english: "the work permit expired after \(permit.validUntil); the card cannot carry it",
                german: "die Arbeitserlaubnis war bis zum \(permit.validUntil, in: .german) gültig und ist abgelaufen; "
                    + "die Karte kann sie nicht tragen",
                chinese: "工作许可已于\(permit.validUntil, in: .simplifiedChinese)到期，电子社保卡不能载入"),
            facts: [Fact("validUntil", "\(permit.validUntil)"), Fact("date", "\(date)")])
    }

    private static func notInForce(_ date: CivilDate, policy: WorkPermitIntegrationPolicy) -> Violation {
        Violation(
            rule: .workPermitEffective,
            message: LocalizedText(
                english: "the work permit is integrated with the social security card only from "
                    + "\(policy.effectiveDate): on \(date) the card cannot carry it",
                german: "die Arbeitserlaubnis ist erst ab dem \(policy.effectiveDate, in: .german) in die "
                    + "Sozialversicherungskarte "
                    + "integriert: am \(date, in: .german) kann die Karte sie nicht tragen",
                chinese: "工作许可自\(policy.effectiveDate, in: .simplifiedChinese)起才与社保卡融合，\(date, in: .simplifiedChinese)社"
                    + "保卡不能载入工作许可"),
            facts: [Fact("date", "\(date)"), Fact("effectiveDate", "\(policy.effectiveDate)")])
    }

    // MARK: - Reading the card

    /// The card's phase.
    public var phase: Phase {
        switch self.state.verification {
        case .pending: .registered
        case .realName: .realNameVerified
        case .complete: self.state.physicalCardReceivedOn == nil ? .verified : .standardServices
        }
    }

    /// The registration (name and credential, masked when printed).
    public var registration: ElectronicCardRegistration { self.state.registration }
    /// The day the card was registered.
    public var registeredOn: CivilDate { self.state.registeredOn }
    /// The day the physical card was received, if it was.
    public var physicalCardReceivedOn: CivilDate? { self.state.physicalCardReceivedOn }

    /// The work permit information the card shows on `date`: only once both verifications have passed by then,
    /// only for an integrated permit, and only while the permit is valid (WP-ECARD).
    ///
    /// The card answers from the events up to `date`: before the registration it shows nothing.
    public func workPermitInformation(on date: CivilDate) -> WorkPermitInformation? {
        guard let card = self.asOf(date), card.phase.isVerified, let permit = card.state.workPermit,
            permit.validUntil >= date
        else { return nil }
        return permit
    }

    /// The functions the card gives on `date` (WP-SERVICES, WP-ECARD, CM-FORM, CM-FUNCTIONS): those of its phase
    /// after the events up to `date`, the work permit services only while the permit is valid on `date`.
    ///
    /// A card registered 2025-01-01 with a permit valid until 2025-01-02 and verified 2025-06-01 gives nothing
    /// on 2025-06-01: the permit it carries has expired.
    public func functions(on date: CivilDate) -> Set<CardFunction> {
        guard let card = self.asOf(date) else { return [] }
        return Self.functions(in: card.phase, carriesWorkPermitInformation: card.carriesValidPermit(on: date))
    }

    /// The day of the latest event (the registration at least).
    private var latestDate: CivilDate { self.history.last?.date ?? self.state.registeredOn }

    /// Whether the card carries a work permit that is valid on `date`.
    private func carriesValidPermit(on date: CivilDate) -> Bool {
        guard let permit = self.state.workPermit else { return false }
        return permit.validUntil >= date
    }

    /// The card as it was after the events up to `date`, or `nil` before its registration.
    private func asOf(_ date: CivilDate) -> ElectronicCard? {
        guard date >= self.state.registeredOn else { return nil }
        guard let last = self.history.last?.date, date < last else { return self }
        return try? ElectronicCard(replaying: self.history.filter { $0.date <= date }, policy: self.policy)
    }

    /// The functions an electronic card gives in `phase` (WP-SERVICES, WP-ECARD, CM-FORM, CM-FUNCTIONS).
    ///
    /// Before the physical card exists, the electronic card carries only the work permit information (CM-FORM);
    /// once the physical card has been received it mirrors it (standard services and BEIJING PASS).
    ///
    /// | phase | with work permit information | without (physical permit) |
    /// |---|---|---|
    /// | registered, realNameVerified | none | none |
    /// | verified | work permit services | none |
    /// | standardServices | social security, work permit services, BEIJING PASS | social security, BEIJING PASS |
    public static func functions(in phase: Phase, carriesWorkPermitInformation: Bool) -> Set<CardFunction> {
        switch phase {
        case .unregistered, .registered, .realNameVerified:
            []
        case .verified:
            carriesWorkPermitInformation ? CardFunction.workPermit : []
        case .standardServices:
            CardFunction.socialSecurity.union(CardFunction.beijingPass)
                .union(carriesWorkPermitInformation ? CardFunction.workPermit : [])
        }
    }

    /// Whether the holder can use `function` with this card on `date`, and every rule that stands in the way
    /// (WP-ECARD, WP-SERVICES, WP-NO-CHANGE, CM-FORM, CM-FUNCTIONS).
    ///
    /// The card answers from the events up to `date`; the work permit services also need the permit valid on
    /// `date`.
    public func decision(for function: CardFunction, on date: CivilDate) -> ServiceDecision {
        guard let card = self.asOf(date) else {
            return ServiceDecision(
                function: function,
                violations: [
                    Violation(
                        rule: .workPermitElectronicCard,
                        message: LocalizedText(
                            english: "the electronic card is registered only on \(self.state.registeredOn)",
                            german: "die elektronische Karte wird erst am \(self.state.registeredOn, in: .german) "
                                + "registriert",
                            chinese: "电子社保卡于\(self.state.registeredOn, in: .simplifiedChinese)才注册"),
                        facts: [Fact("function", function.rawValue), Fact("date", "\(date)")])
                ], notes: [Readings.services])
        }
        return card.decisionAsOfLatest(for: function, on: date)
    }

    /// The decision on `date` for a card whose events all come by `date`.
    private func decisionAsOfLatest(for function: CardFunction, on date: CivilDate) -> ServiceDecision {
        Self.decision(
            for: function, on: date, phase: self.phase, workPermitValidUntil: self.state.workPermit?.validUntil,
            physicalCardReceived: self.state.physicalCardReceivedOn != nil)
    }

    /// The decision on `date` for a card in `phase` that carries a permit valid until `workPermitValidUntil`
    /// (`nil`: no permit information, a physical permit not yet integrated) and whose physical card has or has
    /// not been received (WP-ECARD, WP-SERVICES, WP-NO-CHANGE, CM-FORM, CM-FUNCTIONS): the one source of the
    /// answer for ``decision(for:on:)`` and ``ElectronicCardServices``.
    static func decision(
        for function: CardFunction, on date: CivilDate, phase: Phase, workPermitValidUntil: CivilDate?,
        physicalCardReceived: Bool
    ) -> ServiceDecision {
        var violations: [Violation] = []
        let facts = [Fact("function", function.rawValue), Fact("phase", phase.rawValue)]
        if !phase.isVerified {
            violations.append(
                Violation(
                    rule: .workPermitElectronicCard,
                    message: LocalizedText(
                        english: "complete real-name and real-person verification first",
                        german: "zuerst die Prüfung des echten Namens und der echten Person abschließen",
                        chinese: "请先完成实名认证和实人认证"),
                    facts: facts))
        }
        if CardFunction.workPermit.contains(function), let validUntil = workPermitValidUntil, validUntil < date {
            violations.append(
                Violation(
                    rule: .workPermitElectronicCard,
                    message: LocalizedText(
                        english: "the work permit the card carries expired after \(validUntil): extend it "
                            + "(online, WP-ONLINE) to use its services again",
                        german: "die Arbeitserlaubnis auf der Karte war bis zum \(validUntil, in: .german) gültig und "
                            + "ist "
                            + "abgelaufen: sie verlängern (online, WP-ONLINE), um ihre Dienste wieder zu nutzen",
                        chinese: "卡上载有的工作许可已于\(validUntil, in: .simplifiedChinese)到期：须（通过网上，WP-ONLINE）延期后"
                            + "方可再使用相关服务"),
                    facts: facts + [Fact("validUntil", "\(validUntil)"), Fact("date", "\(date)")]))
        }
        if CardFunction.workPermit.contains(function), workPermitValidUntil == nil {
            violations.append(
                Violation(
                    rule: .workPermitNoChange,
                    message: LocalizedText(
                        english: "the physical work permit is not yet integrated with the card: its next extension "
                            + "or change loads it",
                        german: "die physische Arbeitserlaubnis ist noch nicht in die Karte integriert: ihre nächste "
                            + "Verlängerung oder Änderung lädt sie",
                        chinese: "实体工作许可尚未与社保卡融合，下次延期或变更时载入"),
                    facts: facts))
        }
        if CardFunction.socialSecurity.contains(function), !physicalCardReceived {
            violations.append(
                Violation(
                    rule: .workPermitElectronicCard,
                    message: LocalizedText(
                        english: "the standard services follow once the physical card has been received",
                        german: "die Standarddienste folgen nach Erhalt der physischen Karte",
                        chinese: "领取实体社保卡后方可使用标准服务"),
                    facts: facts))
        }
        if CardFunction.beijingPass.contains(function), !physicalCardReceived {
            violations.append(
                Violation(
                    rule: .form,
                    message: LocalizedText(
                        english: "before the physical card exists the electronic card carries only the work permit "
                            + "information: the BEIJING PASS services follow once the physical card has been received",
                        german: "bevor die physische Karte existiert, trägt die elektronische Karte nur die "
                            + "Informationen zur Arbeitserlaubnis: die BEIJING-PASS-Dienste folgen nach Erhalt der "
                            + "physischen Karte",
                        chinese: "实体社保卡制发前，电子社保卡仅载有工作许可信息：领取实体社保卡后方可使用“一卡通”服务"),
                    facts: facts))
        }
        if function == .financial {
            violations.append(
                Violation(
                    rule: .functions,
                    message: LocalizedText(
                        english: "the bank function is activated on the physical card at the issuing bank",
                        german: "die Bankfunktion wird auf der physischen Karte bei der ausgebenden Bank aktiviert",
                        chinese: "金融功能须持实体社保卡到发卡银行激活"),
                    facts: facts))
        }
        return ServiceDecision(function: function, violations: violations, notes: [Readings.services])
    }

    // MARK: - Events

    /// Takes `event` and returns what the host carries out.
    ///
    /// - Throws: ``ElectronicCardError``, leaving the card unchanged: ``ElectronicCardError/Code/outOfOrder``,
    ///   ``ElectronicCardError/Code/alreadyRegistered``, ``ElectronicCardError/Code/realNameNotVerified``,
    ///   ``ElectronicCardError/Code/alreadyVerified``, ``ElectronicCardError/Code/alreadyReceived``,
    ///   ``ElectronicCardError/Code/integrationNotInForce``, ``ElectronicCardError/Code/credentialMismatch`` (a
    ///   permit that is not the one registered with or carried) or ``ElectronicCardError/Code/permitNotValid``.
    @discardableResult
    public mutating func handle(_ event: ElectronicCardEvent) throws(ElectronicCardError) -> [ElectronicCardEffect] {
        if let previous = self.history.last?.date, event.date < previous {
            throw ElectronicCardError(
                code: .outOfOrder, phase: self.phase, violations: [Messages.outOfOrder(event.date, previous: previous)])
        }
        var next = self.state
        var effects: [ElectronicCardEffect] = []
        switch event {
        case .registered:
            throw self.refusal(
                .alreadyRegistered, event,
                english: "the card is already registered", german: "die Karte ist bereits registriert",
                chinese: "电子社保卡已注册")
        case .realNameVerified(let date):
            guard case .pending = next.verification else {
                throw self.refusal(
                    .alreadyVerified, event, english: "real-name verification has already passed",
                    german: "die Prüfung des echten Namens ist bereits erfolgt", chinese: "已完成实名认证")
            }
            next.verification = .realName(on: date)
            effects = [.requestRealPersonVerification]
        case .realPersonVerified(let date):
            switch next.verification {
            case .pending:
                throw self.refusal(
                    .realNameNotVerified, event,
                    english: "real-person verification comes after real-name verification",
                    german: "die Prüfung der echten Person folgt auf die Prüfung des echten Namens",
                    chinese: "须先完成实名认证，再进行实人认证")
            case .complete:
                throw self.refusal(
                    .alreadyVerified, event, english: "real-person verification has already passed",
                    german: "die Prüfung der echten Person ist bereits erfolgt", chinese: "已完成实人认证")
            case .realName(let realName):
                next.verification = .complete(realName: realName, realPerson: date)
            }
        case .physicalCardReceived(let date):
            guard next.physicalCardReceivedOn == nil else {
                throw self.refusal(
                    .alreadyReceived, event, english: "the physical card has already been received",
                    german: "die physische Karte wurde bereits erhalten", chinese: "已领取实体社保卡")
            }
            next.physicalCardReceivedOn = date
        case .workPermitInformationLoaded(let date, let information):
            let violations = self.loadViolations(information, on: date)
            if let (code, _) = violations.first {
                throw ElectronicCardError(code: code, phase: self.phase, violations: violations.map(\.1))
            }
            next.workPermit = information
        }
        // What the card gives on the event's day, before and after it: a permit that has expired by then is
        // neither shown nor offered (WP-ECARD).
        let before = self.functions(on: event.date)
        let wasShowing = self.workPermitInformation(on: event.date)
        self.state = next
        self.history.append(event)
        if let shown = self.workPermitInformation(on: event.date), shown != wasShowing {
            effects.append(.showWorkPermitInformation(shown))
        }
        let after = self.functions(on: event.date)
        if after != before {
            effects.append(.offerFunctions(after))
        }
        return effects
    }

    private func refusal(
        _ code: ElectronicCardError.Code, _ event: ElectronicCardEvent, english: String, german: String,
        chinese: String
    ) -> ElectronicCardError {
        ElectronicCardError(
            code: code, phase: self.phase,
            violations: [
                Messages.notNow(
                    event.name, phase: self.phase.rawValue, rule: .workPermitElectronicCard, english: english,
                    german: german, chinese: chinese)
            ])
    }

    // MARK: - Convenience events

    /// Real-name verification passed on `date` (WP-ECARD).
    ///
    /// - Throws: ``ElectronicCardError``, as ``handle(_:)``.
    @discardableResult
    public mutating func verifyRealName(on date: CivilDate) throws(ElectronicCardError) -> [ElectronicCardEffect] {
        try self.handle(.realNameVerified(on: date))
    }

    /// Real-person verification passed on `date` (WP-ECARD).
    ///
    /// - Throws: ``ElectronicCardError``, as ``handle(_:)``.
    @discardableResult
    public mutating func verifyRealPerson(on date: CivilDate) throws(ElectronicCardError) -> [ElectronicCardEffect] {
        try self.handle(.realPersonVerified(on: date))
    }

    /// The physical card was received on `date` (WP-ECARD).
    ///
    /// - Throws: ``ElectronicCardError``, as ``handle(_:)``.
    @discardableResult
    public mutating func receivePhysicalCard(
        on date: CivilDate
    ) throws(ElectronicCardError)
        -> [ElectronicCardEffect]
    {
        try self.handle(.physicalCardReceived(on: date))
    }
}

extension ElectronicCard: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// `ElectronicCard(verified, <masked registration>)`.
    public var description: String { "ElectronicCard(\(self.phase), \(self.state.registration))" }

    /// The same as ``description``.
    public var debugDescription: String { self.description }

    /// A mirror with masked values only.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "phase": self.phase, "registration": self.state.registration.description,
                "functions": self.functions(on: self.latestDate).map(\.rawValue).sorted(),
                "events": self.history.count,
            ], displayStyle: .struct)
    }
}

extension ElectronicCard: Codable {
    /// Decodes the policy and the history and replays it, refusing a history the card would not take.
    public init(from decoder: any Decoder) throws {
        self = try HistorySnapshot.decode(from: decoder) {
            (history: [ElectronicCardEvent], policy) throws(ElectronicCardError) in
            try ElectronicCard(replaying: history, policy: policy)
        }
    }

    /// Encodes the policy and the history.
    public func encode(to encoder: any Encoder) throws {
        try HistorySnapshot.encode(policy: self.policy, history: self.history, to: encoder)
    }
}
