/// Why a card is issued: an exchange of an old card, or a first issuance (EX-GENERATION).
public enum CardIssuance: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// An exchange of a first- or second-generation card (EX-ELIGIBLE).
    case exchange
    /// A first issuance, for a person without a card.
    case firstIssuance = "first-issuance"

    /// `exchange` or `first-issuance`.
    public var description: String { self.rawValue }
}
