/// A version of 《全国年节及纪念日放假办法》 (CM-STATUTORY).
///
/// The State Council's regulation on national holidays sets the statutory holiday days (法定节假日); the yearly
/// notice (CM-NOTICE) arranges the breaks around them. Each version applies to the whole of every year from the
/// year it came into force:
///
/// | Version | Order | In force | New Year | Spring Festival | Qingming | Labour | Dragon Boat | Mid-autumn | National |
/// |---|---|---|---|---|---|---|---|---|---|
/// | ``of1999`` | 国务院令第270号 | 1999-09-18 | 1 | 3: 1st-3rd | - | 3: May 1-3 | - | - | 3: Oct 1-3 |
/// | ``of2007`` | 国务院令第513号 | 2008-01-01 | 1 | 3: Eve, 1st, 2nd | 1 | 1: May 1 | 1 | 1 | 3: Oct 1-3 |
/// | ``of2013`` | 国务院令第644号 | 2014-01-01 | 1 | 3: 1st-3rd | 1 | 1: May 1 | 1 | 1 | 3: Oct 1-3 |
/// | ``of2024`` | 国务院令第795号 | 2025-01-01 | 1 | 4: Eve to 3rd | 1 | 2: May 1-2 | 1 | 1 | 3: Oct 1-3 |
///
/// Sources: the text of each State Council order and of the regulation as republished with it (gov.cn for the
/// 2013 order; reprints of the 1999, 2007 and 2024 orders); Documentation/Calendar.md lists them.
public enum HolidayLaw: String, Sendable, Hashable, CaseIterable {
    /// The 1999 revision (国务院令第270号, 1999-09-18, in force on publication).
    case of1999
    /// The 2007 revision (国务院令第513号, 2007-12-14, in force 2008-01-01).
    case of2007
    /// The 2013 revision (国务院令第644号, 2013-12-11, in force 2014-01-01).
    case of2013
    /// The 2024 revision (国务院令第795号, 2024-11-10, in force 2025-01-01).
    case of2024

    /// The version that governs `year`'s statutory days, or `nil` for a year before 2000 or after 2199.
    ///
    /// The 1999 version came into force in September 1999; 2000 is the first whole year it governs. Each later
    /// version came into force on January 1 and governs its year from then on.
    public static func inForce(in year: Int) -> HolidayLaw? {
        guard year >= 2000, year <= CivilDate.supportedYears.upperBound else { return nil }
        switch year {
        case ..<2008: return .of1999
        case ..<2014: return .of2007
        case ..<2025: return .of2013
        default: return .of2024
        }
    }

    /// The day the version came into force.
    public var inForceFrom: CivilDate {
        switch self {
        case .of1999: CivilDate.known(1999, 9, 18)
        case .of2007: CivilDate.known(2008, 1, 1)
        case .of2013: CivilDate.known(2014, 1, 1)
        case .of2024: CivilDate.known(2025, 1, 1)
        }
    }

    /// The State Council order that made the version.
    public var order: String {
        switch self {
        case .of1999: "国务院令第270号"
        case .of2007: "国务院令第513号"
        case .of2013: "国务院令第644号"
        case .of2024: "国务院令第795号"
        }
    }

    /// The version's title in English, German and Simplified Chinese.
    public var title: LocalizedText {
        let year: Int
        switch self {
        case .of1999: year = 1999
        case .of2007: year = 2007
        case .of2013: year = 2013
        case .of2024: year = 2024
        }
        return LocalizedText(
            english: "National Holidays and Commemoration Days Regulation (\(year) revision, \(self.order))",
            german: "Regelung über nationale Feiertage und Gedenktage (Fassung \(year), \(self.order))",
            chinese: "《全国年节及纪念日放假办法》（\(year)年修订，\(self.order)）")
    }

    /// The holidays the version gives all citizens, in the order of its Article 2.
    public var holidays: [HolidayName] {
        switch self {
        case .of1999: [.newYearsDay, .springFestival, .labourDay, .nationalDay]
        case .of2007, .of2013, .of2024:
            [
                .newYearsDay, .springFestival, .tombSweepingDay, .labourDay, .dragonBoatFestival, .midAutumnFestival,
                .nationalDay,
            ]
        }
    }
}
