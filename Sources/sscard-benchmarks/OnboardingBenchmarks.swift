import CardModel

/// Onboarding figures (filled in by the module that owns them).
enum OnboardingBenchmarks {
    static var all: [Benchmark] { [] }
}
