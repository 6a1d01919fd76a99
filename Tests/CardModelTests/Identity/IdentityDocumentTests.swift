import CardModel
import Foundation
import TestSupport
import Testing

@Suite struct IdentityDocumentTests {
    static let number = "11010519491231002X"

    @Test("CM-ID: a document of each kind keeps its kind, number and expiry")
    func kinds() throws {
        let resident = IdentityDocument(residentIdentityCard: try ResidentIdentityNumber(Self.number))
        #expect(resident.kind == .residentIdentityCard)
        #expect(resident.revealedNumber == Self.number)
        #expect(resident.validUntil == nil)
        let foreign = IdentityDocument(
            foreignPermanentResidentIDCard: try ForeignPermanentResidentIDNumber("USA110080101001"),
            validUntil: date("2033-12-01"))
        #expect(foreign.kind == .foreignPermanentResidentIDCard)
        #expect(foreign.validUntil == date("2033-12-01"))
        let passport = IdentityDocument(passport: try PassportNumber("e12345678"))
        #expect(passport.kind == .passport)
        #expect(passport.revealedNumber == "E12345678")
        #expect(IdentityDocument.Kind.allCases == [.residentIdentityCard, .foreignPermanentResidentIDCard, .passport])
    }

    @Test("CM-ID: a document is valid up to and including its last day; one without expiry always")
    func validity() throws {
        let document = IdentityDocument(
            residentIdentityCard: try ResidentIdentityNumber(Self.number), validUntil: date("2026-10-12"))
        #expect(document.isValid(on: date("2026-10-11")))
        #expect(document.isValid(on: date("2026-10-12")))
        #expect(!document.isValid(on: date("2026-10-13")))
        let forever = IdentityDocument(residentIdentityCard: try ResidentIdentityNumber(Self.number))
        #expect(forever.isValid(on: CivilDate.latest))
    }

    @Test("CM-ID: two documents identify the same person when kind and number agree")
    func samePerson() throws {
        let number = try ResidentIdentityNumber(Self.number)
        let card = IdentityDocument(residentIdentityCard: number, validUntil: date("2030-01-01"))
        let renewed = IdentityDocument(residentIdentityCard: try ResidentIdentityNumber("11010519491231002x"))
        #expect(card.identifiesSamePerson(as: renewed))
        #expect(card != renewed)  // different expiry
        let other = IdentityDocument(
            residentIdentityCard: try ResidentIdentityNumber(IdentifierReference.withMod11Check("44030419851120004")))
        #expect(!card.identifiesSamePerson(as: other))
        let passport = IdentityDocument(passport: try PassportNumber("E12345678"))
        let sameNumberOtherKind = IdentityDocument(passport: try PassportNumber(Self.number))
        #expect(!card.identifiesSamePerson(as: sameNumberOtherKind))
        #expect(!card.identifiesSamePerson(as: passport))
    }

    @Test("CM-ID: a presented document is an original valid on the day, or not")
    func presented() throws {
        let document = IdentityDocument(
            residentIdentityCard: try ResidentIdentityNumber(Self.number), validUntil: date("2026-10-12"))
        #expect(PresentedDocument(document).isOriginal)
        #expect(PresentedDocument(document).isOriginalAndValid(on: date("2026-10-12")))
        #expect(!PresentedDocument(document).isOriginalAndValid(on: date("2026-10-13")))
        #expect(!PresentedDocument(document, isOriginal: false).isOriginalAndValid(on: date("2026-10-01")))
        #expect(PresentedDocument(document, isOriginal: false).description.hasSuffix(" (copy)"))
    }

    @Test("CM-ID: documents round-trip through Codable, and decoding validates the number for its kind")
    func codable() throws {
        let documents = [
            IdentityDocument(
                residentIdentityCard: try ResidentIdentityNumber(Self.number), validUntil: date("2030-01-01")),
            IdentityDocument(foreignPermanentResidentIDCard: try ForeignPermanentResidentIDNumber("USA110080101001")),
            IdentityDocument(passport: try PassportNumber("E12345678")),
        ]
        let data = try JSONEncoder().encode(documents)
        #expect(try JSONDecoder().decode([IdentityDocument].self, from: data) == documents)
        let presented = PresentedDocument(documents[0], isOriginal: false)
        #expect(
            try JSONDecoder().decode(PresentedDocument.self, from: try JSONEncoder().encode(presented)) == presented)

        let tampered = [
            #"{"kind":"residentIdentityCard","number":"110105194912310021"}"#,
            #"{"kind":"residentIdentityCard","number":"E12345678"}"#,  // a passport number as an ID card
            #"{"kind":"foreignPermanentResidentIDCard","number":"11010519491231002X"}"#,
            #"{"kind":"passport","number":"E1"}"#,
            #"{"kind":"drivingLicence","number":"E12345678"}"#,
            #"{"kind":"passport","number":"E12345678","validUntil":"2030-02-30"}"#,
        ]
        for json in tampered {
            #expect(throws: DecodingError.self, "\(json)") {
                try JSONDecoder().decode(IdentityDocument.self, from: Data(json.utf8))
            }
        }
    }

    @Test("CM-ID: equal documents are equal and hash alike")
    func hashable() throws {
        let first = IdentityDocument(passport: try PassportNumber("E12345678"))
        let second = IdentityDocument(passport: try PassportNumber("e1234-5678"))
        #expect(first == second)
        #expect(Set([first, second]).count == 1)
    }
}

@Suite struct CardHolderTests {
    @Test("CM-CATEGORY: a holder identified by a resident identity number takes the number's birth date")
    func residentHolder() throws {
        let holder = CardHolder(
            name: try PersonName("张三"), residentIdentityNumber: try ResidentIdentityNumber("11010519491231002X"),
            category: .urbanEmployee, documentValidUntil: date("2036-01-01"))
        #expect(holder.birthDate == date("1949-12-31"))
        #expect(holder.category == .urbanEmployee)
        #expect(holder.document.kind == .residentIdentityCard)
        #expect(holder.document.validUntil == date("2036-01-01"))
        #expect(holder.name.revealed == "张三")
    }

    @Test("CM-ID: a holder's age counts whole years from the birth date; a minor until the 18th birthday")
    func ageAndMinority() throws {
        let number = try ResidentIdentityNumber(IdentifierReference.withMod11Check("11010120080229123"))
        let holder = CardHolder(
            name: try PersonName("李小明"), residentIdentityNumber: number, category: .urbanRuralResident)
        #expect(holder.birthDate == date("2008-02-29"))
        #expect(holder.age(on: date("2008-02-29")) == 0)
        #expect(holder.age(on: date("2026-02-28")) == 17)
        #expect(holder.isMinor(on: date("2026-02-28")))
        #expect(holder.age(on: date("2026-03-01")) == 18)
        #expect(!holder.isMinor(on: date("2026-03-01")))
        #expect(holder.age(on: date("2028-02-29")) == 20)
    }

    @Test("CM-ID: a holder with another document gives the birth date explicitly")
    func foreignHolder() throws {
        let holder = try CardHolder(
            name: try PersonName("John Doe"), document: IdentityDocument(passport: try PassportNumber("E12345678")),
            birthDate: date("1990-06-15"), category: .urbanEmployee)
        #expect(holder.age(on: date("2026-06-14")) == 35)
        #expect(holder.age(on: date("2026-06-15")) == 36)
    }

    @Test("CM-ID: holders round-trip through Codable, re-validating name, document and category")
    func codable() throws {
        let holder = CardHolder(
            name: try PersonName("张三"), residentIdentityNumber: try ResidentIdentityNumber("11010519491231002X"),
            category: .urbanEmployee)
        let data = try JSONEncoder().encode(holder)
        #expect(try JSONDecoder().decode(CardHolder.self, from: data) == holder)
        let text = String(decoding: data, as: UTF8.self)
        for tampered in [
            text.replacingOccurrences(of: "11010519491231002X", with: "110105194912310021"),
            text.replacingOccurrences(of: "张三", with: "  "),
            text.replacingOccurrences(of: "urbanEmployee", with: "retiree"),
        ] {
            #expect(tampered != text)
            #expect(throws: DecodingError.self) { try JSONDecoder().decode(CardHolder.self, from: Data(tampered.utf8)) }
        }
    }
}

@Suite struct CardHolderConsistencyTests {
    @Test("CM-ID: a holder's birth date must agree with the one the document's number records")
    func birthDateMustAgree() throws {
        let document = IdentityDocument(residentIdentityCard: try ResidentIdentityNumber("11010519491231002X"))
        #expect(document.birthDate == date("1949-12-31"))
        #expect(throws: CardHolder.Error.birthDateContradictsDocument) {
            try CardHolder(
                name: try PersonName("张三"), document: document, birthDate: date("2010-01-01"), category: .urbanEmployee)
        }
        let holder = try CardHolder(
            name: try PersonName("张三"), document: document, birthDate: date("1949-12-31"), category: .urbanEmployee)
        let text = String(decoding: try JSONEncoder().encode(holder), as: UTF8.self)
        let tampered = text.replacingOccurrences(of: "1949-12-31", with: "2010-01-01")
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(CardHolder.self, from: Data(tampered.utf8)) }
    }

    @Test("CM-ID-FOREIGN: a passport records no birth date, so any is accepted")
    func passportHasNoBirthDate() throws {
        let passport = IdentityDocument(passport: try PassportNumber("E12345678"))
        #expect(passport.birthDate == nil)
    }
}
