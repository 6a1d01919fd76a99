public import CardModel

/// A step of a foreign employee's onboarding, in the order of WORK-PERMIT-2024.
public enum OnboardingStep: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// The Notification Letter of Foreigner's Work Permit is issued (WP-NOTIFICATION).
    case notificationLetter
    /// The Z (work) visa is issued, applied for with the Notification Letter (WP-VISA).
    case zVisa
    /// The foreigner enters China on the Z visa (WP-VISA).
    case entry
    /// The electronic social security card is registered and verified (WP-ECARD).
    case electronicCard
    /// The employer or the foreigner enrols the foreigner in social insurance (WP-ENROL).
    case enrolment
    /// The social insurance agency verifies the permit and creates the social security number (WP-ENROL).
    case socialSecurityNumber
    /// The card service issues the physical social security card (WP-ENROL).
    case physicalCardIssued
    /// The foreigner receives the physical card; the electronic card gives the standard services (WP-ECARD).
    case physicalCardReceived
    /// The residence permit is applied for at the exit-entry administration (WP-RESIDENCE).
    case residencePermitApplication
    /// The public security organ decides on the residence permit (WP-RESIDENCE-DEADLINE).
    case residencePermitDecision

    /// The step's id, such as `residencePermitApplication`.
    public var description: String { self.rawValue }

    /// The rule the step follows.
    public var rule: RuleID {
        switch self {
        case .notificationLetter: .workPermitNotification
        case .zVisa, .entry: .workPermitVisa
        case .electronicCard, .physicalCardReceived: .workPermitElectronicCard
        case .enrolment, .socialSecurityNumber, .physicalCardIssued: .workPermitEnrolment
        case .residencePermitApplication: .workPermitResidence
        case .residencePermitDecision: .workPermitResidenceDeadline
        }
    }

    /// The step's name in three languages.
    public var name: LocalizedText {
        switch self {
        case .notificationLetter:
            LocalizedText(
                english: "Notification Letter of Foreigner's Work Permit issued",
                german: "Mitteilung über die Arbeitserlaubnis für Ausländer ausgestellt", chinese: "签发《外国人工作许可通知》")
        case .zVisa:
            LocalizedText(english: "Z visa issued", german: "Z-Visum erteilt", chinese: "签发Z字签证")
        case .entry:
            LocalizedText(english: "entry into China", german: "Einreise nach China", chinese: "入境")
        case .electronicCard:
            LocalizedText(
                english: "electronic social security card registered",
                german: "elektronische Sozialversicherungskarte "
                    + "registriert", chinese: "注册电子社保卡")
        case .enrolment:
            LocalizedText(
                english: "social insurance enrolment", german: "Anmeldung zur Sozialversicherung", chinese: "参保登记")
        case .socialSecurityNumber:
            LocalizedText(
                english: "social security number assigned", german: "Sozialversicherungsnummer vergeben",
                chinese: "生成社会保障号码")
        case .physicalCardIssued:
            LocalizedText(
                english: "physical social security card issued",
                german: "physische Sozialversicherungskarte ausgestellt",
                chinese: "制发实体社保卡")
        case .physicalCardReceived:
            LocalizedText(
                english: "physical social security card received",
                german: "physische Sozialversicherungskarte erhalten",
                chinese: "领取实体社保卡")
        case .residencePermitApplication:
            LocalizedText(
                english: "residence permit applied for", german: "Aufenthaltstitel beantragt", chinese: "申请居留许可")
        case .residencePermitDecision:
            LocalizedText(
                english: "residence permit decided", german: "über den Aufenthaltstitel entschieden",
                chinese: "居留许可审批决定")
        }
    }
}
