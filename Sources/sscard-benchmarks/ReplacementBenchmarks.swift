import CardModel
import ReplacementWorkflow

/// Replacement figures (ARCHITECTURE.md, Benchmarks): one case from application to activation, and the policy's
/// decision alone.
enum ReplacementBenchmarks {
    static var all: [Benchmark] {
        guard
            let number = try? ResidentIdentityNumber("11010519491231002X"),
            let applied = CivilDate("2026-09-30"), let produced = CivilDate("2026-10-12"),
            let collected = CivilDate("2026-10-13"), let activated = CivilDate("2026-10-14")
        else { return [] }
        let holder = IdentityDocument(residentIdentityCard: number)
        let receipt = ReceiptDocuments(holder: PresentedDocument(holder))
        let application = ReplacementApplication(
            date: applied, reason: .lost, channel: .onSite, category: .urbanEmployee, applicant: .holder,
            documents: PresentedDocuments(holder: PresentedDocument(holder)), receipt: .collect)
        let policy = ReplacementPolicy.beijing
        return [
            Benchmark(name: "Replacement  evaluate(_:) (on site, lost)", operationsPerRound: 200_000) {
                var sum = 0
                for _ in 0..<200_000 {
                    sum &+= Int(policy.evaluate(application, holder: holder).readyDate?.dayNumber ?? 0)
                }
                return sum
            },
            Benchmark(name: "Replacement  case: application to activation", operationsPerRound: 100_000) {
                var sum = 0
                for _ in 0..<100_000 {
                    var replacement = ReplacementCase(holder: holder, policy: policy)
                    do throws(ReplacementCaseError) {
                        sum &+= try replacement.applyForReplacement(application).count
                        sum &+= try replacement.produceCard(on: produced).count
                        sum &+= try replacement.collect(on: collected, documents: receipt).count
                        sum &+= try replacement.activate(on: activated).count
                    } catch {
                        sum &-= 1
                    }
                    sum &+= replacement.history.count
                }
                return sum
            },
        ]
    }
}
