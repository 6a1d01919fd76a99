import Foundation
import Testing

@testable import sscard

/// Documentation/JSON.md and the program agree: every field a documented example prints is in its section's
/// table, every field in a table is printed by one of the section's examples, and every subcommand has a
/// section. A failure names the section and the field, so the page can be brought up to date.
///
/// The examples run as from the package root: a path they name (a notice for `sscard calendar import`) is read
/// relative to it, so an example reads a committed fixture such as `Tests/CardModelTests/Fixtures/Notices/2019.txt`
/// exactly as `sscard` run there would.
@Suite struct JSONDocumentationTests {
    /// One `## ` section of JSON.md: its heading, the `sscard …` lines of its `sh` blocks and its table's fields.
    struct Section {
        var heading: String
        var commands: [[String]] = []
        var fields: Set<String> = []
    }

    /// The package's root directory.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let page: String = {
        (try? String(contentsOf: root.appendingPathComponent("Documentation/JSON.md"), encoding: .utf8)) ?? ""
    }()

    /// Runs an example in-process, reading the files it names relative to the package root (as `main` reads them
    /// relative to the working directory); standard input is empty and the environment unset.
    static func run(_ arguments: [String]) -> ShellResult {
        final class Buffers: @unchecked Sendable {  // only touched on the test's own thread
            var stdout: [String] = []
            var stderr: [String] = []
        }
        let buffers = Buffers()
        let console = Console(
            readLine: { nil }, writeLine: { buffers.stdout.append($0) }, writeError: { buffers.stderr.append($0) },
            readFile: { path in
                let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : root.appendingPathComponent(path)
                return (try? Data(contentsOf: url)).map { Array($0) }
            })
        let status = Shell.run(arguments, console: console)
        return ShellResult(status: status.rawValue, stdout: buffers.stdout, stderr: buffers.stderr)
    }

    static let sections: [Section] = {
        var sections: [Section] = []
        var inShell = false
        var inBlock = false
        for line in page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("## ") {
                sections.append(Section(heading: String(line.dropFirst(3))))
                continue
            }
            guard !sections.isEmpty else { continue }
            if line.hasPrefix("```") {
                inShell = !inBlock && line == "```sh"
                inBlock.toggle()
                continue
            }
            if inShell, line.hasPrefix("sscard ") {
                sections[sections.count - 1].commands.append(line.split(separator: " ").dropFirst().map(String.init))
            } else if !inBlock, line.hasPrefix("| `"), let end = line.dropFirst(3).firstIndex(of: "`") {
                sections[sections.count - 1].fields.insert(String(line.dropFirst(3)[..<end]))
            }
        }
        return sections
    }()

    /// The field paths of a JSON value: `a.b` for key `b` under `a`, `a[]` for the elements of `a`.
    static func paths(_ value: Any, prefix: String = "", into paths: inout Set<String>) {
        if let object = value as? [String: Any] {
            for (key, member) in object {
                let path = prefix.isEmpty ? key : prefix + "." + key
                paths.insert(path)
                self.paths(member, prefix: path, into: &paths)
            }
        } else if let array = value as? [Any] {
            for element in array { self.paths(element, prefix: prefix + "[]", into: &paths) }
        }
    }

    @Test("JSON.md: the page has its sections, each with examples and a table")
    func pageIsRead() {
        #expect(!Self.page.isEmpty, "Documentation/JSON.md could not be read")
        #expect(Self.sections.filter { !$0.commands.isEmpty }.count >= 7)
        for section in Self.sections where !section.commands.isEmpty {
            #expect(!section.fields.isEmpty, "JSON.md § \(section.heading): examples but no field table")
        }
    }

    @Test("JSON.md: every subcommand has a section", arguments: Shell.subcommands.map(\.name))
    func everySubcommandIsDocumented(name: String) {
        #expect(
            Self.sections.contains { $0.heading == "`sscard \(name)`" },
            "Documentation/JSON.md has no section '## `sscard \(name)`': add its examples and field table")
    }

    @Test(
        "JSON.md: the fields a section documents are the fields its examples print",
        arguments: sections.filter { !$0.commands.isEmpty }.map(\.heading))
    func fieldsAgree(heading: String) throws {
        let section = try #require(Self.sections.first { $0.heading == heading })
        var printed: [String: String] = [:]  // field path -> the first command that printed it
        for command in section.commands {
            let result = Self.run(command)
            #expect(
                !result.stdout.isEmpty,
                "JSON.md § \(heading): `sscard \(command.joined(separator: " "))` printed nothing")
            for line in result.stdout {
                let value = try? JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])
                #expect(
                    value != nil, "JSON.md § \(heading): `sscard \(command.joined(separator: " "))` printed non-JSON")
                var paths: Set<String> = []
                if let value { Self.paths(value, into: &paths) }
                for path in paths where printed[path] == nil { printed[path] = command.joined(separator: " ") }
            }
        }
        for (path, command) in printed.sorted(by: { $0.key < $1.key }) where !section.fields.contains(path) {
            Issue.record("JSON.md § \(heading): field `\(path)` is printed by `sscard \(command)` but not in the table")
        }
        for path in section.fields.sorted() where printed[path] == nil {
            Issue.record("JSON.md § \(heading): field `\(path)` is in the table but no example prints it")
        }
    }
}
