import CardModel

/// Replacement figures (filled in by the module that owns them).
enum ReplacementBenchmarks {
    static var all: [Benchmark] { [] }
}
