import CardModel
import Testing

@Suite struct MoneyFormattedTests {
    @Test("CM-MONEY: 20 yuan in the three languages")
    func fee() {
        let fee = Money.yuan(20)
        #expect(fee.formatted(in: .english) == "CNY 20.00")
        #expect(fee.formatted(in: .german) == "20,00 CNY")
        #expect(fee.formatted(in: .simplifiedChinese) == "20.00元")
        #expect(fee.formatted(in: .english) == fee.description)
        #expect(fee.localized == LocalizedText(english: "CNY 20.00", german: "20,00 CNY", chinese: "20.00元"))
        #expect("\(fee, in: .german)" == "20,00 CNY")
    }

    @Test(
        "CM-MONEY: zero, fen, negative and large amounts",
        arguments: [
            (0, "CNY 0.00", "0,00 CNY", "0.00元"),
            (5, "CNY 0.05", "0,05 CNY", "0.05元"),
            (-5, "CNY -0.05", "-0,05 CNY", "-0.05元"),
            (-2000, "CNY -20.00", "-20,00 CNY", "-20.00元"),
            (99_999, "CNY 999.99", "999,99 CNY", "999.99元"),
            (100_000, "CNY 1000.00", "1.000,00 CNY", "1,000.00元"),
            (123_456_780, "CNY 1234567.80", "1.234.567,80 CNY", "1,234,567.80元"),
            (-123_456_780, "CNY -1234567.80", "-1.234.567,80 CNY", "-1,234,567.80元"),
        ])
    func amounts(fen: Int, english: String, german: String, chinese: String) {
        let money = Money(fen: fen)
        #expect(money.formatted(in: .english) == english)
        #expect(money.formatted(in: .german) == german)
        #expect(money.formatted(in: .simplifiedChinese) == chinese)
    }

    @Test("CM-MONEY: the extremes of Int format exactly, without a trap")
    func extremes() {
        #expect(Money(fen: Int.max).formatted(in: .german) == "92.233.720.368.547.758,07 CNY")
        #expect(Money(fen: Int.min).formatted(in: .simplifiedChinese) == "-92,233,720,368,547,758.08元")
        #expect(Money(fen: Int.min).formatted(in: .english) == "CNY -92233720368547758.08")
    }
}
