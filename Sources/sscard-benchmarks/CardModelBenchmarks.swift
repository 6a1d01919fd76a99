import CardModel

/// CardModel's figures: calendar lookups and identifier parsing (ARCHITECTURE.md, Benchmarks).
enum CardModelBenchmarks {
    static var all: [Benchmark] {
        let calendar = WorkingDayCalendar.mainlandChina
        // 2016-01-01 ... 2025-12-31: ten years of dates to walk through.
        let first = (try? CivilDate(year: 2016, month: 1, day: 1)) ?? .earliest
        let dates = (0..<3653).map { (try? first.adding(days: $0)) ?? first }
        let ids = ["11010519491231002X", "110105194912310021", "44052418800101001X", "11010519491231002X"]
        return [
            Benchmark(name: "CardModel  isWorkingDay", operationsPerRound: 10_000_000) {
                var count = 0
                for index in 0..<10_000_000 {
                    if (try? calendar.isWorkingDay(dates[index % dates.count])) == true { count &+= 1 }
                }
                return count
            },
            Benchmark(name: "CardModel  date(byAddingWorkingDays: 4, to:)", operationsPerRound: 5_000_000) {
                var sum = 0
                for index in 0..<5_000_000 {
                    let date = dates[index % (dates.count - 30)]
                    sum &+= Int((try? calendar.date(byAddingWorkingDays: 4, to: date))?.dayNumber ?? 0)
                }
                return sum
            },
            Benchmark(name: "CardModel  workingDays(from:to:) across ten years", operationsPerRound: 5_000_000) {
                var sum = 0
                for index in 0..<5_000_000 {
                    let from = dates[index % 365]
                    let to = dates[dates.count - 1 - index % 365]
                    sum &+= (try? calendar.workingDays(from: from, to: to)) ?? 0
                }
                return sum
            },
            Benchmark(name: "CardModel  ResidentIdentityNumber(_:)", operationsPerRound: 1_000_000) {
                var valid = 0
                for index in 0..<1_000_000 where (try? ResidentIdentityNumber(ids[index & 3])) != nil { valid &+= 1 }
                return valid
            },
        ]
    }
}
