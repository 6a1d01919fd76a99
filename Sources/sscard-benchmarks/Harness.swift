/// One benchmark: a name, how many operations a round runs, and the round itself.
///
/// The round returns a checksum that the harness keeps, so the optimiser cannot drop the work.
struct Benchmark: Sendable {
    let name: String
    let operationsPerRound: Int
    let body: @Sendable () -> Int
}

/// Runs each benchmark for several rounds with `ContinuousClock` and reports the best nanoseconds per
/// operation (the least disturbed round), one line per figure.
enum Harness {
    static func run(_ benchmarks: [Benchmark], rounds: Int = 7) {
        var checksum = 0
        for benchmark in benchmarks {
            checksum &+= benchmark.body()  // warm-up
            var best = Double.infinity
            for _ in 0..<rounds {
                let clock = ContinuousClock()
                let start = clock.now
                checksum &+= benchmark.body()
                let elapsed = start.duration(to: clock.now)
                let nanoseconds =
                    Double(elapsed.components.seconds) * 1e9 + Double(elapsed.components.attoseconds) / 1e9
                best = min(best, nanoseconds / Double(benchmark.operationsPerRound))
            }
            print("\(benchmark.name.padded(to: 52)) \(format(best)) ns/op")
        }
        print("(checksum \(checksum & 0xFFFF))")
    }

    private static func format(_ value: Double) -> String {
        let tenths = Int(value * 10 + 0.5)
        let text = "\(tenths / 10).\(tenths % 10)"
        return String(repeating: " ", count: max(0, 10 - text.count)) + text
    }
}

extension String {
    func padded(to length: Int) -> String {
        self.count >= length ? self : self + String(repeating: " ", count: length - self.count)
    }
}
