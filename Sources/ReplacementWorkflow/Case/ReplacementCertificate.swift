public import CardModel

/// The electronic "Certificate of New Issuance or Replacement (Renewal) of Social Security Card", which the
/// holder can look up and save on the personal information page after applying (RP-CERTIFICATE).
public struct ReplacementCertificate: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The day of the application.
    public let appliedOn: CivilDate
    /// The day it was accepted (CM-ACCEPTANCE).
    public let acceptedOn: CivilDate
    /// The day the new card is ready (RP-READY).
    public let readyOn: CivilDate
    /// Why the card is replaced.
    public let reason: ReplacementReason
    /// The fee charged (RP-FEE).
    public let fee: Money
    /// How the card is received (RP-RECEIPT).
    public let receipt: ReplacementReceiptMethod

    /// Creates a certificate.
    public init(
        appliedOn: CivilDate, acceptedOn: CivilDate, readyOn: CivilDate, reason: ReplacementReason, fee: Money,
        receipt: ReplacementReceiptMethod
    ) {
        self.appliedOn = appliedOn
        self.acceptedOn = acceptedOn
        self.readyOn = readyOn
        self.reason = reason
        self.fee = fee
        self.receipt = receipt
    }

    /// The certificate's title in three languages.
    public static let title = LocalizedText(
        english: "Certificate of New Issuance or Replacement (Renewal) of Social Security Card",
        german: "Bescheinigung über Neuausstellung oder Ersatz (Erneuerung) der Sozialversicherungskarte",
        chinese: "社会保障卡新办或补换（换领）凭证")

    /// For example `Certificate (applied 2026-09-30, accepted 2026-09-30, ready 2026-10-12, CNY 20.00)`.
    public var description: String {
        "Certificate (applied \(self.appliedOn), accepted \(self.acceptedOn), ready \(self.readyOn), \(self.fee))"
    }
}
