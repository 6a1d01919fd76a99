public import CardModel

/// What the host carries out after an event (sans-I/O: the case never does it itself).
///
/// Effects are instructions to the host, never input to a case: they are `Encodable` for logs (`{"effect":
/// "chargeFee", "fee": {…}}`), not `Decodable`.
public enum ReplacementEffect: Sendable, Hashable, CustomStringConvertible {
    /// Block the old card: a temporary loss report (RP-LOSS-REPORT).
    case blockCard
    /// Unblock the old card: the temporary loss report was withdrawn (RP-LOSS-REPORT).
    case unblockCard
    /// Record the formal loss report, which blocks the lost card for good and cannot be undone (RP-LOSS-REPORT).
    case reportLossFormally
    /// Charge the production fee (RP-FEE).
    case chargeFee(Money)
    /// Make the electronic certificate available on the personal information page (RP-CERTIFICATE).
    case issueCertificate(ReplacementCertificate)
    /// Tell the holder the new card is ready, to be collected or to be sent (RP-READY, RP-RECEIPT).
    case notifyReady(ReplacementReceiptMethod)
    /// Send the new card by express delivery (RP-RECEIPT).
    case dispatch
    /// Hand the new card over to the receiver, whose documents matched (RP-RECEIPT).
    case handOver(to: ActingParty)
    /// Mark the old card superseded for good (RP-SUPERSEDE).
    case supersedeOldCard

    /// The effect's name without its data, such as `chargeFee` (the `effect` key of its JSON form).
    public var name: String {
        switch self {
        case .blockCard: "blockCard"
        case .unblockCard: "unblockCard"
        case .reportLossFormally: "reportLossFormally"
        case .chargeFee: "chargeFee"
        case .issueCertificate: "issueCertificate"
        case .notifyReady: "notifyReady"
        case .dispatch: "dispatch"
        case .handOver: "handOver"
        case .supersedeOldCard: "supersedeOldCard"
        }
    }

    /// The effect's name, such as `chargeFee(CNY 20.00)`.
    public var description: String {
        switch self {
        case .blockCard, .unblockCard, .reportLossFormally, .dispatch, .supersedeOldCard: self.name
        case .chargeFee(let fee): "chargeFee(\(fee))"
        case .issueCertificate(let certificate): "issueCertificate(\(certificate))"
        case .notifyReady(let method): "notifyReady(\(method))"
        case .handOver(let party): "handOver(to: \(party))"
        }
    }
}
