extension CivilDate {
    /// The date as people write it in `language`, for prose (CM-DATE).
    ///
    /// This is the one date format of every message of the library and of `sscard`'s text output:
    ///
    /// | Language | Without the weekday | With the weekday             |
    /// |----------|---------------------|------------------------------|
    /// | English  | `2026-12-30`        | `2026-12-30 (Wed)`           |
    /// | German   | `30. Dezember 2026` | `Mittwoch, 30. Dezember 2026` |
    /// | Chinese  | `2026年12月30日`     | `2026年12月30日（周三）`        |
    ///
    /// English keeps ISO 8601 (``description``), which English output has always shown and which
    /// hosts and tests of English output know; its weekday is the short name in parentheses. German
    /// writes the day without a leading zero, a full stop, the month's name and the year (DIN 5008's
    /// spelled-out form), with the full weekday name and a comma in front. Chinese writes 年, 月 and
    /// 日 after the numbers, without leading zeros, with the short weekday (``Weekday/shortName``) in
    /// full-width parentheses. Machine-readable places (JSON fields that are dates, Codable) keep ISO.
    ///
    /// ```swift
    /// let date = CivilDate(2026, 12, 30)
    /// date?.formatted(in: .german)                          // "30. Dezember 2026"
    /// date?.formatted(in: .simplifiedChinese, weekday: true) // "2026年12月30日（周三）"
    /// ```
    ///
    /// - Parameters:
    ///   - language: The language of the text around the date.
    ///   - weekday: Whether to name the day of the week too.
    /// - Returns: The date in `language`.
    public func formatted(in language: Language, weekday: Bool = false) -> String {
        let (year, month, day) = self.components
        switch language {
        case .english:
            return weekday ? "\(self.description) (\(self.weekday.shortName.english))" : self.description
        case .german:
            let date = "\(day). \(Self.germanMonthNames[month - 1]) \(year)"
            return weekday ? "\(self.weekday.name.german), \(date)" : date
        case .simplifiedChinese:
            let date = "\(year)年\(month)月\(day)日"
            return weekday ? "\(date)（\(self.weekday.shortName.chinese)）" : date
        }
    }

    /// The date in English, German and Chinese, as ``formatted(in:weekday:)`` writes it.
    ///
    /// - Parameter weekday: Whether to name the day of the week too.
    /// - Returns: The three translations.
    public func localized(weekday: Bool = false) -> LocalizedText {
        LocalizedText(
            english: self.formatted(in: .english, weekday: weekday),
            german: self.formatted(in: .german, weekday: weekday),
            chinese: self.formatted(in: .simplifiedChinese, weekday: weekday))
    }

    private static let germanMonthNames = [
        "Januar", "Februar", "März", "April", "Mai", "Juni",
        "Juli", "August", "September", "Oktober", "November", "Dezember",
    ]
}
