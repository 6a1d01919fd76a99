import CardModel
import Foundation
import Testing

@testable import sscard

@Suite struct ReplacementCommandTests {
    /// The JSON object `sscard` printed on its one line of standard output.
    static func json(_ result: ShellResult) throws -> [String: Any] {
        #expect(result.stdout.count == 1)
        let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8))
        return try #require(object as? [String: Any])
    }

    @Test("RP-READY: applied 2026-09-30, ready 2026-10-12 (text)")
    func readyDateText() {
        let result = sscard("replacement --applied 2026-09-30")
        #expect(result.status == 0)
        #expect(result.stdout.first?.hasSuffix("applied 2026-09-30: accepted") == true)
        #expect(result.output.contains("ready:       2026-10-12"))
        #expect(result.output.contains("CNY 20.00"))
        #expect(result.output.contains("\"individual urban employee\""))
        #expect(result.output.contains("third generation"))
        #expect(result.stderr.isEmpty)
    }

    @Test("RP-READY: applied 2026-10-03, accepted 2026-10-08, ready 2026-10-13 (JSON keys in order)")
    func readyDateJSON() throws {
        let result = sscard("replacement --applied 2026-10-03 --json")
        #expect(result.status == 0)
        #expect(
            result.output.hasPrefix(
                #"{"accepted":true,"violations":[],"fee":{"fen":2000,"text":"CNY 20.00"},"#
                    + #""acceptanceDate":"2026-10-08","readyDate":"2026-10-13","login":{"#))
        let json = try Self.json(result)
        for key in [
            "accepted", "violations", "fee", "acceptanceDate", "readyDate", "login", "documents", "steps",
            "generation",
        ] {
            #expect(json[key] != nil, "\(key)")
        }
        #expect(json["generation"] as? Int == 3)
        let login = try #require(json["login"] as? [String: Any])
        #expect(login["option"] as? String == "individualUrbanEmployee")
        let steps = try #require(json["steps"] as? [[String: Any]])
        #expect(steps.first?["step"] as? String == "reportLoss")
        #expect(steps.last?["rule"] as? String == "RP-SUPERSEDE")
    }

    @Test("RP-LOGIN: a resident logs in as \"individual resident medical insurance\"; no login in the app")
    func login() throws {
        let resident = try Self.json(sscard("replacement --applied 2026-03-04 --category resident --json"))
        let login = try #require(resident["login"] as? [String: Any])
        #expect(login["label"] as? String == "individual resident medical insurance")
        let app = try Self.json(sscard("replacement --applied 2026-03-04 --channel app --json"))
        #expect(app["login"] is NSNull)
        #expect((app["menuPath"] as? [String])?.count == 1)
    }

    @Test("RP-ONSITE-DAYS: on site on 2026-01-04, a working Sunday, is accepted")
    func workingSunday() throws {
        let result = sscard("replacement --applied 2026-01-04 --channel onsite --json")
        #expect(result.status == 0)
        let json = try Self.json(result)
        #expect(json["readyDate"] as? String == "2026-01-08")
    }

    @Test("RP-ONSITE-DAYS: 2026-01-03 is refused on site (exit 1) and accepted online")
    func newYearHoliday() throws {
        let onSite = sscard("replacement --applied 2026-01-03 --channel onsite --json")
        #expect(onSite.status == 1)
        let json = try Self.json(onSite)
        #expect(json["accepted"] as? Bool == false)
        let violations = try #require(json["violations"] as? [[String: Any]])
        #expect(violations.map { $0["rule"] as? String } == ["RP-ONSITE-DAYS"])
        #expect(json["readyDate"] is NSNull)

        for channel in ["website", "app", "wechat"] {
            let online = sscard("replacement --applied 2026-01-03 --channel \(channel) --json")
            #expect(online.status == 0)
            let answer = try Self.json(online)
            #expect(answer["acceptanceDate"] as? String == "2026-01-04")
            #expect(answer["readyDate"] as? String == "2026-01-08")
        }
    }

    @Test("RP-ONSITE-DAYS: on site during Spring Festival 2026 is refused; the message says when to come")
    func springFestival() {
        let result = sscard("replacement --applied 2026-02-18 --channel onsite")
        #expect(result.status == 1)
        #expect(result.output.contains("refused"))
        #expect(result.output.contains("Spring Festival"))
        #expect(result.output.contains("2026-02-24"))
    }

    @Test("CM-WORKDAY, RP-READY: 2026-12-28 answers all but the ready date, with a warning naming 2027 (exit 1)")
    func yearEnd() throws {
        let result = sscard("replacement --applied 2026-12-28 --json")
        #expect(result.status == 1)
        #expect(result.stderr.count == 1)
        #expect(result.stderr.first?.contains("2027") == true)
        let json = try Self.json(result)
        #expect(json["accepted"] as? Bool == true)
        #expect(json["complete"] as? Bool == false)
        #expect((json["violations"] as? [Any])?.isEmpty == true)
        #expect(json["acceptanceDate"] as? String == "2026-12-28")
        #expect(json["readyDate"] is NSNull)
        #expect((json["fee"] as? [String: Any])?["fen"] as? Int == 2000)
        #expect(json["generation"] as? Int == 3)
        #expect(json["missingCalendarYears"] as? [Int] == [2027])
        let warnings = try #require(json["warnings"] as? [[String: Any]])
        #expect(warnings.count == 1)
        #expect(warnings.first?["kind"] as? String == "noCalendarData")
        #expect(warnings.first?["rule"] as? String == "CM-WORKDAY")
        #expect(warnings.first?["year"] as? Int == 2027)
        #expect(warnings.first?["answers"] as? [String] == ["readyDate"])
        #expect((warnings.first?["message"] as? String)?.contains("2027") == true)
        let steps = try #require(json["steps"] as? [[String: Any]])
        #expect(steps.map { $0["step"] as? String }.contains("payFee"))

        let text = sscard("replacement --applied 2026-12-28")
        #expect(text.status == 1)
        #expect(text.stdout.first?.hasSuffix("applied 2026-12-28: accepted") == true)
        #expect(text.output.contains("fee:         CNY 20.00"))
        #expect(text.output.contains("accepted:    2026-12-28"))
        #expect(text.output.contains("ready:       unknown: no working-day data for 2027 (CM-WORKDAY)"))
        #expect(text.output.contains("warnings:\n  - CM-WORKDAY: No official working-day data for 2027"))
    }

    @Test("RP-DOCUMENTS: on site without the holder's document, with a copy, an agent without their own")
    func documents() throws {
        for flags in ["--no-id", "--id-copy", "--agent --no-agent-id", "--reason damaged --card-not-handed-in"] {
            let result = sscard("replacement --applied 2026-03-04 --channel onsite \(flags) --json")
            #expect(result.status == 1, "\(flags)")
            let violations = try #require(try Self.json(result)["violations"] as? [[String: Any]])
            #expect(violations.map { $0["rule"] as? String } == ["RP-DOCUMENTS"], "\(flags)")
        }
        let complete = sscard("replacement --applied 2026-03-04 --channel onsite --agent --reason damaged --json")
        #expect(complete.status == 0)
        let documents = try #require(try Self.json(complete)["documents"] as? [[String: Any]])
        #expect(
            documents.map { $0["document"] as? String } == [
                "holderIdentityDocument", "agentIdentityDocument", "damagedCard", "holderIdentityDocument",
                "agentIdentityDocument",
            ])
    }

    @Test("RP-DOCUMENTS: the on-site flags online are usage errors: nothing is shown, the login is real-name")
    func onSiteFlagsOnline() {
        for channel in ["website", "app", "wechat"] {
            for flags in ["--no-id", "--id-copy", "--agent --no-agent-id", "--reason damaged --card-not-handed-in"] {
                let result = sscard("replacement --applied 2026-03-04 --channel \(channel) \(flags)")
                #expect(result.status == 2, "\(channel) \(flags)")
                #expect(result.stdout.isEmpty)
                #expect(result.stderr.first?.contains("--channel onsite") == true, "\(channel) \(flags)")
            }
        }
    }

    @Test("RP-DOCUMENTS: --card-not-handed-in for a lost card is a usage error: a lost card cannot be handed in")
    func cardNotHandedInForLostCard() {
        for reason in ["", "--reason lost"] {
            let result = sscard("replacement --applied 2026-03-04 --channel onsite \(reason) --card-not-handed-in")
            #expect(result.status == 2, "\(reason)")
            #expect(result.stderr.first?.contains("--reason damaged") == true)
        }
    }

    @Test("RP-LOGIN: an agent online is refused with RP-LOGIN: agents apply on site only")
    func agentOnline() throws {
        for channel in ["website", "app", "wechat"] {
            let result = sscard("replacement --applied 2026-03-04 --channel \(channel) --agent --json")
            #expect(result.status == 1, "\(channel)")
            let json = try Self.json(result)
            #expect(json["accepted"] as? Bool == false)
            let violations = try #require(json["violations"] as? [[String: Any]])
            #expect(violations.map { $0["rule"] as? String } == ["RP-LOGIN"], "\(channel)")
            let steps = try #require(json["steps"] as? [[String: Any]])
            let codes = steps.compactMap { $0["step"] as? String }
            #expect(!codes.contains("payFee") && !codes.contains("collect"), "\(channel)")
        }
        #expect(sscard("replacement --applied 2026-03-04 --channel onsite --agent").status == 0)
    }

    @Test("RP-RECEIPT: express delivery: the step and the note on postage time")
    func express() throws {
        let json = try Self.json(sscard("replacement --applied 2026-09-30 --receipt express --json"))
        let steps = try #require(json["steps"] as? [[String: Any]])
        #expect(steps.contains { $0["step"] as? String == "receiveByExpress" })
        let notes = try #require(json["notes"] as? [[String: Any]])
        #expect(notes.contains { $0["rule"] as? String == "RP-READY" })
    }

    @Test("RP-RECEIPT: --receipt collect|express picks the receipt step; other values are usage errors")
    func receiptChoice() throws {
        for (value, step) in [("collect", "collect"), ("express", "receiveByExpress")] {
            let json = try Self.json(sscard("replacement --applied 2026-09-30 --receipt \(value) --json"))
            let steps = try #require(json["steps"] as? [[String: Any]])
            #expect(steps.dropLast().last?["step"] as? String == step, "\(value)")
        }
        #expect(sscard("replacement --applied 2026-09-30 --receipt courier").status == 2)
    }

    @Test("EX-GENERATION: before 2026 the generation is null")
    func generationBefore2026() throws {
        let json = try Self.json(sscard("replacement --applied 2025-12-22 --json"))
        #expect(json["generation"] is NSNull)
        #expect(sscard("replacement --applied 2025-12-22").output.contains("generation not stated"))
    }

    @Test("EX-GENERATION: applied 2025-12-31, ready 2026-01-07: the card is made in 2026, generation 3")
    func generationAcrossTheYearEnd() throws {
        let json = try Self.json(sscard("replacement --applied 2025-12-31 --json"))
        #expect(json["readyDate"] as? String == "2026-01-07")
        #expect(json["generation"] as? Int == 3)
        #expect(sscard("replacement --applied 2025-12-31").output.contains("third generation"))
    }

    @Test("EX-GENERATION: a refused application has no generation")
    func generationWhenRefused() throws {
        let refused = sscard("replacement --applied 2026-01-03 --channel onsite --json")
        #expect(refused.status == 1)
        #expect(try Self.json(refused)["generation"] is NSNull)
        let text = sscard("replacement --applied 2026-01-03 --channel onsite").output
        #expect(!text.contains("third generation"))
        #expect(!text.contains("(EX-GENERATION)"))
    }

    @Test("RP-ONSITE-DAYS: messages follow --lang")
    func languages() {
        let chinese = sscard("replacement --applied 2026-01-03 --channel onsite --lang zh")
        #expect(chinese.output.contains("现场申请仅在工作日受理"))
        let german = sscard("replacement --applied 2026-01-03 --channel onsite --lang de")
        #expect(german.output.contains("Arbeitstagen"))
    }

    @Test(
        "RP-CHANNELS: usage errors exit 2 with a message",
        arguments: [
            "replacement", "replacement --applied 2026-02-30", "replacement --applied 2026-03-04 --channel web",
            "replacement --applied 2026-03-04 --reason stolen", "replacement --applied 2026-03-04 --bogus",
            "replacement --applied 2026-03-04 extra", "replacement --applied 2026-03-04 --no-agent-id",
            "replacement --applied 2026-03-04 --no-id --id-copy", "replacement --applied",
        ])
    func usageErrors(commandLine: String) {
        let result = sscard(commandLine)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.count == 1)
    }

    @Test("RP-CHANNELS: --help lists the option table, the on-site flags apart (OptionTableTests checks it)")
    func help() {
        let result = sscard("replacement --help")
        #expect(result.status == 0)
        #expect(result.output.contains(ReplacementCommand.options.list(section: 0)))
        #expect(result.output.contains("these flags say otherwise:\n" + ReplacementCommand.options.list(section: 1)))
    }

    @Test("CM-PRIVACY: the sample documents behind the flags never appear in the output")
    func noIdentifiers() {
        let result = sscard("replacement --applied 2026-03-04 --channel onsite --agent --json --reveal")
        #expect(!result.output.contains("11010519491231002X"))
        #expect(!result.output.contains("110105198001011238"))
    }
}

/// `sscard replacement` in German and Chinese: no English label or note (issue 12).
@Suite struct ReplacementLanguageTests {
    /// Command lines covering every field, section and note of the text answer.
    static let cases = [
        "--applied 2026-09-30",
        "--applied 2026-10-03 --channel app --category resident --receipt express",
        "--applied 2026-03-04 --channel wechat --reason damaged",
        "--applied 2026-03-04 --channel onsite --agent --reason damaged --receipt express",
        "--applied 2026-01-03 --channel onsite --no-id",
        "--applied 2026-03-04 --channel app --agent",
        "--applied 2025-12-22",
        "--applied 2026-12-28",
        "--applied 2027-03-01 --channel onsite",
    ]

    /// English words and labels of the text answer; none may appear in German or Chinese output.
    static let englishVocabulary = [
        "accepted", "refused", "fee:", "ready:", "login:", "menu:", "new card", "documents:", "steps:", "notes:",
        "warnings:", "next working day", "postage time", "not counted", "working days", "working-day", "unknown",
        "holder", "agent", "applied", "Replacement", "generation not stated", "our reading", " the ", " and ",
        "no data", "calendar", "collect", "express",
    ]

    /// The ASCII words left in Chinese text once rule ids (RP-FEE) and the app's name (APP) are taken out.
    static func asciiWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text + " " {
            if character.isASCII && (character.isLetter || character == "-") {
                current.append(character)
            } else {
                let isRuleID = current.contains("-") && current.allSatisfy { $0.isUppercase || $0 == "-" }
                if current.count > 1 && !isRuleID && current != "APP" { words.append(current) }
                current = ""
            }
        }
        return words
    }

    @Test("RP-FEE, RP-READY, CM-ACCEPTANCE, CM-WORKDAY: --lang zh text has no English word", arguments: cases)
    func chinese(arguments: String) {
        let result = sscard("--lang zh replacement \(arguments)")
        #expect(result.status != 2, "\(arguments)")
        #expect(!result.stdout.isEmpty)
        #expect(Self.asciiWords(result.output) == [], "\(arguments)")
        for word in Self.englishVocabulary { #expect(!result.output.contains(word), "\(arguments): \(word)") }
        #expect(!result.output.contains("提示："), "\(arguments): warnings are headed 注意")
    }

    @Test("RP-FEE, RP-READY, CM-ACCEPTANCE, CM-WORKDAY: --lang de text has no English label", arguments: cases)
    func german(arguments: String) {
        let result = sscard("--lang de replacement \(arguments)")
        #expect(result.status != 2, "\(arguments)")
        #expect(!result.stdout.isEmpty)
        for word in Self.englishVocabulary { #expect(!result.output.contains(word), "\(arguments): \(word)") }
    }

    @Test("CM-WORKDAY: the year-end warning and the stderr line follow --lang")
    func yearEndInEveryLanguage() {
        let chinese = sscard("--lang zh replacement --applied 2026-12-28")
        #expect(chinese.output.contains("制卡完成：   未知：缺少2027年的工作日数据（CM-WORKDAY）"))
        #expect(chinese.output.contains("注意：\n  - CM-WORKDAY：缺少2027年"))
        #expect(chinese.stderr.first?.contains("缺少2027年") == true)
        let german = sscard("--lang de replacement --applied 2026-12-28")
        #expect(german.output.contains("unbekannt: keine Arbeitstagsdaten für 2027 (CM-WORKDAY)"))
        #expect(german.output.contains("Warnungen:\n  - CM-WORKDAY: Keine amtlichen Arbeitstagsdaten für 2027"))
        #expect(german.stderr.first?.contains("2027") == true)
    }

    @Test("RP-DOCUMENTS: the replacement's own usage errors follow --lang")
    func usageErrors() {
        let chinese = sscard("--lang zh replacement --applied 2026-03-04 --id-copy")
        #expect(chinese.status == 2)
        #expect(chinese.stderr.first?.contains("实名登录") == true)
        let german = sscard("--lang de replacement --applied 2026-03-04 --channel onsite --card-not-handed-in")
        #expect(german.status == 2)
        #expect(german.stderr.first?.contains("verlorene Karte") == true)
    }
}

/// `sscard --provisional replacement` (issue 9, CM-PROVISIONAL).
@Suite struct ReplacementProvisionalCommandTests {
    @Test("CM-PROVISIONAL, RP-READY: --provisional: 2026-12-28 is ready 2027-01-04 with a warning naming 2027 (exit 0)")
    func yearEndProvisional() throws {
        let result = sscard("--provisional replacement --applied 2026-12-28 --json")
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let json = try ReplacementCommandTests.json(result)
        #expect(json["readyDate"] as? String == "2027-01-04")
        #expect(json["complete"] as? Bool == true)
        #expect(json["provisionalYears"] as? [Int] == [2027])
        #expect(json["missingCalendarYears"] as? [Int] == [])
        let warnings = try #require(json["warnings"] as? [[String: Any]])
        #expect(warnings.first?["kind"] as? String == "provisional")
        #expect(warnings.first?["year"] as? Int == 2027)
        #expect((warnings.first?["message"] as? String)?.contains("CM-PROVISIONAL") == true)

        let text = sscard("--provisional replacement --applied 2026-12-28")
        #expect(text.status == 0)
        #expect(text.output.contains("ready:       2027-01-04 (provisional, CM-PROVISIONAL:"))
        #expect(text.output.contains("warnings:\n  - CM-PROVISIONAL: Provisional (CM-PROVISIONAL): "))
        #expect(text.output.contains("notice for 2027"))
        let chinese = sscard("--provisional --lang zh replacement --applied 2026-12-28")
        #expect(chinese.output.contains("制卡完成：   2027年1月4日（临时，CM-PROVISIONAL："))
        #expect(chinese.output.contains("注意：\n  - CM-PROVISIONAL：临时（CM-PROVISIONAL）：国务院2027年"))
    }

    @Test("CM-WORKDAY: the shell-wide calendar reaches the replacement: without --provisional 2027 stays unknown")
    func shellCalendar() throws {
        let json = try ReplacementCommandTests.json(sscard("replacement --applied 2026-12-28 --json"))
        #expect(json["readyDate"] is NSNull)
        #expect(json["provisionalYears"] as? [Int] == [])
    }
}

extension ReplacementProvisionalCommandTests {
    @Test("CM-NOTICE, RP-READY: with a 2027 schedule from --holidays, 2026-12-28 is ready 2027-01-04 without a warning")
    func holidaysFile() throws {
        let day = { (text: String) throws -> CivilDate in try CivilDate(parsing: text) }
        let newYear = try HolidayPeriod(
            .newYearsDay, off: day("2027-01-01"), through: day("2027-01-03"), statutory: [day("2027-01-01")])
        let schedule = try HolidaySchedule(
            year: 2027,
            source: NoticeCitation(documentNumber: "(test)", issued: day("2026-11-01"), title: "a test schedule"),
            periods: [newYear])
        let bytes = Array(try JSONEncoder().encode(schedule))
        final class Lines: @unchecked Sendable { var stdout: [String] = [] }  // only touched on this thread
        let lines = Lines()
        let console = Console(
            readLine: { nil }, writeLine: { lines.stdout.append($0) }, writeError: { _ in },
            readFile: { $0 == "2027.json" ? bytes : nil })
        let status = Shell.run(
            ["--holidays", "2027.json", "replacement", "--applied", "2026-12-28", "--json"], console: console)
        let result = ShellResult(status: status.rawValue, stdout: lines.stdout, stderr: [])
        #expect(result.status == 0)
        let json = try ReplacementCommandTests.json(result)
        #expect(json["readyDate"] as? String == "2027-01-04")
        #expect((json["warnings"] as? [Any])?.isEmpty == true)
    }
}
