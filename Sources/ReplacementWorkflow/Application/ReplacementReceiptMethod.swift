public import CardModel

/// How the holder receives the new card (RP-RECEIPT).
public enum ReplacementReceiptMethod: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Collected at a social security office.
    case collect
    /// Sent by express delivery (postage time is not counted in the ready date, RP-READY).
    case express

    /// `collect` or `express`.
    public var description: String { self.rawValue }

    /// The method in three languages.
    public var name: LocalizedText {
        switch self {
        case .collect:
            LocalizedText(
                english: "collection at a social security office",
                german: "Abholung in einer Sozialversicherungsstelle", chinese: "到社保经办机构领取")
        case .express:
            LocalizedText(english: "express delivery", german: "Expresszustellung", chinese: "快递邮寄")
        }
    }
}
