import CardModel
import ExchangePolicy
import Foundation
import Testing

@testable import sscard

@Suite struct ExchangeCommandTests {
    /// The JSON object printed by `sscard exchange ... --json`.
    func json(_ commandLine: String) throws -> (status: Int32, object: [String: Any]) {
        let result = sscard("exchange " + commandLine + " --json")
        #expect(result.stdout.count == 1)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        return (result.status, object)
    }

    func rules(_ object: [String: Any]) -> [String] {
        (object["violations"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
    }

    @Test("EX-CHANNELS: offline refused on 2025-12-31 (exit 1), open on 2026-01-04 (exit 0)")
    func offlineChannels() {
        let refused = sscard("exchange --date 2025-12-31 --generation 2 --channel bank-outlet --bank CMB")
        #expect(refused.status == 1)
        #expect(refused.stdout.first?.hasPrefix("refused") == true)
        #expect(refused.output.contains("EX-CHANNELS"))
        let approved = sscard("exchange --date 2026-01-04 --generation 2 --channel district-service-point --bank CMB")
        #expect(approved.status == 0)
        #expect(approved.stdout.first?.hasPrefix("approved") == true)
        #expect(approved.output.contains("2026-01-08"))
    }

    @Test("The JSON keys of the contract")
    func jsonKeys() throws {
        let (status, object) = try self.json("--date 2026-01-05 --generation 2 --channel website --bank CMB")
        #expect(status == 0)
        for key in ["approved", "violations", "phase", "generation", "readyBy", "receiptOptions", "notes"] {
            #expect(object[key] != nil, "\(key)")
        }
        #expect(object["approved"] as? Bool == true)
        #expect(object["phase"] as? String == "regular")
        #expect(object["generation"] as? Int == 3)
        #expect(object["readyBy"] as? String == "2026-01-09")
        #expect(object["bankChoice"] as? String == "free")
        let options = try #require(object["receiptOptions"] as? [[String: Any]])
        #expect(options.compactMap { $0["method"] as? String } == ["bank-branch", "post"])
        #expect(options.allSatisfy { ($0["fee"] as? [String: Any])?["fen"] as? Int == 0 })
    }

    @Test("EX-EMPLOYER-BANKS: online under company pickup outside the selection refused; offline approved with note")
    func employerBanks() throws {
        let online = try self.json(
            "--date 2026-01-05 --generation 2 --channel website --bank CMB --company-pickup --employer-banks ICBC,BOC")
        #expect(online.status == 1)
        #expect(self.rules(online.object) == ["EX-EMPLOYER-BANKS"])
        let violation = try #require((online.object["violations"] as? [[String: Any]])?.first)
        #expect((violation["message"] as? String)?.contains("(ICBC, BOC)") == true)

        let offline = try self.json(
            "--date 2026-01-05 --generation 2 --channel bank-outlet --bank CMB --company-pickup --employer-banks ICBC,BOC"
        )
        #expect(offline.status == 0)
        #expect(offline.object["approved"] as? Bool == true)
        let notes = try #require(offline.object["notes"] as? [[String: Any]])
        #expect(notes.compactMap { $0["rule"] as? String } == ["EX-EMPLOYER-BANKS"])
        #expect(offline.object["bankChoice"] as? String == "free-offline")
    }

    @Test("EX-EMPLOYER-BANKS: too many or non-partner employer banks are refused with the other reasons")
    func badSelection() throws {
        let (status, object) = try self.json(
            "--date 2025-12-31 --generation 2 --channel bank-outlet --bank ICBC --company-pickup "
                + "--employer-banks ICBC,BOC,CCB,XYZ")
        #expect(status == 1)
        #expect(self.rules(object) == ["EX-CHANNELS", "EX-EMPLOYER-BANKS", "EX-EMPLOYER-BANKS"])
    }

    @Test("EX-FREE-CHOICE: an employee whose employer has no collective application chooses freely")
    func freeChoice() throws {
        for extra in [
            "--employee", "--employee --employer 91110105MA01ABCD13", "--collective-application --employer-banks ICBC",
        ] {
            let (status, object) = try self.json(
                "--date 2026-01-05 --generation 2 --channel website --bank CMB \(extra)")
            #expect(status == 0, "\(extra)")
            #expect(object["bankChoice"] as? String == "free")
        }
    }

    @Test("Several violations are reported together")
    func severalViolations() throws {
        let (status, object) = try self.json(
            "--date 2025-12-31 --generation 3 --channel bank-outlet --bank XYZ --minor")
        #expect(status == 1)
        #expect(self.rules(object) == ["EX-CHANNELS", "EX-ELIGIBLE", "EX-PARTNER-BANKS", "EX-MINOR"])
        #expect(object["readyBy"] is NSNull)
        #expect(object["generation"] is NSNull)
    }

    @Test("EX-ELIGIBLE: a third-generation holder is refused; no card means a first application")
    func eligible() throws {
        #expect(
            try self.rules(self.json("--date 2026-01-05 --generation 3 --channel website --bank CMB").object) == [
                "EX-ELIGIBLE"
            ])
        #expect(
            try self.rules(self.json("--date 2026-01-05 --generation none --channel website --bank CMB").object) == [
                "EX-ELIGIBLE"
            ])
    }

    @Test("EX-PHASE: no exchange before 2024-10-30")
    func notOpen() throws {
        let (status, object) = try self.json("--date 2024-10-29 --generation 2 --channel website --bank CMB")
        #expect(status == 1)
        #expect(object["phase"] is NSNull)
        #expect(self.rules(object) == ["EX-PHASE"])
    }

    @Test("EX-MINOR: a minor needs a guardian")
    func minor() {
        #expect(sscard("exchange --date 2026-01-05 --generation 2 --channel website --bank CMB --minor").status == 1)
        #expect(
            sscard("exchange --date 2026-01-05 --generation 2 --channel website --bank CMB --minor --guardian").status
                == 0)
    }

    @Test("EX-RECEIPT: instant issuance at a bank outlet is ready the same day")
    func instantIssuance() throws {
        let (status, object) = try self.json(
            "--date 2026-01-10 --generation 1 --channel bank-outlet --bank ICBC --receipt instant-issuance")
        #expect(status == 0)
        #expect(object["readyBy"] as? String == "2026-01-10")
        let online = try self.json(
            "--date 2026-01-10 --generation 1 --channel website --bank ICBC --receipt instant-issuance")
        #expect(self.rules(online.object) == ["EX-RECEIPT"])
    }

    @Test("EX-RECEIPT: the text says post is free only when the policy's postage fee is zero")
    func postageText() throws {
        let application = ExchangeApplication(
            date: try CivilDate(parsing: "2026-01-05"), currentCard: .second, channel: .website, bank: .cmb)
        let free = ExchangeCommand.text(ExchangePolicy.beijing.evaluate(application), application, language: .english)
        #expect(free.contains { $0.hasSuffix("open: collection at the bank branch, by post (free)") })
        let paid = try ExchangePolicy(postageFee: .yuan(10))
        let lines = ExchangeCommand.text(paid.evaluate(application), application, language: .english)
        #expect(!lines.contains { $0.contains("(free)") })
        #expect(lines.contains { $0.hasSuffix("open: collection at the bank branch, by post (CNY 10.00)") })
    }

    @Test("CM-WORKDAY: a ready-by date without calendar data is unknown, approved with a warning, exit 1")
    func calendarGap() throws {
        let (status, object) = try self.json("--date 2026-12-28 --generation 2 --channel website --bank CMB")
        #expect(status == 1)
        #expect(object["approved"] as? Bool == true)
        #expect(self.rules(object).isEmpty)
        #expect(object["readyBy"] is NSNull)
        #expect(object["missingCalendarYears"] as? [Int] == [2027])
        let warning = (object["warnings"] as? [[String: Any]])?.first
        #expect(warning?["rule"] as? String == "CM-WORKDAY")
        #expect((warning?["message"] as? String)?.contains("2027") == true)
    }

    @Test("Messages follow --lang")
    func languages() {
        let german = sscard("exchange --date 2025-12-31 --generation 3 --channel website --bank CMB --lang de")
        #expect(german.output.contains("nichts umzutauschen"))
        let chinese = sscard("exchange --date 2025-12-31 --generation 3 --channel website --bank CMB --lang zh")
        #expect(chinese.output.contains("无需换卡"))
    }

    @Test(
        "Usage errors exit 2 with a message on stderr",
        arguments: [
            "--generation 2 --channel website --bank CMB",
            "--date 2026-02-30 --generation 2 --channel website --bank CMB",
            "--date 2026-01-05 --channel website --bank CMB",
            "--date 2026-01-05 --generation 4 --channel website --bank CMB",
            "--date 2026-01-05 --generation 2 --channel web --bank CMB",
            "--date 2026-01-05 --generation 2 --channel website",
            "--date 2026-01-05 --generation 2 --channel website --bank C-M-B!",
            "--date 2026-01-05 --generation 2 --channel website --bank CMB --receipt courier",
            "--date 2026-01-05 --generation 2 --channel website --bank CMB --employer-banks ICBC",
            "--date 2026-01-05 --generation 2 --channel website --bank CMB --company-pickup",
            "--date 2026-01-05 --generation 2 --channel website --bank CMB --company-pickup --collective-application "
                + "--employer-banks ICBC",
            "--date 2026-01-05 --generation 2 --channel website --bank CMB --company-pickup --employer-banks ICBC,ICBC",
            "--date 2026-01-05 --generation 2 --channel website --bank CMB --employer 123",
            "--date 2026-01-05 --generation 2 --channel website --bank CMB --bogus",
            "--date 2026-01-05 --generation 2 --channel website --bank CMB extra",
        ])
    func usageErrors(commandLine: String) {
        let result = sscard("exchange " + commandLine)
        #expect(result.status == 2, "\(commandLine)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.first?.hasPrefix("sscard exchange: ") == true)
    }

    @Test("--help lists the option table (OptionTableTests checks it) and documents the JSON keys")
    func help() {
        let result = sscard("exchange --help")
        #expect(result.status == 0)
        #expect(result.output.contains(ExchangeCommand.options.list))
        for word in [
            "receiptOptions", "readyBy", "warnings", "missingCalendarYears", "information", "bankName",
            "channelName", "provisionalYears", "EX-SERVICE-POINT-DAYS",
        ] {
            #expect(result.output.contains(word), "\(word)")
        }
    }

    @Test("CM-PRIVACY: the employer's code is never printed")
    func employerNotPrinted() {
        let result = sscard(
            "exchange --date 2026-01-05 --generation 2 --channel website --bank ICBC --employer 91110105MA01ABCD13 "
                + "--company-pickup --employer-banks ICBC --json --reveal")
        #expect(result.status == 0)
        #expect(!result.output.contains("91110105MA01ABCD13"))
    }
}
