import Foundation
import Testing

@testable import sscard

/// Issue 10: under `--json` every error is a JSON document on standard output, with the human line on
/// standard error, so a script never parses standard error.
@Suite struct JSONErrorTests {
    @Test(
        "CM-WORKDAY: every error under --json is {\"error\": {kind, message, rule}} on stdout and one line on stderr",
        arguments: [
            ("--json", "usage", 2), ("bogus --json", "usage", 2), ("--json bogus", "usage", 2),
            ("day --lang xx --json", "usage", 2), ("day --json", "usage", 2), ("day 2026-13-01 --json", "usage", 2),
            ("day 2027-01-01 --json", "data", 1), ("workdays count 2026-12-01 2027-01-10 --json", "data", 1),
            ("workdays frobnicate --json", "usage", 2), ("validate --json", "usage", 2),
            ("validate bogus --json", "usage", 2), ("rules NOPE --json", "usage", 2),
            ("day 2026-01-01 --bogus --json", "usage", 2), ("batch extra --json", "usage", 2),
            ("day 2026-01-01 --holidays /nonexistent --json", "usage", 2),
        ])
    func errorDocuments(commandLine: String, kind: String, status: Int32) throws {
        let result = sscard(commandLine)
        #expect(result.status == status)
        #expect(result.stderr.count == 1)
        let line = try #require(result.stdout.last)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let error = try #require(object["error"] as? [String: Any])
        #expect(error["kind"] as? String == kind)
        #expect((error["message"] as? String)?.isEmpty == false)
        #expect(error.keys.contains("rule"))
    }

    @Test("CM-WORKDAY: a year without data names its rule, and the message follows --lang")
    func dataError() {
        let result = sscard("day 2027-01-01 --json --lang zh")
        #expect(result.stdout.first?.contains(#""kind":"data""#) == true)
        #expect(result.stdout.first?.contains(#""rule":"CM-WORKDAY""#) == true)
        #expect(result.stdout.first?.contains("2027年") == true)
        #expect(sscard("bogus --json --lang de").stdout.first?.contains("unbekannter Unterbefehl") == true)
    }

    @Test("CM-WORKDAY-ADD: a line of the workdays stream that fails is {date, error: {kind, message, rule}}")
    func streamErrors() {
        let result = sscard("workdays add 1 --json", stdin: ["nonsense", "2026-12-31", "2026-09-30"])
        #expect(result.status == 1)
        #expect(result.stdout[0].hasPrefix(#"{"date":"nonsense","error":{"kind":"invalid","#))
        #expect(result.stdout[0].hasSuffix(#""rule":"CM-DATE"}}"#))
        #expect(result.stdout[1].hasPrefix(#"{"date":"2026-12-31","error":{"kind":"data","#))
        #expect(
            result.stdout[2] == #"{"date":"2026-09-30","workingDays":1,"result":"2026-10-08","provisionalYears":[]}"#)
    }

    @Test("CM-WORKDAY-ADD: the byte-level stream: chunks, \\r\\n, no final newline, invalid UTF-8")
    func byteStream() {
        var input = Array("2026-09-30\r\n2026-10-08\n".utf8) + [0xFF, 0x0A] + Array("2026-01-04".utf8)
        var result = sscard(["workdays", "add", "4"], input: input, chunk: 3)
        #expect(result.lines.count == 4)
        #expect(result.lines[0] == "2026-10-12")
        #expect(result.lines[1] == "2026-10-13")
        #expect(result.lines[2].hasPrefix("error: "))
        #expect(result.lines[3] == "2026-01-08")
        #expect(result.status == 1)
        input = Array(String(repeating: "2026-09-30\n", count: 50_000).utf8)
        result = sscard(["workdays", "add", "4"], input: input)
        #expect(result.lines.count == 50_000 && result.lines.allSatisfy { $0 == "2026-10-12" })
        #expect(result.largestWrite <= OutputBuffer.blockSize + 4_096)
        result = sscard(["validate", "uscc"], input: Array("91350100M000100Y43\r\n91350100M000100Y44".utf8))
        #expect(result.lines == ["valid", "invalid: check character mismatch: expected 3, found 4"])
    }
}
