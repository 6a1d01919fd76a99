// The reviewed table of mainland China's official public-holiday arrangements (CM-WORKDAY, HOLIDAYS).
//
// One entry a year, each citing the State Council General Office notice (document number, date of
// issue, title). Holiday dates are public facts; each year was checked against two independent
// public sources (see Documentation/Calendar.md), and Tests/CardModelTests checks every year
// day by day against an independent reference table.

extension HolidaySchedule {
    /// Every official schedule the library ships, 2004 through 2026, in year order.
    static let official: [HolidaySchedule] = [
        HolidaySchedule(
            unchecked: 2026, "国办发明电〔2025〕7号", issued: day(2025, 11, 4),
            title: "国务院办公厅关于2026年部分节假日安排的通知",
            [
                HolidayPeriod(
                    unchecked: .newYearsDay, off: day(2026, 1, 1), through: day(2026, 1, 3),
                    statutory: [day(2026, 1, 1)], worked: [day(2026, 1, 4)]),
                HolidayPeriod(
                    unchecked: .springFestival, off: day(2026, 2, 15), through: day(2026, 2, 23),
                    statutory: [day(2026, 2, 16), day(2026, 2, 17), day(2026, 2, 18), day(2026, 2, 19)],
                    worked: [day(2026, 2, 14), day(2026, 2, 28)]),
                HolidayPeriod(
                    unchecked: .tombSweepingDay, off: day(2026, 4, 4), through: day(2026, 4, 6),
                    statutory: [day(2026, 4, 5)]),
                HolidayPeriod(
                    unchecked: .labourDay, off: day(2026, 5, 1), through: day(2026, 5, 5),
                    statutory: [day(2026, 5, 1), day(2026, 5, 2)], worked: [day(2026, 5, 9)]),
                HolidayPeriod(
                    unchecked: .dragonBoatFestival, off: day(2026, 6, 19), through: day(2026, 6, 21),
                    statutory: [day(2026, 6, 19)]),
                HolidayPeriod(
                    unchecked: .midAutumnFestival, off: day(2026, 9, 25), through: day(2026, 9, 27),
                    statutory: [day(2026, 9, 25)]),
                HolidayPeriod(
                    unchecked: .nationalDay, off: day(2026, 10, 1), through: day(2026, 10, 7),
                    statutory: [day(2026, 10, 1), day(2026, 10, 2), day(2026, 10, 3)],
                    worked: [day(2026, 9, 20), day(2026, 10, 10)]),
            ]),
    ]
}
