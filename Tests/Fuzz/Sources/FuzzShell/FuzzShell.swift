// FuzzShell: the `sscard` argument parser and every subcommand, run in-process.
//
// Input format: the bytes before the first 0x1E (ASCII record separator) are the command line, one argument per
// line (split on NUL or newline, empty pieces dropped); the bytes after it are standard input, one line per
// line. The shell's own files are compiled into this target through the symbolic links Shell/ and Commands/,
// without main.swift, and run against an in-memory console: no real I/O.
//
// Checks besides "never traps": the exit status is 0, 1 or 2 and a usage error (2) always says why on
// standard error (ARCHITECTURE.md); with --json every line on standard output is JSON; without --reveal,
// `sscard validate` never prints a valid identifier unmasked (CM-PRIVACY); `sscard batch` answers every request
// line that is not blank with exactly one JSON object line, in order (issue 10).

import CardModel
import FuzzSupport

/// libFuzzer calls this with each input; it returns 0, or -1 for an input not worth keeping in the corpus.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = fuzzInput(start, count)
    let separator = bytes.firstIndex(of: 0x1E) ?? bytes.endIndex
    let arguments = bytes[..<separator].split(whereSeparator: { $0 == 0 || $0 == 0x0A }).map {
        String(decoding: $0, as: UTF8.self)
    }
    let inputBytes = separator < bytes.endIndex ? Array(bytes[(separator + 1)...]) : []
    let inputLines = inputBytes.split(separator: 0x0A, omittingEmptySubsequences: false)
    let standardInput = inputLines.map { String(decoding: $0, as: UTF8.self) }
    guard arguments.count <= 64, standardInput.count <= 256 else { return -1 }  // -1: not worth adding to the corpus

    let console = MemoryConsole(input: inputBytes, chunk: 1 + count % 13)
    let status = Shell.run(arguments, console: console.console)
    fuzzCheck([0, 1, 2].contains(status.rawValue), "exit status \(status.rawValue)")
    if status == .usage {
        fuzzCheck(!console.standardError.isEmpty, "usage error without a message")
    }
    let options = ShellOptions(arguments)
    if options.json, !options.help, status != .usage {
        for line in console.standardOutput {
            fuzzCheck(JSONGrammar.isValue(line), "--json printed a line that is not JSON: \(line)")
        }
    }
    let command = options.command
    if command.first == "batch", !options.help, status != .usage {
        // One answer a request: a line that is not blank (spaces and tabs, a final \r dropped) is a request.
        let requests = inputLines.filter { line in
            let line = line.last == 0x0D ? line.dropLast() : line
            return line.contains { $0 != 0x20 && $0 != 0x09 }
        }.count
        fuzzCheck(
            console.standardOutput.count == requests,
            "sscard batch answered \(console.standardOutput.count) lines for \(requests) requests")
        for line in console.standardOutput {
            fuzzCheck(JSONGrammar.isObject(line), "sscard batch printed a line that is not a JSON object: \(line)")
        }
    }
    if command.first == "validate", !options.reveal, !options.help, status != .usage, command.count >= 2 {
        // The values come from the arguments or, when there are none, from standard input: check both.
        let values = Array(command.dropFirst(2)) + standardInput
        let output = (console.standardOutput + console.standardError).joined(separator: "\n")
        for value in values {
            guard let revealed = IdentifierKindProbe.revealed(kind: command[1], value), revealed.count >= 8 else {
                continue
            }
            fuzzCheck(!output.contains(revealed), "sscard validate printed an identifier unmasked")
        }
    }
    return 0
}

/// A console over buffers: standard input from the fuzzer's bytes, handed over `chunk` bytes at a time (as
/// lines too, for the commands that read lines), output collected as lines for the checks.
final class MemoryConsole {
    private let input: [UInt8]
    private let chunk: Int
    private var offset = 0
    private var lines: IndexingIterator<[String]>
    private var pendingOutput: [UInt8] = []
    private var lineOutput: [String] = []
    private(set) var standardError: [String] = []

    init(input: [UInt8], chunk: Int) {
        self.input = input
        self.chunk = chunk
        self.lines = input.split(separator: 0x0A, omittingEmptySubsequences: false).map {
            String(decoding: $0, as: UTF8.self)
        }.makeIterator()
    }

    /// Standard output's lines, in the order written, whether written as lines or as bytes.
    var standardOutput: [String] {
        self.flushBytes()
        return self.lineOutput
    }

    private func flushBytes() {
        guard !self.pendingOutput.isEmpty else { return }
        var pieces = self.pendingOutput.split(separator: 0x0A, omittingEmptySubsequences: false)
        if self.pendingOutput.last == 0x0A { pieces.removeLast() }
        self.lineOutput += pieces.map { String(decoding: $0, as: UTF8.self) }
        self.pendingOutput.removeAll()
    }

    var console: Console {
        Console(
            readLine: { self.lines.next() },
            writeLine: {
                self.flushBytes()
                self.lineOutput.append($0)
            },
            writeError: { self.standardError.append($0) },
            readInput: { buffer in
                let count = min(buffer.count, self.chunk, self.input.count - self.offset)
                guard count > 0 else { return 0 }
                self.input.withUnsafeBytes { source in
                    buffer.copyMemory(
                        from: UnsafeRawBufferPointer(rebasing: source[self.offset..<(self.offset + count)]))
                }
                self.offset += count
                return count
            },
            writeOutput: { self.pendingOutput += Array($0) })
    }
}

/// The shell-wide flags as `Shell.run` reads them: before the subcommand or anywhere after it up to `--`; the
/// options that take a value (`--lang L`, `--holidays FILE`) take the next argument. The option names come from
/// the shell's own table, so that a new shell-wide option cannot leave the harness behind.
struct ShellOptions {
    var json = false
    var reveal = false
    var help = false
    /// The subcommand and its arguments, after any shell-wide flags that come first (as `Shell.run` reads them).
    var command: [String] = []

    init(_ arguments: [String]) {
        // Leading shell-wide options belong to the shell, as if they followed the subcommand.
        var start = 0
        while start < arguments.count, Shell.leadingOptions.contains(arguments[start]) {
            switch arguments[start] {
            case "--json": self.json = true
            case "--reveal": self.reveal = true
            case let option where Shell.optionsWithValues.contains(option): start += 1
            default: break
            }
            start += 1
        }
        self.command = Array(arguments[min(start, arguments.count)...])
        guard let first = self.command.first else { return }
        if first == "--help" || first == "-h" || first == "help" { self.help = true }
        var index = 1
        while index < self.command.count {
            switch self.command[index] {
            case "--": return
            case let option where Shell.optionsWithValues.contains(option): index += 1
            case "--json": self.json = true
            case "--reveal": self.reveal = true
            case "--help", "-h": self.help = true
            default: break
            }
            index += 1
        }
    }
}

/// The full value of a valid identifier of a `sscard validate` kind, independently of the command's code.
enum IdentifierKindProbe {
    static func revealed(kind: String, _ text: String) -> String? {
        switch kind {
        case "resident-id": (try? ResidentIdentityNumber(text))?.revealed
        case "uscc": (try? UnifiedSocialCreditCode(text))?.revealed
        case "permanent-resident-id": (try? ForeignPermanentResidentIDNumber(text))?.revealed
        case "work-permit": (try? WorkPermitNumber(text))?.revealed
        case "social-security-number": (try? SocialSecurityNumber(text))?.revealed
        default: nil
        }
    }
}

/// The entry point: SwiftPM links it as `main`, and it hands over to libFuzzer (see `runLibFuzzer()`).
@main
enum FuzzShellMain {
    static func main() { runLibFuzzer() }
}
