public import CardModel

/// A way of receiving the exchanged card (EX-RECEIPT).
///
/// The raw values are the codes `sscard exchange --receipt` takes. Named apart from ReplacementWorkflow's
/// `ReplacementReceiptMethod` (a replacement's collection or express delivery), so a file importing both modules
/// can use each name bare.
public enum ExchangeReceiptMethod: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Collected at the chosen bank's branch.
    case bankBranch = "bank-branch"
    /// Made and handed over on the spot at an instant-issuance branch; only when applying at a bank outlet.
    case instantIssuance = "instant-issuance"
    /// Sent by post, free of charge.
    case post
    /// Collected by the employer (company pickup, 单位代领); only under the employer's collective application
    /// with company pickup.
    case employer

    /// The way's name in three languages.
    public var name: LocalizedText {
        switch self {
        case .bankBranch:
            LocalizedText(
                english: "collection at the bank branch", german: "Abholung in der Bankfiliale", chinese: "银行网点领取")
        case .instantIssuance:
            LocalizedText(
                english: "instant issuance at the branch", german: "Sofortausgabe in der Filiale", chinese: "网点即时制卡")
        case .post: LocalizedText(english: "by post", german: "per Post", chinese: "邮寄")
        case .employer:
            LocalizedText(
                english: "through the employer (company pickup)", german: "über den Arbeitgeber (Firmenabholung)",
                chinese: "单位代领")
        }
    }

    /// The way's code, such as `bank-branch`.
    public var description: String { self.rawValue }
}

/// A way of receiving the card open to an applicant, with what it costs (EX-RECEIPT).
public struct ExchangeReceiptOption: Sendable, Hashable, CustomStringConvertible {
    /// The way of receiving the card.
    public let method: ExchangeReceiptMethod
    /// What it costs: nothing (postage is free of charge).
    public let fee: Money

    /// Creates an option.
    public init(method: ExchangeReceiptMethod, fee: Money = .zero) {
        self.method = method
        self.fee = fee
    }

    /// `post (CNY 0.00)`.
    public var description: String { "\(self.method) (\(self.fee))" }
}
