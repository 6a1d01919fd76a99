public import CardModel

/// What the host carries out after a work permit event.
///
/// An instruction to the host, never input to a permit: `Encodable` (for logs and the `--json` output), not
/// `Decodable`.
public enum WorkPermitEffect: Sendable, Hashable, CustomStringConvertible {
    /// Issue a physical work permit card (a permit issued before the effective date, WP-EFFECTIVE).
    case issuePhysicalPermitCard(WorkPermitInformation)
    /// Update the physical work permit card (extended or changed before the effective date).
    case updatePhysicalPermitCard(WorkPermitInformation)
    /// Load the permit's information onto the physical and the electronic social security card
    /// (WP-EFFECTIVE); no physical work permit card is issued (WP-ONLINE).
    case loadOntoSocialSecurityCard(WorkPermitInformation)
    /// The physical work permit card is no longer the permit: it now lives on the social security card
    /// (its first extension or change from the effective date, WP-NO-CHANGE).
    case retirePhysicalPermitCard
    /// Remove the cancelled permit's information from the social security card.
    case removeFromSocialSecurityCard
    /// Withdraw the cancelled physical work permit card.
    case withdrawPhysicalPermitCard
    /// Schedule a reminder for the permit's last valid day.
    case scheduleExpiry(CivilDate)
    /// Cancel the reminder for the permit's last valid day.
    case cancelExpiryReminder

    /// The effect's name, such as `scheduleExpiry`.
    public var name: String {
        switch self {
        case .issuePhysicalPermitCard: "issuePhysicalPermitCard"
        case .updatePhysicalPermitCard: "updatePhysicalPermitCard"
        case .loadOntoSocialSecurityCard: "loadOntoSocialSecurityCard"
        case .retirePhysicalPermitCard: "retirePhysicalPermitCard"
        case .removeFromSocialSecurityCard: "removeFromSocialSecurityCard"
        case .withdrawPhysicalPermitCard: "withdrawPhysicalPermitCard"
        case .scheduleExpiry: "scheduleExpiry"
        case .cancelExpiryReminder: "cancelExpiryReminder"
        }
    }

    /// The effect's name and details, the permit number masked, such as `scheduleExpiry(2026-11-30)`.
    public var description: String {
        switch self {
        case .issuePhysicalPermitCard(let information): "issuePhysicalPermitCard(\(information))"
        case .updatePhysicalPermitCard(let information): "updatePhysicalPermitCard(\(information))"
        case .loadOntoSocialSecurityCard(let information): "loadOntoSocialSecurityCard(\(information))"
        case .retirePhysicalPermitCard: "retirePhysicalPermitCard"
        case .removeFromSocialSecurityCard: "removeFromSocialSecurityCard"
        case .withdrawPhysicalPermitCard: "withdrawPhysicalPermitCard"
        case .scheduleExpiry(let date): "scheduleExpiry(\(date))"
        case .cancelExpiryReminder: "cancelExpiryReminder"
        }
    }
}
