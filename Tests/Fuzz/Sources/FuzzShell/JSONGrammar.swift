// JSONGrammar: whether a line is one JSON value by RFC 8259's grammar, independently of the shell's code.
//
// JSONSerialization is stricter than the grammar: it refuses a number outside Double's range, such as an id
// `1.5e444` that `sscard batch` echoes exactly as written (Documentation/JSON.md). RFC 8259 lets a reader set
// such limits (section 6), so the harness checks the grammar itself.

enum JSONGrammar {
    /// Whether `text` is exactly one JSON value, with optional whitespace around it.
    static func isValue(_ text: String) -> Bool {
        var reader = Reader(Array(text.utf8))
        return reader.value() && reader.atEnd()
    }

    /// Whether `text` is exactly one JSON object.
    static func isObject(_ text: String) -> Bool {
        var reader = Reader(Array(text.utf8))
        reader.skipSpace()
        return reader.peek == UInt8(ascii: "{") && reader.value() && reader.atEnd()
    }

    private struct Reader {
        let bytes: [UInt8]
        var index = 0
        var depth = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var peek: UInt8? { self.index < self.bytes.count ? self.bytes[self.index] : nil }

        mutating func skipSpace() {
            while let byte = self.peek, [0x20, 0x09, 0x0A, 0x0D].contains(byte) { self.index += 1 }
        }

        mutating func atEnd() -> Bool {
            self.skipSpace()
            return self.index == self.bytes.count
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard self.peek == byte else { return false }
            self.index += 1
            return true
        }

        mutating func value() -> Bool {
            self.skipSpace()
            guard let byte = self.peek, self.depth < 512 else { return false }
            switch byte {
            case UInt8(ascii: "{"): return self.container(close: UInt8(ascii: "}"), member: true)
            case UInt8(ascii: "["): return self.container(close: UInt8(ascii: "]"), member: false)
            case UInt8(ascii: "\""): return self.string()
            case UInt8(ascii: "t"): return self.word("true")
            case UInt8(ascii: "f"): return self.word("false")
            case UInt8(ascii: "n"): return self.word("null")
            default: return self.number()
            }
        }

        /// An object (`member`: `"key": value` entries) or an array, after its opening bracket.
        mutating func container(close: UInt8, member: Bool) -> Bool {
            self.index += 1
            self.depth += 1
            defer { self.depth -= 1 }
            self.skipSpace()
            if self.take(close) { return true }
            repeat {
                if member {
                    self.skipSpace()
                    guard self.string() else { return false }
                    self.skipSpace()
                    guard self.take(UInt8(ascii: ":")) else { return false }
                }
                guard self.value() else { return false }
                self.skipSpace()
            } while self.take(UInt8(ascii: ","))
            return self.take(close)
        }

        mutating func word(_ word: String) -> Bool {
            for byte in word.utf8 where !self.take(byte) { return false }
            return true
        }

        mutating func string() -> Bool {
            guard self.take(UInt8(ascii: "\"")) else { return false }
            while let byte = self.peek {
                self.index += 1
                switch byte {
                case UInt8(ascii: "\""): return true
                case UInt8(ascii: "\\"): guard self.escape() else { return false }
                case ..<0x20: return false
                default: continue
                }
            }
            return false
        }

        mutating func escape() -> Bool {
            guard let byte = self.peek else { return false }
            self.index += 1
            if Array("\"\\/bfnrt".utf8).contains(byte) { return true }
            guard byte == UInt8(ascii: "u") else { return false }
            for _ in 0..<4 {
                guard let hex = self.peek, Self.isHexDigit(hex) else { return false }
                self.index += 1
            }
            return true
        }

        mutating func number() -> Bool {
            _ = self.take(UInt8(ascii: "-"))
            if !self.take(UInt8(ascii: "0")) {
                guard self.digits() > 0 else { return false }
            }
            if self.take(UInt8(ascii: ".")) {
                guard self.digits() > 0 else { return false }
            }
            if self.take(UInt8(ascii: "e")) || self.take(UInt8(ascii: "E")) {
                if !self.take(UInt8(ascii: "+")) { _ = self.take(UInt8(ascii: "-")) }
                guard self.digits() > 0 else { return false }
            }
            return true
        }

        mutating func digits() -> Int {
            let start = self.index
            while let byte = self.peek, (0x30...0x39).contains(byte) { self.index += 1 }
            return self.index - start
        }

        static func isHexDigit(_ byte: UInt8) -> Bool {
            (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
        }
    }
}
