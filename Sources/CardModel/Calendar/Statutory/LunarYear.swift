/// The lunar and solar-term dates the statutory holidays depend on, 2004 through 2100 (CM-STATUTORY).
///
/// One packed word a year, generated once by `Tests/Scripts/make-statutory-reference.py` from the
/// `lunar-python` package (an astronomical computation) and checked there, and in the tests for every year, against
/// an independent reference (`lunardate`/`borax` month tables, `ephem` for Qingming):
/// bits 0-4 Spring Festival (lunar 1/1) as days after January 21, bits 5-9 Dragon Boat (5/5) as days after May 27,
/// bits 10-14 Mid-autumn (8/15) as days after September 7, bits 15-16 Qingming as April 4 + n.
/// New Year's Eve (除夕) is the day before Spring Festival: the last day of the 12th lunar month.
struct LunarYear: Sendable, Hashable {
    /// Lunar 1/1 (正月初一).
    let springFestival: CivilDate
    /// The last day of the 12th lunar month, the day before ``springFestival`` (除夕).
    let newYearsEve: CivilDate
    /// The Qingming solar term's day (清明), Beijing time.
    let qingming: CivilDate
    /// Lunar 5/5 (端午).
    let dragonBoat: CivilDate
    /// Lunar 8/15 (中秋).
    let midAutumn: CivilDate

    /// The years the table covers.
    static let years: ClosedRange<Int> = 2004...2100

    /// The dates of `year`, or `nil` outside ``years``.
    init?(_ year: Int) {
        guard Self.years.contains(year) else { return nil }
        let word = Int32(Self.packed[year - Self.years.lowerBound])
        let spring = CivilDate.dayNumber(year: year, month: 1, day: 21) + (word & 0x1F)
        self.springFestival = CivilDate(unchecked: spring)
        self.newYearsEve = CivilDate(unchecked: spring - 1)
        self.dragonBoat = CivilDate(unchecked: CivilDate.dayNumber(year: year, month: 5, day: 27) + (word >> 5 & 0x1F))
        self.midAutumn = CivilDate(unchecked: CivilDate.dayNumber(year: year, month: 9, day: 7) + (word >> 10 & 0x1F))
        self.qingming = CivilDate(unchecked: CivilDate.dayNumber(year: year, month: 4, day: 4) + (word >> 15 & 0x3))
    }

    /// One word a year from 2004, as printed by `make-statutory-reference.py library`.
    private static let packed: [UInt32] = [
        0x05741, 0x0ADF3, 0x0F488, 0x0CAFC, 0x01D91, 0x06825, 0x0BE98, 0x0954D, 0x05F62, 0x03214,
        0x084CA, 0x0D31D, 0x021B2, 0x06C67, 0x0C6DA, 0x0996F, 0x063A4, 0x03A56, 0x08CEB, 0x0DB41,
        0x029D4, 0x07488, 0x0CAFB, 0x0A1B0, 0x06825, 0x03E97, 0x0952D, 0x0E382, 0x03215, 0x004AA,
        0x0D31D, 0x0A5D2, 0x06C67, 0x046D9, 0x0996E, 0x0E403, 0x03656, 0x00CEB, 0x05741, 0x0A9F4,
        0x07089, 0x04AFB, 0x02190, 0x0EC45, 0x03E78, 0x0110C, 0x05F62, 0x0B235, 0x000AB, 0x04F1D,
        0x025D2, 0x0F067, 0x046B9, 0x0194E, 0x067A3, 0x0BA56, 0x008EC, 0x05740, 0x029F3, 0x0F4A8,
        0x04AFB, 0x0218F, 0x06825, 0x0C298, 0x0110D, 0x05B62, 0x03235, 0x084CA, 0x04F1D, 0x025D1,
        0x07066, 0x046B9, 0x0154F, 0x06383, 0x03656, 0x00D0C, 0x05741, 0x029F3, 0x074A8, 0x04EFB,
        0x01D70, 0x06805, 0x03E78, 0x0112D, 0x05B63, 0x02E34, 0x004C9, 0x0533C, 0x025B1, 0x07046,
        0x046B9, 0x0194F, 0x05F84, 0x03656, 0x0090B, 0x05B60, 0x0AE13,
    ]
}
