import CardModel

extension Weekday {
    /// The weekday's name in English, German and Simplified Chinese.
    var name: LocalizedText {
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
}
