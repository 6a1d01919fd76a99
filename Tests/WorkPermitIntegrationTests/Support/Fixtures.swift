import CardModel
import Foundation
import TestSupport
import Testing
import WorkPermitIntegration

/// Values and builders shared by the suites. States are reached only through public events.
enum Fixture {
    static let permitNumberText = "WP1100202412010001"
    static let otherPermitNumberText = "WP1100202501150042"
    static let socialSecurityNumberText = "BJ9900112233445566"
    static let nameText = "Jonathan Appleseed"

    static func permitNumber() throws -> WorkPermitNumber { try WorkPermitNumber(permitNumberText) }
    static func otherPermitNumber() throws -> WorkPermitNumber { try WorkPermitNumber(otherPermitNumberText) }
    static func socialSecurityNumber() throws -> SocialSecurityNumber {
        try SocialSecurityNumber(socialSecurityNumberText)
    }
    static func name() throws -> PersonName { try PersonName(nameText) }

    /// The information of an integrated category B permit valid until 2027-12-31.
    static func information(validUntil: String = "2027-12-31") throws -> WorkPermitInformation {
        WorkPermitInformation(number: try permitNumber(), category: .b, validUntil: date(validUntil))
    }

    static func registration(
        byPermitNumber: Bool = true, integrated: Bool = true
    ) throws
        -> ElectronicCardRegistration
    {
        ElectronicCardRegistration(
            name: try name(),
            credential: byPermitNumber
                ? .workPermitNumber(try permitNumber()) : .socialSecurityNumber(try socialSecurityNumber()),
            workPermit: integrated ? try information() : nil)
    }

    /// The scripted onboarding of DOMAIN.md's example: letter 2026-01-15, Z visa 2026-02-10, entry 2026-03-02.
    static let happyPath: [OnboardingEvent] = [
        .notificationLetterIssued(on: date("2026-01-15")),
        .zVisaIssued(on: date("2026-02-10")),
        .entered(on: date("2026-03-02")),
        .electronicCardRegistered(on: date("2026-03-03")),
        .enrolled(
            on: date("2026-03-05"), by: .employer, channel: .onlineSocialInsuranceHall, document: .electronicCard),
        .socialSecurityNumberAssigned(on: date("2026-03-09")),
        .residencePermitApplied(on: date("2026-03-16"), document: .electronicCard),
        .physicalCardIssued(on: date("2026-03-20")),
        .residencePermitGranted(on: date("2026-03-27"), validUntil: date("2027-03-26")),
        .physicalCardReceived(on: date("2026-03-30")),
    ]

    /// An onboarding after the first `count` events of ``happyPath``.
    static func onboarding(after count: Int) throws -> ForeignerOnboarding {
        try ForeignerOnboarding(replaying: Array(happyPath.prefix(count)))
    }

    /// A deadline as a host would have stored it (only the module makes deadlines; decoding checks them).
    static func deadline(
        _ kind: OnboardingDeadline.Kind, _ nominal: String, effective: String? = nil
    ) throws -> OnboardingDeadline {
        let json = #"{"kind":"\#(kind)","nominalLastDay":"\#(nominal)","lastDay":"\#(effective ?? nominal)"}"#
        return try JSONDecoder().decode(OnboardingDeadline.self, from: Data(json.utf8))
    }

    static func roundTrip<T: Codable>(_ value: T) throws -> T {
        try JSONDecoder().decode(T.self, from: try JSONEncoder().encode(value))
    }

    /// Everything a value shows when printed: description, reflection, dump and interpolation.
    static func printedForms(_ value: Any) -> [String] {
        var dumped = ""
        dump(value, to: &dumped)
        return [String(describing: value), String(reflecting: value), dumped, "\(value)"]
    }

    /// Checks a message in the three languages: none empty, English and Chinese distinct.
    static func expectThreeLanguages(
        _ text: LocalizedText, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(!text.english.isEmpty, sourceLocation: sourceLocation)
        #expect(!text.german.isEmpty, sourceLocation: sourceLocation)
        #expect(!text.chinese.isEmpty, sourceLocation: sourceLocation)
        #expect(text.english != text.chinese, sourceLocation: sourceLocation)
        #expect(text.english != text.german, sourceLocation: sourceLocation)
    }
}
