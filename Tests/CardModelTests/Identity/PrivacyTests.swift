import CardModel
import Foundation
import TestSupport
import Testing

/// Every way a value can end up in a log: description, debugDescription, reflection, dump, interpolation,
/// inside collections and optionals, and its mirror's children.
func renderings<T>(_ value: T) -> [String] {
    var dumped = ""
    dump(value, to: &dumped)
    var nested = ""
    dump(["key": [value]], to: &nested)
    let mirror = Mirror(reflecting: value).children.map { "\($0.label ?? ""): \(String(describing: $0.value))" }
    return [
        String(describing: value), String(reflecting: value), "\(value)", dumped, nested, "\([value])",
        "\(Optional(value) as Any)", String(reflecting: [value]), mirror.joined(separator: ", "),
    ]
}

/// Records an issue for each rendering that contains `secret`.
func expectHidden<T>(_ secret: String, in value: T, sourceLocation: SourceLocation = #_sourceLocation) {
    for (index, text) in renderings(value).enumerated() where text.contains(secret) {
        Issue.record("rendering \(index) reveals the value: \(text)", sourceLocation: sourceLocation)
    }
}

@Suite struct PrivacyTests {
    static let residentNumber = "11010519491231002X"

    @Test("CM-PRIVACY: a resident identity number is masked everywhere and revealed only on request")
    func residentIdentityNumber() throws {
        let number = try ResidentIdentityNumber(Self.residentNumber)
        #expect(number.description == "1101**********002X")
        #expect(number.debugDescription == "ResidentIdentityNumber(1101**********002X)")
        #expect("\(number)" == "1101**********002X")
        #expect(String(reflecting: number) == "ResidentIdentityNumber(1101**********002X)")
        #expect(number.revealed == Self.residentNumber)
        expectHidden(Self.residentNumber, in: number)
        // The birth date, the middle of the number, is hidden too.
        expectHidden("19491231", in: number)
    }

    @Test("CM-PRIVACY: every identifier type masks its value in every rendering")
    func everyIdentifier() throws {
        let values: [(secret: String, value: any PersonalIdentifier)] = [
            (Self.residentNumber, try ResidentIdentityNumber(Self.residentNumber)),
            ("91350100M000100Y43", try UnifiedSocialCreditCode("91350100M000100Y43")),
            (
                IdentifierReference.withMod11Check("91184019800101001"),
                try ForeignPermanentResidentIDNumber(IdentifierReference.withMod11Check("91184019800101001"))
            ),
            ("USA110080101001", try ForeignPermanentResidentIDNumber("USA110080101001")),
            ("110020240001", try WorkPermitNumber("110020240001")),
            ("F110000001234", try SocialSecurityNumber("F110000001234")),
            ("E12345678", try PassportNumber("E12345678")),
            ("AB123", try PassportNumber("AB123")),
            ("ABC123", try WorkPermitNumber("ABC123")),
        ]
        for (secret, value) in values {
            #expect(value.revealed == secret)
            expectHidden(secret, in: value)
            #expect(value.description.count == secret.count)
            #expect(value.description.contains("*"))
            #expect(value.debugDescription.hasPrefix("\(type(of: value))("))
        }
    }

    @Test("CM-PRIVACY: masking keeps at most a quarter of the characters at each end")
    func maskShape() throws {
        #expect(try PassportNumber("AB123").description == "A***3")
        #expect(try WorkPermitNumber("ABC123").description == "A****3")
        #expect(try PassportNumber("E12345678").description == "E1*****78")
        #expect(try UnifiedSocialCreditCode("91350100M000100Y43").description == "9135**********0Y43")
    }

    @Test("CM-PRIVACY: random identifiers never appear in their renderings", arguments: 0..<3 as Range<UInt64>)
    func randomIdentifiers(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
        for _ in 0..<40 {
            let length = Int.random(in: 6...32, using: &random)
            let text = String((0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] })
            expectHidden(text, in: try WorkPermitNumber(text))
            expectHidden(text, in: try SocialSecurityNumber(text))
            let first17 = String((0..<17).map { _ in alphabet[Int.random(in: 0..<31, using: &random)] })
            let code = IdentifierReference.withUSCCCheck(first17)
            expectHidden(code, in: try UnifiedSocialCreditCode(code))
        }
    }

    @Test(
        "CM-PRIVACY: a name is masked in every rendering and revealed only on request",
        arguments: ["张三丰", "李四", "Zhang San", "John Doe", "Jean-Luc Picard", "欧阳娜娜", "李", "J"])
    func personName(text: String) throws {
        let name = try PersonName(text)
        #expect(name.revealed == text)
        expectHidden(text, in: name)
        #expect(name.description.contains("*"))
    }

    @Test("CM-PRIVACY: a name's masked form keeps the first character of each word")
    func nameMaskShape() throws {
        #expect(try PersonName("张三丰").description == "张**")
        #expect(try PersonName("李四").description == "李*")
        #expect(try PersonName("John Doe").description == "J*** D**")
        #expect(try PersonName("  Zhang San \n").revealed == "Zhang San")
        #expect(try PersonName("张三").debugDescription == "PersonName(张*)")
        #expect(try PersonName("李").description == "*")
        #expect(try PersonName("J Doe").description == "J* D**")
    }

    @Test("CM-PRIVACY: random names never appear in their renderings", arguments: 0..<3 as Range<UInt64>)
    func randomNames(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ张王李赵刘陈杨黄周吴")
        for _ in 0..<100 {
            let words = (0..<Int.random(in: 1...3, using: &random)).map { _ in
                String(
                    (0..<Int.random(in: 1...6, using: &random)).map { _ in
                        letters[Int.random(in: 0..<letters.count, using: &random)]
                    })
            }
            let text = words.joined(separator: " ")
            let name = try PersonName(text)
            // The masked text itself; other renderings add type names ("PersonName") a short Latin name could match.
            let shown = [name.description, "\(name)", String(describing: name)]
            #expect(!shown.contains { $0.contains(text) }, "\(text)")
            if text.count >= 4 { expectHidden(text, in: name) }
        }
    }

    @Test("CM-PRIVACY: identity documents, presented documents and card holders mask number and name")
    func documentsAndHolders() throws {
        let number = try ResidentIdentityNumber(Self.residentNumber)
        let document = IdentityDocument(residentIdentityCard: number, validUntil: date("2030-01-01"))
        #expect(document.description == "residentIdentityCard 1101**********002X")
        #expect(document.revealedNumber == Self.residentNumber)
        expectHidden(Self.residentNumber, in: document)
        expectHidden(Self.residentNumber, in: PresentedDocument(document, isOriginal: false))
        let passport = IdentityDocument(passport: try PassportNumber("E12345678"))
        expectHidden("E12345678", in: passport)
        let foreign = IdentityDocument(
            foreignPermanentResidentIDCard: try ForeignPermanentResidentIDNumber("USA110080101001"))
        expectHidden("USA110080101001", in: foreign)

        let holder = CardHolder(name: try PersonName("张三丰"), residentIdentityNumber: number, category: .urbanEmployee)
        for secret in [Self.residentNumber, "张三丰"] { expectHidden(secret, in: holder) }
        #expect(holder.description == "CardHolder(张**, residentIdentityCard 1101**********002X, urbanEmployee)")
        let foreignHolder = try CardHolder(
            name: try PersonName("John Doe"), document: passport, birthDate: date("1980-01-01"),
            category: .urbanRuralResident)
        for secret in ["E12345678", "John Doe", "John"] { expectHidden(secret, in: foreignHolder) }
    }

    @Test("CM-PRIVACY: validation errors never contain the input")
    func errorsHideInput() {
        let inputs: [(text: String, make: (String) throws -> Any)] = [
            ("110105194912310021", { try ResidentIdentityNumber($0) }),
            ("11010519490231002X", { try ResidentIdentityNumber($0) }),
            ("11010519491231002Y", { try ResidentIdentityNumber($0) }),
            ("1101051949123100", { try ResidentIdentityNumber($0) }),
            ("91350100M000100Y44", { try UnifiedSocialCreditCode($0) }),
            ("91350100M000100O43", { try UnifiedSocialCreditCode($0) }),
            ("91184019800101001Y", { try ForeignPermanentResidentIDNumber($0) }),
            ("81184019800101001X", { try ForeignPermanentResidentIDNumber($0) }),
            ("USA1100801010", { try ForeignPermanentResidentIDNumber($0) }),
            ("1100_20240001", { try WorkPermitNumber($0) }),
            ("F1100000012341234123412341234123412341234", { try SocialSecurityNumber($0) }),
            ("E1234567$", { try PassportNumber($0) }),
        ]
        for (text, make) in inputs {
            do {
                _ = try make(text)
                Issue.record("accepted \(text)")
            } catch {
                let shown =
                    [String(describing: error), String(reflecting: error), "\(error)", renderings(error).joined()]
                    + ((error as? IdentifierValidationError).map {
                        [$0.message.english, $0.message.german, $0.message.chinese]
                    } ?? [])
                #expect(!shown.contains { $0.contains(text) }, "\(error)")
                // Not even the middle of it.
                #expect(!shown.contains { $0.contains(text.dropFirst(4).prefix(8)) }, "\(error)")
            }
        }
    }

    @Test("CM-PRIVACY: decoding errors for tampered identifiers never contain the value")
    func decodingErrorsHideInput() {
        let tampered = "110105194912310021"
        do {
            _ = try JSONDecoder().decode(ResidentIdentityNumber.self, from: Data("\"\(tampered)\"".utf8))
            Issue.record("decoded a tampered number")
        } catch {
            #expect(!String(describing: error).contains(tampered))
            #expect(!String(reflecting: error).contains(tampered))
        }
        let document = #"{"kind":"residentIdentityCard","number":"\#(tampered)"}"#
        do {
            _ = try JSONDecoder().decode(IdentityDocument.self, from: Data(document.utf8))
            Issue.record("decoded a tampered document")
        } catch {
            #expect(!String(reflecting: error).contains(tampered))
        }
    }

    @Test("CM-PRIVACY: date and name errors never contain the input")
    func otherErrors() {
        for text in ["2026-02-30", "2026/01/04", "1899-12-31"] {
            do {
                _ = try CivilDate(parsing: text)
                Issue.record("parsed \(text)")
            } catch {
                #expect(!String(describing: error).contains(text))
                #expect(!String(reflecting: error).contains(text))
            }
        }
        #expect(throws: PersonName.Error.empty) { try PersonName(" \n\t ") }
        #expect(throws: PersonName.Error.empty) { try PersonName("") }
    }
}
