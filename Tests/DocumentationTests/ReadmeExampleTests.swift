import CardModel
import ReplacementWorkflow
import Testing

/// The README's ten-line example, with its commented results as expectations.
@Suite struct ReadmeExampleTests {
    @Test("RP-READY, CM-WORKDAY, CM-ID: the README example")
    func readmeExample() throws {
        let applied = try CivilDate(parsing: "2026-10-03")
        let decision = ReplacementPolicy.beijing.evaluate(ReplacementApplication(date: applied, reason: .lost))
        #expect(decision.acceptanceDate?.description == "2026-10-08")
        #expect(decision.readyDate?.description == "2026-10-13")
        #expect(decision.fee.description == "CNY 20.00")
        #expect(
            try WorkingDayCalendar.mainlandChina.day(try CivilDate(parsing: "2026-01-04")).kind == .adjustedWorkingDay)
        let id = try ResidentIdentityNumber("11010519491231002X")
        #expect("\(id) \(id.birthDate) \(id.sex)" == "1101**********002X 1949-12-31 female")
    }
}
