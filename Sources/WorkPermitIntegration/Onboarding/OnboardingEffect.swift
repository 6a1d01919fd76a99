public import CardModel

/// What the host carries out after an onboarding event.
///
/// An instruction to the host, never input to an onboarding: `Encodable` (for logs and JSON), not `Decodable`.
public enum OnboardingEffect: Sendable, Hashable, CustomStringConvertible {
    /// Schedule a reminder for this deadline.
    case scheduleDeadline(OnboardingDeadline)
    /// The deadline was met in time: cancel its reminder.
    case cancelDeadline(OnboardingDeadline.Kind)
    /// The deadline was missed: the step came after its last day, or the last day passed without it.
    case flagMissedDeadline(OnboardingDeadline)
    /// Under the procedure before the effective date: the physical work permit card is issued after entry
    /// (WP-EFFECTIVE).
    case issuePhysicalWorkPermitCard
    /// The authority verifies the work permit by these means (WP-ENROL, WP-RESIDENCE).
    case verifyWorkPermit([WorkPermitVerification])
    /// The card service issues the physical social security card (WP-ENROL).
    case issuePhysicalCard
    /// The foreigner's electronic card now gives exactly these functions (WP-SERVICES, WP-ECARD).
    case offerFunctions(Set<CardFunction>)
    /// Record the residence permit, valid until that day.
    case recordResidencePermit(validUntil: CivilDate)
    /// Every step is done: residence permit granted and physical card received.
    case completed
    /// The residence permit was refused: the onboarding is closed, every reminder cancelled.
    case closed

    /// The effect's name, such as `scheduleDeadline`.
    public var name: String {
        switch self {
        case .scheduleDeadline: "scheduleDeadline"
        case .cancelDeadline: "cancelDeadline"
        case .flagMissedDeadline: "flagMissedDeadline"
        case .issuePhysicalWorkPermitCard: "issuePhysicalWorkPermitCard"
        case .verifyWorkPermit: "verifyWorkPermit"
        case .issuePhysicalCard: "issuePhysicalCard"
        case .offerFunctions: "offerFunctions"
        case .recordResidencePermit: "recordResidencePermit"
        case .completed: "completed"
        case .closed: "closed"
        }
    }

    /// The effect's name and details.
    public var description: String {
        switch self {
        case .scheduleDeadline(let deadline): "scheduleDeadline(\(deadline))"
        case .cancelDeadline(let kind): "cancelDeadline(\(kind))"
        case .flagMissedDeadline(let deadline): "flagMissedDeadline(\(deadline))"
        case .issuePhysicalWorkPermitCard: "issuePhysicalWorkPermitCard"
        case .verifyWorkPermit(let methods): "verifyWorkPermit(\(methods.map { $0.rawValue }.joined(separator: ", ")))"
        case .issuePhysicalCard: "issuePhysicalCard"
        case .offerFunctions(let functions):
            "offerFunctions(\(functions.map { $0.rawValue }.sorted().joined(separator: ", ")))"
        case .recordResidencePermit(let validUntil): "recordResidencePermit(valid until \(validUntil))"
        case .completed: "completed"
        case .closed: "closed"
        }
    }
}
