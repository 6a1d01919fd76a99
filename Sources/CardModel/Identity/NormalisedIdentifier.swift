/// An identifier's text after normalisation (CM-ID), held inline: no heap allocation on the parsing path.
///
/// White space, spaces and hyphens are dropped and ASCII letters upper-cased. Up to `capacity` bytes are
/// kept; `count` is the full normalised length, so an over-long input still reports its real length.
struct NormalisedIdentifier {
    static let capacity = 40
    private var bytes: InlineArray<40, UInt8> = .init(repeating: 0)
    private(set) var count = 0

    init(_ text: String) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"),
                0x0B, 0x0C:
                continue
            default:
                let upper = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? byte - 32 : byte
                if self.count < Self.capacity { self.bytes[self.count] = upper }
                self.count += 1
            }
        }
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
