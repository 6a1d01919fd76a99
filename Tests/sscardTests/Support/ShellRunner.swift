@testable import sscard

/// What one run of the shell printed, and its exit status.
struct ShellResult {
    var status: Int32
    var stdout: [String]
    var stderr: [String]

    /// Standard output as one string, lines joined by newlines.
    var output: String { self.stdout.joined(separator: "\n") }
}

/// Runs `sscard` in-process with `arguments` (without the program name) and optional standard-input lines;
/// `files` are the files it may read, by path.
func sscard(_ arguments: [String], stdin: [String] = [], files: [String: String] = [:]) -> ShellResult {
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
        writeError: { buffers.stderr.append($0) },
        readFile: { files[$0].map { Array($0.utf8) } })
    let status = Shell.run(arguments, console: console)
    return ShellResult(status: status.rawValue, stdout: buffers.stdout, stderr: buffers.stderr)
}

/// Runs `sscard` with a command line written as one string, split on spaces.
func sscard(_ commandLine: String, stdin: [String] = []) -> ShellResult {
    sscard(commandLine.split(separator: " ").map(String.init), stdin: stdin)
}

/// What one run of the shell printed as bytes, for the streaming commands.
struct ByteShellResult {
    var status: Int32
    /// Standard output's bytes.
    var stdout: [UInt8]
    var stderr: [String]
    /// The largest block handed to standard output at once.
    var largestWrite = 0
    /// How many reads of standard input the command made.
    var reads = 0

    /// Standard output split into lines (without the final newline's empty piece).
    var lines: [String] {
        var pieces = self.stdout.split(separator: 0x0A, omittingEmptySubsequences: false).map {
            String(decoding: $0, as: UTF8.self)
        }
        if pieces.last == "" { pieces.removeLast() }
        return pieces
    }
}

/// Runs `sscard` with standard input as bytes, read through `Console.readInput` in chunks of at most
/// `chunk` bytes, and standard output collected through `Console.writeOutput` (lines printed with
/// `writeLine` are added in order).
func sscard(_ arguments: [String], input: [UInt8], chunk: Int = 65_536) -> ByteShellResult {
    final class Buffers: @unchecked Sendable {  // only touched on the test's own thread
        var input: [UInt8]
        var offset = 0
        var result = ByteShellResult(status: 0, stdout: [], stderr: [])
        init(input: [UInt8]) { self.input = input }
    }
    let buffers = Buffers(input: input)
    let console = Console(
        readLine: { nil },
        writeLine: { buffers.result.stdout += Array($0.utf8) + [0x0A] },
        writeError: { buffers.result.stderr.append($0) },
        readInput: { buffer in
            buffers.result.reads += 1
            let count = min(buffer.count, chunk, buffers.input.count - buffers.offset)
            guard count > 0 else { return 0 }
            buffers.input.withUnsafeBytes { source in
                buffer.copyMemory(
                    from: UnsafeRawBufferPointer(rebasing: source[buffers.offset..<(buffers.offset + count)]))
            }
            buffers.offset += count
            return count
        },
        writeOutput: { bytes in
            buffers.result.largestWrite = max(buffers.result.largestWrite, bytes.count)
            buffers.result.stdout += Array(bytes)
        })
    buffers.result.status = Shell.run(arguments, console: console).rawValue
    return buffers.result
}

/// Runs `sscard` with a command line split on spaces and standard input given as text.
func sscard(_ commandLine: String, input: String) -> ByteShellResult {
    sscard(commandLine.split(separator: " ").map(String.init), input: Array(input.utf8))
}
