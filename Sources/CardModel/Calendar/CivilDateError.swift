/// Why a date could not be made (CM-DATE).
///
/// The error never stores the rejected text; it names the failure and, where known, the year.
public struct CivilDateError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of failure.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Storage: Hashable, Sendable { case malformed, yearOutOfRange, monthOutOfRange, dayOutOfRange }
        private let storage: Storage

        /// The text is not `YYYY-MM-DD`.
        public static var malformed: Self { Self(storage: .malformed) }
        /// The year is outside 1900...2199.
        public static var yearOutOfRange: Self { Self(storage: .yearOutOfRange) }
        /// The month is outside 1...12.
        public static var monthOutOfRange: Self { Self(storage: .monthOutOfRange) }
        /// The day does not exist in that month.
        public static var dayOutOfRange: Self { Self(storage: .dayOutOfRange) }

        /// The code's name.
        public var description: String {
            switch self.storage {
            case .malformed: "malformed"
            case .yearOutOfRange: "yearOutOfRange"
            case .monthOutOfRange: "monthOutOfRange"
            case .dayOutOfRange: "dayOutOfRange"
            }
        }
    }

    /// The kind of failure.
    public let code: Code
    /// The year concerned, where the input had one.
    public let year: Int?

    /// Creates an error.
    public init(code: Code, year: Int?) {
        self.code = code
        self.year = year
    }

    /// A one-line English explanation.
    public var description: String {
        switch self.code {
        case .malformed: "not a date of the form YYYY-MM-DD"
        case .yearOutOfRange: "year \(self.year.map(String.init) ?? "?") is outside 1900...2199"
        case .monthOutOfRange: "month must be 01 through 12"
        default: "no such day in that month"
        }
    }
}
