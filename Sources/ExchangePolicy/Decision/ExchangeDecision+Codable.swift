#if !hasFeature(Embedded)
    extension ExchangeDecision: Encodable {
        private enum CodingKeys: String, CodingKey {
            case date, phase, violations, notes, warnings, information, missingCalendarYears, provisionalYears
            case generation, bankChoice, receipt, receiptOptions, acceptanceDate, readyDate
        }

        /// Encodes every field in declaration order; `phase`, `generation`, `acceptanceDate` and `readyDate` only
        /// when known.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.date, forKey: .date)
            try container.encodeIfPresent(self.phase, forKey: .phase)
            try container.encode(self.violations, forKey: .violations)
            try container.encode(self.notes, forKey: .notes)
            try container.encode(self.warnings, forKey: .warnings)
            try container.encode(self.information, forKey: .information)
            try container.encode(self.missingCalendarYears, forKey: .missingCalendarYears)
            try container.encode(self.provisionalYears, forKey: .provisionalYears)
            try container.encodeIfPresent(self.generation, forKey: .generation)
            try container.encode(self.bankChoice, forKey: .bankChoice)
            try container.encode(self.receipt, forKey: .receipt)
            try container.encode(self.receiptOptions, forKey: .receiptOptions)
            try container.encodeIfPresent(self.acceptanceDate, forKey: .acceptanceDate)
            try container.encodeIfPresent(self.readyDate, forKey: .readyDate)
        }
    }

    // The decision's raw-value enums are stored as their raw values.
    extension BankChoice: Codable {}
    extension CardIssuance: Codable {}
    extension ExchangePhase: Codable {}
#endif
