public import CardModel

/// A deadline and where it stands on a given day.
public struct OnboardingDeadlineStatus: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Where a deadline stands.
    public enum Outcome: Sendable, Hashable, Codable, CustomStringConvertible {
        /// Not yet met, and the last day has not passed.
        case pending
        /// Met on that day, in time.
        case met(on: CivilDate)
        /// Met on that day, after the last day.
        case metLate(on: CivilDate)
        /// Not met, and the last day has passed.
        case missed

        /// `pending`, `met 2026-03-20`, `metLate 2026-04-10` or `missed`.
        public var description: String {
            switch self {
            case .pending: "pending"
            case .met(let date): "met \(date)"
            case .metLate(let date): "metLate \(date)"
            case .missed: "missed"
            }
        }

        /// Whether the deadline was missed or met late.
        public var isMissed: Bool {
            switch self {
            case .pending, .met: false
            case .metLate, .missed: true
            }
        }
    }

    /// The deadline.
    public let deadline: OnboardingDeadline
    /// Where it stands.
    public let outcome: Outcome

    /// Creates a status.
    public init(deadline: OnboardingDeadline, outcome: Outcome) {
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
            outcome = metOn <= deadline.lastDay ? .met(on: metOn) : .metLate(on: metOn)
        } else {
            outcome = date > deadline.lastDay ? .missed : .pending
        }
        return OnboardingDeadlineStatus(deadline: deadline, outcome: outcome)
    }

    /// `residencePermitApplication 2026-04-01 (WP-RESIDENCE-DEADLINE): pending`.
    public var description: String { "\(self.deadline): \(self.outcome)" }
}
