/// Something that happened to a case, on a day: what every machine's event has in common.
///
/// Events are recorded in a case's ``CaseMachine/history`` in the order applied; their dates never go backwards.
public protocol CaseEvent: Sendable, Hashable, CustomStringConvertible {
    /// The event's name, as its JSON form and the errors name it, such as `cardProduced`.
    var name: String { get }
    /// The day the event happened.
    var date: CivilDate { get }
}
