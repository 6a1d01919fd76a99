import CardModel

#if !hasFeature(Embedded)
    extension ExchangeApplication: Codable {
        /// The stored form's keys, spelled out so they never depend on the compiler (`holderBirthDate` only when
        /// known).
        private enum CodingKeys: String, CodingKey {
            case date, currentCard, channel, bank, receipt, employer, holderIsMinor, appliedByGuardian, holderBirthDate
        }

        /// Decodes an application from its facts; `currentCard`, `employer` and `holderBirthDate` may be missing.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                date: try container.decode(CivilDate.self, forKey: .date),
                currentCard: try container.decodeIfPresent(CardGeneration.self, forKey: .currentCard),
                channel: try container.decode(ExchangeChannel.self, forKey: .channel),
                bank: try container.decode(PartnerBank.self, forKey: .bank),
                receipt: try container.decode(ExchangeReceiptMethod.self, forKey: .receipt),
                employer: try container.decodeIfPresent(EmployerArrangement.self, forKey: .employer),
                holderIsMinor: try container.decode(Bool.self, forKey: .holderIsMinor),
                appliedByGuardian: try container.decode(Bool.self, forKey: .appliedByGuardian),
                holderBirthDate: try container.decodeIfPresent(CivilDate.self, forKey: .holderBirthDate))
        }

        /// Encodes the facts; `currentCard`, `employer` and `holderBirthDate` only when present.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.date, forKey: .date)
            try container.encodeIfPresent(self.currentCard, forKey: .currentCard)
            try container.encode(self.channel, forKey: .channel)
            try container.encode(self.bank, forKey: .bank)
            try container.encode(self.receipt, forKey: .receipt)
            try container.encodeIfPresent(self.employer, forKey: .employer)
            try container.encode(self.holderIsMinor, forKey: .holderIsMinor)
            try container.encode(self.appliedByGuardian, forKey: .appliedByGuardian)
            try container.encodeIfPresent(self.holderBirthDate, forKey: .holderBirthDate)
        }
    }

    // The channel is stored as its raw value.
    extension ExchangeChannel: Codable {}
#endif
