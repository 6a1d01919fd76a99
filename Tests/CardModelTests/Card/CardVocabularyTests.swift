import CardModel
import Foundation
import Testing

/// Checks that a text exists in all three languages, with English and Chinese distinct.
func expectTranslated(_ text: LocalizedText, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(!text.english.isEmpty && !text.german.isEmpty && !text.chinese.isEmpty, sourceLocation: sourceLocation)
    #expect(text.english != text.chinese, sourceLocation: sourceLocation)
    #expect(text[.english] == text.english && text[.german] == text.german, sourceLocation: sourceLocation)
    #expect(text[.simplifiedChinese] == text.chinese, sourceLocation: sourceLocation)
}

/// Encodes and decodes `value`, expecting it back unchanged.
func expectRoundTrip<T: Codable & Equatable>(_ value: T, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let decoded = try JSONDecoder().decode(T.self, from: try JSONEncoder().encode(value))
    #expect(decoded == value, sourceLocation: sourceLocation)
}

@Suite struct CardVocabularyTests {
    @Test("CM-GENERATION: three generations, first to third, in order")
    func generations() throws {
        #expect(CardGeneration.allCases == [.first, .second, .third])
        #expect(CardGeneration.allCases.map(\.rawValue) == [1, 2, 3])
        #expect(CardGeneration.first < .second && CardGeneration.second < .third)
        #expect(CardGeneration.allCases.max() == .third)
        #expect(CardGeneration.third.description == "third generation")
        #expect(CardGeneration.third.name.chinese == "第三代")
        #expect(Set(CardGeneration.allCases.map(\.description)).count == 3)
        for generation in CardGeneration.allCases {
            expectTranslated(generation.name)
            try expectRoundTrip(generation)
        }
        #expect(CardGeneration(rawValue: 4) == nil)
    }

    @Test("CM-FORM: a card is physical or electronic")
    func forms() throws {
        #expect(CardForm.allCases == [.physical, .electronic])
        #expect(CardForm(rawValue: "electronic") == .electronic)
        for form in CardForm.allCases { try expectRoundTrip(form) }
    }

    @Test("CM-STATUS: six statuses; only an active card gives the card's functions")
    func statuses() throws {
        #expect(CardStatus.allCases == [.issued, .active, .reportedLost, .damaged, .superseded, .cancelled])
        #expect(CardStatus.allCases.filter(\.givesFunctions) == [.active])
        for status in CardStatus.allCases {
            #expect(status.givesFunctions == (status == .active), "\(status)")
            #expect(status.description == status.rawValue)
            try expectRoundTrip(status)
        }
    }

    @Test("CM-FUNCTIONS: the function sets of social security, work permit and BEIJING PASS")
    func functions() throws {
        #expect(
            CardFunction.socialSecurity == [.medicalSettlement, .pensionPayment, .socialInsurance, .medicalInsurance])
        #expect(CardFunction.workPermit == [.workPermitInformation, .workPermitQRVerification, .notifications])
        #expect(CardFunction.beijingPass == [.businessInformationQuery, .benefitsAndSubsidies])
        #expect(CardFunction.socialSecurity.isDisjoint(with: CardFunction.workPermit))
        #expect(CardFunction.socialSecurity.isDisjoint(with: CardFunction.beijingPass))
        #expect(CardFunction.workPermit.isDisjoint(with: CardFunction.beijingPass))
        let grouped = CardFunction.socialSecurity.union(CardFunction.workPermit).union(CardFunction.beijingPass)
        #expect(Set(CardFunction.allCases).subtracting(grouped) == [.financial])
        #expect(CardFunction.allCases.count == 10)
    }

    @Test("CM-FUNCTIONS: every function has a name in three languages")
    func functionNames() throws {
        var english: Set<String> = []
        for function in CardFunction.allCases {
            expectTranslated(function.name)
            english.insert(function.name.english)
            #expect(function.description == function.rawValue)
            try expectRoundTrip(function)
        }
        #expect(english.count == CardFunction.allCases.count)
        #expect(CardFunction.medicalSettlement.name.english == "medical treatment with real-time settlement")
    }

    @Test("CM-CATEGORY: an insured person is an urban employee or an urban or rural resident")
    func categories() throws {
        #expect(InsuredCategory.allCases == [.urbanEmployee, .urbanRuralResident])
        #expect(InsuredCategory.urbanEmployee.rawValue == "urbanEmployee")
        #expect(InsuredCategory(rawValue: "urbanRuralResident") == .urbanRuralResident)
        for category in InsuredCategory.allCases { try expectRoundTrip(category) }
    }

    @Test("CM-ID: sex is male or female, Codable")
    func sexes() throws {
        #expect(Sex.allCases == [.male, .female])
        for sex in Sex.allCases { try expectRoundTrip(sex) }
    }

    @Test("CM-WORKDAY: weekdays and day kinds are complete and Codable")
    func calendarEnums() throws {
        for weekday in Weekday.allCases { try expectRoundTrip(weekday) }
        for kind in CalendarDay.Kind.allCases { try expectRoundTrip(kind) }
        #expect(CalendarDay.Kind.allCases.count == 5)
        try expectRoundTrip(WorkingDayCalendar.Fallback.assumeWeekdays)
        try expectRoundTrip(
            CalendarDay(date: CivilDate.earliest, kind: .weekend, holiday: .springFestival, isAssumed: true))
        try expectRoundTrip(HolidayName.predefined)
    }
}

@Suite struct PartnerBankTests {
    static let codes = [
        "ICBC", "ABC", "BOC", "CCB", "BOCOM", "BOB", "HXB", "BRCB", "CITIC", "CEB", "CMBC", "CGB", "CMB", "SPDB",
        "PSBC",
    ]

    @Test("EX-PARTNER-BANKS: the 15 partner banks, with the codes exactly as ARCHITECTURE.md lists them")
    func fifteenBanks() {
        let banks = PartnerBank.beijingPartnerBanks
        #expect(banks.count == 15)
        #expect(banks.map(\.code) == Self.codes)
        #expect(Set(banks.map(\.code)).count == 15)
        #expect(Set(banks).count == 15)
    }

    @Test("EX-PARTNER-BANKS: every bank has an English and a Chinese name, all distinct")
    func names() {
        let banks = PartnerBank.beijingPartnerBanks
        for bank in banks {
            expectTranslated(bank.name)
            #expect(bank.name.german == bank.name.english)
            #expect(bank.name.chinese.hasSuffix("银行"), "\(bank.code)")
            #expect(bank.description == bank.code)
        }
        #expect(Set(banks.map(\.name.english)).count == 15)
        #expect(Set(banks.map(\.name.chinese)).count == 15)
        #expect(PartnerBank.icbc.name.english == "Industrial and Commercial Bank of China")
        #expect(PartnerBank.cmb.name.chinese == "招商银行")
        #expect(PartnerBank.bob.name.english == "Bank of Beijing")
        #expect(PartnerBank.hxb.name.english == "Hua Xia Bank")
    }

    @Test(
        "EX-PARTNER-BANKS: named(_:) finds a bank by code, case-insensitively",
        arguments: ["icbc", "ICBC", "Icbc", "iCbC"])
    func namedCaseInsensitive(code: String) {
        #expect(PartnerBank.named(code) == .icbc)
    }

    @Test("EX-PARTNER-BANKS: named(_:) finds every listed bank and nothing else")
    func namedEveryBank() {
        for code in Self.codes {
            #expect(PartnerBank.named(code)?.code == code)
            #expect(PartnerBank.named(code.lowercased())?.code == code)
        }
        for unknown in ["", "XYZ", "HSBC", "ICB", "ICBCX", "中国工商银行"] {
            #expect(PartnerBank.named(unknown) == nil, "\(unknown)")
        }
    }

    @Test("EX-PARTNER-BANKS: a caller can define a sixteenth bank; it is not among the 15")
    func sixteenthBank() throws {
        let bank = PartnerBank(code: "BJB16", english: "A sixteenth bank", chinese: "第十六家银行")
        #expect(!PartnerBank.beijingPartnerBanks.contains(bank))
        #expect(PartnerBank.named("BJB16") == nil)
        try expectRoundTrip(bank)
        try expectRoundTrip(PartnerBank.beijingPartnerBanks)
    }
}
