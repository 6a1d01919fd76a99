/// The kind of an ``CaseError``: a name, extensible without breaking a host's `switch` (STYLE.md §5).
///
/// Every machine's code type has the shared codes below and adds its own.
public protocol CaseErrorCode: Hashable, Sendable, CustomStringConvertible {
    /// The code's name, such as `eventNotAllowed`.
    var name: String { get }
    /// Creates the code named `name`.
    init(name: String)
}

extension CaseErrorCode {
    /// The code's name.
    public var description: String { self.name }

    /// The event cannot happen in the case's phase.
    public static var eventNotAllowed: Self { Self(name: "eventNotAllowed") }
    /// The event is dated before the previous event.
    public static var dateBeforePreviousEvent: Self { Self(name: "dateBeforePreviousEvent") }
    /// The history to replay is empty.
    public static var emptyHistory: Self { Self(name: "emptyHistory") }
    /// The history to replay does not start with the event that opens a case, or has it again later.
    public static var historyMustStartWithOpening: Self { Self(name: "historyMustStartWithOpening") }
}
