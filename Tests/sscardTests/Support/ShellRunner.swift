@testable import sscard

/// What one run of the shell printed, and its exit status.
struct ShellResult {
    var status: Int32
    var stdout: [String]
    var stderr: [String]

    /// Standard output as one string, lines joined by newlines.
    var output: String { self.stdout.joined(separator: "\n") }
}

/// Runs `sscard` in-process with `arguments` (without the program name) and optional standard-input lines.
func sscard(_ arguments: [String], stdin: [String] = []) -> ShellResult {
    final class Buffers: @unchecked Sendable {  // only touched on the test's own thread
        var input: IndexingIterator<[String]>
        var stdout: [String] = []
        var stderr: [String] = []
        init(input: [String]) { self.input = input.makeIterator() }
    }
    let buffers = Buffers(input: stdin)
    let console = Console(
        readLine: { buffers.input.next() },
        writeLine: { buffers.stdout.append($0) },
        writeError: { buffers.stderr.append($0) })
    let status = Shell.run(arguments, console: console)
    return ShellResult(status: status.rawValue, stdout: buffers.stdout, stderr: buffers.stderr)
}

/// Runs `sscard` with a command line written as one string, split on spaces.
func sscard(_ commandLine: String, stdin: [String] = []) -> ShellResult {
    sscard(commandLine.split(separator: " ").map(String.init), stdin: stdin)
}
