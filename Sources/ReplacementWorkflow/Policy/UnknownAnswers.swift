import CardModel

/// The answers of a decision that a year without calendar data leaves unknown, gathered into one warning a year
/// (CM-WORKDAY).
struct UnknownAnswers {
    private var byYear: [(year: Int, answers: [ReplacementWarning.Answer])] = []

    /// Records that `error`'s year leaves `answers` unknown.
    mutating func record(_ error: CalendarError, _ answers: ReplacementWarning.Answer...) {
        if let index = self.byYear.firstIndex(where: { $0.year == error.year }) {
            for answer in answers where !self.byYear[index].answers.contains(answer) {
                self.byYear[index].answers.append(answer)
            }
        } else {
            self.byYear.append((error.year, answers))
        }
    }

    /// One warning a year, in the order the years were met.
    var warnings: [ReplacementWarning] {
        self.byYear.map { ReplacementWarning(.noCalendarData, year: $0.year, answers: $0.answers) }
    }
}
