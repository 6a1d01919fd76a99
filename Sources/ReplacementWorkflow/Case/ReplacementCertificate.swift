public import CardModel

/// The electronic "Certificate of New Issuance or Replacement (Renewal) of Social Security Card", which the
/// holder can look up and save on the personal information page after applying (RP-CERTIFICATE).
///
/// Only a ``ReplacementCase`` issues one (``ReplacementEffect/issueCertificate(_:)``), for an application the
/// policy approved, so a host cannot forge it; it is `Encodable` for logs, not `Decodable`.
public struct ReplacementCertificate: Sendable, Hashable, CustomStringConvertible {
    /// The day of the application.
    public let appliedOn: CivilDate
    /// The day it was accepted (CM-ACCEPTANCE).
    public let acceptanceDate: CivilDate
    /// The day the new card is ready (RP-READY).
    public let readyDate: CivilDate
    /// Why the card is replaced.
    public let reason: ReplacementReason
    /// The fee charged (RP-FEE).
    public let fee: Money
    /// How the card is received (RP-RECEIPT).
    public let receipt: ReplacementReceiptMethod

    /// Creates a certificate; only a ``ReplacementCase`` does.
    init(
        appliedOn: CivilDate, acceptanceDate: CivilDate, readyDate: CivilDate, reason: ReplacementReason, fee: Money,
        receipt: ReplacementReceiptMethod
    ) {
        self.appliedOn = appliedOn
        self.acceptanceDate = acceptanceDate
        self.readyDate = readyDate
        self.reason = reason
        self.fee = fee
        self.receipt = receipt
    }

    /// The day it was accepted: now ``acceptanceDate``.
    @available(*, deprecated, renamed: "acceptanceDate")
    public var acceptedOn: CivilDate { self.acceptanceDate }

    /// The day the new card is ready: now ``readyDate``.
    @available(*, deprecated, renamed: "readyDate")
    public var readyOn: CivilDate { self.readyDate }

    /// The certificate's title in three languages.
    public static let title = LocalizedText(
        english: "Certificate of New Issuance or Replacement (Renewal) of Social Security Card",
        german: "Bescheinigung über Neuausstellung oder Ersatz (Erneuerung) der Sozialversicherungskarte",
        chinese: "社会保障卡新办或补换（换领）凭证")

    /// For example `Certificate (applied 2026-09-30, accepted 2026-09-30, ready 2026-10-12, CNY 20.00)`.
    public var description: String {
        "Certificate (applied \(self.appliedOn), accepted \(self.acceptanceDate), ready \(self.readyDate), \(self.fee))"
    }
}
