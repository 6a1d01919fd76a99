public import CardModel

/// Where an onboarding stands on a given day: the steps done, the next possible steps with what each needs,
/// the deadlines and which are missed, warnings, and the effects the host should have in place.
public struct OnboardingStatus: Sendable, Hashable {
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

    /// Creates a status; only the onboarding makes them (``ForeignerOnboarding/status(on:)``).
    init(
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
        self.deadlines.filter { $0.outcome.isMissed }.map { $0.deadline }
    }
}
