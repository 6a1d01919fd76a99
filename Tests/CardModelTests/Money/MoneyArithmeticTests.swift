import CardModel
import TestSupport
import Testing

@Suite struct MoneyArithmeticTests {
    @Test("CM-MONEY: amounts subtract, also with -=")
    func subtraction() {
        #expect(Money.yuan(20) - Money(fen: 5) == Money(fen: 1995))
        #expect(Money.yuan(20) - Money.yuan(20) == .zero)
        #expect(Money.zero - Money.yuan(20) == Money(fen: -2000))
        #expect(Money(fen: 5) - Money(fen: -5) == Money(fen: 10))
        var balance = Money.yuan(60)
        balance -= Money.yuan(20)
        balance -= Money(fen: 50)
        #expect(balance == Money(fen: 3950))
        #expect(balance.description == "CNY 39.50")
    }

    @Test(
        "CM-MONEY: subtraction saturates at Int.min and Int.max fen instead of trapping",
        arguments: [
            (Int.min, 1, Int.min), (Int.min, Int.max, Int.min), (-2, Int.max, Int.min), (Int.max, -1, Int.max),
            (0, Int.min, Int.max), (Int.max, Int.min, Int.max), (Int.min, Int.min, 0), (Int.max, Int.max, 0),
            (-1, Int.max, Int.min), (-1, Int.min, Int.max), (Int.min + 1, 1, Int.min), (Int.max - 1, -1, Int.max),
        ])
    func subtractionSaturates(lhs: Int, rhs: Int, expected: Int) {
        #expect(Money(fen: lhs) - Money(fen: rhs) == Money(fen: expected))
        var value = Money(fen: lhs)
        value -= Money(fen: rhs)
        #expect(value == Money(fen: expected))
    }

    @Test("CM-MONEY: an amount scales by a whole number on either side, also with *=")
    func scaling() {
        #expect(Money.yuan(20) * 3 == Money.yuan(60))
        #expect(3 * Money.yuan(20) == Money.yuan(60))
        #expect(Money.yuan(20) * 0 == .zero)
        #expect(Money.yuan(20) * -1 == Money(fen: -2000))
        #expect(-2 * Money(fen: -5) == Money(fen: 10))
        var total = Money(fen: 125)
        total *= 4
        #expect(total == Money.yuan(5))
        #expect((Money.yuan(20) * 3 - Money(fen: 500)).description == "CNY 55.00")
    }

    @Test(
        "CM-MONEY: scaling saturates at Int.min and Int.max fen, with the sign of the true product",
        arguments: [
            (Int.max, 2, Int.max), (Int.max, -2, Int.min), (Int.min, 2, Int.min), (Int.min, -1, Int.max),
            (-1, Int.min, Int.max), (Int.min, Int.min, Int.max), (Int.max, Int.max, Int.max),
            (Int.max, Int.min, Int.min),
            (Int.max, -1, -Int.max), (Int.min, 1, Int.min), (Int.min, 0, 0), (0, Int.min, 0),
            (Int.max / 2 + 1, 2, Int.max),
        ])
    func scalingSaturates(fen: Int, factor: Int, expected: Int) {
        #expect(Money(fen: fen) * factor == Money(fen: expected))
        #expect(factor * Money(fen: fen) == Money(fen: expected))
        var value = Money(fen: fen)
        value *= factor
        #expect(value == Money(fen: expected))
    }

    @Test(
        "CM-MONEY: random subtraction and scaling match exact arithmetic clamped to Int",
        arguments: 0..<4 as Range<UInt64>)
    func randomMatchesClampedArithmetic(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        func clamp(high: Int, low: UInt) -> Int {
            // A 128-bit two's-complement value fits in Int when the high word is the sign extension of the low word.
            let value = Int(bitPattern: low)
            if high == (value < 0 ? -1 : 0) { return value }
            return high < 0 ? Int.min : Int.max
        }
        for _ in 0..<500 {
            // An arithmetic shift keeps the sign, so both signs and every magnitude turn up.
            let a = Int(truncatingIfNeeded: random.next()) >> Int.random(in: 0..<64, using: &random)
            let b = Int(truncatingIfNeeded: random.next()) >> Int.random(in: 0..<64, using: &random)
            let product = a.multipliedFullWidth(by: b)
            #expect((Money(fen: a) * b).fen == clamp(high: product.high, low: product.low), "\(a) * \(b)")
            let difference = a.subtractingReportingOverflow(b)
            // a - b overflows only when the signs differ, and then the true result has the sign of a.
            let exact = difference.overflow ? (a >= 0 ? Int.max : Int.min) : difference.partialValue
            #expect((Money(fen: a) - Money(fen: b)).fen == exact, "\(a) - \(b)")
            if !difference.overflow {
                #expect(Money(fen: a) - Money(fen: b) + Money(fen: b) == Money(fen: a))
            }
        }
    }
}
