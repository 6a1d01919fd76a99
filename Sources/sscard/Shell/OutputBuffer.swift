/// Standard output collected as bytes and handed to the console in large blocks, so a streaming command
/// writes a million lines with a few hundred writes instead of a million prints.
///
/// Call ``flush()`` before the command returns (and ``LineReader`` calls it before it waits for input, so an
/// interactive user sees each answer). With a console that only takes lines, ``flush()`` splits the bytes
/// into lines (without their newline) and passes each to ``Console/writeLine``.
struct OutputBuffer {
    /// The size at which ``append(_:)`` hands the bytes over.
    static let blockSize = 65_536

    private let console: Console
    private var bytes: [UInt8] = []

    /// A buffer writing to `console`'s standard output.
    init(console: Console) {
        self.console = console
        self.bytes.reserveCapacity(Self.blockSize + 4_096)
    }

    /// Appends one byte.
    mutating func append(byte: UInt8) {
        self.bytes.append(byte)
    }

    /// Appends bytes, handing the buffer over when it is large.
    mutating func append(_ bytes: some Sequence<UInt8>) {
        self.bytes.append(contentsOf: bytes)
        if self.bytes.count >= Self.blockSize { self.flush() }
    }

    /// Appends `line` and a newline.
    mutating func append(line: String) {
        var line = line
        line.withUTF8 { self.bytes.append(contentsOf: $0) }
        self.bytes.append(0x0A)
        if self.bytes.count >= Self.blockSize { self.flush() }
    }

    /// Ends the current line with a newline, handing the buffer over when it is large.
    mutating func endLine() {
        self.bytes.append(0x0A)
        if self.bytes.count >= Self.blockSize { self.flush() }
    }

    /// Hands every byte appended so far to the console.
    mutating func flush() {
        guard !self.bytes.isEmpty else { return }
        if let writeOutput = self.console.writeOutput {
            self.bytes.withUnsafeBytes { writeOutput($0) }
        } else {
            var lines = self.bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
            if self.bytes.last == 0x0A { lines.removeLast() }
            for line in lines { self.console.writeLine(String(decoding: line, as: UTF8.self)) }
        }
        self.bytes.removeAll(keepingCapacity: true)
    }
}
