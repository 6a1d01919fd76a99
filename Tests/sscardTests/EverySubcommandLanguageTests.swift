import CardModel
import Foundation
import Testing

@testable import sscard

/// Issue 12, Languages: every subcommand, rendered in Chinese and German, speaks only that language.
///
/// Each case is a command line a user would type, approved, refused, with warnings or wrong, run in text mode
/// with both standard output and standard error read. `--help` texts are English-only by design for now (the
/// reference pages of the shell, like a man page): no case asks for them.
@Suite struct EverySubcommandLanguageTests {
    /// One command line, the rule it mainly exercises and what it reads on standard input.
    struct Case: CustomTestStringConvertible, Sendable {
        var rule: RuleID
        var commandLine: String
        var stdin: [String] = []

        var testDescription: String { "\(self.rule.rawValue): \(self.commandLine)" }

        var arguments: [String] { self.commandLine.split(separator: " ").map(String.init) }
    }

    /// The files a command line may read: `NOTICE`, the State Council's notice for 2026 as published.
    static let files: [String: String] = {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("CardModelTests/Fixtures/Notices/2026.txt")
        return ["NOTICE": (try? String(contentsOf: fixture, encoding: .utf8)) ?? ""]
    }()

    /// Representative command lines of every subcommand in `Shell.subcommands`.
    static let cases: [Case] = [
        // day
        Case(rule: .workday, commandLine: "day 2026-01-04 2026-10-01 2026-10-03 2026-03-07 2026-03-09 2027-01-04"),
        Case(rule: .provisional, commandLine: "day 2027-02-08 2027-10-01 --provisional"),
        Case(rule: .date, commandLine: "day"),
        Case(rule: .date, commandLine: "day 2026-02-30"),
        Case(rule: .date, commandLine: "day 2026-01-01 --bogus"),
        Case(rule: .notice, commandLine: "day 2026-01-01 --holidays /nonexistent/notice-2027.txt"),
        // workdays
        Case(rule: .workdayAdd, commandLine: "workdays add 4 2026-09-30 2026-12-28"),
        Case(rule: .workdayAdd, commandLine: "workdays add 1", stdin: ["2026-12-31", "nonsense", "2026-10-01"]),
        Case(rule: .workday, commandLine: "workdays count 2026-12-01 2027-01-10"),
        Case(rule: .workday, commandLine: "workdays count 2026-09-30"),
        Case(rule: .date, commandLine: "workdays"),
        Case(rule: .date, commandLine: "workdays frobnicate"),
        Case(rule: .date, commandLine: "workdays add x"),
        // calendar
        Case(rule: .notice, commandLine: "calendar 2026"),
        Case(rule: .workday, commandLine: "calendar 2027"),
        Case(rule: .provisional, commandLine: "calendar 2027 --provisional"),
        Case(rule: .notice, commandLine: "calendar import NOTICE"),
        Case(rule: .notice, commandLine: "calendar import NOTICE --check"),
        Case(rule: .notice, commandLine: "calendar import /nonexistent/notice-2027.txt"),
        Case(rule: .date, commandLine: "calendar"),
        Case(rule: .date, commandLine: "calendar twenty"),
        Case(rule: .date, commandLine: "calendar import"),
        // replacement
        Case(rule: .replacementReady, commandLine: "replacement --applied 2026-03-09"),
        Case(rule: .replacementReady, commandLine: "replacement --applied 2026-03-07 --channel app --receipt express"),
        Case(
            rule: .replacementLogin, commandLine: "replacement --applied 2026-03-09 --channel wechat --reason damaged"),
        Case(rule: .replacementOnsiteDays, commandLine: "replacement --applied 2026-03-07 --channel onsite"),
        Case(
            rule: .replacementDocuments,
            commandLine: "replacement --applied 2026-03-09 --channel onsite --agent --no-agent-id --id-copy"),
        Case(
            rule: .replacementDocuments,
            commandLine: "replacement --applied 2026-03-09 --channel onsite --reason damaged --card-not-handed-in"),
        Case(rule: .replacementLogin, commandLine: "replacement --applied 2026-03-09 --agent"),
        Case(rule: .workday, commandLine: "replacement --applied 2026-12-28"),
        Case(rule: .provisional, commandLine: "replacement --applied 2026-12-28 --provisional"),
        Case(rule: .replacementReady, commandLine: "replacement --applied 2025-12-20 --category resident"),
        Case(rule: .date, commandLine: "replacement"),
        Case(rule: .date, commandLine: "replacement --applied 2026-03-09 --channel fax"),
        Case(rule: .date, commandLine: "replacement --applied 2026-03-09 --channel website --id-copy"),
        Case(rule: .date, commandLine: "replacement --applied 2026-03-09 --card-not-handed-in --channel onsite"),
        Case(rule: .date, commandLine: "replacement --applied 2026-10-08 --applied 2026-10-09"),
        Case(rule: .date, commandLine: "replacement --applied 2026-03-09 extra"),
        // exchange
        Case(
            rule: .exchangePhase, commandLine: "exchange --date 2026-03-09 --generation 2 --channel website --bank ICBC"
        ),
        Case(
            rule: .exchangeEmployerBanks,
            commandLine:
                "exchange --date 2026-03-09 --generation 1 --channel website --bank BOC --employee --company-pickup --employer-banks ICBC,BOC --receipt employer"
        ),
        Case(
            rule: .exchangeEmployerBanks,
            commandLine:
                "exchange --date 2026-03-09 --generation 2 --channel wechat-account --bank CCB --employee --company-pickup --employer-banks ICBC,BOC"
        ),
        Case(
            rule: .exchangeFreeChoice,
            commandLine:
                "exchange --date 2026-03-09 --generation 2 --channel bank-outlet --bank BOB --employee --collective-application --employer-banks ICBC --receipt instant-issuance"
        ),
        Case(
            rule: .exchangeMinor,
            commandLine: "exchange --date 2026-03-09 --generation 1 --channel bank-outlet --bank ABC --minor --guardian"
        ),
        Case(
            rule: .exchangeMinor,
            commandLine: "exchange --date 2026-03-09 --generation 1 --channel website --bank ABC --minor --receipt post"
        ),
        Case(
            rule: .exchangeServicePointDays,
            commandLine: "exchange --date 2026-10-03 --generation 2 --channel district-service-point --bank ICBC"),
        Case(
            rule: .exchangeEligible,
            commandLine: "exchange --date 2026-03-09 --generation 3 --channel website --bank ICBC"),
        Case(
            rule: .exchangePhase, commandLine: "exchange --date 2025-03-09 --generation 2 --channel website --bank ICBC"
        ),
        Case(rule: .workday, commandLine: "exchange --date 2026-12-31 --generation 2 --channel website --bank ICBC"),
        Case(
            rule: .provisional,
            commandLine: "exchange --date 2026-12-31 --generation 2 --channel website --bank ICBC --provisional"),
        Case(rule: .date, commandLine: "exchange"),
        Case(rule: .date, commandLine: "exchange --date 2026-03-09"),
        Case(rule: .date, commandLine: "exchange --date 2026-03-09 --generation 2"),
        Case(rule: .date, commandLine: "exchange --date 2026-03-09 --generation 2 --channel website"),
        Case(rule: .date, commandLine: "exchange --date 2026-03-09 --generation 2 --channel website --bank XYZ"),
        Case(
            rule: .date,
            commandLine: "exchange --date 2026-03-09 --generation 2 --channel website --bank ICBC --guardian"),
        Case(
            rule: .date,
            commandLine:
                "exchange --date 2026-03-09 --generation 2 --channel website --bank ICBC --company-pickup --collective-application"
        ),
        Case(rule: .date, commandLine: "exchange --date 2026-03-09 --generation 2 --channel website --bank ICBC extra"),
        Case(
            rule: .date,
            commandLine: "exchange --date 2026-03-09 --generation 2 --channel website --bank ICBC --employer-banks ICBC"
        ),
        // onboarding
        Case(rule: .workPermitResidenceDeadline, commandLine: "onboarding --entry 2026-03-02"),
        Case(
            rule: .workPermitNotification, commandLine: "onboarding --entry 2026-03-02 --notification-issued 2026-01-15"
        ),
        Case(
            rule: .workPermitNotification, commandLine: "onboarding --entry 2026-03-02 --notification-issued 2025-06-15"
        ),
        Case(
            rule: .workPermitNotification, commandLine: "onboarding --entry 2026-03-02 --notification-issued 2026-04-01"
        ),
        Case(rule: .workPermitNoChange, commandLine: "onboarding --entry 2026-03-02 --permit physical"),
        Case(
            rule: .workPermitNoChange,
            commandLine: "onboarding --entry 2026-03-02 --permit physical --notification-issued 2025-09-20"),
        Case(rule: .workPermitEffective, commandLine: "onboarding --entry 2024-03-02 --permit integrated"),
        Case(rule: .workPermitEffective, commandLine: "onboarding --entry 2023-05-04 --notification-issued 2023-03-01"),
        Case(rule: .workPermitOnline, commandLine: "onboarding --entry 2003-05-04"),
        Case(rule: .workday, commandLine: "onboarding --entry 2026-12-15"),
        Case(rule: .provisional, commandLine: "onboarding --entry 2026-12-15 --provisional"),
        Case(rule: .date, commandLine: "onboarding"),
        Case(rule: .date, commandLine: "onboarding --entry 2026-03-02 --permit paper"),
        Case(rule: .date, commandLine: "onboarding --entry 2199-12-20"),
        Case(rule: .date, commandLine: "onboarding --entry 2026-03-02 extra"),
        // permit
        Case(
            rule: .workPermitOnline,
            commandLine: "permit lifecycle --issued 2025-03-01 --valid-until 2027-02-28 --on 2026-03-09"),
        Case(
            rule: .workPermitNoChange,
            commandLine:
                "permit lifecycle --issued 2023-03-01 --valid-until 2026-02-28 --on 2026-01-09 --procedure extend"),
        Case(
            rule: .workPermitOnline,
            commandLine:
                "permit lifecycle --issued 2023-03-01 --valid-until 2025-02-28 --on 2026-01-09 --procedure change"),
        Case(
            rule: .workPermitOnline,
            commandLine:
                "permit lifecycle --issued 2025-03-01 --valid-until 2027-02-28 --on 2026-03-09 --cancelled 2026-01-05"),
        Case(
            rule: .workPermitOnline,
            commandLine: "permit lifecycle --issued 2026-05-01 --valid-until 2027-02-28 --on 2026-03-09"),
        Case(
            rule: .workPermitOnline,
            commandLine: "permit lifecycle --issued 2026-05-01 --valid-until 2026-02-28 --on 2026-03-09"),
        Case(rule: .workPermitResidence, commandLine: "permit verify"),
        Case(rule: .workPermitEffective, commandLine: "permit verify --document ecard --on 2024-06-01"),
        Case(rule: .workPermitOnline, commandLine: "permit verify --document letter --on 2016-01-01"),
        Case(rule: .workPermitResidence, commandLine: "permit verify --document physical-card --on 2026-03-09"),
        Case(rule: .date, commandLine: "permit"),
        Case(rule: .date, commandLine: "permit renew"),
        Case(rule: .date, commandLine: "permit lifecycle --issued 2025-03-01"),
        Case(
            rule: .date,
            commandLine: "permit lifecycle --issued 2025-03-01 --valid-until 2027-02-28 --on 2026-03-09 --procedure fly"
        ),
        Case(rule: .date, commandLine: "permit verify --document passport"),
        Case(rule: .date, commandLine: "permit verify extra"),
        // ecard
        Case(rule: .workPermitElectronicCard, commandLine: "ecard services --on 2026-03-09"),
        Case(rule: .functions, commandLine: "ecard services --on 2026-03-09 --physical-card-received 2026-03-01"),
        Case(rule: .functions, commandLine: "ecard services --on 2026-03-09 --physical-card-received 2026-04-01"),
        Case(
            rule: .workPermitElectronicCard, commandLine: "ecard services --on 2026-03-09 --permit-expires 2026-02-01"),
        Case(rule: .workPermitServices, commandLine: "ecard services --on 2026-03-09 --unverified"),
        Case(rule: .workPermitEffective, commandLine: "ecard services --on 2024-06-01 --permit physical"),
        Case(rule: .workPermitServices, commandLine: "ecard services --on 2026-03-09 --permit physical"),
        Case(rule: .date, commandLine: "ecard"),
        Case(rule: .date, commandLine: "ecard renew"),
        Case(rule: .date, commandLine: "ecard services"),
        Case(rule: .date, commandLine: "ecard services --on 2026-03-09 --permit paper"),
        Case(rule: .date, commandLine: "ecard services --on 2026-03-09 extra"),
        // validate
        Case(rule: .identifier, commandLine: "validate resident-id 11010519491231002X 110105194912310021 1101051949"),
        Case(rule: .identifier, commandLine: "validate uscc 91350100M000100Y43 91350100M000100Y44"),
        Case(rule: .foreignIdentifier, commandLine: "validate permanent-resident-id 110105194912310021"),
        Case(rule: .identifier, commandLine: "validate work-permit 123 X"),
        Case(rule: .identifier, commandLine: "validate social-security-number 11010519491231002X 1"),
        Case(rule: .identifier, commandLine: "validate resident-id", stdin: ["11010519491231002X", "nonsense"]),
        Case(rule: .identifier, commandLine: "validate"),
        Case(rule: .identifier, commandLine: "validate bogus"),
        // rules
        Case(rule: .notice, commandLine: "rules"),
        Case(rule: .notice, commandLine: "rules NOPE"),
        // batch
        Case(
            rule: .date, commandLine: "batch",
            stdin: [
                #"{"command": "day", "arguments": ["2026-10-01"]}"#,
                #"{"command": "day", "arguments": ["2027-10-01"]}"#, #"{"command": "frobnicate"}"#,
                #"{"command": "replacement", "applied": "2026-02-30"}"#, "not json",
            ]),
        Case(rule: .date, commandLine: "batch extra"),
        // the shell
        Case(rule: .date, commandLine: "bogus"),
        Case(rule: .date, commandLine: ""),
        Case(rule: .date, commandLine: "day --lang"),
    ]

    /// What a run prints on both streams, in `language`.
    static func run(_ testCase: Case, language: String) -> ShellResult {
        sscard(testCase.arguments + ["--lang", language], stdin: testCase.stdin, files: Self.files)
    }

    /// The words of the text a user reads: for `batch`, which prints JSON, only the messages; ASCII runs of
    /// letters, digits and inner hyphens (`CM-WORKDAY`, `bank-outlet` are one word each).
    static func words(
        _ result: ShellResult, command: String, removing names: [String] = []
    ) -> [(word: String, line: String, stderr: Bool)] {
        var lines = result.stdout.map { ($0, false) } + result.stderr.map { ($0, true) }
        if command == "batch" {
            lines =
                result.stdout.flatMap { line in
                    line.matches(of: #/"message":"((?:[^"\\]|\\.)*)"/#).map { (String($0.output.1), false) }
                } + result.stderr.map { ($0, true) }
        }
        var words: [(String, String, Bool)] = []
        for (line, isError) in lines {
            var text = line
            for name in names { text = text.replacingOccurrences(of: name, with: " ") }
            for match in text.matches(of: #/(?:--)?[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*/#) {
                words.append((String(match.output), line, isError))
            }
        }
        return words
    }

    /// Each line with a leak once, with its leaking words.
    static func report(_ leaks: [(word: String, line: String, stderr: Bool)]) -> String {
        var lines: [String] = []
        var words: [String: [String]] = [:]
        for leak in leaks {
            if words[leak.line] == nil { lines.append(leak.line) }
            words[leak.line, default: []].append(leak.word)
        }
        return lines.map { "[\((words[$0] ?? []).joined(separator: " "))] ← \($0)" }.joined(separator: "\n")
    }

    /// Codes a user types that an error message names when it says what to type instead: the subcommands,
    /// their actions, identifier kinds and the values of options with a fixed set of choices.
    static let typedCodes: Set<String> =
        Set(Shell.subcommands.map(\.name))
        .union(IdentifierKind.allCases.map(\.rawValue))
        .union([
            "services", "lifecycle", "verify", "import", "add", "count", "help",
            "en", "de", "zh", "lost", "damaged", "website", "app", "wechat", "onsite", "employee", "resident",
            "collect", "express", "integrated", "physical", "letter", "ecard", "physical-card", "apply", "extend",
            "change", "cancel", "none", "bank-branch", "instant-issuance", "post", "employer",
            "wechat-account", "jingtong", "minsheng-mini-program", "district-service-point",
            "subdistrict-service-point", "bank-outlet", "lang",
        ])

    /// The test's own wrong input, echoed back in its error messages.
    static let echoedInput: Set<String> = [
        "bogus", "frobnicate", "nonsense", "twenty", "fax", "paper", "fly", "passport", "renew", "extra", "json",
        "not", "nonexistent", "notice-2027", "txt", "XYZ", "NOPE",
    ]

    /// An ASCII word in Chinese output is allowed when it is not a word of any language:
    /// - written wholly in capitals and digits: rule ids (CM-WORKDAY), bank codes (ICBC, BOC), CNY, QR, JSON,
    ///   USCC, the product name BEIJING PASS and masked identifiers;
    /// - an option name (`--holidays`), the program's name `sscard`, or a number or date;
    /// - the test's own wrong input echoed back;
    /// - on standard error only, a code the user types (a subcommand, an action, a choice of an option).
    static func allowedInChinese(_ word: String, stderr: Bool) -> Bool {
        if word.count < 3 || word.hasPrefix("--") || word == "sscard" { return true }
        if word == word.uppercased() { return true }  // no lower-case letter: a code, a number or a date
        return self.echoedInput.contains(word) || (stderr && self.typedCodes.contains(word))
    }

    @Test(
        "CM-WORKDAY, RP-READY, EX-PHASE, WP-ONLINE: zh text output of every subcommand has no English word",
        arguments: cases)
    func chineseHasNoEnglish(testCase: Case) {
        let result = Self.run(testCase, language: "zh")
        let leaks = Self.words(result, command: testCase.arguments.first ?? "").filter {
            !Self.allowedInChinese($0.word, stderr: $0.stderr)
        }
        #expect(result.stdout.count + result.stderr.count > 0, "'\(testCase.commandLine)' printed nothing")
        #expect(
            leaks.isEmpty,
            "English in zh output of '\(testCase.commandLine)':\n\(Self.report(leaks))"
        )
    }

    /// English vocabulary that must not appear as a whole word in German output (case-sensitive where German
    /// has the same letters as a noun: "Note" is German, "note" is not).
    static let englishVocabulary: Set<String> = [
        "accepted", "refused", "approved", "ready", "fee", "Fee", "working", "day", "days", "warning", "Warning",
        "warnings", "note", "notes", "steps", "Steps", "step", "documents", "Documents", "card", "Card",
        "made", "receipt", "Receipt", "holder", "Holder", "guardian", "Guardian", "deadline", "deadlines", "apply",
        "services", "Services", "available", "valid", "invalid", "Source", "source", "the", "The", "and", "with",
        "for", "from", "until", "after", "before", "next", "not", "unknown", "missing", "needs", "must", "see",
        "use", "bank", "choice", "free", "possible", "expired", "cancelled", "issued", "none",
        "yes", "no", "error", "rest", "weekend", "holiday", "statutory", "adjusted", "provisional", "letter",
        "permit", "employer", "minor", "agent", "website", "menu", "login", "generation", "postage", "counted",
        "through", "only", "is", "are", "of", "to", "or", "on", "at", "by",
    ]

    /// The partner banks' official English names, which German text uses as the banks' names (as the German
    /// press writes "Industrial and Commercial Bank of China"); Chinese text uses their Chinese names.
    static let bankNames = PartnerBank.beijingPartnerBanks.map(\.name.english)

    @Test(
        "CM-WORKDAY, RP-READY, EX-PHASE, WP-ONLINE: de text output of every subcommand has no English word",
        arguments: cases)
    func germanHasNoEnglish(testCase: Case) {
        let result = Self.run(testCase, language: "de")
        let leaks = Self.words(result, command: testCase.arguments.first ?? "", removing: Self.bankNames).filter {
            Self.englishVocabulary.contains($0.word)
                && !Self.echoedInput.contains($0.word) && !($0.stderr && Self.typedCodes.contains($0.word))
        }
        #expect(
            leaks.isEmpty,
            "English in de output of '\(testCase.commandLine)':\n\(Self.report(leaks))"
        )
    }

    @Test(
        "WP-ONLINE, WP-SERVICES, WP-RESIDENCE-DEADLINE: zh standard output uses full-width punctuation",
        arguments: cases)
    func chinesePunctuation(testCase: Case) {
        for line in Self.run(testCase, language: "zh").stdout {
            let halfWidth = [": ", " (", "; ", ", "].filter { line.contains($0) } + (line.hasSuffix(":") ? [":"] : [])
            #expect(halfWidth.isEmpty, "'\(testCase.commandLine)': \(halfWidth) in \(line)")
        }
    }

    @Test("CM-NOTICE, WP-ONLINE: the translated usage errors and citations, word for word")
    func translations() {
        #expect(sscard("ecard renew --lang zh").stderr == ["sscard ecard: 未知操作“renew”：请使用 services；参见 --help"])
        #expect(
            sscard("permit --lang de").stderr == ["sscard permit: Aktion fehlt: lifecycle oder verify; siehe --help"])
        #expect(
            sscard("exchange --date 2026-03-09 --generation 2 --channel website --lang zh").stderr == [
                "sscard exchange: 必须指定 --bank 银行代码；参见 --help"
            ])
        #expect(
            sscard("replacement --applied 2026-03-09 --channel fax --lang zh").stderr == [
                "sscard replacement: --channel 必须是 website、app、wechat、onsite 之一，而不是“fax”"
            ])
        #expect(sscard("rules CM-PERIOD --lang zh").stdout.last?.contains("《中华人民共和国民法典》") == true)
        #expect(sscard("rules CM-PERIOD --lang de").stdout.last?.contains("Zivilgesetzbuch der VR China") == true)
        #expect(
            sscard("calendar 2026 --lang zh").stdout.first == "2026年：国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号，2025-11-04）")
    }

    @Test("WP-ENROL, EX-MINOR: German says Erziehungsberechtigter, never Vormund; Chinese warns with 注意 or 提醒")
    func terminology() {
        for testCase in Self.cases {
            let german = Self.run(testCase, language: "de")
            let text = (german.stdout + german.stderr).joined(separator: "\n")
            #expect(!text.contains("Vormund"), "'\(testCase.commandLine)' says Vormund")
            #expect(!text.contains("Chargen"), "'\(testCase.commandLine)' says Chargen")
            let chinese = Self.run(testCase, language: "zh")
            // 提示 as a heading; "按提示填写" (fill in as the form prompts, RP-LOGIN's steps) is no warning.
            #expect(
                !(chinese.stdout + chinese.stderr).joined(separator: "\n").contains("提示："),
                "'\(testCase.commandLine)' heads a warning 提示")
        }
        let minor = sscard(
            "exchange --date 2026-03-09 --generation 1 --channel bank-outlet --bank ABC --minor --guardian --lang de")
        #expect(minor.output.contains("Erziehungsberechtigte"))
    }
}
