import Foundation
import Testing

@testable import sscard

@Suite struct ECardCommandTests {
    func object(_ result: ShellResult) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(result.output.utf8))
        return try #require(value as? [String: Any])
    }

    @Test("WP-SERVICES: before the physical card the e-card gives the work permit services only")
    func beforePhysicalCard() throws {
        let result = sscard("ecard services --on 2026-03-10 --json")
        #expect(result.status == 0)
        let json = try self.object(result)
        #expect(json["phase"] as? String == "verified")
        #expect(
            json["available"] as? [String] == ["workPermitInformation", "workPermitQRVerification", "notifications"])
        let services = try #require(json["services"] as? [[String: Any]])
        #expect(services.count == 10)
        let pass = try #require(services.first { $0["function"] as? String == "businessInformationQuery" })
        #expect(pass["group"] as? String == "beijingPass")
        #expect(pass["rule"] as? String == "CM-FUNCTIONS")
        #expect((pass["violations"] as? [[String: Any]])?.first?["rule"] as? String == "CM-FORM")
    }

    @Test("CM-FUNCTIONS: once the physical card is received, BEIJING PASS and the social security functions follow")
    func afterPhysicalCard() throws {
        let json = try self.object(
            sscard("ecard services --on 2026-03-10 --physical-card-received 2026-03-05 --json"))
        #expect(json["phase"] as? String == "standardServices")
        let available = try #require(json["available"] as? [String])
        #expect(available.contains("businessInformationQuery"))
        #expect(available.contains("benefitsAndSubsidies"))
        #expect(available.contains("medicalSettlement"))
        #expect(!available.contains("financial"))
        // A receipt after the day asked about counts as not yet received.
        let later = try self.object(
            sscard("ecard services --on 2026-03-10 --physical-card-received 2026-03-20 --json"))
        #expect(later["phase"] as? String == "verified")
        let text = sscard("ecard services --on 2026-03-10 --physical-card-received 2026-03-05")
        #expect(text.output.contains("BEIJING PASS services (CM-FUNCTIONS):"))
        #expect(text.output.contains("work permit services (WP-SERVICES):"))
    }

    @Test("WP-ECARD: after the permit's last day its services stop; unverified gives nothing (exit 1)")
    func expiredAndUnverified() throws {
        let expired = try self.object(
            sscard("ecard services --on 2026-03-10 --permit-expires 2026-03-01 --json"))
        #expect((expired["available"] as? [String])?.isEmpty == true)
        #expect(sscard("ecard services --on 2026-03-10 --permit-expires 2026-03-01").status == 1)
        let unverified = sscard("ecard services --on 2026-03-10 --unverified")
        #expect(unverified.status == 1)
        #expect(unverified.output.contains("complete real-name and real-person verification first"))
    }

    @Test("WP-NO-CHANGE: a physical permit not yet integrated gives no work permit services on the e-card")
    func physicalPermit() throws {
        let json = try self.object(
            sscard("ecard services --on 2026-03-10 --physical-card-received 2026-03-05 --permit physical --json"))
        let available = try #require(json["available"] as? [String])
        #expect(!available.contains("workPermitInformation"))
        #expect(available.contains("medicalSettlement"))
        let services = try #require(json["services"] as? [[String: Any]])
        let information = try #require(services.first { $0["function"] as? String == "workPermitInformation" })
        #expect((information["violations"] as? [[String: Any]])?.map { $0["rule"] as? String } == ["WP-NO-CHANGE"])
    }

    @Test("WP-EFFECTIVE: before 2024-12-01 the e-card carries no work permit information")
    func beforeIntegration() throws {
        let json = try self.object(sscard("ecard services --on 2024-06-01 --json"))
        let services = try #require(json["services"] as? [[String: Any]])
        let information = try #require(services.first { $0["function"] as? String == "workPermitInformation" })
        #expect((information["violations"] as? [[String: Any]])?.map { $0["rule"] as? String } == ["WP-EFFECTIVE"])
    }
}
