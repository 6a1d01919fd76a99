public import CardModel

/// A document to bring, and when (RP-DOCUMENTS, RP-RECEIPT).
public struct DocumentRequirement: Sendable, Hashable, CustomStringConvertible {
    /// What to bring.
    public enum Item: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        /// The holder's original valid identity document.
        case holderIdentityDocument
        /// The agent's own original valid identity document.
        case agentIdentityDocument
        /// The damaged card, handed in.
        case damagedCard

        /// The code, such as `holderIdentityDocument` (the `document` key of `sscard replacement --json`).
        public var description: String { self.rawValue }
    }

    /// When it is needed.
    public enum Occasion: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        /// When applying on site (RP-DOCUMENTS).
        case application
        /// When receiving the new card, by collection or express delivery (RP-RECEIPT).
        case receipt
        /// When an agent receives the new card for the holder (RP-RECEIPT, our reading).
        case receiptByAgent

        /// The code, such as `receiptByAgent` (the `when` key of `sscard replacement --json`).
        public var description: String { self.rawValue }
    }

    /// What to bring.
    public let item: Item
    /// When.
    public let occasion: Occasion

    /// Creates a requirement.
    public init(_ item: Item, at occasion: Occasion) {
        self.item = item
        self.occasion = occasion
    }

    /// The rule that asks for it.
    public var rule: RuleID { self.occasion == .application ? .replacementDocuments : .replacementReceipt }

    /// The requirement in three languages.
    public var text: LocalizedText {
        let what: LocalizedText
        switch self.item {
        case .holderIdentityDocument:
            what = LocalizedText(
                english: "the holder's original valid identity document",
                german: "der gültige Original-Ausweis des Karteninhabers", chinese: "持卡人本人有效身份证件原件")
        case .agentIdentityDocument:
            what = LocalizedText(
                english: "the agent's own original valid identity document",
                german: "der eigene gültige Original-Ausweis des Bevollmächtigten", chinese: "代办人本人有效身份证件原件")
        case .damagedCard:
            what = LocalizedText(
                english: "the damaged card, handed in", german: "die beschädigte Karte, die abgegeben wird",
                chinese: "交回损坏的社保卡")
        }
        switch self.occasion {
        case .application:
            return LocalizedText(
                english: "When applying on site: \(what.english)", german: "Beim Antrag vor Ort: \(what.german)",
                chinese: "现场申请时：\(what.chinese)")
        case .receipt:
            return LocalizedText(
                english: "When receiving the new card: \(what.english)",
                german: "Bei Empfang der neuen Karte: \(what.german)", chinese: "领取新卡时：\(what.chinese)")
        case .receiptByAgent:
            return LocalizedText(
                english: "When an agent receives the new card, also \(what.english)",
                german: "Wenn ein Bevollmächtigter die neue Karte empfängt, zusätzlich \(what.german)",
                chinese: "由代办人领取新卡时，另需\(what.chinese)")
        }
    }

    /// The English text.
    public var description: String { self.text.english }
}
