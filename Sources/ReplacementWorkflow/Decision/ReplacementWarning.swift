public import CardModel

/// A warning on a replacement decision: answers that need a calendar year the calendar has no data for
/// (CM-WORKDAY), never a refusal and never a guess.
///
/// The decision answers everything it can decide without the year (the rules broken or not, the fee, the login,
/// the documents, the steps) and leaves the answers that need it unknown (`nil`); the warning names the year and
/// those answers. A host that adds the year's holiday schedule to the policy's calendar gets the dates.
public struct ReplacementWarning: Sendable, Hashable, Codable, CustomStringConvertible {
    /// What the warning is about.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
        /// The calendar has no data for ``ReplacementWarning/year``: the ``ReplacementWarning/answers`` are
        /// unknown (CM-WORKDAY).
        case noCalendarData

        /// The code, such as `noCalendarData` (the `kind` key of `sscard replacement --json`).
        public var description: String { self.rawValue }
    }

    /// An answer of a decision that depends on a calendar year.
    public enum Answer: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
        /// Whether the day of an on-site application is a working day (RP-ONSITE-DAYS).
        case onSiteWorkingDay
        /// The acceptance date (CM-ACCEPTANCE).
        case acceptanceDate
        /// The ready date (RP-READY).
        case readyDate

        /// The code, such as `readyDate` (the `answers` key of `sscard replacement --json`).
        public var description: String { self.rawValue }

        /// The answer's name in three languages.
        public var name: LocalizedText {
            switch self {
            case .onSiteWorkingDay:
                LocalizedText(
                    english: "whether the day is a working day for on-site applications",
                    german: "ob der Tag ein Arbeitstag für Anträge vor Ort ist", chinese: "当日是否为可现场办理的工作日")
            case .acceptanceDate:
                LocalizedText(english: "the acceptance date", german: "der Annahmetag", chinese: "受理日期")
            case .readyDate:
                LocalizedText(english: "the ready date", german: "der Fertigstellungstag", chinese: "制卡完成日期")
            }
        }
    }

    /// What the warning is about.
    public let kind: Kind
    /// The year the answers need.
    public let year: Int
    /// The answers that depend on ``year``, in the order of the decision.
    public let answers: [Answer]

    /// Creates a warning; only ``ReplacementPolicy/evaluate(_:holder:)`` makes one.
    init(_ kind: Kind, year: Int, answers: [Answer]) {
        self.kind = kind
        self.year = year
        self.answers = answers
    }

    /// The rule the warning follows: CM-WORKDAY for a year without data.
    public var rule: RuleID {
        switch self.kind {
        case .noCalendarData: .workday
        }
    }

    /// The warning in three languages, naming the year, the answers and what to do.
    public var message: LocalizedText {
        let english = self.answers.map(\.name.english).joined(separator: ", ")
        let german = self.answers.map(\.name.german).joined(separator: ", ")
        let chinese = self.answers.map(\.name.chinese).joined(separator: "、")
        switch self.kind {
        case .noCalendarData:
            return LocalizedText(
                english: "No official working-day data for \(self.year) (the State Council's notice for that year is "
                    + "not in the calendar): \(english) " + (self.answers.count == 1 ? "is" : "are")
                    + " unknown; add the year's holiday schedule to know " + (self.answers.count == 1 ? "it" : "them"),
                german: "Keine amtlichen Arbeitstagsdaten für \(self.year) (der Feiertagsplan des Staatsrats für "
                    + "dieses Jahr fehlt im Kalender), daher unbekannt: \(german); der Feiertagsplan des Jahres "
                    + "macht es bekannt",
                chinese: "缺少\(self.year)年的官方工作日数据（日历中没有国务院当年的节假日安排）：\(chinese)未知；"
                    + "补充当年的节假日安排后即可确定")
        }
    }

    /// `CM-WORKDAY: <English message>`.
    public var description: String { "\(self.rule.rawValue): \(self.message.english)" }
}
