import CardModel
import Foundation
import Testing

@testable import sscard

/// CM-DATE, CM-MONEY end to end: German and Chinese prose writes dates and amounts out, English and the JSON
/// fields that are dates stay ISO 8601.
@Suite struct LocalizedFormatCommandTests {
    static func json(_ result: ShellResult) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8))
        return try #require(object as? [String: Any])
    }

    @Test("CM-DATE, CM-MONEY: sscard replacement --applied 2026-12-28 --lang zh writes 2026年12月28日 and 20.00元")
    func replacementChinese() {
        let result = sscard("replacement --applied 2026-12-28 --lang zh")
        // Exit 1: the ready date needs 2027's working days, which the official calendar does not have yet.
        #expect(result.status == 1)
        #expect(result.output.contains("申请日期2026年12月28日："))
        #expect(result.output.contains("受理日期：   2026年12月28日"))
        #expect(result.output.contains("工本费：     20.00元（RP-FEE）"))
        #expect(result.output.contains("缴纳工本费20.00元"))
        #expect(!result.output.contains("2026-12-28"))
    }

    @Test("CM-DATE, CM-MONEY: sscard replacement --applied 2026-12-28 --lang de writes 28. Dezember 2026 and 20,00 CNY")
    func replacementGerman() {
        let result = sscard("replacement --applied 2026-12-28 --lang de")
        #expect(result.status == 1)
        #expect(result.output.contains("beantragt am 28. Dezember 2026: "))
        #expect(result.output.contains("20,00 CNY (RP-FEE)"))
        #expect(result.output.contains("Die Herstellungsgebühr von 20,00 CNY zahlen"))
        #expect(!result.output.contains("2026-12-28"))
    }

    @Test("CM-DATE, CM-MONEY: English keeps ISO dates and CNY 20.00")
    func replacementEnglish() {
        let result = sscard("replacement --applied 2026-09-30")
        #expect(result.output.contains("applied 2026-09-30: accepted"))
        #expect(result.output.contains("ready:       2026-10-12"))
        #expect(result.output.contains("CNY 20.00 (RP-FEE)"))
    }

    @Test("CM-DATE: in --json the date fields stay ISO and the fee's text stays CNY 20.00, in every language")
    func jsonDatesStayISO() throws {
        for language in Language.allCases {
            let json = try Self.json(sscard("replacement --applied 2026-09-30 --json --lang \(language.rawValue)"))
            #expect(json["acceptanceDate"] as? String == "2026-09-30", "\(language)")
            #expect(json["readyDate"] as? String == "2026-10-12", "\(language)")
            #expect((json["fee"] as? [String: Any])?["text"] as? String == "CNY 20.00", "\(language)")
        }
    }

    @Test("CM-DATE: sscard day writes the date with its weekday in German and Chinese")
    func day() {
        #expect(sscard("day 2026-12-30 --lang zh").output.hasPrefix("2026年12月30日（周三）："))
        #expect(sscard("day 2026-12-30 --lang de").output.hasPrefix("Mittwoch, 30. Dezember 2026: "))
        #expect(sscard("day 2026-12-30").output.hasPrefix("2026-12-30 Wednesday: "))
    }

    @Test("CM-DATE: onboarding and permit text in German and Chinese write their dates out")
    func onboardingAndPermit() {
        let chinese = sscard("onboarding --entry 2026-03-02 --lang zh").output
        #expect(chinese.contains("2026年3月2日"))
        #expect(!chinese.contains("2026-03-02"))
        let german = sscard("onboarding --entry 2026-03-02 --lang de").output
        #expect(german.contains("2. März 2026"))
        #expect(!german.contains("2026-03-02"))
        #expect(sscard("onboarding --entry 2026-03-02").output.contains("2026-03-02"))
    }
}
