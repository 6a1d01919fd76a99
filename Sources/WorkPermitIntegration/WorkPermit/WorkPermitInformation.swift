public import CardModel

/// The work permit information loaded on the social security card and shown by the electronic card
/// (WP-EFFECTIVE, WP-ECARD, WP-SERVICES): number, category and validity.
///
/// The number is personal information: every printed form masks it (CM-PRIVACY).
public struct WorkPermitInformation: Sendable, Hashable, CustomStringConvertible,
    CustomDebugStringConvertible, CustomReflectable
{
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

    /// A mirror showing the masked number only.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "number": self.number.description, "category": self.category,
                "validUntil": self.validUntil.description,
            ], displayStyle: .struct)
    }
}

#if !hasFeature(Embedded)
    extension WorkPermitInformation: Codable {
        private enum CodingKeys: String, CodingKey { case number, category, validUntil }

        /// Decodes `{"number": "WP…", "category": "B", "validUntil": "2027-12-31"}`, validating the number again.
        ///
        /// - Throws: `DecodingError` for a missing or invalid value.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                number: try container.decode(WorkPermitNumber.self, forKey: .number),
                category: try container.decode(WorkPermitCategory.self, forKey: .category),
                validUntil: try container.decode(CivilDate.self, forKey: .validUntil))
        }

        /// Encodes the number, the category and the last valid day, with the keys ``init(from:)`` reads.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.number, forKey: .number)
            try container.encode(self.category, forKey: .category)
            try container.encode(self.validUntil, forKey: .validUntil)
        }
    }
#endif
