public import CardModel

/// An employer's arrangement for its employees' exchange: collective application (集体申领) on or off, company
/// pickup (单位代领) on or off, and the partner banks it selected (EX-EMPLOYER-BANKS, EX-FREE-CHOICE).
///
/// Validation has two layers:
/// - **Shape**, checked whenever a value is made or decoded: collective application on ⇔ at least one bank
///   selected; company pickup only with collective application; no bank twice.
/// - **Conformance to a policy** (at most ``ExchangePolicy/maximumEmployerBanks`` banks, each a partner bank of
///   the policy), checked at construction against the policy passed (``ExchangePolicy/beijing`` unless told
///   otherwise) and checked *again* by ``ExchangePolicy/evaluate(_:)`` against the policy that decides, which
///   reports a breach as EX-EMPLOYER-BANKS violations. The policy is a relation between two values, so it
///   cannot be an invariant of one of them: an arrangement made for a policy with 16 banks, or decoded from
///   storage, still reaches `evaluate` of a policy with 15, and is refused there with every reason.
///
/// ```swift
/// let arrangement = try EmployerArrangement(
///     employer: try UnifiedSocialCreditCode("91350100M000100Y43"),
///     collectiveApplication: true, companyPickup: true, selectedBanks: [.icbc, .boc])
/// ```
public struct EmployerArrangement: Sendable, Hashable, CustomStringConvertible {
    /// The employer.
    public let employer: UnifiedSocialCreditCode
    /// Whether the employer has enabled collective application for its employees.
    public let collectiveApplication: Bool
    /// Whether the employer collects the cards (单位代领); only with collective application.
    public let companyPickup: Bool
    /// The partner banks the employer selected: one to ``ExchangePolicy/maximumEmployerBanks`` with collective
    /// application, none without.
    public let selectedBanks: [PartnerBank]

    /// Creates an arrangement, checking its shape and, unless `policy` is `nil`, its conformance to `policy`
    /// (EX-EMPLOYER-BANKS).
    ///
    /// Pass `policy: nil` only when the arrangement goes straight to ``ExchangePolicy/evaluate(_:)``, which
    /// reports a breach of the policy as violations (the `sscard` shell does this, so that a bad selection is
    /// refused together with every other reason).
    ///
    /// - Throws: ``EmployerArrangementError`` with code ``EmployerArrangementError/Code/noBanksSelected``,
    ///   ``EmployerArrangementError/Code/banksWithoutCollectiveApplication``,
    ///   ``EmployerArrangementError/Code/companyPickupWithoutCollectiveApplication``,
    ///   ``EmployerArrangementError/Code/duplicateBank``, ``EmployerArrangementError/Code/tooManyBanks`` or
    ///   ``EmployerArrangementError/Code/notAPartnerBank``.
    public init(
        employer: UnifiedSocialCreditCode, collectiveApplication: Bool, companyPickup: Bool = false,
        selectedBanks: [PartnerBank] = [], checkedAgainst policy: ExchangePolicy? = .beijing
    ) throws(EmployerArrangementError) {
        try Self.checkShape(
            collectiveApplication: collectiveApplication, companyPickup: companyPickup, selectedBanks: selectedBanks,
            maximum: policy?.maximumEmployerBanks)
        if let policy {
            if let violation = policy.selectionSizeViolation(selectedBanks) {
                throw EmployerArrangementError(.tooManyBanks, violation.message, bank: nil)
            }
            if let bank = selectedBanks.first(where: { !policy.isPartnerBank($0) }) {
                throw EmployerArrangementError(
                    .notAPartnerBank, ExchangeMessages.arrangementNotAPartnerBank(bank.code), bank: bank.code)
            }
        }
        self.employer = employer
        self.collectiveApplication = collectiveApplication
        self.companyPickup = companyPickup
        self.selectedBanks = selectedBanks
    }

    /// An employer that has not enabled collective application: its employees choose freely (EX-FREE-CHOICE).
    public static func withoutCollectiveApplication(employer: UnifiedSocialCreditCode) -> EmployerArrangement {
        EmployerArrangement(unchecked: employer)
    }

    private init(unchecked employer: UnifiedSocialCreditCode) {
        self.employer = employer
        self.collectiveApplication = false
        self.companyPickup = false
        self.selectedBanks = []
    }

    /// Whether the employer selected `bank` (by code).
    public func selects(_ bank: PartnerBank) -> Bool {
        self.selectedBanks.contains { $0.code == bank.code }
    }

    /// The selected banks' codes joined by commas, such as `ICBC,BOC`.
    public var selectedBankCodes: String { self.selectedBanks.map { $0.code }.joined(separator: ",") }

    /// The masked employer, the switches and the selected banks.
    public var description: String {
        "EmployerArrangement(\(self.employer), collective: \(self.collectiveApplication), "
            + "pickup: \(self.companyPickup), banks: [\(self.selectedBankCodes)])"
    }

    /// Checks the shape; `maximum` (the limit of the policy checked against, if any) only words the no-banks
    /// message.
    static func checkShape(
        collectiveApplication: Bool, companyPickup: Bool, selectedBanks: [PartnerBank], maximum: Int?
    ) throws(EmployerArrangementError) {
        if companyPickup && !collectiveApplication {
            throw EmployerArrangementError(
                .companyPickupWithoutCollectiveApplication, ExchangeMessages.arrangementPickupWithoutCollective,
                bank: nil)
        }
        if collectiveApplication && selectedBanks.isEmpty {
            throw EmployerArrangementError(
                .noBanksSelected, ExchangeMessages.arrangementNoBanks(maximum: maximum), bank: nil)
        }
        if !collectiveApplication && !selectedBanks.isEmpty {
            throw EmployerArrangementError(
                .banksWithoutCollectiveApplication, ExchangeMessages.arrangementBanksWithoutCollective, bank: nil)
        }
        var codes: Set<String> = []
        for bank in selectedBanks where !codes.insert(bank.code).inserted {
            throw EmployerArrangementError(
                .duplicateBank, ExchangeMessages.arrangementDuplicateBank(bank.code), bank: bank.code)
        }
    }
}
