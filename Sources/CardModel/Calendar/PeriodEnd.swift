/// The last day of a period of calendar days (CM-PERIOD).
///
/// A period of N days after an event starts on the day after it, so it ends nominally on event + N;
/// when that day is not a working day the period runs on to the next working day.
public struct PeriodEnd: Sendable, Hashable, CustomStringConvertible {
    /// The event's date + N days.
    public let nominalLastDay: CivilDate
    /// The nominal last day, or the next working day when it is not one.
    public let effectiveLastDay: CivilDate

    /// Creates a period end.
    public init(nominalLastDay: CivilDate, effectiveLastDay: CivilDate) {
        self.nominalLastDay = nominalLastDay
        self.effectiveLastDay = effectiveLastDay
    }

    /// For example `2026-04-01` or `2026-10-01 (effective 2026-10-08)`.
    public var description: String {
        self.nominalLastDay == self.effectiveLastDay
            ? "\(self.nominalLastDay)" : "\(self.nominalLastDay) (effective \(self.effectiveLastDay))"
    }
}
