import CardModel

/// Who is a minor on a date, from a birth date (EX-MINOR): under 18, as `CardHolder.isMinor(on:)` counts.
enum Minority {
    /// The age from which a person is an adult (EX-MINOR: "a person under 18").
    static let adultAge = 18

    /// Whether a person born on `birthDate` is under ``adultAge`` on `date`; the 18th birthday is the first day
    /// of majority.
    static func isMinor(bornOn birthDate: CivilDate, on date: CivilDate) -> Bool {
        birthDate.age(on: date) < Self.adultAge
    }

    /// Where a birth date checked against the application's flag came from (a violation's `birthDateFrom` fact).
    enum Source: String {
        /// The holder's identity document (``ExchangeParties``).
        case identityDocument
        /// ``ExchangeApplication/holderBirthDate``.
        case application
    }
}
