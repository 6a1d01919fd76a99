/// An amount of Chinese yuan in whole fen (CM-MONEY).
///
/// 1 yuan = 100 fen; there is no floating point anywhere. Printed as `CNY 20.00`; ``yuanSymbolText``
/// gives `¥20.00`; ``formatted(in:)`` writes it for prose in a language (`20,00 CNY`, `20.00元`). Amounts add (`+`, `+=`), subtract (`-`, `-=`) and scale by a whole number (`*`, `*=`).
/// Arithmetic that would overflow `Int` saturates at `Int.max` or `Int.min` instead of trapping: no fee in
/// these rules comes near it, and caller input must never crash the host.
///
/// ```swift
/// let fee = Money.yuan(20)
/// fee * 3 - Money(fen: 500)          // CNY 55.00
/// Money(fen: Int.min) - Money(fen: 1) // Int.min fen: saturated, not a trap
/// ```
public struct Money: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The amount in fen.
    public let fen: Int

    /// Creates an amount from fen.
    public init(fen: Int) {
        self.fen = fen
    }

    /// An amount of whole yuan, such as `Money.yuan(20)` for CNY 20.00.
    public static func yuan(_ yuan: Int) -> Money {
        let (fen, overflow) = yuan.multipliedReportingOverflow(by: 100)
        return Money(fen: overflow ? (yuan < 0 ? Int.min : Int.max) : fen)
    }

    /// Nothing.
    public static let zero = Money(fen: 0)

    /// The sum of two amounts.
    public static func + (lhs: Money, rhs: Money) -> Money {
        let (sum, overflow) = lhs.fen.addingReportingOverflow(rhs.fen)
        return Money(fen: overflow ? (rhs.fen > 0 ? Int.max : Int.min) : sum)
    }

    /// Adds `rhs` to `lhs`.
    public static func += (lhs: inout Money, rhs: Money) {
        lhs = lhs + rhs
    }

    /// The difference of two amounts, saturating at `Int.min` or `Int.max` fen instead of overflowing.
    public static func - (lhs: Money, rhs: Money) -> Money {
        let (difference, overflow) = lhs.fen.subtractingReportingOverflow(rhs.fen)
        return Money(fen: overflow ? (rhs.fen < 0 ? Int.max : Int.min) : difference)
    }

    /// Subtracts `rhs` from `lhs`, saturating as `-` does.
    public static func -= (lhs: inout Money, rhs: Money) {
        lhs = lhs - rhs
    }

    /// The amount `lhs` taken `rhs` times, such as `Money.yuan(20) * 3` for CNY 60.00, saturating at `Int.min` or
    /// `Int.max` fen instead of overflowing.
    public static func * (lhs: Money, rhs: Int) -> Money {
        let (product, overflow) = lhs.fen.multipliedReportingOverflow(by: rhs)
        return Money(fen: overflow ? ((lhs.fen < 0) != (rhs < 0) ? Int.min : Int.max) : product)
    }

    /// The amount `rhs` taken `lhs` times, such as `3 * Money.yuan(20)`, saturating as `Money * Int` does.
    public static func * (lhs: Int, rhs: Money) -> Money {
        rhs * lhs
    }

    /// Multiplies `lhs` by `rhs`, saturating as `Money * Int` does.
    public static func *= (lhs: inout Money, rhs: Int) {
        lhs = lhs * rhs
    }

    /// Orders amounts by size.
    public static func < (lhs: Money, rhs: Money) -> Bool {
        lhs.fen < rhs.fen
    }

    /// The amount as `CNY 20.00`.
    public var description: String { "CNY \(self.decimalText)" }

    /// The amount as `¥20.00`.
    public var yuanSymbolText: String { "¥\(self.decimalText)" }

    /// `20.00`, `-0.05`.
    private var decimalText: String {
        let magnitude = self.fen.magnitude
        let cents = magnitude % 100
        return (self.fen < 0 ? "-" : "") + "\(magnitude / 100)." + (cents < 10 ? "0\(cents)" : "\(cents)")
    }
}
