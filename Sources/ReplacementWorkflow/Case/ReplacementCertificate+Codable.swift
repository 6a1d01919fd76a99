#if !hasFeature(Embedded)
    extension ReplacementCertificate: Encodable {
        private enum CodingKeys: String, CodingKey {
            case appliedOn, acceptanceDate, readyDate, reason, fee, receipt
        }

        /// Encodes the certificate's `appliedOn`, `acceptanceDate`, `readyDate`, `reason`, `fee` and `receipt`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.appliedOn, forKey: .appliedOn)
            try container.encode(self.acceptanceDate, forKey: .acceptanceDate)
            try container.encode(self.readyDate, forKey: .readyDate)
            try container.encode(self.reason, forKey: .reason)
            try container.encode(self.fee, forKey: .fee)
            try container.encode(self.receipt, forKey: .receipt)
        }
    }
#endif
