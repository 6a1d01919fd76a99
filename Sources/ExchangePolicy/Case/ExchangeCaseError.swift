public import CardModel

/// Why an ``ExchangeCase`` refused an application, an event or a history (STYLE.md §5).
///
/// The case is left exactly as it was, history included. The error names the event, the phase the case was in
/// (`nil` when there was no case yet), the rule concerned where there is one, and says what is wrong in three
/// languages; a refused application also carries every violation of the decision.
public struct ExchangeCaseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of failure.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Storage: Hashable, Sendable {
            case applicationRefused, partiesDoNotMatchApplication, eventNotAllowed, dateBeforePreviousEvent
            case recipientNotAllowed, guardianRequired, documentNotAccepted, documentMismatch, employerMismatch
            case instantIssuanceNotSameDay, financialFunctionAlreadyActive, emptyHistory
            case historyMustStartWithApplication, tooEarly
        }
        private let storage: Storage

        /// The policy refused the application; ``ExchangeCaseError/violations`` lists every reason.
        public static var applicationRefused: Self { Self(storage: .applicationRefused) }
        /// A guardian's document is given without a guardian applying, or missing when one applies, or it is the
        /// holder's own.
        public static var partiesDoNotMatchApplication: Self { Self(storage: .partiesDoNotMatchApplication) }
        /// The event cannot happen in the case's phase.
        public static var eventNotAllowed: Self { Self(storage: .eventNotAllowed) }
        /// The event is dated before the previous event.
        public static var dateBeforePreviousEvent: Self { Self(storage: .dateBeforePreviousEvent) }
        /// The recipient does not fit the way of receiving chosen (EX-RECEIPT).
        public static var recipientNotAllowed: Self { Self(storage: .recipientNotAllowed) }
        /// A minor's card is received only by the guardian (EX-MINOR).
        public static var guardianRequired: Self { Self(storage: .guardianRequired) }
        /// The document shown is a copy or has expired.
        public static var documentNotAccepted: Self { Self(storage: .documentNotAccepted) }
        /// The document shown is not the recorded holder's or guardian's.
        public static var documentMismatch: Self { Self(storage: .documentMismatch) }
        /// The employer collecting is not the employer of the arrangement.
        public static var employerMismatch: Self { Self(storage: .employerMismatch) }
        /// The card is made before the application was accepted (EX-PRODUCTION, CM-ACCEPTANCE): an application
        /// made on a rest day is accepted on the next working day, and its card is made from that day on.
        public static var tooEarly: Self { Self(storage: .tooEarly) }
        /// An instant-issuance card is made on the day of the application, on the spot.
        public static var instantIssuanceNotSameDay: Self { Self(storage: .instantIssuanceNotSameDay) }
        /// The bank function is already active.
        public static var financialFunctionAlreadyActive: Self { Self(storage: .financialFunctionAlreadyActive) }
        /// The history to replay is empty.
        public static var emptyHistory: Self { Self(storage: .emptyHistory) }
        /// The history to replay does not start with the application.
        public static var historyMustStartWithApplication: Self { Self(storage: .historyMustStartWithApplication) }

        /// The code's name.
        public var description: String {
            switch self.storage {
            case .applicationRefused: "applicationRefused"
            case .partiesDoNotMatchApplication: "partiesDoNotMatchApplication"
            case .eventNotAllowed: "eventNotAllowed"
            case .dateBeforePreviousEvent: "dateBeforePreviousEvent"
            case .recipientNotAllowed: "recipientNotAllowed"
            case .guardianRequired: "guardianRequired"
            case .documentNotAccepted: "documentNotAccepted"
            case .documentMismatch: "documentMismatch"
            case .employerMismatch: "employerMismatch"
            case .instantIssuanceNotSameDay: "instantIssuanceNotSameDay"
            case .financialFunctionAlreadyActive: "financialFunctionAlreadyActive"
            case .emptyHistory: "emptyHistory"
            case .historyMustStartWithApplication: "historyMustStartWithApplication"
            case .tooEarly: "tooEarly"
            }
        }
    }

    /// The kind of failure.
    public let code: Code
    /// The event refused, such as `cardReceived`.
    public let event: String
    /// The phase the case was in, or `nil` when there was no case yet (application, replay).
    public let phase: ExchangeCase.Phase?
    /// The rule concerned, where one is.
    public let rule: RuleID?
    /// What is wrong and what to do, in three languages.
    public let message: LocalizedText
    /// For a refused application, every violation of the decision.
    public let violations: [Violation]

    init(
        _ code: Code, event: String, phase: ExchangeCase.Phase?, rule: RuleID? = nil, message: LocalizedText,
        violations: [Violation] = []
    ) {
        self.code = code
        self.event = event
        self.phase = phase
        self.rule = rule
        self.message = message
        self.violations = violations
    }

    /// `ExchangeCaseError.eventNotAllowed (cardReceived in applied): <English message>`.
    public var description: String {
        "ExchangeCaseError.\(self.code) (\(self.event) in \(self.phase.map(\.rawValue) ?? "no case")): "
            + self.message.english
    }
}

/// The messages of ``ExchangeCaseError``.
enum CaseMessages {
    static func refused(_ violations: [Violation]) -> LocalizedText {
        let rules = violations.map(\.rule.rawValue).joined(separator: ", ")
        return LocalizedText(
            english: "The application is refused (\(rules)); no case is opened.",
            german: "Der Antrag wird abgelehnt (\(rules)); es wird kein Vorgang eröffnet.",
            chinese: "申请未通过（\(rules)），不予立案。")
    }

    static let partiesDoNotMatch = LocalizedText(
        english: "Give the guardian's identity document exactly when a guardian applies, and not the holder's own.",
        german: "Den Ausweis des Erziehungsberechtigten genau dann angeben, wenn ein Erziehungsberechtigter den "
            + "Antrag stellt, und nicht den der Person selbst.",
        chinese: "仅在监护人代为申请时提供监护人身份证件，且不得为持卡人本人证件。")

    static func notAllowed(_ event: String, in phase: ExchangeCase.Phase) -> LocalizedText {
        LocalizedText(
            english: "\(event) cannot happen when the case is \(phase.name.english).",
            german: "\(event) ist nicht möglich, wenn der Vorgang im Stand „\(phase.name.german)“ ist.",
            chinese: "当前状态为“\(phase.name.chinese)”，不能进行\(event)。")
    }

    static func dateBefore(_ date: CivilDate, previous: CivilDate) -> LocalizedText {
        LocalizedText(
            english: "The event is dated \(date), before the previous event on \(previous).",
            german: "Das Ereignis ist auf den \(date, in: .german) datiert, vor das vorige Ereignis "
                + "am \(previous, in: .german).",
            chinese: "事件日期\(date, in: .simplifiedChinese)早于上一事件日期\(previous, in: .simplifiedChinese)。")
    }

    static let employerOnly = LocalizedText(
        english: "The card is picked up by the employer (company pickup), as chosen in the application.",
        german: "Die Karte holt der Arbeitgeber ab (Firmenabholung), wie im Antrag gewählt.",
        chinese: "按申请所选方式，此卡由单位代领。")

    static let notCompanyPickup = LocalizedText(
        english: "The application did not choose company pickup: the employer does not receive this card.",
        german: "Im Antrag wurde keine Firmenabholung gewählt: der Arbeitgeber erhält diese Karte nicht.",
        chinese: "申请未选择单位代领，单位不能领取此卡。")

    static let noGuardian = LocalizedText(
        english: "No guardian applied for this card; the holder receives it.",
        german: "Für diese Karte hat kein Erziehungsberechtigter den Antrag gestellt; die Person erhält sie selbst.",
        chinese: "此卡非监护人代为申请，应由持卡人本人领取。")

    static let guardianOnly = LocalizedText(
        english: "The holder is under 18: only the guardian receives the card.",
        german: "Die Person ist unter 18 Jahre alt: nur der Erziehungsberechtigte erhält die Karte.",
        chinese: "持卡人未满18周岁，只能由监护人领卡。")

    static let documentNotAccepted = LocalizedText(
        english: "Show the original of a valid identity document (not a copy, not expired).",
        german: "Bitte das Original eines gültigen Ausweisdokuments vorlegen (keine Kopie, nicht abgelaufen).",
        chinese: "请出示有效身份证件原件（非复印件、未过期）。")

    static let documentMismatch = LocalizedText(
        english: "The identity document does not match the person recorded for this card; the card is not handed "
            + "over.",
        german: "Das Ausweisdokument passt nicht zu der für diese Karte erfassten Person; die Karte wird nicht "
            + "ausgehändigt.",
        chinese: "所出示的身份证件与登记人员不符，不予发卡。")

    static let employerMismatch = LocalizedText(
        english: "The unified social credit code is not the employer's of the arrangement; the card is not handed "
            + "over.",
        german: "Der einheitliche Sozialkreditcode gehört nicht zum Arbeitgeber der Vereinbarung; die Karte wird "
            + "nicht ausgehändigt.",
        chinese: "统一社会信用代码与代领单位不符，不予发卡。")

    static func instantNotSameDay(_ applied: CivilDate) -> LocalizedText {
        LocalizedText(
            english: "An instant-issuance card is made and handed over on the spot, on the application day \(applied).",
            german: "Eine Karte mit Sofortausgabe wird am Tag des Antrags (\(applied, in: .german)) vor Ort "
                + "hergestellt und "
                + "ausgehändigt.",
            chinese: "即时制卡须在申请当日（\(applied, in: .simplifiedChinese)）现场制卡并发放。")
    }

    static func tooEarly(_ date: CivilDate, accepted: CivilDate) -> LocalizedText {
        LocalizedText(
            english: "The card cannot be made on \(date), before the application was accepted on \(accepted).",
            german: "Die Karte kann nicht am \(date, in: .german) hergestellt werden, vor der Annahme des Antrags "
                + "am \(accepted, in: .german).",
            chinese: "申请于\(accepted, in: .simplifiedChinese)受理，不能在此之前（\(date, in: .simplifiedChinese)）制卡。")
    }

    static let financialAlreadyActive = LocalizedText(
        english: "The card's bank function is already active.",
        german: "Die Bankfunktion der Karte ist bereits aktiv.",
        chinese: "该卡金融功能已激活。")

    static let emptyHistory = LocalizedText(
        english: "An empty history cannot be replayed: a case starts with its application.",
        german: "Ein leerer Verlauf kann nicht wiederholt werden: ein Vorgang beginnt mit seinem Antrag.",
        chinese: "空的历史记录无法重放：案件须以申请开始。")

    static let mustStartWithApplication = LocalizedText(
        english: "A history starts with the application, and only there.",
        german: "Ein Verlauf beginnt mit dem Antrag, und nur dort steht er.",
        chinese: "历史记录必须以申请开始，且申请只能出现在开头。")
}
