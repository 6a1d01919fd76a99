public import CardModel

/// Where an onboarding stands on a given day: the steps done, the next possible steps with what each needs,
/// the deadlines and which are missed, warnings, and the effects the host should have in place.
public struct OnboardingStatus: Sendable, Hashable, Codable {
    /// The day asked about.
    public let date: CivilDate
    /// The phase on that day.
    public let phase: ForeignerOnboarding.Phase
    /// The permit's form once the foreigner has entered (WP-EFFECTIVE), else `nil`.
    public let permitForm: WorkPermitForm?
    /// The steps done by that day, oldest first.
    public let done: [CompletedStep]
    /// The steps that can come next, with what each needs.
    public let next: [NextStep]
    /// Every deadline known on that day and where it stands.
    public let deadlines: [OnboardingDeadlineStatus]
    /// Missed deadlines and risks, each a `Violation` naming its rule.
    public let warnings: [Violation]
    /// What the host should have in place on that day: reminders for pending deadlines, flags for missed
    /// ones, the functions the electronic card gives.
    public let effects: [OnboardingEffect]
    /// The readings the answer rests on.
    public let notes: [Interpretation]

    /// Creates a status.
    public init(
        date: CivilDate, phase: ForeignerOnboarding.Phase, permitForm: WorkPermitForm?, done: [CompletedStep],
        next: [NextStep], deadlines: [OnboardingDeadlineStatus], warnings: [Violation], effects: [OnboardingEffect],
        notes: [Interpretation]
    ) {
        self.date = date
        self.phase = phase
        self.permitForm = permitForm
        self.done = done
        self.next = next
        self.deadlines = deadlines
        self.warnings = warnings
        self.effects = effects
        self.notes = notes
    }

    /// The deadlines missed or met late by that day.
    public var missedDeadlines: [OnboardingDeadline] {
        self.deadlines.filter(\.outcome.isMissed).map(\.deadline)
    }
}

/// A step done, with its day and the event that recorded it.
public struct CompletedStep: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The step.
    public let step: OnboardingStep
    /// The day it was done.
    public let date: CivilDate
    /// The event that recorded it.
    public let event: OnboardingEvent

    /// Creates a completed step.
    public init(step: OnboardingStep, date: CivilDate, event: OnboardingEvent) {
        self.step = step
        self.date = date
        self.event = event
    }

    /// `2026-03-02 entry`.
    public var description: String { "\(self.date) \(self.step)" }
}

/// A step that can come next: from when, by when, what it needs, and what stands in its way on the day.
public struct NextStep: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The step.
    public let step: OnboardingStep
    /// The first day it can happen.
    public let earliest: CivilDate
    /// The last day it should happen, where a deadline sets one.
    public let latest: CivilDate?
    /// What it needs: who, where, which documents, in three languages.
    public let needs: [LocalizedText]
    /// What stands in its way on the day asked about (such as an expired Notification Letter and no
    /// electronic card); empty when it can be done.
    public let blockers: [Violation]

    /// Creates a next step.
    public init(
        step: OnboardingStep, earliest: CivilDate, latest: CivilDate?, needs: [LocalizedText], blockers: [Violation]
    ) {
        self.step = step
        self.earliest = earliest
        self.latest = latest
        self.needs = needs
        self.blockers = blockers
    }

    /// The rule the step follows.
    public var rule: RuleID { self.step.rule }

    /// Whether nothing stands in its way.
    public var isPossible: Bool { self.blockers.isEmpty }

    /// `residencePermitApplication from 2026-03-02 by 2026-04-01`.
    public var description: String {
        "\(self.step) from \(self.earliest)" + (self.latest.map { " by \($0)" } ?? "")
            + (self.isPossible ? "" : " (blocked)")
    }
}
