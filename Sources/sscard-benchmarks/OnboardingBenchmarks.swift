import CardModel
import WorkPermitIntegration

/// Onboarding figures: one foreigner's onboarding from the Notification Letter to the residence permit
/// decision, the status query, and the timeline `sscard onboarding` prints.
enum OnboardingBenchmarks {
    static var all: [Benchmark] {
        let day = { (text: String) in CivilDate(text) ?? .earliest }
        // Letter, Z visa, entry, e-card, enrolment, number, residence permit applied and granted.
        let events: [OnboardingEvent] = [
            .notificationLetterIssued(on: day("2026-01-15")),
            .zVisaIssued(on: day("2026-02-10")),
            .entered(on: day("2026-03-02")),
            .electronicCardRegistered(on: day("2026-03-03")),
            .enrolled(
                on: day("2026-03-05"), by: .employer, channel: .onlineSocialInsuranceHall, document: .electronicCard),
            .socialSecurityNumberAssigned(on: day("2026-03-09")),
            .residencePermitApplied(on: day("2026-03-16"), document: .electronicCard),
            .residencePermitGranted(on: day("2026-03-27"), validUntil: day("2027-03-26")),
        ]
        let complete = (try? ForeignerOnboarding(replaying: events)) ?? ForeignerOnboarding()
        let (afterDecision, beforeDecision) = (day("2026-04-30"), day("2026-03-20"))
        let (entry, letter) = (day("2026-03-02"), day("2026-01-15"))
        return [
            Benchmark(name: "Onboarding letter → residence permit decided", operationsPerRound: 200_000) {
                var effects = 0
                for _ in 0..<200_000 {
                    var onboarding = ForeignerOnboarding()
                    for event in events { effects &+= (try? onboarding.apply(event))?.count ?? 0 }
                }
                return effects
            },
            Benchmark(name: "Onboarding status(on:) after the decision", operationsPerRound: 200_000) {
                var count = 0
                for index in 0..<200_000 {
                    count &+= complete.status(on: index & 1 == 0 ? afterDecision : beforeDecision).next.count
                }
                return count
            },
            Benchmark(name: "OnboardingTimeline (sscard onboarding)", operationsPerRound: 200_000) {
                var count = 0
                for _ in 0..<200_000 {
                    let timeline = try? OnboardingTimeline(
                        entry: entry, notificationLetterIssued: letter)
                    count &+= timeline?.deadlines.count ?? 0
                }
                return count
            },
        ]
    }
}
