public import CardModel

/// A warning on a replacement decision: answers that need a calendar year the calendar has no data for
/// (CM-WORKDAY), or that it answers only provisionally by law (CM-PROVISIONAL); never a refusal and never a guess.
///
/// Without data, the decision answers everything it can decide without the year (the rules broken or not, the
/// fee, the login, the documents, the steps) and leaves the answers that need it unknown (`nil`); the warning
/// names the year and those answers. A host that adds the year's holiday schedule to the policy's calendar gets
/// the dates. With a provisional calendar (`calendar.withFallback(.provisional)`) the dates are given, counted
/// with weekends and the statutory days as the only rest days, and the warning says they are provisional.
///
/// A missing year is a warning under CM-WORKDAY, a provisional one under CM-PROVISIONAL.
public struct ReplacementWarning: Sendable, Hashable, CustomStringConvertible {
    /// What the warning is about.
    public enum Kind: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        /// The calendar has no data for ``ReplacementWarning/year``: the ``ReplacementWarning/answers`` are
        /// unknown (CM-WORKDAY).
        case noCalendarData
        /// The calendar has no notice for ``ReplacementWarning/year`` and answers it provisionally by law: the
        /// ``ReplacementWarning/answers`` are provisional (CM-PROVISIONAL).
        case provisional

        /// The code, such as `noCalendarData` (the `kind` key of `sscard replacement --json`).
        public var description: String { self.rawValue }
    }

    /// An answer of a decision that depends on a calendar year.
    public enum Answer: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
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

    /// The rule the warning follows: CM-WORKDAY for a year without data, CM-PROVISIONAL for a provisional year.
    public var rule: RuleID { self.kind == .provisional ? .provisional : .workday }

    /// The warning in three languages, naming the year, the answers and what to do.
    public var message: LocalizedText {
        let english = self.answers.map { $0.name.english }.joined(separator: ", ")
        let german = self.answers.map { $0.name.german }.joined(separator: ", ")
        let chinese = self.answers.map { $0.name.chinese }.joined(separator: "、")
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
        case .provisional:
            return LocalizedText(
                english: "Provisional (CM-PROVISIONAL): the State Council's notice for \(self.year) is not published "
                    + "yet, so \(english) " + (self.answers.count == 1 ? "is" : "are") + " counted by law, with "
                    + "weekends and the statutory holidays as the only rest days; the notice may move "
                    + (self.answers.count == 1 ? "it" : "them"),
                german: "Vorläufig (CM-PROVISIONAL): die Bekanntmachung des Staatsrats für \(self.year) ist noch nicht "
                    + "veröffentlicht, daher nach dem Gesetz gezählt, mit Wochenenden und gesetzlichen Feiertagen als "
                    + "einzigen Ruhetagen: \(german); die Bekanntmachung kann das noch verschieben",
                chinese: "临时（CM-PROVISIONAL）：国务院\(self.year)年的放假安排通知尚未发布，\(chinese)按法定节假日和周末"
                    + "休息计算；正式通知发布后可能调整")
        }
    }

    /// `CM-WORKDAY: <English message>`.
    public var description: String { "\(self.rule.rawValue): \(self.message.english)" }
}
