import CardModel

#if !hasFeature(Embedded)
    extension ReplacementApplication: Codable {
        private enum CodingKeys: String, CodingKey {
            case date, reason, channel, category, applicant, documents, receipt
        }

        /// Decodes an application from its `date`, `reason`, `channel`, `category`, `applicant`, `documents` and
        /// `receipt`.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                date: try container.decode(CivilDate.self, forKey: .date),
                reason: try container.decode(ReplacementReason.self, forKey: .reason),
                channel: try container.decode(ReplacementChannel.self, forKey: .channel),
                category: try container.decode(InsuredCategory.self, forKey: .category),
                applicant: try container.decode(ActingParty.self, forKey: .applicant),
                documents: try container.decode(PresentedDocuments.self, forKey: .documents),
                receipt: try container.decode(ReplacementReceiptMethod.self, forKey: .receipt))
        }

        /// Encodes the application's `date`, `reason`, `channel`, `category`, `applicant`, `documents` and `receipt`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.date, forKey: .date)
            try container.encode(self.reason, forKey: .reason)
            try container.encode(self.channel, forKey: .channel)
            try container.encode(self.category, forKey: .category)
            try container.encode(self.applicant, forKey: .applicant)
            try container.encode(self.documents, forKey: .documents)
            try container.encode(self.receipt, forKey: .receipt)
        }
    }

    // The application's raw-value enums are stored as their raw values.
    extension ActingParty: Codable {}
    extension ReplacementChannel: Codable {}
    extension ReplacementReason: Codable {}
    extension ReplacementReceiptMethod: Codable {}
#endif
