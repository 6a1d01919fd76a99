public import CardModel

/// What is shown and handed in with an on-site application (RP-DOCUMENTS).
///
/// On site the holder's original valid identity document is shown, and a damaged card is handed in (a lost
/// card cannot be); an agent also shows the agent's own original valid identity document. Online applications
/// present nothing here: the login is real-name.
///
/// Document numbers are personal information and masked in every printed form (CM-PRIVACY).
public struct PresentedDocuments: Sendable, Hashable, CustomStringConvertible {
    /// The holder's identity document as shown, if any.
    public let holder: PresentedDocument?
    /// The agent's own identity document as shown, if any.
    public let agent: PresentedDocument?
    /// Whether the damaged card is handed in.
    public let damagedCardHandedIn: Bool

    /// Creates the set of documents presented.
    ///
    /// - Parameters:
    ///   - holder: The holder's identity document as shown.
    ///   - agent: The agent's own identity document as shown.
    ///   - damagedCardHandedIn: Whether the damaged card is handed in.
    public init(holder: PresentedDocument? = nil, agent: PresentedDocument? = nil, damagedCardHandedIn: Bool = false) {
        self.holder = holder
        self.agent = agent
        self.damagedCardHandedIn = damagedCardHandedIn
    }

    /// Nothing presented (an online application).
    public static let none = PresentedDocuments()

    /// The masked documents and whether the card is handed in.
    public var description: String {
        "PresentedDocuments(holder: \(self.holder.map { "\($0)" } ?? "none"), "
            + "agent: \(self.agent.map { "\($0)" } ?? "none"), damagedCardHandedIn: \(self.damagedCardHandedIn))"
    }
}
