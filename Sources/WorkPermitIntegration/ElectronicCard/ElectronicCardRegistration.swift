public import CardModel

/// What a foreigner registers the electronic social security card with: the name plus either the work
/// permit number or the social security number (WP-ECARD).
///
/// Name and numbers are personal information: every printed form masks them (CM-PRIVACY).
public struct ElectronicCardRegistration: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The number the foreigner registers with, besides the name (WP-ECARD).
    public enum Credential: Sendable, Hashable, CustomStringConvertible {
        /// The work permit number.
        case workPermitNumber(WorkPermitNumber)
        /// The social security number.
        case socialSecurityNumber(SocialSecurityNumber)

        /// The kind and the masked number, such as `workPermitNumber 1234****5678`.
        public var description: String {
            switch self {
            case .workPermitNumber(let number): "workPermitNumber \(number)"
            case .socialSecurityNumber(let number): "socialSecurityNumber \(number)"
            }
        }

        /// `workPermitNumber` or `socialSecurityNumber`.
        public var kind: String {
            switch self {
            case .workPermitNumber: "workPermitNumber"
            case .socialSecurityNumber: "socialSecurityNumber"
            }
        }
    }

    /// The foreigner's name.
    public let name: PersonName
    /// The work permit number or the social security number.
    public let credential: Credential
    /// The work permit the service system holds for this person, loaded on the card after verification;
    /// `nil` for a physical permit not yet integrated (WP-NO-CHANGE), whose card carries no permit
    /// information.
    public let workPermit: WorkPermitInformation?

    /// Creates a registration.
    ///
    /// - Parameters:
    ///   - name: The foreigner's name.
    ///   - credential: The work permit number or the social security number.
    ///   - workPermit: The integrated permit's information, or `nil` for a physical permit.
    public init(name: PersonName, credential: Credential, workPermit: WorkPermitInformation?) {
        self.name = name
        self.credential = credential
        self.workPermit = workPermit
    }

    /// The masked name and credential.
    public var description: String {
        "ElectronicCardRegistration(\(self.name), \(self.credential)"
            + (self.workPermit.map { ", permit \($0.category) valid until \($0.validUntil))" } ?? ", no permit)")
    }

    /// The same as ``description``.
    public var debugDescription: String { self.description }
}
