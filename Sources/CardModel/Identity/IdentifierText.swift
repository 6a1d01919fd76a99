/// Normalisation, masking and check characters shared by the identifiers (CM-ID, CM-PRIVACY).
enum IdentifierText {
    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    static func isUpperLetter(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }

    /// The value of decimal digits `bytes[range]`.
    static func number(_ bytes: NormalisedIdentifier, _ range: Range<Int>) -> Int {
        var value = 0
        for index in range { value = value * 10 + Int(bytes[index] &- UInt8(ascii: "0")) }
        return value
    }

    /// GB 11643's weights 2^(17-i) mod 11 for the 17 digits.
    static let mod11_2Weights: InlineArray<17, Int> = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

    /// An 18-character number checked by ISO 7064 MOD 11-2 (GB 11643): its first 17 digits packed into an
    /// integer, its check character and its birth date.
    struct Mod11_2Number {
        let digits: UInt64
        let check: UInt8
        let birthDate: CivilDate
    }

    /// Checks, in order, the length, the 17 digits and final digit or `X`, a real birth date at `birthOffset`
    /// and the MOD 11-2 check character.
    static func validateMod11_2(
        _ bytes: NormalisedIdentifier, birthOffset: Int
    ) throws(IdentifierValidationError)
        -> Mod11_2Number
    {
        guard bytes.count == 18 else { throw .wrongLength(expected: [18], found: bytes.count) }
        var digits: UInt64 = 0
        var sum = 0
        for index in 0..<17 {
            let byte = bytes[index]
            guard isDigit(byte) else { throw .invalidCharacter(position: index + 1) }
            let digit = byte &- UInt8(ascii: "0")
            digits = digits &* 10 &+ UInt64(digit)
            sum &+= Int(digit) &* mod11_2Weights[index]
        }
        let found = bytes[17]
        guard isDigit(found) || found == UInt8(ascii: "X") else { throw .invalidCharacter(position: 18) }
        guard
            let birthDate = try? CivilDate(
                year: number(bytes, birthOffset..<birthOffset + 4),
                month: number(bytes, birthOffset + 4..<birthOffset + 6),
                day: number(bytes, birthOffset + 6..<birthOffset + 8))
        else { throw .impossibleBirthDate }
        let checkValue = (12 - sum % 11) % 11
        let expected = checkValue == 10 ? UInt8(ascii: "X") : UInt8(ascii: "0") + UInt8(checkValue)
        guard expected == found else {
            throw .checkCharacterMismatch(
                expected: Character(Unicode.Scalar(expected)), found: Character(Unicode.Scalar(found)))
        }
        return Mod11_2Number(digits: digits, check: found, birthDate: birthDate)
    }

    /// The 18 characters of a packed MOD 11-2 number.
    static func text(ofDigits digits: UInt64, check: UInt8) -> String {
        var value = digits
        var characters = [UInt8](repeating: UInt8(ascii: "0"), count: 18)
        for index in stride(from: 16, through: 0, by: -1) {
            characters[index] = UInt8(ascii: "0") + UInt8(value % 10)
            value /= 10
        }
        characters[17] = check
        return String(decoding: characters, as: UTF8.self)
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
