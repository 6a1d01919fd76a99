import CardModel
import Foundation
import TestSupport
import Testing

@Suite struct ForeignPermanentResidentIDNumberTests {
    /// `9`, province 11 (Beijing), nationality 840, born 1980-01-01, sequence 001, and the MOD 11-2 check digit.
    static let example = IdentifierReference.withMod11Check("91184019800101001")

    @Test("CM-ID-FOREIGN: an 18-digit number we construct is accepted, with its parts")
    func constructedExample() throws {
        #expect(Self.example.count == 18)
        let number = try ForeignPermanentResidentIDNumber(Self.example)
        #expect(number.revealed == Self.example)
        #expect(!number.isLegacyFormat)
        #expect(number.birthDate == date("1980-01-01"))
        #expect(number.provinceCode == "11")
        #expect(number.nationalityCode == "840")
        #expect(number.sex == .male)
    }

    @Test("CM-ID-FOREIGN: more constructed numbers, each with its own check digit")
    func moreExamples() throws {
        for (first17, birth, sex) in [
            ("93115619920229002", "1992-02-29", Sex.female), ("94482620051231777", "2005-12-31", .male),
            ("91125019000101010", "1900-01-01", .female),
        ] {
            let number = try ForeignPermanentResidentIDNumber(IdentifierReference.withMod11Check(first17))
            #expect(number.birthDate == date(birth))
            #expect(number.sex == sex)
        }
    }

    @Test(
        "CM-ID-FOREIGN: a first digit other than 9 is refused at position 1, even with a correct check digit",
        arguments: Array("012345678"))
    func firstDigit(first: Character) {
        let text = IdentifierReference.withMod11Check(String(first) + "1184019800101001")
        #expect(throws: IdentifierValidationError.invalidCharacter(position: 1)) {
            try ForeignPermanentResidentIDNumber(text)
        }
    }

    @Test("CM-ID-FOREIGN: an impossible birth date and a wrong check digit are refused")
    func birthDateAndCheck() {
        #expect(throws: IdentifierValidationError.impossibleBirthDate) {
            try ForeignPermanentResidentIDNumber(IdentifierReference.withMod11Check("91184019800230001"))
        }
        let wrongCheck = String(Self.example.dropLast()) + (Self.example.last == "0" ? "1" : "0")
        #expect(
            throws: IdentifierValidationError.checkCharacterMismatch(
                expected: Self.example.last ?? "?", found: wrongCheck.last ?? "?")
        ) {
            try ForeignPermanentResidentIDNumber(wrongCheck)
        }
    }

    @Test(
        "CM-ID-FOREIGN: MUTATION: every single-character change of the 18-digit number is refused with the right error")
    func mutations() throws {
        let alphabet = IdentifierReference.digits + ["X"]
        for (position, text) in IdentifierReference.singleCharacterMutations(of: Self.example, alphabet: alphabet) {
            let expected = try #require(
                IdentifierReference.expectedMod11Error(text, lengths: [15, 18], firstCharacter: "9"), "\(text)")
            #expect(throws: expected, "position \(position)") { try ForeignPermanentResidentIDNumber(text) }
        }
    }

    @Test(
        "CM-ID-FOREIGN: the legacy 15-character number (3 letters, 12 digits) is accepted by shape",
        arguments: ["USA110080101001", "can310087123456", " GBR 1100 8010 1001 ", "DEU-000000-000000"])
    func legacy(text: String) throws {
        let number = try ForeignPermanentResidentIDNumber(text)
        #expect(number.isLegacyFormat)
        #expect(number.revealed.count == 15)
        #expect(number.revealed == number.revealed.uppercased())
        #expect(number.birthDate == nil)
        #expect(number.provinceCode == nil)
        #expect(number.sex == nil)
        #expect(number.nationalityCode == String(number.revealed.prefix(3)))
    }

    @Test(
        "CM-ID-FOREIGN: wrong shapes are refused",
        arguments: [
            ("US1110080101001", IdentifierValidationError.invalidCharacter(position: 3)),
            ("1USA10080101001", .invalidCharacter(position: 1)),
            ("USA11008010100A", .invalidCharacter(position: 15)),
            ("USA1100801010_1", .invalidCharacter(position: 14)),
            ("USA11008010100", .wrongLength(expected: [15, 18], found: 14)),
            ("USA1100801010011", .wrongLength(expected: [15, 18], found: 16)),
            ("9118401980010100", .wrongLength(expected: [15, 18], found: 16)),
            ("", .wrongLength(expected: [15, 18], found: 0)),
            ("9118401980010100A1", .invalidCharacter(position: 17)),
        ])
    func wrongShapes(text: String, error: IdentifierValidationError) {
        #expect(throws: error) { try ForeignPermanentResidentIDNumber(text) }
    }

    @Test("CM-ID-FOREIGN: Codable re-validates")
    func codable() throws {
        let number = try ForeignPermanentResidentIDNumber(Self.example)
        let data = try JSONEncoder().encode(number)
        #expect(try JSONDecoder().decode(ForeignPermanentResidentIDNumber.self, from: data) == number)
        let legacy = try ForeignPermanentResidentIDNumber("USA110080101001")
        #expect(
            try JSONDecoder().decode(ForeignPermanentResidentIDNumber.self, from: try JSONEncoder().encode(legacy))
                == legacy)
        let tampered = Data("\"8\(Self.example.dropFirst())\"".utf8)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(ForeignPermanentResidentIDNumber.self, from: tampered)
        }
    }
}

@Suite struct OpaqueIdentifierTests {
    @Test("CM-ID-FOREIGN: work permit numbers are digits and capital letters, 6 to 32 characters, normalised")
    func workPermitNumber() throws {
        #expect(try WorkPermitNumber("110020240001").revealed == "110020240001")
        #expect(try WorkPermitNumber(" 1100-2024-abc1 ").revealed == "11002024ABC1")
        #expect(try WorkPermitNumber("ABC123").revealed == "ABC123")
        #expect(try WorkPermitNumber(String(repeating: "9", count: 32)).revealed.count == 32)
        #expect(throws: IdentifierValidationError.lengthOutOfRange(allowed: 6...32, found: 5)) {
            try WorkPermitNumber("ABC12")
        }
        #expect(throws: IdentifierValidationError.lengthOutOfRange(allowed: 6...32, found: 33)) {
            try WorkPermitNumber(String(repeating: "1", count: 33))
        }
        #expect(throws: IdentifierValidationError.lengthOutOfRange(allowed: 6...32, found: 0)) {
            try WorkPermitNumber("  - ")
        }
        #expect(throws: IdentifierValidationError.invalidCharacter(position: 4)) { try WorkPermitNumber("ABC_123") }
        #expect(throws: IdentifierValidationError.invalidCharacter(position: 7)) { try WorkPermitNumber("123456/") }
    }

    @Test("CM-ID-FOREIGN: a foreigner's social security number is opaque, 6 to 32 characters")
    func socialSecurityNumber() throws {
        #expect(try SocialSecurityNumber("f1100 0000 1234").revealed == "F110000001234")
        #expect(throws: IdentifierValidationError.lengthOutOfRange(allowed: 6...32, found: 3)) {
            try SocialSecurityNumber("123")
        }
        #expect(throws: IdentifierValidationError.invalidCharacter(position: 1)) {
            try SocialSecurityNumber("#1234567")
        }
    }

    @Test("CM-ID-FOREIGN: passport numbers are opaque, 5 to 20 characters")
    func passportNumber() throws {
        #expect(try PassportNumber("E12345678").revealed == "E12345678")
        #expect(try PassportNumber("g1234567").revealed == "G1234567")
        #expect(try PassportNumber("AB123").revealed == "AB123")
        #expect(throws: IdentifierValidationError.lengthOutOfRange(allowed: 5...20, found: 4)) {
            try PassportNumber("AB12")
        }
        #expect(throws: IdentifierValidationError.lengthOutOfRange(allowed: 5...20, found: 21)) {
            try PassportNumber(String(repeating: "A", count: 21))
        }
        #expect(throws: IdentifierValidationError.invalidCharacter(position: 3)) { try PassportNumber("E1.345678") }
    }

    @Test(
        "CM-ID-FOREIGN: no check character is invented: any digits and capitals of the right length pass",
        arguments: 0..<3 as Range<UInt64>)
    func noInventedCheck(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        for _ in 0..<100 {
            let length = Int.random(in: 6...20, using: &random)
            let text = String((0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] })
            #expect(try WorkPermitNumber(text).revealed == text)
            #expect(try SocialSecurityNumber(text).revealed == text)
            #expect(try PassportNumber(text).revealed == text)
        }
    }

    @Test("CM-ID-FOREIGN: Codable re-validates opaque identifiers")
    func codable() throws {
        let permit = try WorkPermitNumber("110020240001")
        #expect(try JSONDecoder().decode(WorkPermitNumber.self, from: try JSONEncoder().encode(permit)) == permit)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(WorkPermitNumber.self, from: Data(#""1100""#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(PassportNumber.self, from: Data(#""E123$5678""#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(SocialSecurityNumber.self, from: Data(#""12""#.utf8))
        }
    }

    @Test("CM-ID-FOREIGN: equal opaque identifiers are equal and hash alike")
    func hashable() throws {
        #expect(try WorkPermitNumber("abc-123") == WorkPermitNumber("ABC123"))
        #expect(
            try Set([PassportNumber("e1234567"), PassportNumber("E1234567"), PassportNumber("E 1234 567")]).count == 1)
    }
}

@Suite struct IdentifierNonASCIITests {
    @Test(
        "CM-ID: a non-ASCII character is refused at its character position, not counted in bytes",
        arguments: [
            ("11010519491231002Ｘ", 18),  // a full-width X, as Chinese input methods type it
            ("１1010519491231002X", 1),  // a full-width digit
            ("110105194912310é2X", 16),
        ])
    func residentNumber(text: String, position: Int) {
        #expect(throws: IdentifierValidationError.invalidCharacter(position: position)) {
            try ResidentIdentityNumber(text)
        }
    }

    @Test("CM-ID: a non-ASCII character is refused at its position in every identifier type")
    func otherTypes() {
        #expect(throws: IdentifierValidationError.invalidCharacter(position: 18)) {
            try UnifiedSocialCreditCode("91350100M000100Y4３")
        }
        #expect(throws: IdentifierValidationError.invalidCharacter(position: 1)) {
            try ForeignPermanentResidentIDNumber("Ü SA110080101001".replacingOccurrences(of: " ", with: ""))
        }
        #expect(throws: IdentifierValidationError.invalidCharacter(position: 3)) {
            try WorkPermitNumber("11€0020240001")
        }
        #expect(throws: IdentifierValidationError.invalidCharacter(position: 2)) { try PassportNumber("E中345678") }
        #expect(throws: IdentifierValidationError.lengthOutOfRange(allowed: 5...20, found: 4)) {
            try PassportNumber("E中34")
        }
    }

    @Test("CM-ID: full-width and no-break white space around a number is removed like ASCII white space")
    func unicodeWhiteSpace() throws {
        #expect(try ResidentIdentityNumber("\u{3000}11010519491231002X\u{00A0}").revealed == "11010519491231002X")
        #expect(try UnifiedSocialCreditCode("91350100\u{3000}M000100Y43").revealed == "91350100M000100Y43")
    }
}
