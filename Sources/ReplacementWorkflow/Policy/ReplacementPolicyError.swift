/// A policy parameter out of range.
public struct ReplacementPolicyError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is out of range.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Storage: Hashable, Sendable { case negativeFee, workingDaysOutOfRange, lapseOutOfRange }
        private let storage: Storage

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

    /// Creates an error.
    public init(code: Code) {
        self.code = code
    }

    /// A one-line English explanation.
    public var description: String {
        switch self.code {
        case .negativeFee: "ReplacementPolicyError.negativeFee: the fee cannot be negative"
        case .workingDaysOutOfRange:
            "ReplacementPolicyError.workingDaysOutOfRange: working days to produce must be within "
                + "\(ReplacementPolicy.workingDaysToProduceRange)"
        default:
            "ReplacementPolicyError.lapseOutOfRange: the temporary report's lapse must be within "
                + "\(ReplacementPolicy.temporaryReportLapseRange) days"
        }
    }
}
