public import CardModel

/// A deadline and where it stands on a given day.
public struct OnboardingDeadlineStatus: Sendable, Hashable, CustomStringConvertible {
    /// Where a deadline stands.
    public enum Outcome: Sendable, Hashable, CustomStringConvertible {
        /// Not yet met, and the last day has not passed.
        case pending
        /// Met on that day, in time.
        case met(on: CivilDate)
        /// Met on that day, after the last day.
        case metLate(on: CivilDate)
        /// Not met, and the last day has passed.
        case missed
        /// Past the nominal last day, met then or not met yet, and the effective last day is unknown (the calendar
        /// has no data for its year, CM-WORKDAY): whether it is in time cannot be said without guessing.
        case undetermined(metOn: CivilDate?)

        /// `pending`, `met 2026-03-20`, `metLate 2026-04-10`, `missed`, `undetermined` or
        /// `undetermined 2027-01-04`.
        public var description: String {
            switch self {
            case .pending: "pending"
            case .met(let date): "met \(date)"
            case .metLate(let date): "metLate \(date)"
            case .missed: "missed"
            case .undetermined(let metOn): metOn.map { "undetermined \($0)" } ?? "undetermined"
            }
        }

        /// The outcome's name: `pending`, `met`, `metLate`, `missed` or `undetermined`.
        public var name: String {
            switch self {
            case .pending: "pending"
            case .met: "met"
            case .metLate: "metLate"
            case .missed: "missed"
            case .undetermined: "undetermined"
            }
        }

        /// Whether the deadline was certainly missed or met late (never while undetermined).
        public var isMissed: Bool {
            switch self {
            case .pending, .met, .undetermined: false
            case .metLate, .missed: true
            }
        }
    }

    /// The deadline.
    public let deadline: OnboardingDeadline
    /// Where it stands.
    public let outcome: Outcome

    /// Creates a status; only the onboarding makes them.
    init(deadline: OnboardingDeadline, outcome: Outcome) {
        self.deadline = deadline
        self.outcome = outcome
    }

    /// Where `deadline` stands on `date`, given the day it was met, if it was.
    static func evaluate(
        _ deadline: OnboardingDeadline, metOn: CivilDate?, on date: CivilDate
    )
        -> OnboardingDeadlineStatus
    {
        let outcome: Outcome
        if let metOn {
            if metOn <= deadline.lastSafeDay {
                outcome = .met(on: metOn)
            } else {
                outcome = deadline.isKnown ? .metLate(on: metOn) : .undetermined(metOn: metOn)
            }
        } else if date <= deadline.lastSafeDay {
            outcome = .pending
        } else {
            outcome = deadline.isKnown ? .missed : .undetermined(metOn: nil)
        }
        return OnboardingDeadlineStatus(deadline: deadline, outcome: outcome)
    }

    /// `residencePermitApplication 2026-04-01 (WP-RESIDENCE-DEADLINE): pending`.
    public var description: String { "\(self.deadline): \(self.outcome)" }
}
