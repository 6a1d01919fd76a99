import CardModel

/// Independent implementations of the identifier checks, written from the standards' tables rather than from
/// the library's code, so the tests can compute the expected error for any text (CM-ID).
enum IdentifierReference {
    static let digits: [Character] = Array("0123456789")

    // MARK: GB 11643-1999 (ISO 7064 MOD 11-2)

    /// The weights of GB 11643's table, positions 1 through 17.
    static let mod11Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    /// GB 11643's table from the weighted sum modulo 11 to the check character.
    static let mod11CheckTable: [Character] = Array("10X98765432")

    /// The check character of 17 digits.
    static func mod11Check(_ first17: some Collection<Character>) -> Character {
        let sum = zip(first17, mod11Weights).reduce(0) { total, pair in
            total + (pair.0.wholeNumberValue ?? 0) * pair.1
        }
        return mod11CheckTable[sum % 11]
    }

    /// 17 digits followed by their check character.
    static func withMod11Check(_ first17: String) -> String {
        first17 + String(mod11Check(Array(first17)))
    }

    /// The first failing check of an 18-character GB 11643-style number whose birth date starts at position 7:
    /// length, then characters (digits, `X` only last; `firstCharacter` restricts position 1), then birth date,
    /// then the check character.
    static func expectedMod11Error(
        _ text: String, lengths: [Int] = [18], firstCharacter: Character? = nil
    ) -> IdentifierValidationError? {
        let characters = Array(text)
        guard characters.count == 18 else { return .wrongLength(expected: lengths, found: characters.count) }
        for (index, character) in characters.enumerated() {
            let isDigit = digits.contains(character)
            let allowed: Bool
            if index == 0, let firstCharacter {
                allowed = character == firstCharacter
            } else {
                allowed = isDigit || (index == 17 && character == "X")
            }
            if !allowed { return .invalidCharacter(position: index + 1) }
        }
        let year = Int(String(characters[6..<10])) ?? 0
        let month = Int(String(characters[10..<12])) ?? 0
        let day = Int(String(characters[12..<14])) ?? 0
        guard NaiveGregorian.isValid(year: year, month: month, day: day) else { return .impossibleBirthDate }
        let check = mod11Check(characters.prefix(17))
        guard check == characters[17] else { return .checkCharacterMismatch(expected: check, found: characters[17]) }
        return nil
    }

    // MARK: GB 32100-2015

    /// The 31 characters of GB 32100, in value order.
    static let usccAlphabet: [Character] = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    /// Letters GB 32100 leaves out.
    static let usccForbidden: [Character] = Array("IOSVZ")

    /// The check character of 17 code characters: weights 3^(i-1) mod 31, check = 31 - (sum mod 31), 31 ↦ 0.
    static func usccCheck(_ first17: some Collection<Character>) -> Character? {
        var sum = 0
        var weight = 1
        for character in first17 {
            guard let value = usccAlphabet.firstIndex(of: character) else { return nil }
            sum += value * weight
            weight = weight * 3 % 31
        }
        let check = 31 - sum % 31
        return usccAlphabet[check == 31 ? 0 : check]
    }

    /// 17 code characters followed by their check character.
    static func withUSCCCheck(_ first17: String) -> String {
        first17 + (usccCheck(Array(first17)).map { String($0) } ?? "?")
    }

    /// The first failing check of a unified social credit code: length, characters, check character.
    static func expectedUSCCError(_ text: String) -> IdentifierValidationError? {
        let characters = Array(text)
        guard characters.count == 18 else { return .wrongLength(expected: [18], found: characters.count) }
        for (index, character) in characters.enumerated() where !usccAlphabet.contains(character) {
            return .invalidCharacter(position: index + 1)
        }
        guard let check = usccCheck(characters.prefix(17)) else { return nil }
        guard check == characters[17] else { return .checkCharacterMismatch(expected: check, found: characters[17]) }
        return nil
    }

    /// The error's case name, for counting which checks a test exercised.
    static func kind(of error: IdentifierValidationError) -> String {
        switch error {
        case .wrongLength: "wrongLength"
        case .lengthOutOfRange: "lengthOutOfRange"
        case .invalidCharacter: "invalidCharacter"
        case .impossibleBirthDate: "impossibleBirthDate"
        case .checkCharacterMismatch: "checkCharacterMismatch"
        }
    }

    /// Every text that differs from `valid` in exactly one character, drawn from `alphabet`, with its position.
    static func singleCharacterMutations(of valid: String, alphabet: [Character]) -> [(position: Int, text: String)] {
        let characters = Array(valid)
        var mutations: [(Int, String)] = []
        for index in characters.indices {
            for replacement in alphabet where replacement != characters[index] {
                var mutated = characters
                mutated[index] = replacement
                mutations.append((index + 1, String(mutated)))
            }
        }
        return mutations
    }
}
