public import CardModel

/// Something that happened in a foreign employee's onboarding, with its date.
public enum OnboardingEvent: CaseEvent {
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
