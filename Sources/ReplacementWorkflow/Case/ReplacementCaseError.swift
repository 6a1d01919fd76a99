public import CardModel

/// Why a ``ReplacementCase`` refused an event; the case is left unchanged, history included.
public struct ReplacementCaseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of refusal.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Storage: Hashable, Sendable {
            case eventNotAllowed, eventBeforePrevious, tooEarly, applicationRefused, handoverRefused, noCalendarData
        }
        private let storage: Storage

        /// The event does not fit the case's phase (for example a collection before the card is made).
        public static var eventNotAllowed: Self { Self(storage: .eventNotAllowed) }
        /// The event is dated before the previous event.
        public static var eventBeforePrevious: Self { Self(storage: .eventBeforePrevious) }
        /// The event is dated before it can happen (a card made before the application was accepted).
        public static var tooEarly: Self { Self(storage: .tooEarly) }
        /// The application breaks the policy's rules; ``ReplacementCaseError/violations`` says which.
        public static var applicationRefused: Self { Self(storage: .applicationRefused) }
        /// The card is not handed over (RP-RECEIPT); ``ReplacementCaseError/violations`` says why.
        public static var handoverRefused: Self { Self(storage: .handoverRefused) }
        /// The calendar has no data for a day the event needs; ``ReplacementCaseError/year`` names the year.
        public static var noCalendarData: Self { Self(storage: .noCalendarData) }

        /// The code's name.
        public var description: String {
            switch self.storage {
            case .eventNotAllowed: "eventNotAllowed"
            case .eventBeforePrevious: "eventBeforePrevious"
            case .tooEarly: "tooEarly"
            case .applicationRefused: "applicationRefused"
            case .handoverRefused: "handoverRefused"
            case .noCalendarData: "noCalendarData"
            }
        }
    }

    /// The kind of refusal.
    public let code: Code
    /// The name of the refused event, such as `collected`.
    public let event: String
    /// The phase the case was in on the event's date (a lapsed temporary report reads as ``ReplacementPhase/cardActive``).
    public let phase: ReplacementPhase
    /// What went wrong, in three languages.
    public let message: LocalizedText
    /// The rules broken, for ``Code/applicationRefused`` and ``Code/handoverRefused``.
    public let violations: [Violation]
    /// The year without calendar data, for ``Code/noCalendarData``.
    public let year: Int?

    /// Creates an error; only a ``ReplacementCase`` throws one, so a host cannot forge it.
    init(
        code: Code, event: String, phase: ReplacementPhase, message: LocalizedText, violations: [Violation] = [],
        year: Int? = nil
    ) {
        self.code = code
        self.event = event
        self.phase = phase
        self.message = message
        self.violations = violations
        self.year = year
    }

    /// For example `ReplacementCaseError.eventNotAllowed(collected in applied): ...`.
    public var description: String {
        "ReplacementCaseError.\(self.code)(\(self.event) in \(self.phase)): \(self.message.english)"
    }
}

extension ReplacementCaseError {
    static func notAllowed(
        _ event: ReplacementEvent, in phase: ReplacementPhase, because reason: LocalizedText? = nil
    )
        -> ReplacementCaseError
    {
        let base = LocalizedText(
            english: "'\(event.name)' is not possible when the case is at '\(phase.name.english)'",
            german: "‚\(event.name)‘ ist nicht möglich, solange der Fall bei ‚\(phase.name.german)‘ steht",
            chinese: "案件处于“\(phase.name.chinese)”阶段，不能办理“\(event.name)”")
        let message =
            reason.map {
                LocalizedText(
                    english: "\(base.english): \($0.english)", german: "\(base.german): \($0.german)",
                    chinese: "\(base.chinese)：\($0.chinese)")
            } ?? base
        return ReplacementCaseError(code: .eventNotAllowed, event: event.name, phase: phase, message: message)
    }

    static func beforePrevious(
        _ event: ReplacementEvent, previous: CivilDate, in phase: ReplacementPhase
    )
        -> ReplacementCaseError
    {
        ReplacementCaseError(
            code: .eventBeforePrevious, event: event.name, phase: phase,
            message: LocalizedText(
                english: "'\(event.name)' is dated \(event.date), before the previous event on \(previous); events "
                    + "come in date order",
                german: "‚\(event.name)‘ ist auf den \(event.date, in: .german) datiert, vor dem vorigen Ereignis "
                    + "am \(previous, in: .german); "
                    + "Ereignisse kommen in zeitlicher Reihenfolge",
                chinese: "“\(event.name)”的日期\(event.date, in: .simplifiedChinese)早于上一事件的日"
                    + "期\(previous, in: .simplifiedChinese)；事件须按日期顺序办理"))
    }

    static func producedBeforeAcceptance(
        _ event: ReplacementEvent, acceptedOn: CivilDate, in phase: ReplacementPhase
    )
        -> ReplacementCaseError
    {
        ReplacementCaseError(
            code: .tooEarly, event: event.name, phase: phase,
            message: LocalizedText(
                english: "The new card cannot be made on \(event.date), before the application was accepted on "
                    + "\(acceptedOn)",
                german: "Die neue Karte kann nicht am \(event.date, in: .german) hergestellt werden, vor der Annahme "
                    + "des Antrags am "
                    + "\(acceptedOn, in: .german)",
                chinese: "新卡不能在申请受理日\(acceptedOn, in: .simplifiedChinese)之前（\(event.date, in: .simplifiedChinese)）制成"))
    }

    static func applicationRefused(
        _ event: ReplacementEvent, violations: [Violation], in phase: ReplacementPhase
    )
        -> ReplacementCaseError
    {
        let rules = Self.rules(violations)
        return ReplacementCaseError(
            code: .applicationRefused, event: event.name, phase: phase,
            message: LocalizedText(
                english: "The application is refused (\(rules))", german: "Der Antrag wird abgelehnt (\(rules))",
                chinese: "申请不予受理（\(rules)）"),
            violations: violations)
    }

    static func handoverRefused(
        _ event: ReplacementEvent, violations: [Violation], in phase: ReplacementPhase
    )
        -> ReplacementCaseError
    {
        let rules = Self.rules(violations)
        return ReplacementCaseError(
            code: .handoverRefused, event: event.name, phase: phase,
            message: LocalizedText(
                english: "The new card is not handed over (\(rules))",
                german: "Die neue Karte wird nicht ausgehändigt (\(rules))", chinese: "不予发放新卡（\(rules)）"),
            violations: violations)
    }

    static func noCalendarData(
        _ event: ReplacementEvent, error: CalendarError, in phase: ReplacementPhase
    )
        -> ReplacementCaseError
    {
        ReplacementCaseError(
            code: .noCalendarData, event: event.name, phase: phase, message: error.message, year: error.year)
    }

    private static func rules(_ violations: [Violation]) -> String {
        var seen: Set<RuleID> = []
        return violations.map(\.rule).filter { seen.insert($0).inserted }.map(\.rawValue).joined(separator: ", ")
    }
}
