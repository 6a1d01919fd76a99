import Foundation
import Testing

@testable import sscard

/// `sscard onboarding` after issue 12: refused combinations, the shell's calendar, and the languages.
@Suite struct OnboardingFidelityTests {
    func object(_ result: ShellResult) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(result.output.utf8))
        return try #require(value as? [String: Any])
    }

    func rules(_ result: ShellResult) throws -> [String] {
        try #require(try self.object(result)["warnings"] as? [[String: Any]]).compactMap { $0["rule"] as? String }
    }

    @Test("WP-EFFECTIVE: --permit physical with a letter issued 2025-09-20 is refused (exit 1, WP-NO-CHANGE too)")
    func physicalWithLateLetter() throws {
        let line = "onboarding --entry 2026-03-02 --permit physical --notification-issued 2025-09-20"
        let text = sscard(line)
        #expect(text.status == 1)
        #expect(text.output.contains("cannot happen"))
        #expect(text.output.contains("WP-EFFECTIVE: "))
        #expect(text.output.contains("WP-NO-CHANGE: "))
        let json = sscard(line + " --json")
        #expect(json.status == 1)
        #expect(try self.object(json)["possible"] as? Bool == false)
        #expect(try self.rules(json) == ["WP-EFFECTIVE", "WP-NO-CHANGE"])
    }

    @Test("WP-ONLINE: --permit physical with a letter before 2024-12-01 and an entry after it is refused")
    func physicalWithEarlyLetter() throws {
        let json = sscard("onboarding --entry 2024-12-05 --permit physical --notification-issued 2024-11-15 --json")
        #expect(json.status == 1)
        #expect(try self.rules(json) == ["WP-ONLINE", "WP-NO-CHANGE"])
    }

    @Test("WP-NO-CHANGE: the holder of an existing physical permit gets no new letter and Z visa planned")
    func existingPhysicalPermit() throws {
        let json = sscard("onboarding --entry 2026-03-02 --permit physical --json")
        #expect(json.status == 0)
        let steps = try #require(try self.object(json)["steps"] as? [[String: Any]])
        let ids = steps.compactMap { $0["step"] as? String }
        #expect(!ids.contains("notificationLetter"))
        #expect(!ids.contains("zVisa"))
        #expect(ids.first == "entry")
        #expect(try self.rules(json) == ["WP-NO-CHANGE"])
    }

    @Test("WP-ONLINE: an onboarding dated 2003 plans no online permit system and no electronic card (exit 1)")
    func before2017() throws {
        let text = sscard("onboarding --entry 2003-05-12")
        #expect(text.status == 1)
        #expect(text.output.contains("WP-ONLINE: "))
        #expect(!text.output.contains("electronic social security card registered"))
        let json = sscard("onboarding --entry 2003-05-12 --json")
        #expect(json.status == 1)
        let object = try self.object(json)
        #expect((object["steps"] as? [Any])?.isEmpty == true)
        #expect((object["deadlines"] as? [Any])?.isEmpty == true)
        #expect(try self.rules(json) == ["WP-ONLINE"])
    }

    @Test("CM-WORKDAY: the onboarding counts with the shell's calendar (--holidays adds the year)")
    func shellCalendar() throws {
        // Without the year: unknown; the shell's calendar is the one the plan is counted with.
        let result = sscard("onboarding --entry 2026-12-15 --json")
        #expect(result.status == 1)
        let deadlines = try #require(try self.object(result)["deadlines"] as? [[String: Any]])
        #expect(deadlines.first?["date"] is NSNull)
        #expect(deadlines.first?["yearWithoutData"] as? Int == 2027)
    }

    @Test("Languages: zh and de text of sscard onboarding have no English label words")
    func noEnglishLabels() {
        let english = [
            "Steps", "Deadlines", "Warnings", "nominal", "from", "later", "by", "none", "effective", "unknown",
            "work permit", "the", "and", "apply", "cannot", "visa", "letter",
        ]
        for line in [
            "onboarding --entry 2026-03-02 --notification-issued 2026-01-15",
            "onboarding --entry 2026-08-01 --notification-issued 2026-01-15",
            "onboarding --entry 2026-11-17", "onboarding --entry 2026-09-02",
            "onboarding --entry 2026-03-02 --permit physical",
            "onboarding --entry 2026-03-02 --permit physical --notification-issued 2025-09-20",
            "onboarding --entry 2003-05-12", "onboarding --entry 2026-03-05 --notification-issued 2025-09-10",
        ] {
            let chinese = sscard(line + " --lang zh").output
            for word in englishWords(in: chinese) { #expect(!english.contains(word), "\(line): zh has '\(word)'") }
            #expect(!chinese.contains("提示"), "\(line)")
            #expect(!chinese.contains("最早为"), "\(line)")
            let german = sscard(line + " --lang de").output
            for word in englishWords(in: german) {
                #expect(
                    !["Steps", "Deadlines", "Warnings", "the", "and", "by"].contains(word), "\(line): de '\(word)'")
            }
            #expect(!german.contains("mit die "), "\(line)")
            #expect(!german.contains("Vormund"), "\(line)")
        }
        #expect(sscard("onboarding --entry 2026-03-02 --lang zh").output.contains("注意"))
    }

    @Test("onboarding --help: options aligned, exit statuses and every JSON key documented")
    func help() {
        let help = sscard("onboarding --help").output
        let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
        let options = lines.filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("--") }
        #expect(options.count == 3)
        #expect(options.allSatisfy { $0.hasPrefix("  --") }, "\(options)")
        #expect(lines.filter { $0.hasPrefix("EXIT STATUS:") || $0.hasPrefix("JSON KEYS:") }.count == 2)
        for key in [
            "entry", "notificationIssued", "permit", "possible", "missingCalendarYears", "provisionalYears", "steps",
            "deadlines", "warnings", "notes", "nominalDate", "yearWithoutData", "provisionalYear", "conditional",
        ] {
            #expect(help.contains(key), "\(key)")
        }
    }
}

/// The ASCII words of `text` (letters only), which in zh output can only be English.
func englishWords(in text: String) -> [String] {
    text.split { !($0.isASCII && $0.isLetter) }.map(String.init)
}

@Suite struct OnboardingProvisionalTests {
    func object(_ result: ShellResult) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(result.output.utf8))
        return try #require(value as? [String: Any])
    }

    @Test("CM-PROVISIONAL: sscard onboarding --provisional --entry 2026-12-15 gives 2027-01-14 with the warning")
    func provisional() throws {
        let result = sscard("onboarding --entry 2026-12-15 --provisional --json")
        #expect(result.status == 0)
        let object = try self.object(result)
        #expect(object["provisionalYears"] as? [Int] == [2027])
        #expect((object["missingCalendarYears"] as? [Int])?.isEmpty == true)
        let deadlines = try #require(object["deadlines"] as? [[String: Any]])
        #expect(deadlines.first?["date"] as? String == "2027-01-14")
        #expect(deadlines.first?["provisionalYear"] as? Int == 2027)
        let warnings = try #require(object["warnings"] as? [[String: Any]])
        #expect(warnings.contains { ($0["message"] as? String)?.contains("CM-PROVISIONAL") == true })
        let text = sscard("onboarding --entry 2026-12-15 --provisional")
        #expect(
            text.output.contains("2027-01-14  apply for the residence permit by (WP-RESIDENCE-DEADLINE), provisional"))
        #expect(text.stderr.isEmpty)
        // Without --provisional the effective day is unknown, with the CM-WORKDAY warning: no data, exit 1.
        let withoutData = sscard("onboarding --entry 2026-12-15 --json")
        #expect(withoutData.status == 1)
        let refused = try self.object(withoutData)
        let unknown = try #require(refused["deadlines"] as? [[String: Any]])
        #expect(unknown.first?["date"] is NSNull)
        #expect(unknown.first?["provisionalYear"] is NSNull)
        #expect(refused["missingCalendarYears"] as? [Int] == [2027])
    }
}
