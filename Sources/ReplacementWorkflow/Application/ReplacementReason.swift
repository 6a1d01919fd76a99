public import CardModel

/// Why a card is replaced: it was lost or it is damaged (RP-LOSS).
public enum ReplacementReason: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// The card was lost: it is reported lost before or with the application (RP-LOSS-REPORT).
    case lost
    /// The card is damaged: on site it is handed in with the application (RP-DOCUMENTS).
    case damaged

    /// `lost` or `damaged`.
    public var description: String { self.rawValue }

    /// The reason in three languages.
    public var name: LocalizedText {
        switch self {
        case .lost: LocalizedText(english: "lost", german: "verloren", chinese: "丢失")
        case .damaged: LocalizedText(english: "damaged", german: "beschädigt", chinese: "损坏")
        }
    }
}
