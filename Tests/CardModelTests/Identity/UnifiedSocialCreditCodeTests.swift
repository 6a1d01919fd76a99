import CardModel
import Foundation
import Testing

@Suite struct UnifiedSocialCreditCodeTests {
    static let example = "91350100M000100Y43"

    @Test("CM-ID: the standard's example 91350100M000100Y43: market regulation, region 350100")
    func standardExample() throws {
        let code = try UnifiedSocialCreditCode(Self.example)
        #expect(code.revealed == Self.example)
        #expect(code.registrationDepartmentCode == "9")
        #expect(code.registrationDepartment == .marketRegulation)
        #expect(code.organizationTypeCode == "1")
        #expect(code.regionCode == "350100")
        #expect(code.organizationCode == "M000100Y4")
        #expect(IdentifierReference.usccCheck(Array(Self.example.prefix(17))) == "3")
    }

    @Test(
        "CM-ID: input is normalised: lower case, spaces, hyphens and surrounding white space",
        arguments: [
            "91350100m000100y43", " 91350100M000100Y43 ", "9135 0100 M000 100Y 43", "91-350100-M000100Y4-3",
            "\n\t91350100M000100Y43\r\n",
        ])
    func normalisation(text: String) throws {
        #expect(try UnifiedSocialCreditCode(text).revealed == Self.example)
    }

    @Test("CM-ID: codes built with our own GB 32100 check are accepted, with department and region")
    func moreValidCodes() throws {
        let cases: [(first17: String, department: UnifiedSocialCreditCode.RegistrationDepartment?)] = [
            ("91110108MA01ABCDE", .marketRegulation), ("12100000400000624", .institutionalEstablishment),
            ("53110000500021676", .civilAffairs), ("Y1110105ABCDEFGHJ", .other), ("N2110000K8Y9X0W1U", .agriculture),
            ("A1110000123456789", .militaryEstablishment), ("B1110000123456789", nil),
        ]
        for (first17, department) in cases {
            let text = IdentifierReference.withUSCCCheck(first17)
            let code = try UnifiedSocialCreditCode(text)
            #expect(code.revealed == text)
            #expect(code.registrationDepartment == department, "\(text)")
            #expect(code.regionCode == String(first17.dropFirst(2).prefix(6)))
        }
        #expect(UnifiedSocialCreditCode.RegistrationDepartment.allCases.count == 12)
    }

    @Test("CM-ID: a wrong length is refused", arguments: ["", "91350100M000100Y4", "91350100M000100Y433", "9"])
    func wrongLength(text: String) {
        #expect(throws: IdentifierValidationError.wrongLength(expected: [18], found: text.count)) {
            try UnifiedSocialCreditCode(text)
        }
    }

    @Test(
        "CM-ID: the forbidden letters I, O, S, V, Z and other characters are refused with their position",
        arguments: [
            ("I1350100M000100Y43", 1), ("91350100M0O0100Y43", 11), ("91350100M000100S43", 16),
            ("9V350100M000100Y43", 2),
            ("91350100M000100Y4Z", 18), ("91350100M000100Y4_", 18), ("9135010.M000100Y43", 8),
        ])
    func invalidCharacter(text: String, position: Int) {
        #expect(throws: IdentifierValidationError.invalidCharacter(position: position)) {
            try UnifiedSocialCreditCode(text)
        }
    }

    @Test("CM-ID: a wrong check character is refused naming the expected and the found one")
    func checkCharacter() {
        #expect(throws: IdentifierValidationError.checkCharacterMismatch(expected: "3", found: "4")) {
            try UnifiedSocialCreditCode("91350100M000100Y44")
        }
    }

    @Test(
        "CM-ID: MUTATION: every single-character change of a valid code (31-character alphabet and I O S V Z) is refused"
    )
    func mutations() throws {
        let alphabet = IdentifierReference.usccAlphabet + IdentifierReference.usccForbidden
        #expect(alphabet.count == 36)
        for valid in [
            Self.example, IdentifierReference.withUSCCCheck("91110108MA01ABCDE"),
            IdentifierReference.withUSCCCheck("Y1110105ABCDEFGHJ"),
        ] {
            #expect(IdentifierReference.expectedUSCCError(valid) == nil)
            let mutations = IdentifierReference.singleCharacterMutations(of: valid, alphabet: alphabet)
            #expect(mutations.count == 18 * 35)
            var byKind: [String: Int] = [:]
            for (position, text) in mutations {
                let expected = try #require(
                    IdentifierReference.expectedUSCCError(text), "\(position): \(text) not caught")
                #expect(throws: expected, "position \(position)") { try UnifiedSocialCreditCode(text) }
                byKind[IdentifierReference.kind(of: expected), default: 0] += 1
            }
            #expect(byKind == ["invalidCharacter": 18 * 5, "checkCharacterMismatch": 18 * 30])
        }
    }

    @Test("CM-ID: Codable re-validates: a tampered code fails to decode")
    func codable() throws {
        let code = try UnifiedSocialCreditCode(Self.example)
        let data = try JSONEncoder().encode(code)
        #expect(String(decoding: data, as: UTF8.self) == #""91350100M000100Y43""#)
        #expect(try JSONDecoder().decode(UnifiedSocialCreditCode.self, from: data) == code)
        for tampered in [#""91350100M000100Y44""#, #""91350100M000100O43""#, #""91350100""#] {
            #expect(throws: DecodingError.self) {
                try JSONDecoder().decode(UnifiedSocialCreditCode.self, from: Data(tampered.utf8))
            }
        }
    }

    @Test("CM-ID: equal codes are equal and hash alike")
    func hashable() throws {
        let codes = try [Self.example, "91350100m000100y43", "9135-0100-M000-100Y-43"].map(UnifiedSocialCreditCode.init)
        #expect(Set(codes).count == 1)
        #expect(codes[0].hashValue == codes[2].hashValue)
    }
}
