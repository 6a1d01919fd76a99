public import CardModel

/// Where a foreigner's work permit lives: on a physical work permit card, or integrated with the social
/// security card (WP-EFFECTIVE, WP-NO-CHANGE).
public enum WorkPermitForm: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// A physical work permit card, issued before 2024-12-01; it stays valid as it is until its next
    /// extension or change (WP-NO-CHANGE).
    case physical
    /// Integrated with the social security card: the permit's information is loaded on the physical and the
    /// electronic card (WP-EFFECTIVE).
    case integrated

    /// `physical` or `integrated`.
    public var description: String { self.rawValue }

    /// The form's name in three languages.
    public var name: LocalizedText {
        switch self {
        case .physical:
            LocalizedText(
                english: "physical work permit card", german: "physische Arbeitserlaubnis", chinese: "实体工作许可证")
        case .integrated:
            LocalizedText(
                english: "integrated with the social security card",
                german: "in die Sozialversicherungskarte integriert", chinese: "与社保卡融合")
        }
    }
}
