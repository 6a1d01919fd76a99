import CardModel

#if !hasFeature(Embedded)
    extension ElectronicCardEffect: Encodable {
        private enum CodingKeys: String, CodingKey { case effect, information, functions }

        /// Encodes the effect's ``name`` and what it carries, with explicit keys (the functions sorted by name):
        ///
        /// ```json
        /// {"effect": "requestRealPersonVerification"}
        /// {"effect": "showWorkPermitInformation", "information": {"number": "WP…", "category": "B", "validUntil": "2027-12-31"}}
        /// {"effect": "offerFunctions", "functions": ["notifications", "workPermitInformation", "workPermitQRVerification"]}
        /// ```
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.name, forKey: .effect)
            switch self {
            case .showWorkPermitInformation(let information):
                try container.encode(information, forKey: .information)
            case .offerFunctions(let functions):
                try container.encode(functions.map(\.rawValue).sorted(), forKey: .functions)
            case .requestRealNameVerification, .requestRealPersonVerification:
                break
            }
        }
    }
#endif
