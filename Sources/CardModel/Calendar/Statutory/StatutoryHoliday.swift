/// One statutory holiday of a year and its days (CM-STATUTORY).
///
/// The days are the statutory holiday days (法定节假日) the law in force gives the holiday that year, in date
/// order; the yearly notice arranges the break around them (CM-NOTICE).
public struct StatutoryHoliday: Sendable, Hashable {
    /// The holiday.
    public let holiday: HolidayName
    /// Its statutory days, in date order.
    public let days: [CivilDate]

    /// Creates a statutory holiday from its days.
    public init(holiday: HolidayName, days: [CivilDate]) {
        self.holiday = holiday
        self.days = days
    }
}
