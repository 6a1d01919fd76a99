import CardModel
import Foundation
import Testing

@Suite struct MoneyTests {
    @Test("CM-MONEY: CNY 20.00 is 2000 fen, printed as CNY 20.00 and ¥20.00")
    func twentyYuan() {
        let fee = Money.yuan(20)
        #expect(fee == Money(fen: 2000))
        #expect(fee.fen == 2000)
        #expect(fee.description == "CNY 20.00")
        #expect("\(fee)" == "CNY 20.00")
        #expect(fee.yuanSymbolText == "¥20.00")
    }

    @Test(
        "CM-MONEY: fen are printed with two decimals, no floating point",
        arguments: [
            (0, "CNY 0.00", "¥0.00"), (5, "CNY 0.05", "¥0.05"), (10, "CNY 0.10", "¥0.10"), (99, "CNY 0.99", "¥0.99"),
            (100, "CNY 1.00", "¥1.00"), (2005, "CNY 20.05", "¥20.05"), (123_456, "CNY 1234.56", "¥1234.56"),
            (-5, "CNY -0.05", "¥-0.05"), (-2000, "CNY -20.00", "¥-20.00"), (-2099, "CNY -20.99", "¥-20.99"),
            (Int.max, "CNY 92233720368547758.07", "¥92233720368547758.07"),
            (Int.min, "CNY -92233720368547758.08", "¥-92233720368547758.08"),
        ])
    func formatting(fen: Int, text: String, symbolText: String) {
        #expect(Money(fen: fen).description == text)
        #expect(Money(fen: fen).yuanSymbolText == symbolText)
    }

    @Test("CM-MONEY: amounts add up, also with +=")
    func addition() {
        #expect(Money.yuan(20) + Money(fen: 5) == Money(fen: 2005))
        #expect(Money(fen: 2000) + Money(fen: -2000) == Money.zero)
        var total = Money.zero
        for _ in 0..<3 { total += Money.yuan(20) }
        #expect(total == Money.yuan(60))
        #expect(total.description == "CNY 60.00")
        #expect(Money.zero.fen == 0)
    }

    @Test("CM-MONEY: addition saturates instead of trapping")
    func additionOverflow() {
        #expect(Money(fen: .max) + Money(fen: 1) == Money(fen: .max))
        #expect(Money(fen: .min) + Money(fen: -1) == Money(fen: .min))
        #expect(Money(fen: .max) + Money(fen: .min) == Money(fen: -1))
    }

    @Test("CM-MONEY: Money.yuan saturates in the amount's direction instead of trapping")
    func yuanOverflow() {
        #expect(Money.yuan(.max) == Money(fen: .max))
        #expect(Money.yuan(.min) == Money(fen: .min))
        #expect(Money.yuan(Int.min / 50) == Money(fen: .min))
        #expect(Money.yuan(-20) == Money(fen: -2000))
    }

    @Test("CM-MONEY: amounts are ordered by size")
    func comparable() {
        let amounts = [Money.yuan(20), Money(fen: 5), Money(fen: -100), Money.zero, Money(fen: 2001)]
        #expect(amounts.sorted() == [Money(fen: -100), Money.zero, Money(fen: 5), Money.yuan(20), Money(fen: 2001)])
        #expect(Money(fen: 1999) < Money.yuan(20))
        #expect(amounts.max() == Money(fen: 2001))
    }

    @Test("CM-MONEY: equal amounts are equal and hash alike")
    func hashable() {
        #expect(Set([Money.yuan(20), Money(fen: 2000), Money(fen: 1000) + Money(fen: 1000)]).count == 1)
        #expect(Money.yuan(20).hashValue == Money(fen: 2000).hashValue)
        #expect(Money.yuan(20) != Money(fen: 2001))
    }

    @Test("CM-MONEY: Codable as {\"fen\":2000,\"text\":\"CNY 20.00\"}")
    func encoding() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(Money.yuan(20)), as: UTF8.self)
        #expect(json == #"{"fen":2000,"text":"CNY 20.00"}"#)
        let negative = String(decoding: try encoder.encode(Money(fen: -5)), as: UTF8.self)
        #expect(negative == #"{"fen":-5,"text":"CNY -0.05"}"#)
    }

    @Test("CM-MONEY: decoding trusts the fen, ignores the text and needs the fen")
    func decoding() throws {
        let decoder = JSONDecoder()
        #expect(try decoder.decode(Money.self, from: Data(#"{"fen":2000,"text":"CNY 20.00"}"#.utf8)) == Money.yuan(20))
        #expect(try decoder.decode(Money.self, from: Data(#"{"fen":2000}"#.utf8)) == Money.yuan(20))
        #expect(try decoder.decode(Money.self, from: Data(#"{"fen":2000,"text":"CNY 99.99"}"#.utf8)) == Money.yuan(20))
        #expect(throws: DecodingError.self) {
            try decoder.decode(Money.self, from: Data(#"{"text":"CNY 20.00"}"#.utf8))
        }
        #expect(throws: DecodingError.self) { try decoder.decode(Money.self, from: Data(#"{"fen":20.5}"#.utf8)) }
        #expect(throws: DecodingError.self) { try decoder.decode(Money.self, from: Data(#"{"fen":"2000"}"#.utf8)) }
        let round = try decoder.decode(Money.self, from: try JSONEncoder().encode(Money(fen: -12_345)))
        #expect(round == Money(fen: -12_345))
    }
}
