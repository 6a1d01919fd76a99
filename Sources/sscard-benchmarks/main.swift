// `swift run -c release sscard-benchmarks`: nanoseconds per operation, one line per figure, then the shell's
// whole-process figures (Documentation/Benchmarks.md). Performance is measured here, never asserted in a unit test.
print("sscard-benchmarks (release build; best of 7 rounds; ns per operation)")
Harness.run(CardModelBenchmarks.all + ExchangeBenchmarks.all + ReplacementBenchmarks.all + OnboardingBenchmarks.all)
if !CommandLine.arguments.contains("--no-shell") { ShellBenchmarks.run() }
