import CardModel

/// Who is a minor on a date, from a birth date (EX-MINOR): under 18, as `CardHolder.isMinor(on:)` counts.
enum Minority {
    /// The age from which a person is an adult (EX-MINOR: "a person under 18").
    static let adultAge = 18

    /// Whether a person born on `birthDate` is under ``adultAge`` on `date`; the 18th birthday is the first day
    /// of majority.
    static func isMinor(bornOn birthDate: CivilDate, on date: CivilDate) -> Bool {
        let (year, month, day) = date.components
        let (birthYear, birthMonth, birthDay) = birthDate.components
        let age = year - birthYear - ((month, day) < (birthMonth, birthDay) ? 1 : 0)
        return age < Self.adultAge
    }

    /// Where a birth date checked against the application's flag came from (a violation's `birthDateFrom` fact).
    enum Source: String {
        /// The holder's identity document (``ExchangeParties``).
        case identityDocument
        /// ``ExchangeApplication/holderBirthDate``.
        case application
    }
}

extension IdentityDocument {
    /// The birth date the document's number gives: a resident identity number's, or a foreign permanent resident
    /// ID number's of the 2023 format; `nil` for a passport or a number of the older foreign format (EX-MINOR).
    ///
    /// An internal helper of this module; CardModel's `IdentityDocument` does not offer it (yet).
    var birthDateFromNumber: CivilDate? {
        switch self.kind {
        case .residentIdentityCard: (try? ResidentIdentityNumber(self.revealedNumber))?.birthDate
        case .foreignPermanentResidentIDCard: (try? ForeignPermanentResidentIDNumber(self.revealedNumber))?.birthDate
        case .passport: nil
        }
    }
}
