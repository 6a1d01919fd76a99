// FuzzIdentifiers: every identifier's `init(_:)` (CM-ID, CM-ID-FOREIGN) and its masking (CM-PRIVACY).
//
// The whole input, as UTF-8 text, goes to each identifier. A valid one must parse again from `revealed` to an
// equal value, survive a JSON round trip, and never show `revealed` in a printed form once it has 8 or more
// characters (shorter ones keep at most a quarter on each side, which can be the whole of a 1-character
// value; no valid identifier is that short).

import CardModel
import Foundation
import FuzzSupport

/// libFuzzer calls this with each input; it returns 0, or -1 for an input not worth keeping in the corpus.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: fuzzInput(start, count), as: UTF8.self)
    if let number = check(ResidentIdentityNumber.self, text) {
        let revealed = number.revealed
        fuzzCheck(revealed.utf8.count == 18, "resident identity number of length \(revealed.utf8.count)")
        fuzzCheck(number.regionCode == String(revealed.prefix(6)), "region code")
        fuzzCheck(number.birthDate.description.filter { $0 != "-" } == revealed.dropFirst(6).prefix(8), "birth date")
        fuzzCheck(number.sequenceNumber == Int(revealed.dropFirst(14).prefix(3)), "sequence number")
        fuzzCheck((number.sex == .male) == (number.sequenceNumber % 2 == 1), "sex")
        let asSocialSecurityNumber = SocialSecurityNumber(residentIdentityNumber: number)
        fuzzCheck(asSocialSecurityNumber.revealed == revealed, "social security number of a resident")
        checkNeverPrinted(revealed, in: asSocialSecurityNumber, what: "SocialSecurityNumber")
        let document = IdentityDocument(residentIdentityCard: number)
        checkNeverPrinted(revealed, in: document, what: "IdentityDocument")
        checkNeverPrinted(revealed, in: PresentedDocument(document, isOriginal: false), what: "PresentedDocument")
    }
    if let code = check(UnifiedSocialCreditCode.self, text) {
        let revealed = code.revealed
        fuzzCheck(revealed.utf8.count == 18, "USCC of length \(revealed.utf8.count)")
        fuzzCheck(String(code.registrationDepartmentCode) == String(revealed.prefix(1)), "registration department")
        _ = code.registrationDepartment
        fuzzCheck(String(code.organizationTypeCode) == String(revealed.dropFirst(1).prefix(1)), "organisation type")
        fuzzCheck(code.regionCode.count == 6 && code.organizationCode.count == 9, "USCC parts")
    }
    if let number = check(ForeignPermanentResidentIDNumber.self, text) {
        let length = number.revealed.utf8.count
        fuzzCheck(length == 15 || length == 18, "permanent resident ID of length \(length)")
        fuzzCheck(number.isLegacyFormat == (length == 15), "legacy format")
        fuzzCheck((number.birthDate == nil) == number.isLegacyFormat, "birth date of the legacy format only")
        fuzzCheck((number.provinceCode == nil) == number.isLegacyFormat, "province code")
        fuzzCheck((number.sex == nil) == number.isLegacyFormat, "sex")
        fuzzCheck(number.nationalityCode.count == 3, "nationality code")
        checkNeverPrinted(
            number.revealed, in: IdentityDocument(foreignPermanentResidentIDCard: number), what: "IdentityDocument")
    }
    _ = check(WorkPermitNumber.self, text)
    _ = check(SocialSecurityNumber.self, text)
    if let passport = check(PassportNumber.self, text), passport.revealed.utf8.count >= 8 {
        checkNeverPrinted(passport.revealed, in: IdentityDocument(passport: passport), what: "IdentityDocument")
    }
    return 0
}

/// Parses `text` as `T`; for a valid value checks re-parsing, JSON round trip and masking, and returns it.
func check<T: PersonalIdentifier>(_: T.Type, _ text: String) -> T? {
    let value: T
    do throws(IdentifierValidationError) {
        value = try T(text)
    } catch {
        // The error never holds the rejected text (it has only positions and check characters).
        _ = error.description
        _ = error.message
        return nil
    }
    let revealed = value.revealed
    fuzzCheck(
        revealed.utf8.allSatisfy { (48...57).contains($0) || (65...90).contains($0) },
        "\(T.self).revealed has a character other than 0-9, A-Z")
    fuzzCheck((try? T(revealed)) == value, "\(T.self): re-parsing revealed gives a different value")
    if revealed.count >= 8 {
        fuzzCheck(value.description != revealed, "\(T.self).description is unmasked")
        checkNeverPrinted(revealed, in: value, what: "\(T.self)")
    }
    do {
        let data = try JSONEncoder().encode(value)
        fuzzCheck(try JSONDecoder().decode(T.self, from: data) == value, "\(T.self): JSON round trip differs")
    } catch {
        fuzzFailure("\(T.self): JSON round trip failed: \(error)")
    }
    return value
}

/// The entry point: SwiftPM links it as `main`, and it hands over to libFuzzer (see `runLibFuzzer()`).
@main
enum FuzzIdentifiersMain {
    static func main() { runLibFuzzer() }
}
