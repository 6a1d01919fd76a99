public import CardModel

/// A policy parameter out of range (RP-FEE, RP-READY, RP-LOSS-REPORT).
public struct ReplacementPolicyError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is out of range.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        fileprivate enum Storage: Hashable, Sendable { case negativeFee, workingDaysOutOfRange, lapseOutOfRange }
        fileprivate let storage: Storage

        /// The fee is negative.
        public static var negativeFee: Self { Self(storage: .negativeFee) }
        /// The working days to produce a card are outside ``ReplacementPolicy/workingDaysToProduceRange``.
        public static var workingDaysOutOfRange: Self { Self(storage: .workingDaysOutOfRange) }
        /// The lapse of a temporary loss report is outside ``ReplacementPolicy/temporaryReportLapseRange``.
        public static var lapseOutOfRange: Self { Self(storage: .lapseOutOfRange) }

        /// The code's name.
        public var description: String {
            switch self.storage {
            case .negativeFee: "negativeFee"
            case .workingDaysOutOfRange: "workingDaysOutOfRange"
            case .lapseOutOfRange: "lapseOutOfRange"
            }
        }
    }

    /// What is out of range.
    public let code: Code

    /// Creates an error; only the policy's initialisers throw one.
    init(code: Code) {
        self.code = code
    }

    /// What is out of range, in three languages.
    public var message: LocalizedText {
        switch self.code.storage {
        case .negativeFee:
            return LocalizedText(
                english: "The fee cannot be negative", german: "Die Gebühr darf nicht negativ sein",
                chinese: "工本费不能为负数")
        case .workingDaysOutOfRange:
            let range = ReplacementPolicy.workingDaysToProduceRange
            return LocalizedText(
                english: "The working days to produce a card must be within \(range)",
                german: "Die Arbeitstage bis zur Fertigstellung einer Karte müssen im Bereich \(range) liegen",
                chinese: "制卡所需工作日数须在\(range)之间")
        case .lapseOutOfRange:
            let range = ReplacementPolicy.temporaryReportLapseRange
            return LocalizedText(
                english: "A temporary loss report's lapse must be within \(range) days",
                german: "Die Frist, nach der eine vorläufige Verlustmeldung erlischt, muss im Bereich \(range) Tage "
                    + "liegen",
                chinese: "临时挂失自动失效的天数须在\(range)天之间")
        }
    }

    /// For example `ReplacementPolicyError.negativeFee: The fee cannot be negative`.
    public var description: String { "ReplacementPolicyError.\(self.code): \(self.message.english)" }
}
