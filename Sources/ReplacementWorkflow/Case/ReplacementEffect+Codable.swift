#if !hasFeature(Embedded)
    extension ReplacementEffect: Encodable {
        private enum CodingKeys: String, CodingKey { case effect, fee, certificate, receipt, to }

        /// Encodes `{"effect": "<name>"}` with what the effect carries under its own key: `fee`, `certificate`,
        /// `receipt` or `to`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.name, forKey: .effect)
            switch self {
            case .blockCard, .unblockCard, .reportLossFormally, .dispatch, .supersedeOldCard: break
            case .chargeFee(let fee): try container.encode(fee, forKey: .fee)
            case .issueCertificate(let certificate): try container.encode(certificate, forKey: .certificate)
            case .notifyReady(let method): try container.encode(method, forKey: .receipt)
            case .handOver(let party): try container.encode(party, forKey: .to)
            }
        }
    }
#endif
