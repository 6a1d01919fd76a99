/// The person a card is for: name, identity document, birth date and insured category.
///
/// Name and document number are personal information and masked in every printed form (CM-PRIVACY).
public struct CardHolder: Sendable, Hashable, Codable, CustomStringConvertible {
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
    public init(name: PersonName, document: IdentityDocument, birthDate: CivilDate, category: InsuredCategory) {
        self.name = name
        self.document = document
        self.birthDate = birthDate
        self.category = category
    }

    /// The holder's age in whole years on `date`.
    public func age(on date: CivilDate) -> Int {
        let (year, month, day) = date.components
        let (birthYear, birthMonth, birthDay) = self.birthDate.components
        return year - birthYear - ((month, day) < (birthMonth, birthDay) ? 1 : 0)
    }

    /// Whether the holder is under 18 on `date` (EX-MINOR).
    public func isMinor(on date: CivilDate) -> Bool { self.age(on: date) < 18 }

    /// The masked name and document.
    public var description: String { "CardHolder(\(self.name), \(self.document), \(self.category.rawValue))" }
}
