public import CardModel

/// Something that happened to a foreigner's electronic social security card, with its date (WP-ECARD).
///
/// The first event of a card's history is ``registered(on:registration:)``, and only the first:
/// ``ElectronicCard/open(on:_:policy:)`` records it.
public enum ElectronicCardEvent: CaseEvent {
    /// The foreigner registered in the app with the name and the work permit or social security number.
    case registered(on: CivilDate, registration: ElectronicCardRegistration)
    /// Real-name verification passed.
    case realNameVerified(on: CivilDate)
    /// Real-person (face) verification passed.
    case realPersonVerified(on: CivilDate)
    /// The physical social security card was received (WP-ECARD: standard services from now on).
    case physicalCardReceived(on: CivilDate)
    /// The work permit's information was loaded or updated (integration of a physical permit by its next
    /// extension or change, WP-NO-CHANGE, or an extension or change of an integrated one).
    case workPermitInformationLoaded(on: CivilDate, information: WorkPermitInformation)

    /// The day the event happened.
    public var date: CivilDate {
        switch self {
        case .registered(let date, _), .realNameVerified(let date), .realPersonVerified(let date),
            .physicalCardReceived(let date), .workPermitInformationLoaded(let date, _):
            date
        }
    }

    /// The event's name, such as `realNameVerified`.
    public var name: String {
        switch self {
        case .registered: "registered"
        case .realNameVerified: "realNameVerified"
        case .realPersonVerified: "realPersonVerified"
        case .physicalCardReceived: "physicalCardReceived"
        case .workPermitInformationLoaded: "workPermitInformationLoaded"
        }
    }

    /// The name, the date and masked details, such as `registered(2026-03-03, <masked registration>)`.
    public var description: String {
        switch self {
        case .registered(let date, let registration): "registered(\(date), \(registration))"
        case .workPermitInformationLoaded(let date, let information):
            "workPermitInformationLoaded(\(date), \(information))"
        case .realNameVerified, .realPersonVerified, .physicalCardReceived: "\(self.name)(\(self.date))"
        }
    }
}
