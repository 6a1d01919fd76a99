public import CardModel

/// What a foreigner's electronic social security card gives on a day, from the facts its holder knows:
/// verified or not, the day the physical card was received, and the permit it carries (WP-SERVICES, WP-ECARD,
/// WP-EFFECTIVE, WP-NO-CHANGE, CM-FORM, CM-FUNCTIONS); what `sscard ecard services` prints.
///
/// The answers are those of ``ElectronicCard/decision(for:on:)`` for a card in the same phase, without its
/// history: before both verifications nothing; a verified card gives the work permit services (query and
/// download the permit's information, verify its QR code, notifications) while the permit is valid; once the
/// physical card has been received, the social security functions and the BEIJING PASS services ("All-in-One
/// Card": business information, benefits and subsidies) too. Before the integration (2024-12-01) the card
/// carries no work permit information (WP-EFFECTIVE).
///
/// ```swift
/// let services = ElectronicCardServices(on: try CivilDate(parsing: "2026-03-10"))
/// services.available    // [.workPermitInformation, .workPermitQRVerification, .notifications]
/// ```
///
/// An answer the library computes: `Encodable` (for logs and the `--json` output), not `Decodable`, since its
/// decisions are.
public struct ElectronicCardServices: Sendable, Hashable {
    /// The day asked about.
    public let date: CivilDate
    /// The card's phase on that day.
    public let phase: ElectronicCard.Phase
    /// One decision a function, in the order of `CardFunction.allCases`.
    public let decisions: [ServiceDecision]
    /// The readings the answer rests on.
    public let notes: [Interpretation]

    /// Answers what the card gives on `date`.
    ///
    /// - Parameters:
    ///   - date: The day asked about.
    ///   - verified: Whether real-name and real-person verification have passed (by `date`).
    ///   - physicalCardReceivedOn: The day the physical card was received, if it was; a later day counts as not
    ///     yet received.
    ///   - carriesWorkPermitInformation: `false` for a physical permit not yet integrated (WP-NO-CHANGE).
    ///   - workPermitValidUntil: The permit's last valid day, if known; unknown counts as valid on `date`.
    ///   - policy: The policy (the effective date of the integration); `.beijing` by default.
    public init(
        on date: CivilDate, verified: Bool = true, physicalCardReceivedOn: CivilDate? = nil,
        carriesWorkPermitInformation: Bool = true, workPermitValidUntil: CivilDate? = nil,
        policy: WorkPermitIntegrationPolicy = .beijing
    ) {
        let received = physicalCardReceivedOn.map { $0 <= date } ?? false
        let phase: ElectronicCard.Phase = verified ? (received ? .standardServices : .verified) : .registered
        let integrated = carriesWorkPermitInformation && policy.isIntegrationInForce(on: date)
        let validUntil = integrated ? (workPermitValidUntil ?? CivilDate.latest) : nil
        self.date = date
        self.phase = phase
        self.decisions = CardFunction.allCases.map { function in
            let decision = ElectronicCard.decision(
                for: function, on: date, phase: phase, workPermitValidUntil: validUntil, physicalCardReceived: received)
            guard carriesWorkPermitInformation, !policy.isIntegrationInForce(on: date),
                CardFunction.workPermit.contains(function)
            else { return decision }
            // Before the integration the card carries no permit: say why, not only "not yet integrated".
            let others = decision.violations.filter { $0.rule != .workPermitNoChange }
            return ServiceDecision(
                function: function, violations: [Self.notInForce(date, policy: policy)] + others,
                notes: decision.notes)
        }
        self.notes = [Readings.services]
    }

    /// The functions the card gives on the day, in the order of `CardFunction.allCases`.
    public var available: [CardFunction] { self.decisions.filter { $0.isApproved }.map { $0.function } }

    /// The decision for `function`.
    public func decision(for function: CardFunction) -> ServiceDecision? {
        self.decisions.first { $0.function == function }
    }

    private static func notInForce(_ date: CivilDate, policy: WorkPermitIntegrationPolicy) -> Violation {
        Violation(
            rule: .workPermitEffective, message: ElectronicCardMessages.loadedOnlyFrom(policy.effectiveDate),
            facts: [Fact("date", "\(date)"), Fact("effectiveDate", "\(policy.effectiveDate)")])
    }
}
