/// Who acts for the holder at a counter or at the door: the holder in person or an agent
/// (RP-DOCUMENTS, RP-RECEIPT).
public enum ActingParty: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// The card holder in person.
    case holder
    /// An agent acting for the holder; the agent also shows their own original valid identity document.
    case agent

    /// `holder` or `agent`.
    public var description: String { self.rawValue }
}
