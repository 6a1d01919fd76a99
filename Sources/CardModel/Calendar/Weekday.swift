/// A day of the week, numbered as ISO 8601 does (Monday = 1 ... Sunday = 7).
///
/// Weekdays compare in ISO order, so Monday is the first and Sunday the last day of the week
/// (`Weekday.monday < .sunday`), and ``name`` and ``shortName`` give the name in English, German and
/// Simplified Chinese (`Wednesday`, `Mittwoch`, `星期三`; `Wed`, `Mi`, `周三`).
public enum Weekday: Int, Sendable, Hashable, CaseIterable, Comparable, CustomStringConvertible {
    /// Monday.
    case monday = 1
    /// Tuesday.
    case tuesday
    /// Wednesday.
    case wednesday
    /// Thursday.
    case thursday
    /// Friday.
    case friday
    /// Saturday.
    case saturday
    /// Sunday.
    case sunday

    /// Whether this is Saturday or Sunday.
    public var isWeekend: Bool { self == .saturday || self == .sunday }

    /// The English name, for example `Sunday`.
    public var description: String { self.name.english }

    /// Orders weekdays as ISO 8601 does: Monday first, Sunday last.
    public static func < (lhs: Weekday, rhs: Weekday) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// The full name: `Monday`, `Montag`, `星期一`.
    public var name: LocalizedText {
        switch self {
        case .monday: LocalizedText(english: "Monday", german: "Montag", chinese: "星期一")
        case .tuesday: LocalizedText(english: "Tuesday", german: "Dienstag", chinese: "星期二")
        case .wednesday: LocalizedText(english: "Wednesday", german: "Mittwoch", chinese: "星期三")
        case .thursday: LocalizedText(english: "Thursday", german: "Donnerstag", chinese: "星期四")
        case .friday: LocalizedText(english: "Friday", german: "Freitag", chinese: "星期五")
        case .saturday: LocalizedText(english: "Saturday", german: "Samstag", chinese: "星期六")
        case .sunday: LocalizedText(english: "Sunday", german: "Sonntag", chinese: "星期日")
        }
    }

    /// The short name: `Mon`, `Mo`, `周一`.
    ///
    /// English uses the three-letter abbreviation, German the two-letter one of DIN 5008 (`Mo`, `Di`, …,
    /// `So`), Chinese the everyday 周 form (`周一` … `周日`), as in `2026年12月30日（周三）`.
    public var shortName: LocalizedText {
        switch self {
        case .monday: LocalizedText(english: "Mon", german: "Mo", chinese: "周一")
        case .tuesday: LocalizedText(english: "Tue", german: "Di", chinese: "周二")
        case .wednesday: LocalizedText(english: "Wed", german: "Mi", chinese: "周三")
        case .thursday: LocalizedText(english: "Thu", german: "Do", chinese: "周四")
        case .friday: LocalizedText(english: "Fri", german: "Fr", chinese: "周五")
        case .saturday: LocalizedText(english: "Sat", german: "Sa", chinese: "周六")
        case .sunday: LocalizedText(english: "Sun", german: "So", chinese: "周日")
        }
    }
}
