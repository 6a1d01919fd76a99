import Testing

@Suite struct DayCommandTests {
    @Test("CM-WORKDAY: sscard day names an adjusted working day and its holiday")
    func adjustedWorkingDay() {
        let result = sscard("day 2026-01-04")
        #expect(result.status == 0)
        #expect(result.output.contains("2026-01-04 Sunday: working day"))
        #expect(result.output.contains("New Year's Day"))
    }

    @Test("CM-WORKDAY: sscard day --json has the contract's keys")
    func dayJSON() {
        let result = sscard("day 2026-02-17 2026-10-10 --json")
        #expect(result.status == 0)
        #expect(
            result.stdout[0]
                == #"{"date":"2026-02-17","weekday":"Tuesday","workingDay":false,"kind":"statutoryHoliday","holiday":"Spring Festival","adjustedWorkingDay":false,"adjustedFor":null,"provisional":false}"#
        )
        #expect(
            result.stdout[1]
                == #"{"date":"2026-10-10","weekday":"Saturday","workingDay":true,"kind":"adjustedWorkingDay","holiday":null,"adjustedWorkingDay":true,"adjustedFor":"National Day","provisional":false}"#
        )
    }

    @Test("CM-WORKDAY: sscard day speaks German and Chinese")
    func dayLanguages() {
        #expect(sscard("day 2026-02-17 --lang de").output.contains("Frühlingsfest"))
        #expect(sscard("day 2026-02-17 --lang zh --json").output.contains("春节"))
    }

    @Test("CM-WORKDAY: a year without data exits 1 with one line naming the year")
    func dayWithoutData() {
        let result = sscard("day 2027-01-01")
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.count == 1)
        #expect(result.stderr[0].contains("2027"))
    }

    @Test(
        "CM-DATE: a malformed date is a usage error (exit 2)", arguments: ["2026-13-01", "2026-02-30", "tomorrow", ""])
    func malformedDate(text: String) {
        let result = sscard(["day", text])
        #expect(result.status == 2)
        #expect(result.stderr.count == 1)
    }
}

@Suite struct WorkdaysCommandTests {
    @Test("CM-WORKDAY-ADD: sscard workdays add counts strictly after each date")
    func add() {
        let result = sscard("workdays add 4 2026-09-30 2026-10-08")
        #expect(result.status == 0)
        #expect(result.stdout == ["2026-10-12", "2026-10-13"])
    }

    @Test("CM-WORKDAY-ADD: negative and zero counts")
    func addNegativeAndZero() {
        #expect(sscard("workdays add 0 2026-10-03").stdout == ["2026-10-08"])
        #expect(sscard("workdays add -1 2026-10-08").stdout == ["2026-09-30"])
    }

    @Test("CM-WORKDAY-ADD: with no date, reads standard input line by line, errors in place")
    func addFromStandardInput() {
        let result = sscard("workdays add 1", stdin: ["2026-09-30", "nonsense", "2026-12-31", "2026-01-04"])
        #expect(result.status == 1)
        #expect(result.stdout.count == 4)
        #expect(result.stdout[0] == "2026-10-08")
        #expect(result.stdout[1].hasPrefix("error: "))
        #expect(result.stdout[2].hasPrefix("error: ") && result.stdout[2].contains("2027"))
        #expect(result.stdout[3] == "2026-01-05")
    }

    @Test("CM-WORKDAY-ADD: the JSON batch mode has one object a line")
    func addJSON() {
        let result = sscard("workdays add 4 --json", stdin: ["2026-09-30"])
        #expect(
            result.stdout == [#"{"date":"2026-09-30","workingDays":4,"result":"2026-10-12","provisionalYears":[]}"#])
    }

    @Test("CM-WORKDAY: sscard workdays count counts (FROM, TO]")
    func count() {
        #expect(sscard("workdays count 2026-09-30 2026-10-12").stdout == ["4"])
        #expect(sscard("workdays count 2026-10-12 2026-09-30").stdout == ["-4"])
        #expect(sscard("workdays count 2025-12-31 2026-12-31").stdout == ["248"])
        #expect(
            sscard("workdays count 2026-09-30 2026-10-12 --json").stdout == [
                #"{"from":"2026-09-30","to":"2026-10-12","workingDays":4,"provisionalYears":[]}"#
            ])
    }

    @Test("CM-WORKDAY: counting into a year without data exits 1")
    func countWithoutData() {
        let result = sscard("workdays count 2026-12-01 2027-01-10")
        #expect(result.status == 1)
        #expect(result.stderr.first?.contains("2027") == true)
    }

    @Test(
        "usage errors exit 2",
        arguments: [
            "workdays", "workdays add", "workdays add x 2026-01-01", "workdays count 2026-01-01", "workdays subtract 1",
            "workdays add 1 2026-01-01 --bogus",
        ])
    func usageErrors(commandLine: String) {
        let result = sscard(commandLine)
        #expect(result.status == 2)
        #expect(result.stderr.count == 1)
    }
}

@Suite struct ValidateCommandTests {
    @Test("CM-ID: sscard validate prints valid or invalid with the reason, in order")
    func validateValues() {
        let result = sscard("validate resident-id 11010519491231002X 110105194912310021 1101051949")
        #expect(result.status == 1)
        #expect(
            result.stdout == [
                "valid", "invalid: check character mismatch: expected X, found 1",
                "invalid: wrong length: 10 characters, expected 18",
            ])
    }

    @Test("CM-ID: sscard validate reads standard input when no value is given")
    func validateStandardInput() {
        let result = sscard("validate uscc", stdin: ["91350100M000100Y43", "91350100M000100Y44"])
        #expect(result.stdout == ["valid", "invalid: check character mismatch: expected 3, found 4"])
        #expect(result.status == 1)
        #expect(sscard("validate uscc", stdin: ["91350100M000100Y43"]).status == 0)
    }

    @Test("CM-PRIVACY: JSON output masks the value unless --reveal")
    func validateMasks() {
        let masked = sscard("validate resident-id 11010519491231002X --json").output
        #expect(!masked.contains("11010519491231002X"))
        #expect(masked.contains("1101**********002X"))
        #expect(sscard("validate resident-id 11010519491231002X --json --reveal").output.contains("11010519491231002X"))
    }

    @Test("CM-ID-FOREIGN: permanent resident ids in both formats")
    func validatePermanentResidentID() {
        #expect(sscard("validate permanent-resident-id USA123456789012").stdout == ["valid"])
        #expect(sscard("validate permanent-resident-id 123").status == 1)
    }

    @Test("an unknown identifier kind is a usage error")
    func unknownKind() {
        #expect(sscard("validate passport-photo x").status == 2)
    }

    @Test("CM-ID: a thousand lines stream through in order")
    func validateManyLines() {
        let lines = (0..<1000).map { $0 % 2 == 0 ? "11010519491231002X" : "x" }
        let result = sscard(["validate", "resident-id"], stdin: lines)
        #expect(result.stdout.count == 1000)
        #expect(result.stdout[0] == "valid")
        #expect(result.stdout[1].hasPrefix("invalid: "))
    }
}

@Suite struct RulesAndHelpTests {
    @Test(
        "every subcommand answers --help with exit 0",
        arguments: ["day", "workdays", "replacement", "exchange", "onboarding", "validate", "rules"])
    func help(subcommand: String) {
        let result = sscard([subcommand, "--help"])
        #expect(result.status == 0)
        #expect(result.output.contains("sscard \(subcommand)") || result.output.contains("USAGE"))
    }

    @Test("sscard --help lists every subcommand")
    func overview() {
        let result = sscard("--help")
        #expect(result.status == 0)
        for name in ["day", "workdays", "replacement", "exchange", "onboarding", "validate", "rules"] {
            #expect(result.output.contains(name))
        }
    }

    @Test("shell-wide flags may come before the subcommand")
    func leadingFlags() {
        #expect(sscard("--json day 2026-01-04").output.hasPrefix(#"{"date":"2026-01-04""#))
        #expect(sscard("--lang de day 2026-02-17").output.contains("Frühlingsfest"))
        #expect(sscard("--json").status == 2)
    }

    @Test("no subcommand is a usage error, with one line on standard error")
    func noSubcommand() {
        let result = sscard([])
        #expect(result.status == 2)
        #expect(result.stderr.count == 1)
    }

    @Test("a message that repeats the user's input stays one line and carries no control characters")
    func messagesStayOneLine() {
        let result = sscard(["day", "2026-01-04\n\u{1B}[31m"])
        #expect(result.status == 2)
        #expect(result.stderr.count == 1)
        #expect(!result.stderr[0].contains("\n") && !result.stderr[0].contains("\u{1B}"))
        #expect(result.stderr[0].contains("\\u{A}"))
        let batch = sscard(["workdays", "add", "1"], stdin: ["x\u{1B}[31m"])
        #expect(batch.stdout.count == 1 && !batch.stdout[0].contains("\u{1B}"))
    }

    @Test("an invalid --lang is a usage error")
    func invalidLanguage() {
        #expect(sscard("rules --lang fr").status == 2)
    }
}
