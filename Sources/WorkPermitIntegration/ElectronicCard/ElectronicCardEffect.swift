public import CardModel

/// What the host carries out after an electronic card event.
///
/// An instruction to the host, never input to a card: `Encodable` (for logs and the `--json` output), not
/// `Decodable`.
public enum ElectronicCardEffect: Sendable, Hashable, CustomStringConvertible {
    /// Ask the foreigner for real-name verification (WP-ECARD).
    case requestRealNameVerification
    /// Ask the foreigner for real-person (face) verification (WP-ECARD).
    case requestRealPersonVerification
    /// Show this work permit information on the card (WP-ECARD, WP-SERVICES).
    case showWorkPermitInformation(WorkPermitInformation)
    /// The card now gives exactly these functions (WP-SERVICES, CM-FUNCTIONS); the work permit services end after
    /// the permit's last valid day (ask ``ElectronicCard/functions(on:)`` then).
    case offerFunctions(Set<CardFunction>)

    /// The effect's name, such as `offerFunctions`.
    public var name: String {
        switch self {
        case .requestRealNameVerification: "requestRealNameVerification"
        case .requestRealPersonVerification: "requestRealPersonVerification"
        case .showWorkPermitInformation: "showWorkPermitInformation"
        case .offerFunctions: "offerFunctions"
        }
    }

    /// The effect's name and details, the permit number masked, such as `offerFunctions(notifications, …)`.
    public var description: String {
        switch self {
        case .requestRealNameVerification: "requestRealNameVerification"
        case .requestRealPersonVerification: "requestRealPersonVerification"
        case .showWorkPermitInformation(let information): "showWorkPermitInformation(\(information))"
        case .offerFunctions(let functions):
            "offerFunctions(\(functions.map { $0.rawValue }.sorted().joined(separator: ", ")))"
        }
    }
}
