import CardModel

/// Exchange figures (filled in by the module that owns them).
enum ExchangeBenchmarks {
    static var all: [Benchmark] { [] }
}
