public import CardModel

/// The category of a foreigner's work permit: A, B or C (WP-CATEGORY).
public enum WorkPermitCategory: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Category A: high-end talent (外国高端人才).
    case a = "A"
    /// Category B: professionals (外国专业人才).
    case b = "B"
    /// Category C: others (其他外国人员).
    case c = "C"

    /// The letter: `A`, `B` or `C`.
    public var description: String { self.rawValue }

    /// The category's name in three languages (WP-CATEGORY).
    public var name: LocalizedText {
        switch self {
        case .a:
            LocalizedText(
                english: "category A (high-end talent)", german: "Kategorie A (hochqualifizierte Fachkräfte)",
                chinese: "A类（外国高端人才）")
        case .b:
            LocalizedText(
                english: "category B (professionals)", german: "Kategorie B (Fachkräfte)",
                chinese: "B类（外国专业人才）")
        case .c:
            LocalizedText(
                english: "category C (others)", german: "Kategorie C (sonstige Arbeitskräfte)",
                chinese: "C类（其他外国人员）")
        }
    }

    /// Parses `A`, `B` or `C` (case-insensitive); `nil` for anything else.
    public init?(letter: String) {
        self.init(rawValue: letter.uppercased())
    }
}
