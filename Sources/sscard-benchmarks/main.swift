// `swift run -c release sscard-benchmarks`: nanoseconds per operation, one line per figure.
// Performance is measured here, never asserted in a unit test.
print("sscard-benchmarks (release build; best of 7 rounds; ns per operation)")
Harness.run(CardModelBenchmarks.all + ExchangeBenchmarks.all + ReplacementBenchmarks.all + OnboardingBenchmarks.all)
