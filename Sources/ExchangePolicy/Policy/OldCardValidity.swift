public import CardModel

/// Whether an old (first- or second-generation) card works on a date, and which functions it gives
/// (EX-OLD-VALID, CM-STATUS).
///
/// Until the new card is activated the old card stays valid: pension payment and all social and medical
/// insurance functions keep working. From the day the new card is activated the old card is superseded and
/// gives none of them.
public struct OldCardValidity: Sendable, Hashable, CustomStringConvertible {
    /// The date asked about.
    public let date: CivilDate
    /// `CardStatus/active` before the new card's activation, `CardStatus/superseded` from it.
    public let status: CardStatus
    /// The social security functions that work on ``date`` (`CardFunction/socialSecurity` or none).
    ///
    /// The old card's bank function is the bank's matter and not answered here (our reading).
    public let workingFunctions: Set<CardFunction>
    /// The day the old card was superseded (the new card's activation), if it is superseded on ``date``.
    public let supersededOn: CivilDate?

    /// The answer for `date`, given the day the new card was activated (`nil`: not activated).
    public init(on date: CivilDate, newCardActivatedOn activation: CivilDate?) {
        self.date = date
        if let activation, activation <= date {
            self.status = .superseded
            self.workingFunctions = []
            self.supersededOn = activation
        } else {
            self.status = .active
            self.workingFunctions = CardFunction.socialSecurity
            self.supersededOn = nil
        }
    }

    /// Whether the old card is valid (gives its functions) on ``date``.
    public var isValid: Bool { self.status.givesFunctions }

    /// `2026-01-09: active` or `2026-01-10: superseded since 2026-01-10`.
    public var description: String {
        if let supersededOn { return "\(self.date): superseded since \(supersededOn)" }
        return "\(self.date): \(self.status)"
    }
}
