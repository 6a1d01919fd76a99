/// The shape every case machine of the library has (Documentation/API.md, "One case pattern").
///
/// A case is a value: it is opened by its machine's `open` (or, for a case that exists before any event, an
/// initializer), driven by ``apply(_:)``, which returns the effects the host carries out or throws a
/// ``CaseError`` and leaves the case unchanged, and it keeps its append-only ``history``. Its snapshot (`Codable`
/// on full Swift) is its policy's identity and its history; decoding replays the history under the policy the
/// host expects.
///
/// The protocol lets a host write one generic layer for all cases, for example a store that applies an event
/// and saves the snapshot:
///
/// ```swift
/// func record<Case: CaseMachine & Codable>(_ event: Case.Event, in stored: inout Case) throws(Case.Failure)
///     -> [Case.Effect]
/// {
///     try stored.apply(event)
/// }
/// ```
public protocol CaseMachine: Sendable, Hashable {
    /// What happens to the case.
    associatedtype Event: CaseEvent
    /// What the host does after an event.
    associatedtype Effect: Sendable, Hashable
    /// The case's phase: a read-only mirror of its state without the data.
    associatedtype Phase: Sendable, Hashable, CaseIterable, CustomStringConvertible
    /// The kinds of the machine's errors.
    associatedtype Code: CaseErrorCode
    /// The rules the case follows.
    associatedtype Policy: CasePolicy
    /// Why the machine refused something.
    typealias Failure = CaseError<Code, Phase>

    /// The policy the case follows.
    var policy: Policy { get }
    /// Every event applied, in order.
    var history: [Event] { get }
    /// The case's phase now.
    var phase: Phase { get }

    /// Applies one event: checks it against the phase, the previous event's date and the rules, records it and
    /// returns what the host should do; on failure the case is unchanged.
    mutating func apply(_ event: Event) throws(Failure) -> [Effect]
}
