public import CardModel

/// A step done, with its day and the event that recorded it.
public struct CompletedStep: Sendable, Hashable, CustomStringConvertible {
    /// The step.
    public let step: OnboardingStep
    /// The day it was done.
    public let date: CivilDate
    /// The event that recorded it.
    public let event: OnboardingEvent

    /// Creates a completed step; only the onboarding makes them.
    init(step: OnboardingStep, date: CivilDate, event: OnboardingEvent) {
        self.step = step
        self.date = date
        self.event = event
    }

    /// `2026-03-02 entry`.
    public var description: String { "\(self.date) \(self.step)" }
}
