/// The name of a public holiday of mainland China, in three languages (CM-WORKDAY).
///
/// An open set: the regular holidays and the special days of 2015 and 2020 are predefined, and a
/// caller adding a future year's schedule can name a new one.
///
/// ## JSON
///
/// A schedule written by hand can name a predefined holiday by its key alone, `"holiday": "newYearsDay"`.
/// The object form `{"key": …, "name": {"english": …, "german": …, "chinese": …}}` is read too; for a
/// predefined key the `name` and each of its three translations may be left out, and the missing ones are
/// taken from the predefined name. A new holiday (a key not in ``predefined``) needs the object form with all
/// three translations; a plain string with an unknown key is a decoding error that names the key.
/// Encoding always writes the full object form, so snapshots and exported schedules stay byte for byte as
/// before and carry their own translations.
public struct HolidayName: Sendable, Hashable, CustomStringConvertible {
    /// A stable key, such as `springFestival`.
    public let key: String
    /// The name in English, German and Simplified Chinese.
    public let name: LocalizedText

    /// Creates a holiday name.
    public init(key: String, name: LocalizedText) {
        self.key = key
        self.name = name
    }

    /// The English name.
    public var description: String { self.name.english }

    /// New Year's Day (元旦).
    public static let newYearsDay = HolidayName(
        key: "newYearsDay", name: .init(english: "New Year's Day", german: "Neujahr", chinese: "元旦"))
    /// Spring Festival (春节).
    public static let springFestival = HolidayName(
        key: "springFestival", name: .init(english: "Spring Festival", german: "Frühlingsfest", chinese: "春节"))
    /// Tomb-sweeping Day (清明节).
    public static let tombSweepingDay = HolidayName(
        key: "tombSweepingDay",
        name: .init(english: "Tomb-sweeping Day", german: "Qingming-Fest", chinese: "清明节"))
    /// Labour Day (劳动节).
    public static let labourDay = HolidayName(
        key: "labourDay", name: .init(english: "Labour Day", german: "Tag der Arbeit", chinese: "劳动节"))
    /// Dragon Boat Festival (端午节).
    public static let dragonBoatFestival = HolidayName(
        key: "dragonBoatFestival",
        name: .init(english: "Dragon Boat Festival", german: "Drachenbootfest", chinese: "端午节"))
    /// Mid-autumn Festival (中秋节).
    public static let midAutumnFestival = HolidayName(
        key: "midAutumnFestival",
        name: .init(english: "Mid-autumn Festival", german: "Mittherbstfest", chinese: "中秋节"))
    /// National Day (国庆节).
    public static let nationalDay = HolidayName(
        key: "nationalDay", name: .init(english: "National Day", german: "Nationalfeiertag", chinese: "国庆节"))
    /// The 70th anniversary of the victory of the Chinese People's War of Resistance against Japanese
    /// Aggression and the World Anti-Fascist War, 2015-09-03 (中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日).
    public static let victoryDay2015 = HolidayName(
        key: "victoryDay2015",
        name: .init(
            english: "70th Anniversary of the Victory of the War of Resistance",
            german: "70. Jahrestag des Sieges im Widerstandskrieg",
            chinese: "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日"))
    /// The extension of the 2020 Spring Festival holiday during the COVID-19 outbreak (延长2020年春节假期).
    public static let springFestivalExtension2020 = HolidayName(
        key: "springFestivalExtension2020",
        name: .init(
            english: "Spring Festival extension (2020)",
            german: "Verlängerung des Frühlingsfests (2020)",
            chinese: "延长2020年春节假期"))

    /// The predefined names.
    public static let predefined: [HolidayName] = [
        .newYearsDay, .springFestival, .tombSweepingDay, .labourDay, .dragonBoatFestival, .midAutumnFestival,
        .nationalDay, .victoryDay2015, .springFestivalExtension2020,
    ]
}
