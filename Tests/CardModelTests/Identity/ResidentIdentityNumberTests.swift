import CardModel
import Foundation
import TestSupport
import Testing

@Suite struct ResidentIdentityNumberTests {
    static let example = "11010519491231002X"

    @Test("CM-ID: the standard's example 11010519491231002X: born 1949-12-31, female, region 110105")
    func standardExample() throws {
        let number = try ResidentIdentityNumber(Self.example)
        #expect(number.revealed == Self.example)
        #expect(number.birthDate == date("1949-12-31"))
        #expect(number.sex == .female)
        #expect(number.regionCode == "110105")
        #expect(number.sequenceNumber == 2)
        #expect(IdentifierReference.mod11Check(Array(Self.example.prefix(17))) == "X")
    }

    @Test(
        "CM-ID: input is normalised: lower-case x, spaces, hyphens and surrounding white space",
        arguments: [
            "11010519491231002x", " 11010519491231002X ", "110105 19491231 002X", "110105-19491231-002X",
            "\t11010519491231002X\n", "1101 0519 4912 3100 2x", "\r\n 110105-1949-1231-002-x \u{0B}\u{0C}",
        ])
    func normalisation(text: String) throws {
        let number = try ResidentIdentityNumber(text)
        #expect(number.revealed == Self.example)
        #expect(number == (try ResidentIdentityNumber(Self.example)))
    }

    @Test("CM-ID: numbers built with our own MOD 11-2 are accepted, with birth date and sex")
    func moreValidNumbers() throws {
        let cases: [(first17: String, birth: String, sex: Sex)] = [
            ("11010119900307123", "1990-03-07", .male),
            ("44030419851120004", "1985-11-20", .female),
            ("31011520000229001", "2000-02-29", .male),
            ("65010219000101998", "1900-01-01", .female),
            ("11010821991231009", "2199-12-31", .male),
            ("51010720260104555", "2026-01-04", .male),
            ("35010019700101000", "1970-01-01", .female),
        ]
        var checkCharacters: Set<Character> = []
        for (first17, birth, sex) in cases {
            let text = IdentifierReference.withMod11Check(first17)
            checkCharacters.insert(text.last ?? "?")
            let number = try ResidentIdentityNumber(text)
            #expect(number.revealed == text)
            #expect(number.birthDate == date(birth))
            #expect(number.sex == sex)
            #expect(number.regionCode == String(first17.prefix(6)))
        }
        #expect(checkCharacters.count > 3)
    }

    @Test("CM-ID: every 17-digit prefix has exactly one accepted check character", arguments: 0..<4 as Range<UInt64>)
    func exactlyOneCheckCharacter(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        for _ in 0..<50 {
            let birth = try CivilDate(
                dayNumber: Int32.random(in: CivilDate.earliest.dayNumber...CivilDate.latest.dayNumber, using: &random))
            let (year, month, day) = birth.components
            let region = String(Int.random(in: 110_000...659_999, using: &random))
            let sequence = String(Int.random(in: 1000...1999, using: &random).description.dropFirst())
            let first17 =
                region + String(year) + (month < 10 ? "0" : "") + String(month) + (day < 10 ? "0" : "")
                + String(day) + sequence
            let accepted = (IdentifierReference.digits + ["X"]).filter {
                (try? ResidentIdentityNumber(first17 + String($0))) != nil
            }
            #expect(accepted == [IdentifierReference.mod11Check(Array(first17))], "\(first17)")
            #expect(try ResidentIdentityNumber(IdentifierReference.withMod11Check(first17)).birthDate == birth)
        }
    }

    @Test(
        "CM-ID: a wrong length is refused with the length found",
        arguments: ["", "1", "1101051949123100", "11010519491231002", "11010519491231002XX", "110105194912310021234"])
    func wrongLength(text: String) {
        #expect(throws: IdentifierValidationError.wrongLength(expected: [18], found: text.count)) {
            try ResidentIdentityNumber(text)
        }
    }

    @Test(
        "CM-ID: a character out of place is refused with its position",
        arguments: [
            ("X1010519491231002X", 1), ("1101051949123100XX", 17), ("11010519491231002Y", 18),
            ("110105194912A1002X", 13),
            ("11010519491231002.", 18), ("1101051949_231002X", 11), ("11010519491231002+", 18),
        ])
    func invalidCharacter(text: String, position: Int) {
        #expect(throws: IdentifierValidationError.invalidCharacter(position: position)) {
            try ResidentIdentityNumber(text)
        }
    }

    @Test(
        "CM-ID: an impossible birth date is refused",
        arguments: [
            "110105194902310", "110105194913010", "110105194900010", "110105202302290", "110105189912310",
            "110105220001010", "110105000000000",
        ])
    func impossibleBirthDate(first15: String) {
        let text = IdentifierReference.withMod11Check(first15 + "02")
        #expect(throws: IdentifierValidationError.impossibleBirthDate) { try ResidentIdentityNumber(text) }
    }

    @Test("CM-ID: a wrong check character is refused naming the expected and the found one")
    func checkCharacter() {
        #expect(throws: IdentifierValidationError.checkCharacterMismatch(expected: "X", found: "1")) {
            try ResidentIdentityNumber("110105194912310021")
        }
        #expect(throws: IdentifierValidationError.checkCharacterMismatch(expected: "X", found: "0")) {
            try ResidentIdentityNumber("110105194912310020")
        }
    }

    @Test("CM-ID: the checks run in order: length, characters, birth date, check character")
    func checkOrder() {
        // A letter and an impossible date and a wrong check: the character wins.
        #expect(throws: IdentifierValidationError.invalidCharacter(position: 3)) {
            try ResidentIdentityNumber("11A10519491331002Y")
        }
        // An impossible date and a wrong check: the date wins.
        #expect(throws: IdentifierValidationError.impossibleBirthDate) {
            try ResidentIdentityNumber("110105194913310021")
        }
        // Too short with letters: the length wins.
        #expect(throws: IdentifierValidationError.wrongLength(expected: [18], found: 5)) {
            try ResidentIdentityNumber("ABCDE")
        }
    }

    @Test("CM-ID: MUTATION: every single-character change of a valid number is refused with the first failing check")
    func mutations() throws {
        let alphabet = IdentifierReference.digits + ["X"]
        for valid in [
            Self.example, IdentifierReference.withMod11Check("44030419851120004"),
            IdentifierReference.withMod11Check("31011520000229001"),
        ] {
            #expect(IdentifierReference.expectedMod11Error(valid) == nil)
            let mutations = IdentifierReference.singleCharacterMutations(of: valid, alphabet: alphabet)
            #expect(mutations.count == 18 * 10)
            var byKind: [String: Int] = [:]
            for (position, text) in mutations {
                let expected = try #require(
                    IdentifierReference.expectedMod11Error(text), "\(position): \(text) not caught")
                #expect(throws: expected, "position \(position)") { try ResidentIdentityNumber(text) }
                byKind[IdentifierReference.kind(of: expected), default: 0] += 1
            }
            #expect(byKind.count == 3, "\(byKind)")  // characters, birth dates and check characters all exercised
        }
    }

    @Test("CM-ID: every validation error explains itself in English, German and Chinese")
    func errorMessages() {
        let errors: [IdentifierValidationError] = [
            .wrongLength(expected: [18], found: 17), .wrongLength(expected: [15, 18], found: 16),
            .invalidCharacter(position: 7), .impossibleBirthDate, .checkCharacterMismatch(expected: "X", found: "1"),
        ]
        for error in errors {
            let message = error.message
            #expect(!message.english.isEmpty && !message.german.isEmpty && !message.chinese.isEmpty)
            #expect(message.english == error.description)
            #expect(message.english != message.german && message.english != message.chinese)
        }
        #expect(Set(errors.map(\.description)).count == errors.count)
        #expect(errors[0].description == "wrong length: 17 characters, expected 18")
        #expect(errors[1].description == "wrong length: 16 characters, expected 15 or 18")
        #expect(errors[2].message.chinese.contains("7"))
        #expect(errors[4].description == "check character mismatch: expected X, found 1")
    }

    @Test("CM-ID: Codable as the full number, validated again on decoding")
    func codable() throws {
        let number = try ResidentIdentityNumber(Self.example)
        let data = try JSONEncoder().encode([number])
        #expect(String(decoding: data, as: UTF8.self) == #"["11010519491231002X"]"#)
        #expect(try JSONDecoder().decode([ResidentIdentityNumber].self, from: data) == [number])
        #expect(
            try JSONDecoder().decode(ResidentIdentityNumber.self, from: Data(#""110105-19491231-002x""#.utf8)) == number
        )
        for tampered in [#""110105194912310021""#, #""11010519490231002X""#, #""1101051949123100""#, "42"] {
            #expect(throws: DecodingError.self) {
                try JSONDecoder().decode(ResidentIdentityNumber.self, from: Data(tampered.utf8))
            }
        }
    }

    @Test("CM-ID: equal numbers are equal and hash alike, whatever their input form")
    func hashable() throws {
        let numbers = try [Self.example, "11010519491231002x", "110105-19491231-002X"].map(ResidentIdentityNumber.init)
        #expect(Set(numbers).count == 1)
        #expect(numbers[0].hashValue == numbers[1].hashValue)
        #expect(numbers[0] != (try ResidentIdentityNumber(IdentifierReference.withMod11Check("44030419851120004"))))
    }

    @Test("CM-ID: a citizen's social security number is their resident identity number")
    func socialSecurityNumber() throws {
        let number = try ResidentIdentityNumber(Self.example)
        let social = SocialSecurityNumber(residentIdentityNumber: number)
        #expect(social.revealed == number.revealed)
        #expect(social == (try SocialSecurityNumber(Self.example)))
    }
}
