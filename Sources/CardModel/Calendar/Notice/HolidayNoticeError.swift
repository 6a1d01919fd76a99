/// Why the text of a holiday notice could not be read, or contradicts itself (CM-NOTICE).
///
/// Every error names the line (1-based) where the reading stopped, when there is one, and what was found there (at
/// most 40 characters of the notice's own text; a notice is a public document, never personal data).
public struct HolidayNoticeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of failure.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Storage: Hashable, Sendable {
            case expectedTitle, noYear, unknownHoliday, expectedDate, invalidDate, wrongWeekday, reversedRange
            case rangeTooLong, expectedBreak, duplicateHoliday, contradictory, noStatutoryData
            case amendmentWithoutNotice, amendmentMismatch
        }
        private let storage: Storage

        /// The text does not start with a notice's title (… 通知).
        public static var expectedTitle: Self { Self(storage: .expectedTitle) }
        /// The text names no year the notice is for, or one outside the supported years.
        public static var noYear: Self { Self(storage: .noYear) }
        /// A heading names a holiday the library does not know.
        public static var unknownHoliday: Self { Self(storage: .unknownHoliday) }
        /// A date was expected (after "至" or "—", or a day without its month).
        public static var expectedDate: Self { Self(storage: .expectedDate) }
        /// A date does not exist (2月30日) or lies outside the supported years.
        public static var invalidDate: Self { Self(storage: .invalidDate) }
        /// The weekday given with a date (（星期六）, （周六）) is not that date's weekday.
        public static var wrongWeekday: Self { Self(storage: .wrongWeekday) }
        /// A range ends before it starts.
        public static var reversedRange: Self { Self(storage: .reversedRange) }
        /// A range is longer than any holiday break (more than 62 days).
        public static var rangeTooLong: Self { Self(storage: .rangeTooLong) }
        /// A holiday's paragraph gives no days off.
        public static var expectedBreak: Self { Self(storage: .expectedBreak) }
        /// Two paragraphs give the same holiday.
        public static var duplicateHoliday: Self { Self(storage: .duplicateHoliday) }
        /// The days given contradict each other or the law: a worked day inside a break or on a weekday, breaks that
        /// overlap, a gap of working days inside a break, or a break that misses its holiday's statutory days.
        public static var contradictory: Self { Self(storage: .contradictory) }
        /// The law's statutory days are not known for the notice's year (CM-STATUTORY).
        public static var noStatutoryData: Self { Self(storage: .noStatutoryData) }
        /// An amending notice was asked for its schedule alone; it needs its year's notice.
        public static var amendmentWithoutNotice: Self { Self(storage: .amendmentWithoutNotice) }
        /// An amendment does not fit the notice it was applied to (another year, or not an amendment).
        public static var amendmentMismatch: Self { Self(storage: .amendmentMismatch) }

        /// The code's name.
        public var description: String {
            switch self.storage {
            case .expectedTitle: "expectedTitle"
            case .noYear: "noYear"
            case .unknownHoliday: "unknownHoliday"
            case .expectedDate: "expectedDate"
            case .invalidDate: "invalidDate"
            case .wrongWeekday: "wrongWeekday"
            case .reversedRange: "reversedRange"
            case .rangeTooLong: "rangeTooLong"
            case .expectedBreak: "expectedBreak"
            case .duplicateHoliday: "duplicateHoliday"
            case .contradictory: "contradictory"
            case .noStatutoryData: "noStatutoryData"
            case .amendmentWithoutNotice: "amendmentWithoutNotice"
            case .amendmentMismatch: "amendmentMismatch"
            }
        }

        /// What was expected, in English, German and Simplified Chinese.
        var expectation: LocalizedText {
            switch self.storage {
            case .expectedTitle:
                LocalizedText(
                    english: "expected the notice's title (国务院办公厅关于…的通知)",
                    german: "Titel der Mitteilung erwartet (国务院办公厅关于…的通知)", chinese: "应为通知标题（国务院办公厅关于…的通知）")
            case .noYear:
                LocalizedText(
                    english: "expected the year the notice is for (1900-2199)",
                    german: "Jahr der Mitteilung erwartet (1900-2199)", chinese: "应注明通知所涉年份（1900—2199年）")
            case .unknownHoliday:
                LocalizedText(
                    english: "expected a known holiday (元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节)",
                    german: "bekannter Feiertag erwartet (元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节)",
                    chinese: "应为已知节日（元旦、春节、清明节、劳动节、端午节、中秋节、国庆节）")
            case .expectedDate:
                LocalizedText(
                    english: "expected a date such as 10月1日", german: "Datum wie 10月1日 erwartet",
                    chinese: "应为日期，如10月1日")
            case .invalidDate:
                LocalizedText(
                    english: "expected a date that exists", german: "existierendes Datum erwartet", chinese: "日期不存在")
            case .wrongWeekday:
                LocalizedText(
                    english: "expected the date's own weekday", german: "der Wochentag passt nicht zum Datum",
                    chinese: "星期与日期不符")
            case .reversedRange:
                LocalizedText(
                    english: "expected a range that ends after it starts",
                    german: "Zeitraum endet vor seinem Beginn", chinese: "日期范围的结束早于开始")
            case .rangeTooLong:
                LocalizedText(
                    english: "expected a range of at most 62 days", german: "Zeitraum von höchstens 62 Tagen erwartet",
                    chinese: "日期范围不应超过62天")
            case .expectedBreak:
                LocalizedText(
                    english: "expected the holiday's days off (…放假)", german: "freie Tage des Feiertags erwartet (…放假)",
                    chinese: "应写明放假日期（…放假）")
            case .duplicateHoliday:
                LocalizedText(
                    english: "expected each holiday once", german: "jeder Feiertag nur einmal erwartet",
                    chinese: "同一节日不应重复出现")
            case .contradictory:
                LocalizedText(
                    english: "expected days that agree with each other and with the law",
                    german: "Tage widersprechen einander oder dem Gesetz", chinese: "日期相互矛盾或与法定节假日不符")
            case .noStatutoryData:
                LocalizedText(
                    english: "expected a year whose statutory days are known (2004-2100)",
                    german: "Jahr mit bekannten gesetzlichen Feiertagen erwartet (2004-2100)",
                    chinese: "应为已知法定节假日的年份（2004—2100年）")
            case .amendmentWithoutNotice:
                LocalizedText(
                    english: "expected the year's notice first: an amendment only changes it",
                    german: "zuerst die Jahresmitteilung erwartet: eine Änderung ändert nur sie",
                    chinese: "应先提供当年的节假日安排通知：调整通知只修改该通知")
            case .amendmentMismatch:
                LocalizedText(
                    english: "expected an amendment of the same year",
                    german: "Änderungsmitteilung desselben Jahres erwartet", chinese: "应为同一年份的调整通知")
            }
        }
    }

    /// The kind of failure.
    public let code: Code
    /// The line (1-based) where the reading stopped, if the failure has one.
    public let line: Int?
    /// What was found there: up to 40 characters of the notice's text.
    public let found: String?

    /// Creates an error; `found` is cut to 40 characters.
    public init(_ code: Code, line: Int?, found: String? = nil) {
        self.code = code
        self.line = line
        self.found = found.map { String($0.prefix(40)) }
    }

    /// A one-line English explanation.
    public var description: String { self.message.english }

    /// The explanation in English, German and Simplified Chinese: where, what was expected, what was found.
    public var message: LocalizedText {
        let expectation = self.code.expectation
        let found = self.found.map { " «\($0)»" } ?? ""
        let english = self.line.map { "notice line \($0): " } ?? "notice: "
        let german = self.line.map { "Mitteilung, Zeile \($0): " } ?? "Mitteilung: "
        let chinese = self.line.map { "通知第\($0)行：" } ?? "通知："
        return LocalizedText(
            english: english + expectation.english + found, german: german + expectation.german + found,
            chinese: chinese + expectation.chinese + found)
    }
}
