import CardModel

#if !hasFeature(Embedded)
    extension WorkPermitEffect: Encodable {
        private enum CodingKeys: String, CodingKey { case effect, information, date }

        /// Encodes the effect's ``name`` and what it carries, with explicit keys:
        ///
        /// ```json
        /// {"effect": "loadOntoSocialSecurityCard", "information": {"number": "WP…", "category": "B", "validUntil": "2026-11-30"}}
        /// {"effect": "scheduleExpiry", "date": "2026-11-30"}
        /// {"effect": "retirePhysicalPermitCard"}
        /// ```
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.name, forKey: .effect)
            switch self {
            case .issuePhysicalPermitCard(let information), .updatePhysicalPermitCard(let information),
                .loadOntoSocialSecurityCard(let information):
                try container.encode(information, forKey: .information)
            case .scheduleExpiry(let date):
                try container.encode(date, forKey: .date)
            case .retirePhysicalPermitCard, .removeFromSocialSecurityCard, .withdrawPhysicalPermitCard,
                .cancelExpiryReminder:
                break
            }
        }
    }
#endif
