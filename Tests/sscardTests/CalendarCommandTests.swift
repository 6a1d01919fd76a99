import Foundation
import Testing

@testable import sscard

/// Runs `sscard` with files it may read and an environment, as `main` gives them.
private func sscard(
    _ arguments: [String], files: [String: String] = [:], environment: [String: String] = [:],
    terminal: Bool = false
) -> ShellResult {
    final class Buffers: @unchecked Sendable {  // only touched on the test's own thread
        var stdout: [String] = []
        var stderr: [String] = []
    }
    let buffers = Buffers()
    let console = Console(
        readLine: { nil }, writeLine: { buffers.stdout.append($0) }, writeError: { buffers.stderr.append($0) },
        readFile: { files[$0].map { Array($0.utf8) } }, environment: { environment[$0] }, isTerminal: { terminal })
    let status = Shell.run(arguments, console: console)
    return ShellResult(status: status.rawValue, stdout: buffers.stdout, stderr: buffers.stderr)
}

@Suite struct CalendarCommandTests {
    @Test("CM-WORKDAY: sscard calendar 2026 draws the year with its notice and marks")
    func grid() {
        let result = sscard(["calendar", "2026"])
        #expect(result.status == 0)
        #expect(result.stdout[0].contains("国办发明电〔2025〕7号"))
        #expect(result.output.contains("January 2026"))
        // New Year: 1 January statutory, 2-3 rest days of the break, Sunday 4 January worked.
        #expect(result.output.contains(" 1* 2+ 3+ 4!"))
        #expect(result.output.contains("Legend"))
        #expect(!result.output.contains("\u{1B}["))
    }

    @Test("CM-WORKDAY: colour only on a terminal without NO_COLOR")
    func colour() {
        #expect(sscard(["calendar", "2026"], terminal: true).output.contains("\u{1B}[1;31m"))
        #expect(
            !sscard(["calendar", "2026"], environment: ["NO_COLOR": "1"], terminal: true).output.contains("\u{1B}["))
    }

    @Test("CM-WORKDAY: the grid speaks German and Chinese")
    func languages() {
        #expect(sscard(["calendar", "2026", "--lang", "de"]).output.contains("Legende"))
        let chinese = sscard(["calendar", "2026", "--lang", "zh"]).output
        #expect(chinese.contains("2026年10月"))
        #expect(chinese.contains("图例"))
        #expect(!chinese.contains("Legend"))
    }

    @Test("CM-WORKDAY: sscard calendar --json gives every day of the year")
    func json() throws {
        let result = sscard(["calendar", "2026", "--json"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        #expect(object?["year"] as? Int == 2026)
        #expect((object?["days"] as? [Any])?.count == 365)
        #expect((object?["source"] as? [String: Any])?["documentNumber"] as? String == "国办发明电〔2025〕7号")
    }

    @Test("CM-WORKDAY: a year without a notice exits 1 naming it, as a JSON error under --json")
    func missingYear() {
        let text = sscard(["calendar", "2027"])
        #expect(text.status == 1)
        #expect(text.stderr.first?.contains("2027") == true)
        let json = sscard(["calendar", "2027", "--json"])
        #expect(json.status == 1)
        #expect(json.output.contains(#""kind":"data""#))
        #expect(json.output.contains(#""rule":"CM-WORKDAY""#))
    }

    @Test("CM-WORKDAY: a bad YEAR is a usage error")
    func badYear() {
        #expect(sscard(["calendar", "twenty"]).status == 2)
        #expect(sscard(["calendar", "2300"]).status == 2)
        #expect(sscard(["calendar"]).status == 2)
        #expect(sscard(["calendar", "2026", "2027"]).status == 2)
    }
}
