/// The calendar has no data for a year a question needs (CM-WORKDAY, CM-STATUTORY, CM-PROVISIONAL).
///
/// The library never guesses a working day from the weekday alone unless the calendar was built
/// with ``WorkingDayCalendar/Fallback/assumeWeekdays``, and answers provisionally by law only when built with
/// ``WorkingDayCalendar/Fallback/provisional``. ``provisionalNote(year:)`` phrases the warning a decision gives
/// with such an answer.
public struct CalendarError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is missing.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Storage: Hashable, Sendable { case noSchedule, noStatutoryData }
        private let storage: Storage

        /// The calendar has no schedule for the year, and its fallback does not answer for it (CM-WORKDAY).
        public static var noSchedule: Self { Self(storage: .noSchedule) }
        /// The library has no statutory days for the year: outside ``StatutoryHolidays/years`` (CM-STATUTORY).
        public static var noStatutoryData: Self { Self(storage: .noStatutoryData) }

        /// The code's name.
        public var description: String {
            switch self.storage {
            case .noSchedule: "noSchedule"
            case .noStatutoryData: "noStatutoryData"
            }
        }
    }

    /// The first year without data that the question touched.
    public let year: Int
    /// What is missing for that year.
    public let code: Code

    /// Creates an error naming the year without a schedule (``Code/noSchedule``).
    public init(noDataFor year: Int) {
        self.year = year
        self.code = .noSchedule
    }

    /// Creates an error naming a year outside ``StatutoryHolidays/years`` (``Code/noStatutoryData``).
    public init(noStatutoryDataFor year: Int) {
        self.year = year
        self.code = .noStatutoryData
    }

    /// A one-line English explanation.
    public var description: String { self.message.english }

    /// The explanation in English, German and Simplified Chinese.
    public var message: LocalizedText {
        if self.code == .noStatutoryData {
            return LocalizedText(
                english: "no statutory holiday data for \(self.year): the library knows the statutory days of "
                    + "\(StatutoryHolidays.years.lowerBound) through \(StatutoryHolidays.years.upperBound)",
                german: "Keine Daten zu den gesetzlichen Feiertagen für \(self.year): die Bibliothek kennt die "
                    + "Jahre \(StatutoryHolidays.years.lowerBound) bis \(StatutoryHolidays.years.upperBound)",
                chinese: "缺少\(self.year)年的法定节假日数据：本库只含\(StatutoryHolidays.years.lowerBound)年至"
                    + "\(StatutoryHolidays.years.upperBound)年的法定节假日")
        }
        return LocalizedText(
            english: "no official working-day data for \(self.year): "
                + "the State Council's schedule for that year is not in this calendar",
            german:
                "Keine amtlichen Arbeitstagsdaten für \(self.year): der Feiertagsplan des Staatsrats für dieses Jahr fehlt",
            chinese: "缺少\(self.year)年的官方工作日数据：日历中没有国务院当年的节假日安排")
    }

    /// The warning a decision gives with an answer that depended on a provisional year (CM-PROVISIONAL).
    ///
    /// For example `provisional: no notice for 2027 (CM-PROVISIONAL); weekends and the statutory days are rest
    /// days until the State Council's notice is added`. Find the years with
    /// ``WorkingDayCalendar/provisionalYears(from:through:)``.
    public static func provisionalNote(year: Int) -> LocalizedText {
        LocalizedText(
            english: "provisional: no notice for \(year) (CM-PROVISIONAL); weekends and the statutory days are "
                + "rest days until the State Council's notice is added",
            german: "vorläufig: keine Bekanntmachung für \(year) (CM-PROVISIONAL); Wochenenden und gesetzliche "
                + "Feiertage gelten als Ruhetage, bis die Bekanntmachung des Staatsrats ergänzt wird",
            chinese: "临时：尚无\(year)年的放假安排通知（CM-PROVISIONAL）；在补充国务院通知之前，按周末和法定节假日休息计算")
    }
}
