import CardModel
import ExchangePolicy
import TestSupport

/// Identifiers, documents, arrangements and applications for the tests.
enum Fixture {
    /// The holder's resident identity number (born 1949-12-31).
    static let holderNumber = "11010519491231002X"
    /// A minor's resident identity number (born 2010-03-15).
    static let minorNumber = "110105201003150033"
    /// A guardian's resident identity number (born 1980-01-01).
    static let guardianNumber = "110105198001010040"
    /// Someone else's resident identity number.
    static let strangerNumber = "110105199005050052"
    /// A resident identity number of someone born 2012-05-05, too young to be a guardian in 2026.
    static let youngNumber = "110105201205050014"
    /// A resident identity number of someone born 2008-01-06, who turns 18 on 2026-01-06.
    static let turning18Number = "110105200801060011"
    /// A 2023-format foreign permanent resident ID number of someone born 2010-03-15.
    static let foreignMinorNumber = "911156201003150017"
    /// A passport number, which tells no birth date.
    static let passportNumber = "E12345678"
    /// The employer's unified social credit code.
    static let employerCode = "91350100M000100Y43"
    /// Another employer's code.
    static let otherEmployerCode = "91110105MA01ABCD13"

    static func document(_ number: String, validUntil: CivilDate? = nil) throws -> IdentityDocument {
        IdentityDocument(residentIdentityCard: try ResidentIdentityNumber(number), validUntil: validUntil)
    }

    static var holder: IdentityDocument { get throws { try document(holderNumber) } }
    static var minor: IdentityDocument { get throws { try document(minorNumber) } }
    static var guardian: IdentityDocument { get throws { try document(guardianNumber) } }
    static var stranger: IdentityDocument { get throws { try document(strangerNumber) } }
    static var employer: UnifiedSocialCreditCode { get throws { try UnifiedSocialCreditCode(employerCode) } }
    static var otherEmployer: UnifiedSocialCreditCode { get throws { try UnifiedSocialCreditCode(otherEmployerCode) } }

    static var adultParties: ExchangeParties { get throws { ExchangeParties(holder: try holder) } }
    static var minorParties: ExchangeParties {
        get throws { ExchangeParties(holder: try minor, guardian: try guardian) }
    }

    /// An employer with collective application and company pickup, selecting `banks`.
    static func pickup(
        _ banks: [PartnerBank] = [.icbc, .boc], policy: ExchangePolicy? = .beijing
    ) throws
        -> EmployerArrangement
    {
        try EmployerArrangement(
            employer: try employer, collectiveApplication: true, companyPickup: true, selectedBanks: banks,
            checkedAgainst: policy)
    }

    /// An employer with collective application but without company pickup.
    static func collectiveOnly(_ banks: [PartnerBank] = [.icbc, .boc]) throws -> EmployerArrangement {
        try EmployerArrangement(employer: try employer, collectiveApplication: true, selectedBanks: banks)
    }

    /// An application; by default an adult second-generation holder applying online on Monday 2026-01-05 with CMB,
    /// collecting at the branch.
    static func application(
        _ day: String = "2026-01-05", card: CardGeneration? = .second, channel: ExchangeChannel = .website,
        bank: PartnerBank = .cmb, receipt: ExchangeReceiptMethod = .bankBranch, employer: EmployerArrangement? = nil,
        minor: Bool = false, guardian: Bool = false, born: String? = nil
    ) -> ExchangeApplication {
        ExchangeApplication(
            date: date(day), currentCard: card, channel: channel, bank: bank, receipt: receipt, employer: employer,
            holderIsMinor: minor, appliedByGuardian: guardian, holderBirthDate: born.map(date))
    }

    /// A bank that is not one of the 15.
    static let sixteenth = PartnerBank(code: "XYZ", english: "Sixteenth Bank", chinese: "第十六银行")

    /// Runs `body` and returns the ExchangeCaseError it throws, or nil (also when it throws another error, which
    /// then fails the caller's expectation on the code).
    static func caseError(_ body: () throws -> Void) -> ExchangeCaseError? {
        do {
            try body()
            return nil
        } catch {
            return error as? ExchangeCaseError
        }
    }

    /// Whether `type` conforms to `Decodable` (asked in a generic context, where the answer is not known to the
    /// compiler).
    static func isDecodable<T>(_ type: T.Type) -> Bool { type is any Decodable.Type }
}
