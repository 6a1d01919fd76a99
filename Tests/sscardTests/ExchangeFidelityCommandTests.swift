import CardModel
import ExchangePolicy
import Foundation
import Testing

@testable import sscard

/// Issue 12 for `sscard exchange`: service points on rest days, a missing calendar year, incoherent combinations,
/// what an approved exchange tells, and text that follows `--lang`.
@Suite struct ExchangeFidelityCommandTests {
    /// The JSON object printed by `sscard exchange ... --json`.
    func json(_ commandLine: String) throws -> (status: Int32, object: [String: Any], stderr: [String]) {
        let result = sscard("exchange " + commandLine + " --json")
        #expect(result.stdout.count == 1)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        return (result.status, object, result.stderr)
    }

    func rules(_ object: [String: Any], _ key: String = "violations") -> [String] {
        (object[key] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
    }

    @Test(
        "EX-SERVICE-POINT-DAYS: a service point on National Day or a Saturday is refused",
        arguments: [
            "--date 2026-10-03 --generation 2 --channel district-service-point --bank ICBC",
            "--date 2026-03-07 --generation 2 --channel subdistrict-service-point --bank ICBC",
        ])
    func servicePointRestDay(commandLine: String) throws {
        let (status, object, _) = try self.json(commandLine)
        #expect(status == 1)
        #expect(self.rules(object) == ["EX-SERVICE-POINT-DAYS"])
        let text = sscard("exchange " + commandLine)
        #expect(text.stdout.first?.hasPrefix("refused") == true)
        #expect(text.output.contains("EX-SERVICE-POINT-DAYS"))
    }

    @Test("EX-SERVICE-POINT-DAYS: a bank outlet on National Day is approved with a note (our reading)")
    func bankOutletRestDay() throws {
        let (status, object, _) = try self.json("--date 2026-10-03 --generation 2 --channel bank-outlet --bank ICBC")
        #expect(status == 0)
        #expect(object["approved"] as? Bool == true)
        #expect(self.rules(object, "notes") == ["EX-SERVICE-POINT-DAYS"])
        #expect(object["acceptanceDate"] as? String == "2026-10-08")
        #expect(object["readyBy"] as? String == "2026-10-13")
    }

    @Test("CM-WORKDAY: an exchange on 2026-12-31 is approved; the ready-by date is unknown, a warning names 2027")
    func lastDayOfTheData() throws {
        let (status, object, stderr) = try self.json(
            "--date 2026-12-31 --generation 2 --channel district-service-point --bank ICBC")
        #expect(status == 1)
        #expect(object["approved"] as? Bool == true)
        #expect(!self.rules(object).contains("CM-WORKDAY"))
        #expect(object["readyBy"] is NSNull)
        #expect(object["acceptanceDate"] as? String == "2026-12-31")
        #expect(self.rules(object, "warnings") == ["CM-WORKDAY"])
        #expect(stderr.count == 1)
        #expect(stderr.first?.contains("2027") == true)
        let text = sscard("exchange --date 2026-12-31 --generation 2 --channel district-service-point --bank ICBC")
        #expect(text.stdout.first?.hasPrefix("approved") == true)
        #expect(text.output.contains("made by: unknown (no calendar data for 2027"))
        #expect(text.output.contains("warning CM-WORKDAY"))
    }

    @Test("CM-WORKDAY: sscard exchange answers with the shell-wide calendar (invocation.calendar)")
    func shellCalendar() {
        var stdout: [String] = []
        let console = Console(readLine: { nil }, writeLine: { stdout.append($0) }, writeError: { _ in })
        let invocation = Invocation(
            arguments: "--date 2026-12-31 --generation 2 --channel website --bank ICBC".split(separator: " ").map(
                String.init),
            json: false, reveal: false, language: .english,
            calendar: WorkingDayCalendar.mainlandChina.withFallback(.assumeWeekdays), console: console)
        #expect((try? ExchangeCommand.run(invocation)) == .success)
        #expect(stdout.contains { $0.contains("made by 2027-01-06") })
        #expect(!stdout.contains { $0.contains("CM-WORKDAY") })
    }

    @Test("CM-PROVISIONAL: with a provisional shell calendar the ready-by date is given, marked and warned")
    func provisionalCalendar() throws {
        for language in Language.allCases {
            var stdout: [String] = []
            let console = Console(readLine: { nil }, writeLine: { stdout.append($0) }, writeError: { _ in })
            let invocation = Invocation(
                arguments: "--date 2026-12-31 --generation 2 --channel website --bank ICBC".split(separator: " ").map(
                    String.init),
                json: false, reveal: false, language: language,
                calendar: WorkingDayCalendar.mainlandChina.withFallback(.provisional), console: console)
            #expect((try? ExchangeCommand.run(invocation)) == .success)
            let output = stdout.joined(separator: "\n")
            let readyBy = ["en": "2027-01-07", "de": "7. Januar 2027", "zh": "2027年1月7日"][language.rawValue] ?? ""
            #expect(output.contains(readyBy), "\(language)")
            #expect(output.contains("CM-PROVISIONAL"), "\(language)")
        }
        var json: [String] = []
        let console = Console(readLine: { nil }, writeLine: { json.append($0) }, writeError: { _ in })
        let invocation = Invocation(
            arguments: "--date 2026-12-31 --generation 2 --channel website --bank ICBC".split(separator: " ").map(
                String.init),
            json: true, reveal: false, language: .english,
            calendar: WorkingDayCalendar.mainlandChina.withFallback(.provisional), console: console)
        #expect((try? ExchangeCommand.run(invocation)) == .success)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.joined().utf8)) as? [String: Any])
        #expect(object["readyBy"] as? String == "2027-01-07")
        #expect(object["provisionalYears"] as? [Int] == [2027])
        #expect(object["missingCalendarYears"] as? [Int] == [])
    }

    @Test("EX-MINOR: --guardian without --minor is refused")
    func guardianWithoutMinor() throws {
        let (status, object, _) = try self.json(
            "--date 2026-01-05 --generation 2 --channel website --bank CMB --guardian")
        #expect(status == 1)
        #expect(self.rules(object) == ["EX-MINOR"])
    }

    @Test("EX-RECEIPT: --receipt employer at a bank outlet with a bank outside the employer's selection is refused")
    func employerReceiptOutsideSelection() throws {
        let (status, object, _) = try self.json(
            "--date 2026-01-05 --generation 2 --channel bank-outlet --bank CMB --receipt employer --company-pickup "
                + "--employer-banks ICBC,BOC")
        #expect(status == 1)
        #expect(self.rules(object) == ["EX-RECEIPT"])
        #expect(self.rules(object, "notes").isEmpty)
    }

    @Test("EX-EMPLOYER-BANKS: --company-pickup with --collective-application is a usage error")
    func pickupAndCollective() {
        let result = sscard(
            "exchange --date 2026-01-05 --generation 2 --channel website --bank ICBC --company-pickup "
                + "--collective-application --employer-banks ICBC")
        #expect(result.status == 2)
        #expect(result.stderr.first?.contains("exclude each other") == true)
    }

    @Test("EX-OLD-VALID, EX-ACTIVATION, EX-MINOR: an approved exchange says what to know, in text and JSON")
    func information() throws {
        let (status, object, _) = try self.json(
            "--date 2026-01-05 --generation 2 --channel website --bank ICBC --minor --guardian --lang zh")
        #expect(status == 0)
        #expect(self.rules(object, "information") == ["EX-OLD-VALID", "EX-ACTIVATION", "EX-MINOR"])
        #expect(object["bankName"] as? String == "中国工商银行")
        let text = sscard("exchange --date 2026-01-05 --generation 2 --channel website --bank ICBC --minor --guardian")
        for rule in ["EX-OLD-VALID", "EX-ACTIVATION", "EX-MINOR"] { #expect(text.output.contains("to know \(rule)")) }
        #expect(text.output.contains("stays valid until the new card is activated"))
        let refused = try self.json("--date 2026-01-05 --generation 3 --channel website --bank ICBC")
        #expect(self.rules(refused.object, "information").isEmpty)
    }

    /// Command lines that between them print every line kind of the text output.
    static let renders = [
        "--date 2026-01-05 --generation 2 --channel website --bank ICBC --minor --guardian",
        "--date 2026-10-03 --generation 2 --channel bank-outlet --bank BOC --company-pickup --employer-banks ICBC,CCB",
        "--date 2026-01-05 --generation 2 --channel bank-outlet --bank ICBC --receipt instant-issuance",
        "--date 2026-10-03 --generation 3 --channel district-service-point --bank XYZ --minor --receipt employer",
        "--date 2025-06-03 --generation 1 --channel website --bank CMB --company-pickup --employer-banks CMB",
        "--date 2024-10-29 --generation 2 --channel website --bank CMB --guardian",
        "--date 2026-12-31 --generation 2 --channel subdistrict-service-point --bank PSBC",
        "--date 2027-03-06 --generation 2 --channel district-service-point --bank CCB",
    ]

    @Test("Languages: zh text of sscard exchange has no English words (only rule ids, dates and bank codes)")
    func chineseHasNoEnglish() {
        for commandLine in Self.renders {
            let output = sscard("exchange \(commandLine) --lang zh").stdout.joined(separator: "\n")
            let stripped = output.replacingOccurrences(
                of: #"[A-Z]{2}(-[A-Z0-9]+)+|[A-Z]{2,}|\d{4}-\d{2}-\d{2}"#, with: "", options: .regularExpression)
            let words = stripped.split { !($0.isASCII && $0.isLetter) }
            #expect(words.isEmpty, "\(commandLine): \(words)")
            #expect(!output.contains("提示"))
        }
        let refused = sscard("exchange \(Self.renders[3]) --lang zh").output
        #expect(refused.hasPrefix("不予批准："))
        #expect(sscard("exchange \(Self.renders[6]) --lang zh").output.contains("注意 CM-WORKDAY"))
    }

    @Test("Languages: de text of sscard exchange has no English labels and says Erziehungsberechtigter")
    func germanHasNoEnglishLabels() {
        var all = ""
        for commandLine in Self.renders {
            var output = sscard("exchange \(commandLine) --lang de").stdout.joined(separator: "\n")
            for bank in PartnerBank.beijingPartnerBanks {
                output = output.replacingOccurrences(of: bank.name.german, with: "")
            }
            all += output + "\n"
            for label in [
                "approved", "refused", "exchange on", "through", " with ", "card:", "made by", "bank choice",
                "receipt:", "open:", "free", "note ", "to know", "warning ", "bank-branch", "post is free",
                "accepted", "unknown", "Vormund", "Charge",
            ] {
                #expect(!output.contains(label), "\(commandLine): \(label)")
            }
        }
        #expect(all.contains("genehmigt: Umtausch am"))
        #expect(all.contains("abgelehnt: Umtausch am"))
        #expect(all.contains("Erziehungsberechtigte"))
        #expect(all.contains("schrittweise nach Bezirken"))
    }

    @Test("Languages: bank names appear as names with their codes; bank lists have a space")
    func bankNames() {
        let english = sscard("exchange --date 2026-01-05 --generation 2 --channel website --bank ICBC").output
        #expect(english.contains("with Industrial and Commercial Bank of China (ICBC)"))
        let chinese = sscard("exchange --date 2026-01-05 --generation 2 --channel website --bank ICBC --lang zh").output
        #expect(chinese.contains("中国工商银行（ICBC）"))
        let list = sscard(
            "exchange --date 2026-01-05 --generation 2 --channel website --bank CMB --company-pickup "
                + "--employer-banks ICBC,BOC"
        ).output
        #expect(list.contains("(ICBC, BOC)"))
    }
}
