import Foundation
import Testing

@testable import sscard

/// The `sscard batch` protocol (Documentation/JSON.md, "sscard batch").
@Suite struct BatchCommandTests {
    /// A request line's answer parsed as a JSON object.
    func object(_ line: String) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] ?? [:]
    }

    @Test("CM-WORKDAY: batch answers in order, one line a request, with the subcommand's --json document")
    func ordering() {
        let input = """
            {"command":"day","arguments":["2026-10-10"]}
            {"command":"workdays","arguments":["add","4","2026-09-30"]}
            {"command":"replacement","applied":"2026-10-08","channel":"onsite"}

            """
        let result = sscard("batch", input: input)
        #expect(result.status == 0)
        #expect(result.lines.count == 3)
        #expect(result.lines[0] == sscard("day 2026-10-10 --json").output)
        #expect(result.lines[1] == sscard("workdays add 4 2026-09-30 --json").output)
        #expect(result.lines[2] == sscard("replacement --applied 2026-10-08 --channel onsite --json").output)
    }

    @Test("CM-WORKDAY: the id is echoed back as the first key, exactly as written")
    func ids() {
        let input = """
            {"id":"a-1","command":"day","arguments":["2026-10-10"]}
            {"command":"day","arguments":["2026-10-11"],"id":42}
            {"id":1.5e3,"command":"day","arguments":["2026-10-12"]}
            {"id":null,"command":"day","arguments":["2026-10-13"]}
            {"id":"\\u4e2d\\"","command":"bogus"}
            """
        let lines = sscard("batch", input: input).lines
        #expect(lines.count == 5)
        #expect(lines[0].hasPrefix(#"{"id":"a-1","date":"2026-10-10""#))
        #expect(lines[1].hasPrefix(#"{"id":42,"date":"2026-10-11""#))
        #expect(lines[2].hasPrefix(#"{"id":1.5e3,"date":"2026-10-12""#))
        #expect(lines[3].hasPrefix(#"{"id":null,"date":"2026-10-13""#))
        #expect(lines[4].hasPrefix(#"{"id":"中\"","error":{"kind":"usage""#))
    }

    @Test("CM-DATE: good and bad lines mixed: a bad line never stops the stream, and the exit status says so")
    func mixed() {
        let input = """
            {"id":1,"command":"day","arguments":["2026-10-10"]}
            not json
            {"id":3,"command":"day","arguments":["2026-13-01"]}
            {"id":4,"command":"day","arguments":["2027-01-01"]}
            {"id":5,"command":"replacement","applied":"2026-10-08","bogus":true}
            {"id":6,"command":"day"
            {"id":7,"arguments":[]}
            {"id":8,"command":"replacement","applied":"2026-10-08","applied":"2026-10-09"}
            {"id":9,"command":"day","arguments":["2026-10-10"]}
            """
        let result = sscard("batch", input: input)
        #expect(result.status == 1)
        #expect(result.lines.count == 9)
        let errors = result.lines.map { (self.object($0)["error"] as? [String: Any])?["kind"] as? String }
        #expect(errors == [nil, "usage", "usage", "data", "usage", "usage", "usage", "usage", nil])
        #expect(self.object(result.lines[0])["id"] as? Int == 1)
        #expect(self.object(result.lines[1])["id"] == nil)  // no id can be read from a line that is not JSON
        #expect(self.object(result.lines[3])["id"] as? Int == 4)
        #expect(((self.object(result.lines[3])["error"] as? [String: Any])?["rule"] as? String) == "CM-WORKDAY")
        #expect(self.object(result.lines[8])["id"] as? Int == 9)
        #expect(sscard("batch", input: #"{"command":"day","arguments":["2026-10-10"]}"#).status == 0)
    }

    @Test("CM-WORKDAY: blank lines are skipped, and \\r\\n line ends work")
    func blankLines() {
        let result = sscard("batch", input: "\n   \n{\"command\":\"day\",\"arguments\":[\"2026-10-10\"]}\r\n\t\n\r\n")
        #expect(result.status == 0)
        #expect(result.lines.count == 1)
        #expect(result.lines[0].hasPrefix(#"{"date":"2026-10-10""#))
    }

    @Test("CM-WORKDAY: a last line without a newline is answered")
    func missingFinalNewline() {
        let result = sscard("batch", input: "{\"id\":1,\"command\":\"day\",\"arguments\":[\"2026-10-10\"]}")
        #expect(result.lines.count == 1)
        #expect(result.stdout.last == 0x0A)
    }

    @Test("CM-DATE: invalid UTF-8 is one error line, and the stream goes on")
    func invalidUTF8() {
        var input = Array(#"{"id":1,"command":"day","arguments":[""#.utf8) + [0xFF, 0xFE] + Array(#""]}"#.utf8)
        input += [0x0A] + [0xC3, 0x28, 0x0A]
        input += Array(#"{"id":3,"command":"day","arguments":["2026-10-10"]}"#.utf8)
        let result = sscard(["batch"], input: input)
        #expect(result.lines.count == 3)
        #expect(result.lines[0].contains("UTF-8"))
        #expect(self.object(result.lines[0])["id"] == nil)
        #expect(result.lines[1].contains(#""kind":"usage""#))
        #expect(result.lines[2].hasPrefix(#"{"id":3,"date":"2026-10-10""#))
        #expect(result.status == 1)
    }

    @Test("CM-WORKDAY: a 10 MB line is one answer, read through 64 KiB chunks")
    func longLine() {
        let padding = String(repeating: " ", count: 10_000_000)
        let input =
            "{\"id\":1,\(padding)\"command\":\"day\",\"arguments\":[\"2026-10-10\"]}\n"
            + "{\"id\":2,\"command\":\"day\",\"arguments\":[\"\(String(repeating: "x", count: 1_000_000))\"]}\n"
            + "{\"id\":3,\"command\":\"day\",\"arguments\":[\"2026-10-11\"]}\n"
        let result = sscard(["batch"], input: Array(input.utf8))
        #expect(result.lines.count == 3)
        #expect(result.lines[0].hasPrefix(#"{"id":1,"date":"2026-10-10""#))
        #expect(result.lines[1].hasPrefix(#"{"id":2,"error":{"kind":"usage""#))
        #expect(result.lines[2].hasPrefix(#"{"id":3,"date":"2026-10-11""#))
    }

    @Test("CM-WORKDAY: streamed in constant memory: output leaves in blocks while input is still being read")
    func streamed() {
        let line = #"{"command":"workdays","arguments":["add","4","2026-09-30"]}"# + "\n"
        let result = sscard(["batch"], input: Array(String(repeating: line, count: 20_000).utf8), chunk: 4_096)
        #expect(result.lines.count == 20_000)
        #expect(result.reads > 100)  // read in chunks, not at once
        #expect(result.largestWrite <= OutputBuffer.blockSize + 4_096)  // written in blocks, never collected
    }

    @Test("CM-PRIVACY: the shell-wide --lang and --reveal apply, and a request may override them")
    func shellWideOptions() {
        let input = """
            {"command":"day","arguments":["2026-10-01"]}
            {"command":"day","arguments":["2026-10-01"],"lang":"de"}
            {"command":"validate","arguments":["resident-id","11010519491231002X"]}
            {"command":"validate","arguments":["resident-id","11010519491231002X"],"reveal":false}
            """
        let lines = sscard("batch --lang zh --reveal", input: input).lines
        #expect(lines[0].contains("国庆节"))
        #expect(lines[1].contains("Nationalfeiertag"))
        #expect(lines[2].contains("11010519491231002X"))
        #expect(!lines[3].contains("11010519491231002X"))
        #expect(!sscard("batch", input: input).lines[2].contains("11010519491231002X"))
    }

    @Test("CM-WORKDAY: a subcommand with several documents answers with one \"results\" array; rules with \"result\"")
    func severalDocuments() {
        let lines = sscard(
            "batch",
            input: """
                {"id":1,"command":"day","arguments":["2026-10-10","2027-01-01"]}
                {"id":2,"command":"rules","arguments":["CM-DATE"]}
                """
        ).lines
        #expect(lines[0].hasPrefix(#"{"id":1,"results":[{"date":"2026-10-10""#))
        #expect(lines[0].contains(#"{"error":{"kind":"data""#))
        #expect(lines[1].hasPrefix(#"{"id":2,"result":[{"id":"CM-DATE""#))
    }

    @Test("CM-WORKDAY: values: arrays of scalars join with commas, false and null leave an option out")
    func translation() {
        let members: [(String, RequestValue)] = [
            ("command", .string("exchange")), ("employer-banks", .array([.string("ICBC"), .string("BOC")])),
            ("employee", .bool(true)), ("company-pickup", .bool(false)), ("bank", .null), ("generation", .number("2")),
            ("arguments", .array([.string("--help")])),
        ]
        let request = BatchRequest(members)
        #expect(request.problem == nil)
        #expect(request.arguments == ["--employer-banks=ICBC,BOC", "--employee", "--generation=2", "--", "--help"])
    }

    @Test(
        "CM-DATE: the request parser refuses what is not a flat JSON object",
        arguments: [
            "", "[]", "{", "{\"a\":}", "{\"a\":1,}", "{\"a\":{}}", "{\"a\":[[1]]}", "{\"a\":01}", "{\"a\":1.}",
            "{\"a\":\"\\x\"}", "{\"a\":\"\\ud800\"}", "{\"a\":\"\u{01}\"}", "{\"a\":tru}", "{} x", "{\"a\":1 \"b\":2}",
            "{'a':1}",
        ])
    func parserRefuses(text: String) {
        #expect(throws: UsageError.self) { try RequestParser.parse(Array(text.utf8)[...]) }
    }

    @Test("CM-DATE: the request parser decodes escapes, surrogate pairs, numbers and literals")
    func parserAccepts() throws {
        let members = try RequestParser.parse(
            Array(#" { "a" : "x\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00" , "b":[1,-0.5e+3,true,false,null,"s"], "c":{"#.utf8)
                .dropLast(6) + Array("\"c\":[]}".utf8))
        #expect(members.count == 3)
        #expect(members[0].1 == .string("x\"\\/\u{8}\u{C}\n\r\té😀"))
        #expect(
            members[1].1 == .array([.number("1"), .number("-0.5e+3"), .bool(true), .bool(false), .null, .string("s")]))
        #expect(members[2].1 == .array([]))
    }

    @Test("CM-WORKDAY: batch takes no arguments, and holidays are set for the whole batch")
    func usage() {
        #expect(sscard("batch extra", input: "").status == 2)
        let result = sscard("batch", input: #"{"command":"day","arguments":["2026-10-10"],"holidays":"x.json"}"#)
        #expect(result.status == 1)
        #expect(result.lines[0].contains("--holidays"))
        #expect(sscard("batch", input: "").status == 0)
        #expect(sscard("batch", input: #"{"command":"batch"}"#).status == 1)
    }
}
