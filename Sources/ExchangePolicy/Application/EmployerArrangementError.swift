public import CardModel

/// Why an ``EmployerArrangement`` cannot be made (EX-EMPLOYER-BANKS).
public struct EmployerArrangementError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of failure.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Storage: Hashable, Sendable {
            case noBanksSelected, banksWithoutCollectiveApplication, companyPickupWithoutCollectiveApplication
            case duplicateBank, tooManyBanks, notAPartnerBank
        }
        private let storage: Storage

        /// Collective application is on but no bank is selected.
        public static var noBanksSelected: Self { Self(storage: .noBanksSelected) }
        /// Banks are selected but collective application is off.
        public static var banksWithoutCollectiveApplication: Self { Self(storage: .banksWithoutCollectiveApplication) }
        /// Company pickup is on but collective application is off.
        public static var companyPickupWithoutCollectiveApplication: Self {
            Self(storage: .companyPickupWithoutCollectiveApplication)
        }
        /// A bank is selected twice.
        public static var duplicateBank: Self { Self(storage: .duplicateBank) }
        /// More banks are selected than the policy allows.
        public static var tooManyBanks: Self { Self(storage: .tooManyBanks) }
        /// A selected bank is not a partner bank of the policy.
        public static var notAPartnerBank: Self { Self(storage: .notAPartnerBank) }

        /// The code's name.
        public var description: String {
            switch self.storage {
            case .noBanksSelected: "noBanksSelected"
            case .banksWithoutCollectiveApplication: "banksWithoutCollectiveApplication"
            case .companyPickupWithoutCollectiveApplication: "companyPickupWithoutCollectiveApplication"
            case .duplicateBank: "duplicateBank"
            case .tooManyBanks: "tooManyBanks"
            case .notAPartnerBank: "notAPartnerBank"
            }
        }
    }

    /// The kind of failure.
    public let code: Code
    /// What is wrong, in three languages.
    public let message: LocalizedText
    /// The bank concerned, by code, where one is.
    public let bank: String?

    /// The rule the arrangement breaks: always EX-EMPLOYER-BANKS.
    public var rule: RuleID { .exchangeEmployerBanks }

    init(_ code: Code, _ message: LocalizedText, bank: String?) {
        self.code = code
        self.message = message
        self.bank = bank
    }

    /// `EmployerArrangementError.tooManyBanks: <English message>`.
    public var description: String { "EmployerArrangementError.\(self.code): \(self.message.english)" }
}
