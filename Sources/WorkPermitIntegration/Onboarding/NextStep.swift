public import CardModel

/// A step that can come next: from when, by when, what it needs, and what stands in its way on the day.
public struct NextStep: Sendable, Hashable, CustomStringConvertible {
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

    /// Creates a next step; only the onboarding makes them.
    init(
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
