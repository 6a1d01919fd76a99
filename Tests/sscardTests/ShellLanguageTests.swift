import CardModel
import Testing

@testable import sscard

/// Issue 12, Languages: every word `day`, `workdays`, `validate`, `rules` and the shell print follows `--lang`.
@Suite struct ShellLanguageTests {
    /// Command lines rendered in every language, with what they print on both streams.
    static let commandLines = [
        "day 2026-01-04 2026-10-01 2026-10-03 2026-02-20 2026-10-11 2026-01-05 2027-01-01",
        "workdays add 4 2026-09-30", "workdays add 4 nonsense", "workdays count 2026-12-01 2027-01-10",
        "workdays count 2026-09-30", "workdays frobnicate", "workdays", "workdays add x",
        "validate resident-id 11010519491231002X 110105194912310021 1101051949", "validate", "validate bogus",
        "rules CM-DATE CM-WORKDAY EX-PHASE", "rules NOPE", "day", "day 2026-02-30", "day 2026-01-01 --bogus",
        "bogus", "", "day --lang xx", "replacement --applied 2026-10-08 --applied 2026-10-09",
    ]

    /// Everything a run prints, stdin lines included, with the parts that are not words of a language removed:
    /// option names, quoted command words, rule ids and codes in capitals, and the sources' published titles.
    func words(_ commandLine: String, language: String, stdin: [String] = []) -> Set<String> {
        let result = sscard(commandLine.split(separator: " ").map(String.init) + ["--lang", language], stdin: stdin)
        var text = (result.stdout + result.stderr).joined(separator: "\n")
        for source in SourceKey.allCases { text = text.replacingOccurrences(of: source.citation, with: " ") }
        var words: Set<String> = []
        var word = ""
        var previous: Character = " "
        var skipping = false
        for character in text + " " {
            if character.isASCII, character.isLetter {
                if word.isEmpty { skipping = previous == "-" || previous == "'" || previous == "“" }
                word.append(character)
            } else {
                if word.count >= 2, !skipping, word != word.uppercased() { words.insert(word) }
                word = ""
            }
            previous = character
        }
        // Names the user types: subcommands, actions, identifier kinds, language codes and the test's own input.
        let names =
            Shell.subcommands.map(\.name)
            + IdentifierKind.allCases.flatMap { $0.rawValue.split(separator: "-").map(String.init) }
            + ["sscard", "add", "count", "help", "en", "de", "zh", "bogus", "nonsense", "frobnicate", "xx"]
        return words.subtracting(names)
    }

    @Test(
        "CM-WORKDAY: zh output of day, workdays, validate, rules and the shell has no English word",
        arguments: commandLines)
    func chineseHasNoEnglish(commandLine: String) {
        let english = self.words(commandLine, language: "en")
        let leftovers = self.words(commandLine, language: "zh").intersection(english)
        #expect(leftovers.isEmpty, "English words in zh output of '\(commandLine)': \(leftovers.sorted())")
    }

    @Test(
        "CM-WORKDAY: de output of day, workdays, validate and the shell has no English label", arguments: commandLines)
    func germanHasNoEnglishLabel(commandLine: String) {
        let leftovers = self.words(commandLine, language: "de").intersection([
            "working", "day", "rest", "weekend", "statutory", "holiday", "adjusted", "lieu", "valid", "invalid",
            "error",
            "Source", "unknown", "missing", "needs", "must", "see", "not", "date", "given", "more", "than", "once",
        ])
        #expect(leftovers.isEmpty, "English words in de output of '\(commandLine)': \(leftovers.sorted())")
    }

    @Test("CM-WORKDAY: the standard-input stream of workdays speaks the language too")
    func streamLanguage() {
        let zh = self.words("workdays add 1", language: "zh", stdin: ["nonsense", "2026-12-31"])
        #expect(
            zh.intersection(self.words("workdays add 1", language: "en", stdin: ["nonsense", "2026-12-31"])).isEmpty)
    }

    @Test("CM-WORKDAY: sscard day in Chinese and German, word for word")
    func dayTexts() {
        // CM-DATE: German and Chinese write the date with its weekday; English keeps `2026-01-04 Sunday`.
        #expect(sscard("day 2026-01-04 --lang zh").output == "2026年1月4日（周日）：工作日（元旦调休上班）")
        #expect(
            sscard("day 2026-01-04 --lang de").output
                == "Sonntag, 4. Januar 2026: Arbeitstag (verlegter Arbeitstag für Neujahr, 调休上班)")
        #expect(sscard("day 2026-10-03 --lang zh").output == "2026年10月3日（周六）：休息日（法定节假日：国庆节）")
        #expect(sscard("day 2026-10-03").output.hasPrefix("2026-10-03 Saturday: "))
        #expect(sscard("validate uscc 91350100M000100Y43 --lang zh").output == "有效")
        #expect(sscard("rules CM-DATE --lang de").stdout.last?.hasPrefix("    Quelle: ") == true)
    }

    @Test("CM-DATE: a repeated option is a usage error, not the last value winning")
    func repeatedOption() throws {
        #expect(throws: UsageError.self) {
            try Arguments(["--applied", "2026-10-08", "--applied=2026-10-09"], options: ["applied"])
        }
        let result = sscard("replacement --applied 2026-10-08 --applied 2026-10-09 --lang de")
        #expect(result.status == 2)
        #expect(result.stderr.first?.contains("mehrfach") == true)
        #expect(try Arguments(["--agent", "--agent"], flags: ["agent"]).flag("agent"))
    }

    @Test("CM-DATE: UsageError keeps its English-only construction and adds three languages")
    func usageErrorCompatibility() {
        #expect(UsageError("x").message(in: .simplifiedChinese) == "x")
        #expect(UsageError(en: "a", de: "b", zh: "c").message == "a")
        #expect(UsageError(en: "a", de: "b", zh: "c").message(in: .german) == "b")
    }
}
