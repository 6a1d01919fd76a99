import Foundation
import Testing

@testable import sscard

@Suite struct PermitCommandTests {
    func object(_ result: ShellResult) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(result.output.utf8))
        return try #require(value as? [String: Any])
    }

    @Test("WP-ONLINE: sscard permit lifecycle lists extend, change and cancel, all online, for a valid permit")
    func lifecycle() throws {
        let text = sscard("permit lifecycle --issued 2025-03-01 --valid-until 2027-02-28 --on 2026-03-10")
        #expect(text.status == 0)
        #expect(text.output.contains("(WP-ONLINE):"))
        #expect(text.output.contains("  extend  possible"))
        #expect(text.output.contains("  cancel  possible"))
        let json = try self.object(
            sscard("permit lifecycle --issued 2025-03-01 --valid-until 2027-02-28 --on 2026-03-10 --json"))
        #expect(json["status"] as? String == "valid")
        #expect(json["form"] as? String == "integrated")
        let procedures = try #require(json["procedures"] as? [[String: Any]])
        #expect(procedures.map { $0["procedure"] as? String } == ["apply", "extend", "change", "cancel"])
        #expect(procedures.map { $0["approved"] as? Bool } == [false, true, true, true])
        #expect(procedures[0]["formAfter"] is NSNull)
        #expect(procedures[1]["formAfter"] as? String == "integrated")
    }

    @Test("WP-NO-CHANGE: a physical permit's extension from 2024-12-01 integrates it with the card")
    func physicalIntegrates() throws {
        let line = "permit lifecycle --issued 2023-05-01 --valid-until 2025-04-30 --on 2025-03-15 --procedure extend"
        let result = sscard(line + " --json")
        #expect(result.status == 0)
        let json = try self.object(result)
        #expect(json["form"] as? String == "physical")
        let procedures = try #require(json["procedures"] as? [[String: Any]])
        #expect(procedures.first?["formAfter"] as? String == "integrated")
        let notes = try #require(json["notes"] as? [[String: Any]])
        #expect(notes.map { $0["rule"] as? String } == ["WP-NO-CHANGE"])
        // Before the integration an extension keeps the physical card.
        let before = try self.object(
            sscard("permit lifecycle --issued 2023-05-01 --valid-until 2025-04-30 --on 2024-06-01 --json"))
        let early = try #require(before["procedures"] as? [[String: Any]])
        #expect(early[1]["formAfter"] as? String == "physical")
    }

    @Test("WP-ONLINE: an expired permit can no longer be extended (exit 1 with --procedure); a cancelled one nothing")
    func closedProcedures() throws {
        let expired = sscard(
            "permit lifecycle --issued 2025-03-01 --valid-until 2026-02-28 --on 2026-03-10 --procedure extend")
        #expect(expired.status == 1)
        #expect(expired.output.contains("not possible"))
        #expect(expired.output.contains("(WP-ONLINE)"))
        let cancelled = try self.object(
            sscard(
                "permit lifecycle --issued 2025-03-01 --valid-until 2027-02-28 --cancelled 2026-01-05 --on 2026-03-10 --json"
            ))
        #expect(cancelled["status"] as? String == "cancelled")
        let procedures = try #require(cancelled["procedures"] as? [[String: Any]])
        #expect(procedures.map { $0["approved"] as? Bool } == [true, false, false, false])
    }

    @Test("WP-ONLINE: dates no permit has are invalid data (exit 1, a JSON error document), usage errors exit 2")
    func invalid() throws {
        let result = sscard("permit lifecycle --issued 2026-03-01 --valid-until 2026-02-01 --on 2026-03-10 --json")
        #expect(result.status == 1)
        let error = try #require(try self.object(result)["error"] as? [String: Any])
        #expect(error["kind"] as? String == "invalid")
        #expect(error["rule"] as? String == "WP-ONLINE")
        for line in [
            "permit", "permit renew", "permit lifecycle --issued 2026-03-01", "permit lifecycle --on 2026-02-30",
            "permit verify --document passport", "permit verify extra", "ecard", "ecard list",
            "ecard services", "ecard services --on 2026-03-10 --permit paper", "ecard services --on 2026-03-10 x",
        ] {
            let usage = sscard(line)
            #expect(usage.status == 2, "\(line)")
            #expect(usage.stderr.count == 1, "\(line)")
            #expect(usage.stdout.isEmpty, "\(line)")
        }
    }

    @Test("WP-RESIDENCE: sscard permit verify names the exit-entry bureau's three ways for the electronic card")
    func verify() throws {
        let result = sscard("permit verify --document ecard --json")
        #expect(result.status == 0)
        let json = try self.object(result)
        let documents = try #require(json["residencePermit"] as? [[String: Any]])
        #expect(documents.count == 1)
        let methods = try #require(documents.first?["methods"] as? [[String: Any]])
        #expect(
            methods.map { $0["method"] as? String } == ["informationSystem", "electronicCardCheck", "qrCodeScan"])
        #expect(methods.allSatisfy { $0["rule"] as? String == "WP-RESIDENCE" })
        let enrolment = try #require(json["enrolment"] as? [String: Any])
        #expect(enrolment["rule"] as? String == "WP-ENROL")
        let text = sscard("permit verify")
        #expect(text.status == 0)
        #expect(text.output.contains("by scanning the work permit QR code"))
        #expect(text.output.contains("(WP-RESIDENCE):"))
    }

    @Test("WP-EFFECTIVE: before 2024-12-01 the electronic card proves no permit (exit 1); WP-ONLINE: nor a 2016 letter")
    func verifyOnDate() throws {
        let ecard = sscard("permit verify --document ecard --on 2024-06-01")
        #expect(ecard.status == 1)
        #expect(ecard.output.contains("(WP-EFFECTIVE)"))
        #expect(sscard("permit verify --document ecard --on 2024-12-01").status == 0)
        let letter = try self.object(sscard("permit verify --document letter --on 2016-06-01 --json"))
        let documents = try #require(letter["residencePermit"] as? [[String: Any]])
        #expect(documents.first?["approved"] as? Bool == false)
        let violations = try #require(documents.first?["violations"] as? [[String: Any]])
        #expect(violations.map { $0["rule"] as? String } == ["WP-ONLINE"])
    }

    @Test("Languages: zh and de text of sscard permit and ecard have no English label words; --help has JSON keys")
    func languages() {
        let english = [
            "Work", "permit", "issued", "valid", "until", "On", "Procedures", "possible", "not", "afterwards", "Notes",
            "Residence", "with", "the", "by", "available", "Electronic", "card", "verified", "services", "and",
        ]
        for line in [
            "permit lifecycle --issued 2023-05-01 --valid-until 2025-04-30 --on 2025-03-15",
            "permit lifecycle --issued 2023-05-01 --valid-until 2025-04-30 --on 2025-06-15",
            "permit lifecycle --issued 2025-03-01 --valid-until 2027-02-28 --cancelled 2026-01-05 --on 2026-03-10",
            "permit verify", "permit verify --document ecard --on 2024-06-01",
            "ecard services --on 2026-03-10", "ecard services --on 2026-03-10 --physical-card-received 2026-03-05",
            "ecard services --on 2026-03-10 --unverified", "ecard services --on 2024-06-01",
            "ecard services --on 2026-03-10 --permit physical --permit-expires 2026-01-01",
        ] {
            let chinese = sscard(line + " --lang zh").output
            #expect(!chinese.isEmpty, "\(line)")
            for word in englishWords(in: chinese) { #expect(!english.contains(word), "\(line): zh has '\(word)'") }
            let german = sscard(line + " --lang de").output
            for word in englishWords(in: german) {
                #expect(
                    !["Work", "permit", "the", "and", "with", "available", "Notes"].contains(word), "\(line): '\(word)'"
                )
            }
        }
        for command in ["permit", "ecard"] {
            let help = sscard("\(command) --help")
            #expect(help.status == 0)
            #expect(help.output.contains("JSON KEYS"))
            #expect(help.output.contains("EXIT STATUS"))
        }
        #expect(sscard("--help").output.contains("permit"))
        #expect(sscard("--help").output.contains("ecard"))
    }
}
