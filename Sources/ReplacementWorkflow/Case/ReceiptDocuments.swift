public import CardModel

/// Who receives the new card and what they show (RP-RECEIPT).
///
/// The holder's original valid identity document is always shown and must match the holder; when an agent
/// receives the card, the agent shows their own original valid identity document as well (our reading, by
/// analogy with RP-DOCUMENTS). Document numbers are masked in every printed form (CM-PRIVACY).
public struct ReceiptDocuments: Sendable, Hashable, CustomStringConvertible {
    /// Who receives the card.
    public let receiver: ActingParty
    /// The holder's identity document as shown, if any.
    public let holder: PresentedDocument?
    /// The agent's own identity document as shown, if any.
    public let agent: PresentedDocument?

    /// The holder receives the card, showing `document`.
    public init(holder document: PresentedDocument?) {
        self.receiver = .holder
        self.holder = document
        self.agent = nil
    }

    /// An agent receives the card, showing the holder's document and their own.
    public init(agent: PresentedDocument?, holder: PresentedDocument?) {
        self.receiver = .agent
        self.holder = holder
        self.agent = agent
    }

    /// The receiver and the masked documents.
    public var description: String {
        "ReceiptDocuments(\(self.receiver), holder: \(self.holder.map { "\($0)" } ?? "none"), "
            + "agent: \(self.agent.map { "\($0)" } ?? "none"))"
    }
}
