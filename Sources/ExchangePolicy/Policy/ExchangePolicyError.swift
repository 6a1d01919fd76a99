public import CardModel

/// Why a set of parameters does not make an ``ExchangePolicy``.
public struct ExchangePolicyError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of failure.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Storage: Hashable, Sendable {
            case phasesOutOfOrder, noPartnerBanks, duplicatePartnerBank, invalidBankCode, employerBankLimit
            case productionTime, negativeFee
        }
        private let storage: Storage

        /// The regular phase starts before the centralized phase.
        public static var phasesOutOfOrder: Self { Self(storage: .phasesOutOfOrder) }
        /// The list of partner banks is empty.
        public static var noPartnerBanks: Self { Self(storage: .noPartnerBanks) }
        /// Two partner banks have the same code.
        public static var duplicatePartnerBank: Self { Self(storage: .duplicatePartnerBank) }
        /// A partner bank's code is empty or not upper case letters and digits.
        public static var invalidBankCode: Self { Self(storage: .invalidBankCode) }
        /// The most banks an employer may select is less than 1.
        public static var employerBankLimit: Self { Self(storage: .employerBankLimit) }
        /// A production time is outside ``ExchangePolicy/productionTimeRange`` (0 to 365 days).
        public static var productionTime: Self { Self(storage: .productionTime) }
        /// The postage fee is negative.
        public static var negativeFee: Self { Self(storage: .negativeFee) }

        /// The code's name.
        public var description: String {
            switch self.storage {
            case .phasesOutOfOrder: "phasesOutOfOrder"
            case .noPartnerBanks: "noPartnerBanks"
            case .duplicatePartnerBank: "duplicatePartnerBank"
            case .invalidBankCode: "invalidBankCode"
            case .employerBankLimit: "employerBankLimit"
            case .productionTime: "productionTime"
            case .negativeFee: "negativeFee"
            }
        }
    }

    /// The kind of failure.
    public let code: Code
    /// What is wrong, in three languages.
    public let message: LocalizedText

    init(_ code: Code, _ message: LocalizedText) {
        self.code = code
        self.message = message
    }

    /// `ExchangePolicyError.phasesOutOfOrder: <English message>`.
    public var description: String { "ExchangePolicyError.\(self.code): \(self.message.english)" }
}
