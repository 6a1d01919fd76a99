/// Standard input as lines of bytes, read in 64 KiB chunks and split on `\n` (a `\r` before it is dropped),
/// with no `String` made for a line unless the command wants one.
///
/// A line of any length works (the buffer grows to hold it and shrinks back after), a last line without a
/// newline is still a line, and bytes are passed as they are (invalid UTF-8 included): the command decides.
/// With a console that has no ``Console/readInput``, lines come from ``Console/readLine``.
struct LineReader {
    /// How much is read at a time.
    static let chunkSize = 65_536

    private let console: Console
    private var buffer: [UInt8]
    /// The first byte not yet returned as part of a line.
    private var start = 0
    /// The end of the bytes read so far.
    private var end = 0
    /// Where the search for the next newline resumes (bytes before it, from `start`, hold none).
    private var scanned = 0
    private var atEnd = false
    /// The current line's range in `buffer`, without its line break.
    private var current = 0..<0

    /// A reader of `console`'s standard input.
    init(console: Console) {
        self.console = console
        self.buffer = [UInt8](repeating: 0, count: console.readInput == nil ? 0 : Self.chunkSize)
    }

    /// The current line's bytes, without its line break; valid until the next call of ``next(flushing:)``.
    var line: ArraySlice<UInt8> { self.buffer[self.current] }

    /// The current line as text (invalid UTF-8 replaced by U+FFFD).
    var text: String { String(decoding: self.line, as: UTF8.self) }

    /// Moves to the next line; `false` at the end of input. Hands `output` to the console before it waits
    /// for more input, so answers are never held back from an interactive user.
    mutating func next(flushing output: inout OutputBuffer) -> Bool {
        guard let readInput = self.console.readInput else {
            guard let text = self.console.readLine() else { return false }
            self.buffer = Array(text.utf8)
            self.current = 0..<self.buffer.count
            return true
        }
        while true {
            if let newline = self.newline() {
                var lineEnd = newline
                if lineEnd > self.start, self.buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                self.current = self.start..<lineEnd
                self.start = newline + 1
                self.scanned = self.start
                return true
            }
            if self.atEnd {
                guard self.start < self.end else { return false }
                var lineEnd = self.end
                if self.buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                self.current = self.start..<lineEnd
                self.start = self.end
                self.scanned = self.end
                return true
            }
            self.makeRoom()
            output.flush()
            let count = self.buffer.withUnsafeMutableBytes { bytes in
                readInput(UnsafeMutableRawBufferPointer(rebasing: bytes[self.end...]))
            }
            if count <= 0 { self.atEnd = true } else { self.end += count }
        }
    }

    /// The index of the next newline after `scanned`, if the bytes read hold one.
    private mutating func newline() -> Int? {
        let found = self.buffer.withUnsafeBufferPointer { bytes -> Int? in
            var index = self.scanned
            while index < self.end {
                if bytes[index] == 0x0A { return index }
                index += 1
            }
            return nil
        }
        if found == nil { self.scanned = self.end }
        return found
    }

    /// Moves the unreturned bytes to the front, and grows the buffer when they fill it (a long line) or
    /// shrinks it back when a long line is over.
    private mutating func makeRoom() {
        let pending = self.end - self.start
        if self.start > 0 {
            if pending > 0 {
                self.buffer.withUnsafeMutableBufferPointer { bytes in
                    guard let base = bytes.baseAddress else { return }
                    (base).update(from: base + self.start, count: pending)
                }
            }
            self.scanned -= self.start
            self.start = 0
            self.end = pending
            self.current = 0..<0
        }
        if self.end == self.buffer.count {
            self.buffer += [UInt8](repeating: 0, count: self.buffer.count)
        } else if self.buffer.count > 4 * Self.chunkSize, pending < Self.chunkSize {
            self.buffer = Array(self.buffer[0..<pending]) + [UInt8](repeating: 0, count: Self.chunkSize)
        }
    }
}
