import CardModel
import ExchangePolicy

/// ExchangePolicy's figures: evaluating an application, and one exchange case from application to activation
/// (ARCHITECTURE.md, Benchmarks).
enum ExchangeBenchmarks {
    static var all: [Benchmark] {
        let policy = ExchangePolicy.beijing
        let monday = CivilDate("2026-01-05") ?? .earliest
        // Working days and rest days of 2026, so the calendar is exercised on both.
        let dates = (0..<300).map { (try? monday.adding(days: $0)) ?? monday }
        let employer = (try? UnifiedSocialCreditCode("91350100M000100Y43")).flatMap {
            try? EmployerArrangement(
                employer: $0, collectiveApplication: true, companyPickup: true, selectedBanks: [.icbc, .cmb])
        }
        let applications = dates.enumerated().map { index, date in
            ExchangeApplication(
                date: date, currentCard: .second, channel: index % 2 == 0 ? .website : .bankOutlet,
                bank: index % 3 == 0 ? .icbc : .cmb, employer: index % 4 == 0 ? employer : nil)
        }
        let holder = (try? ResidentIdentityNumber("11010519491231002X")).map {
            IdentityDocument(residentIdentityCard: $0)
        }
        return [
            Benchmark(name: "Exchange   evaluate(_:) an approved application", operationsPerRound: 1_000_000) {
                var approved = 0
                for index in 0..<1_000_000 where policy.evaluate(applications[index % applications.count]).isApproved {
                    approved &+= 1
                }
                return approved
            },
            Benchmark(name: "Exchange   evaluate(_:) refused with 3 violations", operationsPerRound: 200_000) {
                var violations = 0
                let refused = ExchangeApplication(
                    date: CivilDate("2025-12-31") ?? monday, currentCard: .third, channel: .bankOutlet,
                    bank: PartnerBank(code: "XYZ", english: "XYZ", chinese: "XYZ"))
                for _ in 0..<200_000 { violations &+= policy.evaluate(refused).violations.count }
                return violations
            },
            Benchmark(name: "Exchange   case from application to activation", operationsPerRound: 100_000) {
                guard let holder else { return 0 }
                let parties = ExchangeParties(holder: holder)
                let presented = PresentedDocument(holder)
                var completed = 0
                for index in 0..<100_000 {
                    let application = ExchangeApplication(
                        date: dates[index % 200], currentCard: .second, channel: .website, bank: .cmb)
                    guard
                        var exchange = try? ExchangeCase.open(application, parties: parties, policy: policy).opened,
                        let ready = exchange.readyDate
                    else { continue }
                    _ = try? exchange.produceCard(on: ready)
                    _ = try? exchange.receiveCard(on: ready, by: .holder(presented))
                    _ = try? exchange.activateSocialSecurity(on: ready, through: .jingtong)
                    if exchange.phase == .activated { completed &+= 1 }
                }
                return completed
            },
        ]
    }
}
