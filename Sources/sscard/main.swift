import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

// The only place that touches the process: arguments, standard streams, exit status.
//
// Standard output is one buffer, written with write(2) when it is large, before the shell waits for input
// (so an interactive user sees each answer), before a line on standard error, and at exit. Standard input
// is read with read(2) in chunks by the commands that stream (LineReader); readLine is for the others.
let standardOutput = StandardOutput()
let console = Console(
    readLine: {
        standardOutput.flush()
        return Swift.readLine(strippingNewline: true)
    },
    writeLine: { line in standardOutput.append(line) },
    writeError: { line in
        standardOutput.flush()
        writeAll(to: 2, Array((line + "\n").utf8))
    },
    readFile: { path in FileManager.default.contents(atPath: path).map { Array($0) } },
    environment: { name in ProcessInfo.processInfo.environment[name] },
    isTerminal: { isatty(1) == 1 },
    readInput: { buffer in
        standardOutput.flush()
        while true {
            let count = read(0, buffer.baseAddress, buffer.count)
            if count < 0, errno == EINTR { continue }
            return max(count, 0)
        }
    },
    writeOutput: { bytes in standardOutput.append(bytes) })
let status = Shell.run(Array(CommandLine.arguments.dropFirst()), console: console)
standardOutput.flush()
exit(status.rawValue)

/// Standard output's buffer (file descriptor 1).
final class StandardOutput {
    private var bytes: [UInt8] = []

    /// Appends a line and its newline.
    func append(_ line: String) {
        self.bytes.append(contentsOf: line.utf8)
        self.bytes.append(0x0A)
        if self.bytes.count >= 65_536 { self.flush() }
    }

    /// Appends bytes; a large block is written at once.
    func append(_ block: UnsafeRawBufferPointer) {
        if self.bytes.isEmpty, block.count >= 65_536 {
            writeAll(to: 1, block)
            return
        }
        self.bytes.append(contentsOf: block)
        if self.bytes.count >= 65_536 { self.flush() }
    }

    /// Writes what is buffered.
    func flush() {
        guard !self.bytes.isEmpty else { return }
        self.bytes.withUnsafeBytes { writeAll(to: 1, $0) }
        self.bytes.removeAll(keepingCapacity: true)
    }
}

/// Writes every byte to a file descriptor, retrying after a partial write or an interruption; stops on
/// another error (a closed pipe).
func writeAll(to descriptor: Int32, _ bytes: UnsafeRawBufferPointer) {
    var offset = 0
    while offset < bytes.count {
        let written = write(descriptor, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
        if written < 0, errno == EINTR { continue }
        guard written > 0 else { return }
        offset += written
    }
}

/// Writes every byte of an array to a file descriptor.
func writeAll(to descriptor: Int32, _ bytes: [UInt8]) {
    bytes.withUnsafeBytes { writeAll(to: descriptor, $0) }
}
