/// Normalisation, masking and check characters shared by the identifiers (CM-ID, CM-PRIVACY).
enum IdentifierText {
    /// Removes white space, spaces and hyphens anywhere and upper-cases ASCII letters (CM-ID).
    ///
    /// Each character becomes one byte, so lengths and positions in errors count characters: a non-ASCII
    /// character is removed when it is white space (such as U+3000 or U+00A0) and otherwise becomes `0xFF`,
    /// which no identifier allows.
    static func normalise(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(18)
        for byte in text.utf8 {
            guard byte < 0x80 else { return normaliseCharacters(text) }
            appendASCII(byte, to: &bytes)
        }
        return bytes
    }

    /// The slower path for text with non-ASCII characters, one character at a time.
    private static func normaliseCharacters(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(18)
        for character in text {
            if let ascii = character.asciiValue {
                appendASCII(ascii, to: &bytes)
            } else if !character.isWhitespace {
                bytes.append(0xFF)
            }
        }
        return bytes
    }

    @inline(__always)
    private static func appendASCII(_ byte: UInt8, to bytes: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0x0B,
            0x0C:
            return
        case UInt8(ascii: "a")...UInt8(ascii: "z"):
            bytes.append(byte - 32)
        default:
            bytes.append(byte)
        }
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    static func isUpperLetter(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }

    /// The value of decimal digits `bytes[range]`.
    static func number(_ bytes: [UInt8], _ range: Range<Int>) -> Int {
        var value = 0
        for index in range { value = value * 10 + Int(bytes[index] - UInt8(ascii: "0")) }
        return value
    }

    /// The ISO 7064 MOD 11-2 check character of 17 digits (GB 11643): `0`-`9` or `X`.
    static func mod11_2CheckCharacter(_ bytes: [UInt8]) -> UInt8 {
        var sum = 0
        var weight = 1
        // Weights 2^(17-i) mod 11, computed from the last digit backwards.
        for index in stride(from: 16, through: 0, by: -1) {
            weight = (weight * 2) % 11
            sum += Int(bytes[index] - UInt8(ascii: "0")) * weight
        }
        let check = (12 - sum % 11) % 11
        return check == 10 ? UInt8(ascii: "X") : UInt8(ascii: "0") + UInt8(check)
    }

    /// Checks length, digits in `digitPositions`, a real birth date at `birthOffset` and the MOD 11-2 check.
    static func validateMod11_2(_ bytes: [UInt8], birthOffset: Int) throws(IdentifierValidationError) -> CivilDate {
        guard bytes.count == 18 else { throw .wrongLength(expected: [18], found: bytes.count) }
        for index in 0..<17 where !isDigit(bytes[index]) { throw .invalidCharacter(position: index + 1) }
        guard isDigit(bytes[17]) || bytes[17] == UInt8(ascii: "X") else { throw .invalidCharacter(position: 18) }
        guard
            let birthDate = try? CivilDate(
                year: number(bytes, birthOffset..<birthOffset + 4),
                month: number(bytes, birthOffset + 4..<birthOffset + 6),
                day: number(bytes, birthOffset + 6..<birthOffset + 8))
        else { throw .impossibleBirthDate }
        let expected = mod11_2CheckCharacter(bytes)
        guard expected == bytes[17] else {
            throw .checkCharacterMismatch(expected: Character(Unicode.Scalar(expected)), found: Character(Unicode.Scalar(bytes[17])))
        }
        return birthDate
    }

    /// `1101**********123X`: the first and last `keep` characters, the rest as `*` (CM-PRIVACY).
    ///
    /// `keep` is at most a quarter of the length, so short identifiers stay mostly hidden.
    static func mask(_ text: String, keep: Int = 4) -> String {
        let characters = Array(text)
        let shown = min(keep, characters.count / 4)
        let hidden = characters.count - 2 * shown
        return String(characters.prefix(shown)) + String(repeating: "*", count: hidden)
            + String(characters.suffix(shown))
    }
}
