/// An identity document a person presents: a resident identity card, a foreign permanent resident ID card or
/// a passport (RP-DOCUMENTS, RP-RECEIPT).
///
/// The number is personal information and masked in every printed form. Two documents identify the same
/// person when they are of the same kind and have the same number (``identifiesSamePerson(as:)``).
public struct IdentityDocument: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The kind of document.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Resident identity card of the PRC (居民身份证).
        case residentIdentityCard
        /// Foreign Permanent Resident ID Card (外国人永久居留身份证).
        case foreignPermanentResidentIDCard
        /// Passport.
        case passport
    }

    /// The kind of document.
    public let kind: Kind
    /// The last day the document is valid, if it expires.
    public let validUntil: CivilDate?
    private let number: String

    /// A resident identity card.
    public init(residentIdentityCard number: ResidentIdentityNumber, validUntil: CivilDate? = nil) {
        self.kind = .residentIdentityCard
        self.number = number.revealed
        self.validUntil = validUntil
    }

    /// A Foreign Permanent Resident ID Card.
    public init(foreignPermanentResidentIDCard number: ForeignPermanentResidentIDNumber, validUntil: CivilDate? = nil) {
        self.kind = .foreignPermanentResidentIDCard
        self.number = number.revealed
        self.validUntil = validUntil
    }

    /// A passport.
    public init(passport number: PassportNumber, validUntil: CivilDate? = nil) {
        self.kind = .passport
        self.number = number.revealed
        self.validUntil = validUntil
    }

    /// The full document number. Personal information: show it only where the user asked for it.
    public var revealedNumber: String { self.number }

    /// The birth date the document's number records: a resident identity card's, or a 2023 permanent resident
    /// ID card's; `nil` for a passport or an older permanent resident number.
    public var birthDate: CivilDate? {
        switch self.kind {
        case .residentIdentityCard: (try? ResidentIdentityNumber(self.number))?.birthDate
        case .foreignPermanentResidentIDCard: (try? ForeignPermanentResidentIDNumber(self.number))?.birthDate
        case .passport: nil
        }
    }

    /// Whether the document is valid on `date` (not expired).
    public func isValid(on date: CivilDate) -> Bool {
        self.validUntil.map { date <= $0 } ?? true
    }

    /// Whether this document and `other` are the same person's: same kind and same number.
    public func identifiesSamePerson(as other: IdentityDocument) -> Bool {
        self.kind == other.kind && self.number == other.number
    }

    /// `residentIdentityCard 1101**********002X`.
    public var description: String { "\(self.kind.rawValue) \(IdentifierText.mask(self.number))" }
    /// `IdentityDocument(residentIdentityCard 1101**********002X)`.
    public var debugDescription: String { "IdentityDocument(\(self.description))" }
}

/// An identity document as shown at a counter: the document and whether the original is shown (RP-DOCUMENTS).
public struct PresentedDocument: Sendable, Hashable, CustomStringConvertible {
    /// The document.
    public let document: IdentityDocument
    /// Whether the original is shown (not a copy).
    public let isOriginal: Bool

    /// Creates a presented document; by default the original.
    public init(_ document: IdentityDocument, isOriginal: Bool = true) {
        self.document = document
        self.isOriginal = isOriginal
    }

    /// Whether it is an original that is valid on `date`.
    public func isOriginalAndValid(on date: CivilDate) -> Bool {
        self.isOriginal && self.document.isValid(on: date)
    }

    /// The masked document and whether it is the original.
    public var description: String { "\(self.document)\(self.isOriginal ? "" : " (copy)")" }
}
