/// An identifier's text after normalisation (CM-ID), held inline: no heap allocation on the parsing path.
///
/// White space (ASCII and Unicode), spaces and hyphens are dropped and ASCII letters upper-cased. Up to `capacity` bytes are
/// kept; `count` is the full normalised length, so an over-long input still reports its real length.
struct NormalisedIdentifier {
    static let capacity = 40
    private var bytes: InlineArray<40, UInt8> = .init(repeating: 0)
    private(set) var count = 0

    init(_ text: String) {
        for byte in text.utf8 {
            // Each character becomes one byte, so lengths and positions in errors count characters.
            guard byte < 0x80 else {
                self = Self(characters: text)
                return
            }
            self.append(ascii: byte)
        }
    }

    /// The slower path for text with non-ASCII characters, one character at a time: Unicode white space
    /// (U+3000, U+00A0, ...) is removed, and any other non-ASCII character (a full-width `Ｘ`) becomes `0xFF`,
    /// which no identifier allows, so it is reported at its own position.
    private init(characters text: String) {
        for character in text {
            if let ascii = character.asciiValue {
                self.append(ascii: ascii)
            } else if !character.isWhitespace {
                self.append(byte: 0xFF)
            }
        }
    }

    private mutating func append(ascii byte: UInt8) {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0x0B,
            0x0C:
            return
        case UInt8(ascii: "a")...UInt8(ascii: "z"):
            self.append(byte: byte - 32)
        default:
            self.append(byte: byte)
        }
    }

    private mutating func append(byte: UInt8) {
        if self.count < Self.capacity { self.bytes[self.count] = byte }
        self.count += 1
    }

    /// The byte at `index` (0-based); only valid for `index < min(count, capacity)`.
    subscript(index: Int) -> UInt8 { self.bytes[index] }

    /// The normalised text (callers only ask once the length is known to fit).
    var text: String {
        var result = ""
        result.reserveCapacity(self.count)
        for index in 0..<min(self.count, Self.capacity) {
            result.unicodeScalars.append(Unicode.Scalar(self.bytes[index]))
        }
        return result
    }
}
