import CardModel

/// The answers of a decision that a year without calendar data leaves unknown, or that a provisional year makes
/// provisional, gathered into one warning a year and kind (CM-WORKDAY, CM-PROVISIONAL).
struct UnknownAnswers {
    private var byYear: [(year: Int, answers: [ReplacementWarning.Answer])] = []
    private var provisional: [(year: Int, answers: [ReplacementWarning.Answer])] = []

    /// Records that `error`'s year leaves `answers` unknown.
    mutating func record(_ error: CalendarError, _ answers: ReplacementWarning.Answer...) {
        Self.add(error.year, answers, to: &self.byYear)
    }

    /// Records that `answers` were counted with days of the provisional `years`.
    mutating func provisional(_ years: [Int], _ answers: ReplacementWarning.Answer...) {
        for year in years { Self.add(year, answers, to: &self.provisional) }
    }

    private static func add(
        _ year: Int, _ answers: [ReplacementWarning.Answer],
        to byYear: inout [(year: Int, answers: [ReplacementWarning.Answer])]
    ) {
        if let index = byYear.firstIndex(where: { $0.year == year }) {
            for answer in answers where !byYear[index].answers.contains(answer) {
                byYear[index].answers.append(answer)
            }
        } else {
            byYear.append((year, answers))
        }
    }

    /// One warning a year without data, then one a provisional year, each in the order the years were met.
    var warnings: [ReplacementWarning] {
        self.byYear.map { ReplacementWarning(.noCalendarData, year: $0.year, answers: $0.answers) }
            + self.provisional.map { ReplacementWarning(.provisional, year: $0.year, answers: $0.answers) }
    }
}
