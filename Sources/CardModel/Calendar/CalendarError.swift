/// The calendar has no data for a year a question needs (CM-WORKDAY).
///
/// The library never guesses a working day from the weekday alone unless the calendar was built
/// with ``WorkingDayCalendar/Fallback/assumeWeekdays``.
public struct CalendarError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The first year without data that the question touched.
    public let year: Int

    /// Creates an error naming the year without data.
    public init(noDataFor year: Int) {
        self.year = year
    }

    /// A one-line English explanation.
    public var description: String {
        "no official working-day data for \(self.year): the State Council's schedule for that year is not in this calendar"
    }

    /// The explanation in English, German and Simplified Chinese.
    public var message: LocalizedText {
        LocalizedText(
            english: self.description,
            german:
                "Keine amtlichen Arbeitstagsdaten für \(self.year): der Feiertagsplan des Staatsrats für dieses Jahr fehlt",
            chinese: "缺少\(self.year)年的官方工作日数据：日历中没有国务院当年的节假日安排")
    }
}
