public import CardModel

/// Who may collect the new card and activate its bank function: the holder's identity document and, when a
/// guardian applies for a minor, the guardian's (EX-MINOR, EX-RECEIPT, EX-ACTIVATION).
///
/// Kept apart from ``ExchangeApplication``, which holds only the facts the policy decides on. Documents are
/// personal information: every printed form is masked.
public struct ExchangeParties: Sendable, Hashable, CustomStringConvertible {
    /// The holder's identity document.
    public let holder: IdentityDocument
    /// The guardian's identity document, when a guardian applies.
    public let guardian: IdentityDocument?

    /// Creates the parties of an exchange.
    public init(holder: IdentityDocument, guardian: IdentityDocument? = nil) {
        self.holder = holder
        self.guardian = guardian
    }

    /// The masked documents.
    public var description: String {
        "ExchangeParties(holder: \(self.holder)\(self.guardian.map { ", guardian: \($0)" } ?? ""))"
    }
}
