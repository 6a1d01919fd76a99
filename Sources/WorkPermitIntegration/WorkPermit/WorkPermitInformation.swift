public import CardModel

/// The work permit information loaded on the social security card and shown by the electronic card
/// (WP-EFFECTIVE, WP-ECARD, WP-SERVICES): number, category and validity.
///
/// The number is personal information: every printed form masks it (CM-PRIVACY).
public struct WorkPermitInformation: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The work permit number.
    public let number: WorkPermitNumber
    /// The category, A, B or C (WP-CATEGORY).
    public let category: WorkPermitCategory
    /// The last day the permit is valid.
    public let validUntil: CivilDate

    /// Creates the information of a permit.
    public init(number: WorkPermitNumber, category: WorkPermitCategory, validUntil: CivilDate) {
        self.number = number
        self.category = category
        self.validUntil = validUntil
    }

    /// `WorkPermitInformation(1234****5678, B, valid until 2027-03-01)` with the number masked.
    public var description: String {
        "WorkPermitInformation(\(self.number), \(self.category), valid until \(self.validUntil))"
    }

    /// The same as ``description``.
    public var debugDescription: String { self.description }
}
