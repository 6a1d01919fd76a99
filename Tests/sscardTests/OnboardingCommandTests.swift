import Foundation
import Testing

@testable import sscard

@Suite struct OnboardingCommandTests {
    func object(_ result: ShellResult) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(result.output.utf8))
        return try #require(value as? [String: Any])
    }

    @Test("WP-RESIDENCE-DEADLINE: sscard onboarding prints the timeline with the 30-day deadline (entry 2026-03-02)")
    func text() {
        let result = sscard("onboarding --entry 2026-03-02 --notification-issued 2026-01-15")
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.output.contains("2026-04-01  apply for the residence permit by (WP-RESIDENCE-DEADLINE)"))
        #expect(result.output.contains("2026-07-15  Notification Letter valid until (WP-NOTIFICATION)"))
        #expect(result.output.contains("2026-01-15...2026-03-02  Z visa issued (WP-VISA)"))
        #expect(result.output.contains("Warnings: none"))
    }

    @Test("WP-RESIDENCE-DEADLINE: --json has steps, deadlines {kind, name, date, rule, conditional} and warnings")
    func json() throws {
        let result = sscard("onboarding --entry 2026-03-02 --notification-issued 2026-01-15 --json")
        #expect(result.status == 0)
        let object = try self.object(result)
        let steps = try #require(object["steps"] as? [[String: Any]])
        #expect(steps.count == 10)
        #expect(
            steps.map { $0["step"] as? String } == [
                "notificationLetter", "zVisa", "entry", "electronicCard", "enrolment", "socialSecurityNumber",
                "physicalCardIssued", "physicalCardReceived", "residencePermitApplication", "residencePermitDecision",
            ])
        #expect(steps[2]["date"] as? String == "2026-03-02")
        let deadlines = try #require(object["deadlines"] as? [[String: Any]])
        #expect(deadlines.map { $0["date"] as? String } == ["2026-07-15", "2026-04-01", "2026-04-16"])
        #expect(
            deadlines.map { $0["rule"] as? String } == [
                "WP-NOTIFICATION", "WP-RESIDENCE-DEADLINE", "WP-RESIDENCE-DEADLINE",
            ])
        #expect(deadlines.allSatisfy { $0["name"] is String })
        #expect(
            deadlines.map { $0["kind"] as? String } == [
                "notificationLetterExpiry", "residencePermitApplication", "residencePermitDecision",
            ])
        #expect(deadlines.map { $0["conditional"] as? Bool } == [false, false, true])
        #expect((object["warnings"] as? [Any])?.isEmpty == true)
        #expect(object["possible"] as? Bool == true)
        #expect(object["permit"] as? String == "integrated")
    }

    @Test("WP-RESIDENCE-DEADLINE: a last day in a holiday names the nominal and the effective day")
    func holiday() throws {
        let result = sscard("onboarding --entry 2026-09-02 --json")
        let deadlines = try #require(try self.object(result)["deadlines"] as? [[String: Any]])
        #expect(deadlines.first?["date"] as? String == "2026-10-08")
        #expect(deadlines.first?["nominalDate"] as? String == "2026-10-02")
        #expect(sscard("onboarding --entry 2026-09-02").output.contains("2026-10-08 (nominal 2026-10-02)"))
    }

    @Test("WP-NOTIFICATION: entry after the Notification Letter expired is a warning with exit 0, not impossible")
    func entryAfterExpiry() throws {
        let result = sscard("onboarding --entry 2026-08-01 --notification-issued 2026-01-15 --json")
        #expect(result.status == 0)
        let object = try self.object(result)
        #expect(object["possible"] as? Bool == true)
        let warnings = try #require(object["warnings"] as? [[String: Any]])
        #expect(warnings.map { $0["rule"] as? String } == ["WP-NOTIFICATION"])
        let text = sscard("onboarding --entry 2026-08-01 --notification-issued 2026-01-15")
        #expect(text.status == 0)
        #expect(!text.output.contains("cannot happen"))
        #expect(text.output.contains("it no longer proves the work permit"))
    }

    @Test("WP-VISA: a Notification Letter after the entry is an impossible timeline: warned, exit 1")
    func impossible() throws {
        let result = sscard("onboarding --entry 2026-01-10 --notification-issued 2026-01-15")
        #expect(result.status == 1)
        #expect(result.output.contains("cannot happen"))
        #expect(result.output.contains("WP-VISA"))
    }

    @Test("WP-EFFECTIVE: --permit defaults from the entry date; integrated before 2024-12-01 exits 1")
    func permit() throws {
        #expect(try self.object(sscard("onboarding --entry 2024-11-20 --json"))["permit"] as? String == "physical")
        #expect(sscard("onboarding --entry 2024-11-20 --permit physical").status == 0)
        let early = sscard("onboarding --entry 2024-11-20 --permit integrated")
        #expect(early.status == 1)
        #expect(early.output.contains("WP-EFFECTIVE"))
        // WP-NO-CHANGE: a physical permit issued before 2024-12-01 stays valid: a plan with a warning.
        let late = sscard("onboarding --entry 2026-03-02 --permit physical")
        #expect(late.status == 0)
        #expect(late.output.contains("WP-NO-CHANGE: "))
        #expect(!late.output.contains("cannot happen"))
    }

    @Test("WP-RESIDENCE: a letter expiring before the deadline is a warning with exit 0")
    func advice() {
        let result = sscard("onboarding --entry 2026-03-05 --notification-issued 2025-09-10")
        #expect(result.status == 0)
        #expect(result.output.contains("WP-RESIDENCE: the Notification Letter expires on 2026-03-10"))
    }

    @Test("CM-WORKDAY: no calendar data for a deadline's year: the timeline is printed with its nominal day, exit 1")
    func noCalendarData() throws {
        let result = sscard("onboarding --entry 2026-11-17")
        #expect(result.status == 1)  // no data, yet not a refusal: everything decidable is answered
        #expect(result.stderr.count == 1)
        #expect(result.stderr.first?.contains("2027") == true)
        #expect(result.output.contains("2026-12-17  apply for the residence permit by (WP-RESIDENCE-DEADLINE)"))
        #expect(result.output.contains("2027-01-01 (nominal; effective day unknown: no data for 2027)"))
        #expect(result.stderr.first?.contains("--provisional") == true)
        #expect(result.output.contains("CM-WORKDAY: "))
        let json = sscard("onboarding --entry 2026-12-02 --json")
        #expect(json.status == 1)
        let object = try self.object(json)
        #expect(object["possible"] as? Bool == true)
        #expect(object["missingCalendarYears"] as? [Int] == [2027])
        let deadlines = try #require(object["deadlines"] as? [[String: Any]])
        #expect(deadlines.count == 1)
        #expect(deadlines.first?["date"] is NSNull)
        #expect(deadlines.first?["nominalDate"] as? String == "2027-01-01")
        #expect(deadlines.first?["yearWithoutData"] as? Int == 2027)
        let warnings = try #require(object["warnings"] as? [[String: Any]])
        #expect(warnings.map { $0["rule"] as? String } == ["CM-WORKDAY", "CM-WORKDAY"])
        #expect(sscard("onboarding --entry 2026-03-02 --json").stderr.isEmpty)
    }

    @Test("CM-DATE: a deadline after 2199-12-31 is a usage error (exit 2) with a clear message")
    func outOfRange() {
        let result = sscard("onboarding --entry 2199-12-20")
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.first?.contains("after 2199-12-31") == true)
        #expect(result.stderr.first?.contains("2200") == true)
    }

    @Test("Usage errors exit 2: missing --entry, malformed date, unknown --permit, extra argument, unknown option")
    func usage() {
        for line in [
            "onboarding", "onboarding --entry 2026-02-30", "onboarding --entry 2026-03-02 --permit paper",
            "onboarding --entry 2026-03-02 extra", "onboarding --entry 2026-03-02 --visa 2026-02-01",
            "onboarding --entry 2026-03-02 --notification-issued yesterday",
        ] {
            let result = sscard(line)
            #expect(result.status == 2, "\(line)")
            #expect(result.stderr.count == 1, "\(line)")
            #expect(result.stdout.isEmpty, "\(line)")
        }
        #expect(sscard("onboarding --help").output.contains("--notification-issued"))
    }

    @Test("Messages in English, German and Simplified Chinese")
    func languages() throws {
        let english = sscard("onboarding --entry 2026-08-01 --notification-issued 2026-01-15 --json --lang en")
        let german = sscard("onboarding --entry 2026-08-01 --notification-issued 2026-01-15 --json --lang de")
        let chinese = sscard("onboarding --entry 2026-08-01 --notification-issued 2026-01-15 --json --lang zh")
        let messages = try [english, german, chinese].map { result in
            try #require((try self.object(result)["warnings"] as? [[String: Any]])?.first?["message"] as? String)
        }
        #expect(Set(messages).count == 3)
        #expect(messages[2].contains("通知"))
        // A deadline's kind is stable across languages; its name is translated.
        let deadlines = try [english, chinese].map { result in
            try #require(try self.object(result)["deadlines"] as? [[String: Any]])
        }
        #expect(deadlines[0].map { $0["kind"] as? String } == deadlines[1].map { $0["kind"] as? String })
        #expect(deadlines[0].first?["name"] as? String != deadlines[1].first?["name"] as? String)
        #expect(sscard("onboarding --entry 2026-03-02 --lang de").output.contains("Fristen:"))
    }

    @Test("The text output aligns its columns by display width: a CJK character takes two columns")
    func displayWidth() {
        #expect("2026-03-02".displayWidth == 10)
        #expect("其后".displayWidth == 4)
        #expect("自 2026-03-02".displayWidth == 13)
        #expect("《通知》".displayWidth == 8)
        let output = sscard("onboarding --entry 2026-03-02 --lang zh").output
        // The widest window is 2026年3月2日至2026年4月16日 (27 columns), then two spaces before the step's name.
        #expect("2026年3月2日至2026年4月16日".displayWidth == 27)
        #expect(output.contains("  其后" + String(repeating: " ", count: 25) + "生成社会保障号码"))
        #expect(output.contains("  自 2026年3月2日" + String(repeating: " ", count: 14) + "注册电子社保卡"))
    }
}
