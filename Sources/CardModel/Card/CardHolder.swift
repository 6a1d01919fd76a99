/// The person a card is for: name, identity document, birth date and insured category.
///
/// Name and document number are personal information and masked in every printed form (CM-PRIVACY).
public struct CardHolder: Sendable, Hashable, CustomStringConvertible {
    /// The holder's name.
    public let name: PersonName
    /// The holder's identity document.
    public let document: IdentityDocument
    /// The holder's birth date.
    public let birthDate: CivilDate
    /// Who pays the holder's social insurance (CM-CATEGORY).
    public let category: InsuredCategory

    /// A holder identified by a resident identity number; the birth date is the number's.
    public init(
        name: PersonName, residentIdentityNumber: ResidentIdentityNumber, category: InsuredCategory,
        documentValidUntil: CivilDate? = nil
    ) {
        self.name = name
        self.document = IdentityDocument(residentIdentityCard: residentIdentityNumber, validUntil: documentValidUntil)
        self.birthDate = residentIdentityNumber.birthDate
        self.category = category
    }

    /// A holder identified by any identity document, with the birth date given.
    ///
    /// - Throws: ``Error/birthDateContradictsDocument`` when the document's number records another birth date
    ///   (a resident identity card, or an 18-digit permanent resident ID card).
    public init(
        name: PersonName, document: IdentityDocument, birthDate: CivilDate, category: InsuredCategory
    )
        throws(CardHolder.Error)
    {
        if let recorded = document.birthDate, recorded != birthDate { throw .birthDateContradictsDocument }
        self.name = name
        self.document = document
        self.birthDate = birthDate
        self.category = category
    }

    /// Why a holder cannot be made.
    public enum Error: Swift.Error, Sendable, Hashable, CustomStringConvertible {
        /// The birth date given differs from the one the document's number records.
        case birthDateContradictsDocument

        /// A one-line English explanation.
        public var description: String { "the birth date differs from the one the identity document records" }
    }

    /// The holder's age in whole years on `date`.
    public func age(on date: CivilDate) -> Int { self.birthDate.age(on: date) }

    /// Whether the holder is under 18 on `date` (EX-MINOR).
    public func isMinor(on date: CivilDate) -> Bool { self.age(on: date) < 18 }

    /// The masked name and document.
    public var description: String { "CardHolder(\(self.name), \(self.document), \(self.category.rawValue))" }
}
