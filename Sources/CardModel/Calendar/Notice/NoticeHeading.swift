/// A numbered paragraph's heading, `一、元旦：` or `六、中秋节、国庆节：`, and the holiday names a notice uses
/// (CM-NOTICE).
struct NoticeHeading: Sendable {
    /// The holidays named, in the order written; empty when the heading names none (`一、2019年5月1日至4日…`).
    let holidays: [HolidayName]
    /// The names written that the library does not know.
    let unknown: [String]
    /// Where the paragraph's text starts after the heading.
    let bodyStart: Int

    /// The names of the holidays as the notices have written them since 2004.
    static let names: [(String, HolidayName)] = [
        ("元旦", .newYearsDay), ("新年", .newYearsDay), ("春节", .springFestival), ("清明节", .tombSweepingDay),
        ("清明", .tombSweepingDay), ("五一国际劳动节", .labourDay), ("国际劳动节", .labourDay), ("五一劳动节", .labourDay),
        ("劳动节", .labourDay), ("五一", .labourDay), ("端午节", .dragonBoatFestival), ("端午", .dragonBoatFestival),
        ("中秋节", .midAutumnFestival), ("中秋", .midAutumnFestival), ("国庆节", .nationalDay), ("国庆", .nationalDay),
        ("十一", .nationalDay),
    ]

    /// The heading at the start of `characters`, or `nil` when the line is not numbered (`一、` … `十、`).
    init?(_ characters: [Character]) {
        var index = 0
        while index < characters.count, "一二三四五六七八九十".contains(characters[index]) { index += 1 }
        guard index > 0, index < characters.count, characters[index] == "、" else { return nil }
        index += 1
        var end = index
        while end < characters.count, characters[end] != ":", characters[end].asciiDigit == nil { end += 1 }
        let segment = String(characters[index..<end])
        var holidays: [HolidayName] = []
        var unknown: [String] = []
        if end < characters.count, characters[end] == ":" || !segment.isEmpty {
            for name in segment.split(separator: "、").map(String.init) where !name.isEmpty {
                if let holiday = Self.holiday(named: name) {
                    if !holidays.contains(holiday) { holidays.append(holiday) }
                } else {
                    unknown.append(name)
                }
            }
        }
        self.holidays = holidays
        self.unknown = unknown
        self.bodyStart = end < characters.count && characters[end] == ":" ? end + 1 : (holidays.isEmpty ? index : end)
    }

    /// The holiday a name stands for.
    static func holiday(named name: String) -> HolidayName? {
        Self.names.first { $0.0 == name }?.1
    }

    /// The holidays a title names (关于调整2019年劳动节假期安排的通知 gives Labour Day).
    static func holidays(inTitle title: String, year: Int) -> [HolidayName] {
        if title.includes("抗日战争"), title.includes("纪念日"), year == 2015 { return [.victoryDay2015] }
        var found: [HolidayName] = []
        for (name, holiday) in Self.names where title.includes(name) && !found.contains(holiday) {
            found.append(holiday)
        }
        return found
    }
}
