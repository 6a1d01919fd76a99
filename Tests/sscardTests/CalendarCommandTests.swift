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

/// The committed notice texts (Tests/CardModelTests/Fixtures/Notices), by file name.
private func notice(_ name: String) throws -> String {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("CardModelTests/Fixtures/Notices/\(name)")
    return try String(contentsOf: url, encoding: .utf8)
}

/// A made-up notice for 2027 in the published form, for tests only (no 2027 notice exists as of this writing).
private let sample2027 = """
    国务院办公厅关于2027年部分节假日安排的通知
    国办发明电〔2026〕99号
    各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
    经国务院批准，现将2027年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
    一、元旦：1月1日（周五）至3日（周日）放假，共3天。
    二、春节：2月5日（农历除夕、周五）至12日（周五）放假调休，共8天。2月20日（周六）上班。
    三、清明节：4月3日（周六）至5日（周一）放假，共3天。
    四、劳动节：5月1日（周六）至5日（周三）放假调休，共5天。4月25日（周日）上班。
    五、端午节：6月9日（周三）放假，共1天。
    六、中秋节：9月15日（周三）放假，共1天。
    七、国庆节：10月1日（周五）至7日（周四）放假调休，共7天。9月26日（周日）、10月9日（周六）上班。
    国务院办公厅
    2026年11月20日
    """

@Suite struct CalendarImportTests {
    @Test("CM-NOTICE: calendar import --check finds the 2026 notice equal to the shipped year")
    func importAgrees() throws {
        let result = sscard(["calendar", "import", "2026.txt", "--check"], files: ["2026.txt": try notice("2026.txt")])
        #expect(result.status == 0)
        #expect(result.stdout[0].contains("国办发明电〔2025〕7号"))
        #expect(result.output.contains("Spring Festival: 2026-02-15 – 2026-02-23"))
        #expect(result.output.contains("agrees"))
    }

    @Test("CM-NOTICE: the 2019 notice without its amendment differs from the shipped year day by day")
    func importDisagrees() throws {
        let files = ["2019.txt": try notice("2019.txt"), "2019-amendment.txt": try notice("2019-amendment.txt")]
        let alone = sscard(["calendar", "import", "2019.txt", "--check", "--json"], files: files)
        #expect(alone.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(alone.output.utf8)) as? [String: Any]
        let dates = (object?["differences"] as? [[String: Any]])?.compactMap { $0["date"] as? String }
        #expect(dates == ["2019-04-28", "2019-05-02", "2019-05-03", "2019-05-04", "2019-05-05"])
        let amended = sscard(["calendar", "import", "2019.txt", "2019-amendment.txt", "--check"], files: files)
        #expect(amended.status == 0)
    }

    @Test("CM-NOTICE: --holidays reads a notice as published and its year answers every subcommand")
    func holidaysNotice() {
        let files = ["2027.txt": sample2027]
        let day = sscard(["--holidays", "2027.txt", "day", "2027-02-20"], files: files)
        #expect(day.status == 0)
        #expect(day.output.contains("working day"))
        let environment = sscard(["day", "2027-02-08"], files: files, environment: ["SSCARD_HOLIDAYS": "2027.txt"])
        #expect(environment.output.contains("Spring Festival"))
        let grid = sscard(["calendar", "2027", "--holidays", "2027.txt"], files: files)
        #expect(grid.stdout[0].contains("国办发明电〔2026〕99号"))
        // The calendar guide's last line: a replacement's ready date counted with next year's notice, not provisional.
        let replacement = sscard(
            ["replacement", "--applied", "2026-12-28", "--json"], files: files,
            environment: ["SSCARD_HOLIDAYS": "2027.txt"])
        #expect(replacement.status == 0)
        #expect(replacement.output.contains(#""readyDate":"2027-01-04""#))
        #expect(replacement.output.contains(#""provisionalYears":[]"#))
    }

    @Test("CM-NOTICE: the JSON calendar import prints is a schedule --holidays reads back")
    func importRoundTrip() throws {
        let json = sscard(["calendar", "import", "2027.txt", "--json"], files: ["2027.txt": sample2027])
        #expect(json.status == 0)
        let files = ["2027.json": json.output]
        let day = sscard(["day", "2027-04-25", "--holidays", "2027.json"], files: files)
        #expect(day.status == 0)
        #expect(day.output.contains("Labour Day"))
    }

    @Test("CM-NOTICE: an unreadable or broken file is a usage error naming it")
    func brokenFiles() {
        let missing = sscard(["--holidays", "nowhere.txt", "day", "2026-01-01"])
        #expect(missing.status == 2)
        #expect(missing.stderr.first?.contains("nowhere.txt") == true)
        let broken = sscard(
            ["calendar", "import", "bad.txt"], files: ["bad.txt": "国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：放假。"])
        #expect(broken.status == 2)
        #expect(broken.stderr.first?.contains("bad.txt") == true)
        let json = sscard(["--holidays", "bad.json", "day", "2026-01-01"], files: ["bad.json": "{\"year\": 2027}"])
        #expect(json.status == 2)
    }

    @Test("CM-PROVISIONAL: --provisional gives a replacement on 2026-12-28 its ready date 2027-01-04, with the warning")
    func provisionalReplacement() {
        let result = sscard(["--provisional", "replacement", "--applied", "2026-12-28", "--json"])
        #expect(result.status == 0)
        #expect(result.output.contains(#""readyDate":"2027-01-04""#))
        #expect(result.output.contains("CM-PROVISIONAL"))
        let grid = sscard(["calendar", "2027", "--provisional"])
        #expect(grid.status == 0)
        #expect(grid.stdout[0].contains("CM-PROVISIONAL"))
        #expect(grid.output.contains(" 1*"))
    }
}

@Suite struct ProvisionalMarkTests {
    @Test("CM-PROVISIONAL: sscard day and workdays mark an answer counted by law, naming the year")
    func marked() {
        let day = sscard(["--provisional", "day", "2027-01-01", "2026-01-01"])
        #expect(day.stdout[0].hasSuffix("[provisional: no notice for 2027 (CM-PROVISIONAL)]"))
        #expect(!day.stdout[1].contains("provisional"))
        #expect(sscard(["--provisional", "day", "2027-01-01", "--json"]).output.contains(#""provisional":true"#))
        let add = sscard(["--provisional", "workdays", "add", "4", "2026-12-28", "2026-09-30"])
        #expect(add.stdout == ["2027-01-04 [provisional: no notice for 2027 (CM-PROVISIONAL)]", "2026-10-12"])
        let count = sscard(["--provisional", "workdays", "count", "2026-12-01", "2027-01-10", "--json"])
        #expect(count.output.contains(#""provisionalYears":[2027]"#))
        let chinese = sscard(["--provisional", "--lang", "zh", "workdays", "count", "2026-12-01", "2027-01-10"])
        #expect(chinese.output == "27［暂定：尚无2027年的通知（CM-PROVISIONAL）］")
    }
}
