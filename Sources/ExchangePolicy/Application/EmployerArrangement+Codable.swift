import CardModel

#if !hasFeature(Embedded)
    extension EmployerArrangement: Codable {
        private enum CodingKeys: String, CodingKey {
            case employer, collectiveApplication, companyPickup, selectedBanks
        }

        /// Decodes an arrangement and checks its shape again; conformance to a policy is checked where it is
        /// evaluated (``ExchangePolicy/evaluate(_:)``).
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            do {
                try self.init(
                    employer: try container.decode(UnifiedSocialCreditCode.self, forKey: .employer),
                    collectiveApplication: try container.decode(Bool.self, forKey: .collectiveApplication),
                    companyPickup: try container.decode(Bool.self, forKey: .companyPickup),
                    selectedBanks: try container.decode([PartnerBank].self, forKey: .selectedBanks),
                    checkedAgainst: nil)
            } catch let error as EmployerArrangementError {
                throw DecodingError.dataCorrupted(
                    DecodingError.Context(codingPath: decoder.codingPath, debugDescription: error.description))
            }
        }

        /// Encodes the employer, the switches and the selected banks.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.employer, forKey: .employer)
            try container.encode(self.collectiveApplication, forKey: .collectiveApplication)
            try container.encode(self.companyPickup, forKey: .companyPickup)
            try container.encode(self.selectedBanks, forKey: .selectedBanks)
        }
    }
#endif
