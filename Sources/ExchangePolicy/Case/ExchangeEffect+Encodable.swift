import CardModel

#if !hasFeature(Embedded)
    extension ExchangeEffect: Encodable {
        private enum CodingKeys: String, CodingKey {
            case effect, notice, bank, readyDate, to, generation, from
        }

        /// Encodes the effect's ``name`` and what it carries, with explicit keys:
        ///
        /// ```json
        /// {"effect": "notifyHolder", "notice": "applicationAccepted"}
        /// {"effect": "orderCard", "bank": {"code": "CMB", …}, "readyDate": "2026-01-09"}
        /// {"effect": "orderCard", "bank": {"code": "CMB", …}, "readyDate": null}
        /// {"effect": "handOverCard", "to": "holder"}
        /// {"effect": "supersedeOldCard", "generation": 2, "from": "2026-01-10"}
        /// ```
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.name, forKey: .effect)
            switch self {
            case .notifyHolder(let notice), .notifyEmployer(let notice):
                try container.encode(notice, forKey: .notice)
            case .orderCard(let bank, let readyDate):
                try container.encode(bank, forKey: .bank)
                if let readyDate {
                    try container.encode(readyDate, forKey: .readyDate)
                } else {
                    try container.encodeNil(forKey: .readyDate)
                }
            case .makeCardOnTheSpot(let bank), .cancelCardOrder(let bank), .activateFinancialFunction(let bank):
                try container.encode(bank, forKey: .bank)
            case .handOverCard(let role):
                try container.encode(role, forKey: .to)
            case .supersedeOldCard(let generation, let date):
                try container.encode(generation, forKey: .generation)
                try container.encode(date, forKey: .from)
            case .postCard, .activateSocialSecurityFunction:
                break
            }
        }
    }

    // A notice is stored as its raw value.
    extension ExchangeNotice: Codable {}
#endif
