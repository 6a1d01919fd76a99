/// A machine's record: every event applied, the state each one led to, and the order of their dates.
///
/// It is the one place that keeps a case's history, checks that an event is not dated before the previous one
/// and answers past-date questions from the states actually recorded (never by replaying part of the history).
/// Machines hold one and change it only in `apply`, after every check passed.
package struct CaseLedger<Event: CaseEvent, State: Sendable & Hashable>: Sendable, Hashable {
    /// One recorded state and the day it began.
    package struct Entry: Sendable, Hashable {
        /// The day the state began: the date of the event that led to it.
        package let from: CivilDate
        /// The state.
        package let state: State
    }

    /// Every event applied, in order.
    package private(set) var events: [Event]
    /// The states in order; `entries[0]` is the state the case was opened in, `entries[i]` the state after
    /// `events[i - 1]` (when the case was opened by an event, `events[0]` led to `entries[0]`).
    package private(set) var entries: [Entry]
    /// The state now.
    package private(set) var current: State

    /// A ledger opened in `state` on `date`, by `opening` where an event opened the case.
    package init(opening: Event?, state: State, on date: CivilDate) {
        self.events = opening.map { [$0] } ?? []
        self.entries = [Entry(from: date, state: state)]
        self.current = state
    }

    /// The date of the latest event, or of the opening.
    package var latestDate: CivilDate { self.entries[self.entries.count - 1].from }

    /// Whether `event` is dated on or after the latest event (the check every machine makes first).
    package func admits(_ event: Event) -> Bool { event.date >= self.latestDate }

    /// Records `event` and the state it led to; call only after every check passed.
    package mutating func record(_ event: Event, leadingTo state: State) {
        self.events.append(event)
        self.entries.append(Entry(from: event.date, state: state))
        self.current = state
    }

    /// The state the case was in at the end of `date`: the state of the last entry that began on or before it,
    /// or `nil` for a day before the case was opened.
    package func state(on date: CivilDate) -> State? {
        // Dates never go backwards, so the entries are sorted: a binary search finds the last one on or before.
        var low = 0
        var high = self.entries.count
        while low < high {
            let middle = (low + high) / 2
            if self.entries[middle].from <= date { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : self.entries[low - 1].state
    }
}
