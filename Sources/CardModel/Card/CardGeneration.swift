/// A generation of the Beijing social security card (CM-GENERATION).
public enum CardGeneration: Int, Sendable, Hashable, CaseIterable, Comparable, CustomStringConvertible {
    /// The first generation.
    case first = 1
    /// The second generation.
    case second = 2
    /// The third generation, the only one issued from 2026-01-01 (EX-GENERATION).
    case third = 3

    /// Orders generations from first to third.
    public static func < (lhs: CardGeneration, rhs: CardGeneration) -> Bool { lhs.rawValue < rhs.rawValue }

    /// `first generation`, `second generation`, `third generation`.
    public var description: String { self.name.english }

    /// The generation's name in three languages.
    public var name: LocalizedText {
        switch self {
        case .first: LocalizedText(english: "first generation", german: "erste Generation", chinese: "第一代")
        case .second: LocalizedText(english: "second generation", german: "zweite Generation", chinese: "第二代")
        case .third: LocalizedText(english: "third generation", german: "dritte Generation", chinese: "第三代")
        }
    }
}
