public import CardModel

/// Something that happened in a foreign employee's onboarding, with its date.
public enum OnboardingEvent: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The Notification Letter of Foreigner's Work Permit was issued (WP-NOTIFICATION).
    case notificationLetterIssued(on: CivilDate)
    /// The Z visa was issued, applied for with the Notification Letter (WP-VISA).
    case zVisaIssued(on: CivilDate)
    /// The foreigner entered China on the Z visa.
    case entered(on: CivilDate)
    /// The electronic social security card was registered and passed real-name and real-person verification
    /// (WP-ECARD; the detailed steps are ``ElectronicCard``'s).
    case electronicCardRegistered(on: CivilDate)
    /// The foreigner was enrolled in social insurance (WP-ENROL).
    case enrolled(on: CivilDate, by: Enroller, channel: EnrolmentChannel, document: PermitDocument)
    /// The social insurance agency verified the permit and created the social security number (WP-ENROL).
    case socialSecurityNumberAssigned(on: CivilDate)
    /// The card service issued the physical social security card (WP-ENROL).
    case physicalCardIssued(on: CivilDate)
    /// The foreigner received the physical card (WP-ECARD).
    case physicalCardReceived(on: CivilDate)
    /// The foreigner applied for the residence permit at the exit-entry administration of the place of
    /// work, presenting `document` (WP-RESIDENCE).
    case residencePermitApplied(on: CivilDate, document: PermitDocument)
    /// The residence permit was granted, valid until `validUntil` (WP-RESIDENCE-DEADLINE).
    case residencePermitGranted(on: CivilDate, validUntil: CivilDate)
    /// The residence permit was refused; the onboarding is closed.
    case residencePermitRefused(on: CivilDate)

    /// The day the event happened.
    public var date: CivilDate {
        switch self {
        case .notificationLetterIssued(let date), .zVisaIssued(let date), .entered(let date),
            .electronicCardRegistered(let date), .enrolled(let date, _, _, _), .socialSecurityNumberAssigned(let date),
            .physicalCardIssued(let date), .physicalCardReceived(let date), .residencePermitApplied(let date, _),
            .residencePermitGranted(let date, _), .residencePermitRefused(let date):
            date
        }
    }

    /// The step the event completes.
    public var step: OnboardingStep {
        switch self {
        case .notificationLetterIssued: .notificationLetter
        case .zVisaIssued: .zVisa
        case .entered: .entry
        case .electronicCardRegistered: .electronicCard
        case .enrolled: .enrolment
        case .socialSecurityNumberAssigned: .socialSecurityNumber
        case .physicalCardIssued: .physicalCardIssued
        case .physicalCardReceived: .physicalCardReceived
        case .residencePermitApplied: .residencePermitApplication
        case .residencePermitGranted, .residencePermitRefused: .residencePermitDecision
        }
    }

    /// The event's name, such as `residencePermitApplied`.
    public var name: String {
        switch self {
        case .notificationLetterIssued: "notificationLetterIssued"
        case .zVisaIssued: "zVisaIssued"
        case .entered: "entered"
        case .electronicCardRegistered: "electronicCardRegistered"
        case .enrolled: "enrolled"
        case .socialSecurityNumberAssigned: "socialSecurityNumberAssigned"
        case .physicalCardIssued: "physicalCardIssued"
        case .physicalCardReceived: "physicalCardReceived"
        case .residencePermitApplied: "residencePermitApplied"
        case .residencePermitGranted: "residencePermitGranted"
        case .residencePermitRefused: "residencePermitRefused"
        }
    }

    /// The name, the date and the details, such as `enrolled(2026-03-05, employer, socialInsuranceAgency, ...)`.
    public var description: String {
        switch self {
        case .enrolled(let date, let by, let channel, let document): "enrolled(\(date), \(by), \(channel), \(document))"
        case .residencePermitApplied(let date, let document): "residencePermitApplied(\(date), \(document))"
        case .residencePermitGranted(let date, let validUntil):
            "residencePermitGranted(\(date), valid until \(validUntil))"
        case .notificationLetterIssued, .zVisaIssued, .entered, .electronicCardRegistered,
            .socialSecurityNumberAssigned, .physicalCardIssued, .physicalCardReceived, .residencePermitRefused:
            "\(self.name)(\(self.date))"
        }
    }
}

/// What the host carries out after an onboarding event.
public enum OnboardingEffect: Sendable, Hashable, Codable, CustomStringConvertible {
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

    /// The effect's name and details.
    public var description: String {
        switch self {
        case .scheduleDeadline(let deadline): "scheduleDeadline(\(deadline))"
        case .cancelDeadline(let kind): "cancelDeadline(\(kind))"
        case .flagMissedDeadline(let deadline): "flagMissedDeadline(\(deadline))"
        case .issuePhysicalWorkPermitCard: "issuePhysicalWorkPermitCard"
        case .verifyWorkPermit(let methods): "verifyWorkPermit(\(methods.map(\.rawValue).joined(separator: ", ")))"
        case .issuePhysicalCard: "issuePhysicalCard"
        case .offerFunctions(let functions):
            "offerFunctions(\(functions.map(\.rawValue).sorted().joined(separator: ", ")))"
        case .recordResidencePermit(let validUntil): "recordResidencePermit(valid until \(validUntil))"
        case .completed: "completed"
        case .closed: "closed"
        }
    }
}
