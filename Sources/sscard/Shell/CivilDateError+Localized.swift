import CardModel

extension CivilDateError {
    /// Why the text is not a date, in English, German and Simplified Chinese (CM-DATE).
    var localizedReason: LocalizedText {
        let year = self.year.map(String.init) ?? "?"
        switch self.code {
        case .malformed:
            return LocalizedText(
                english: "not a date of the form YYYY-MM-DD", german: "kein Datum der Form JJJJ-MM-TT",
                chinese: "不是 YYYY-MM-DD 格式的日期")
        case .yearOutOfRange:
            return LocalizedText(
                english: "year \(year) is outside 1900...2199", german: "das Jahr \(year) liegt außerhalb 1900–2199",
                chinese: "\(year)年不在1900至2199年之间")
        case .monthOutOfRange:
            return LocalizedText(
                english: "month must be 01 through 12", german: "der Monat muss 01 bis 12 sein",
                chinese: "月份必须在01至12之间")
        default:
            return LocalizedText(
                english: "no such day in that month", german: "diesen Tag gibt es in dem Monat nicht",
                chinese: "该月没有这一天")
        }
    }
}
