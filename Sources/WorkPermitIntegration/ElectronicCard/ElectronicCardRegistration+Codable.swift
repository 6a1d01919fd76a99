import CardModel

#if !hasFeature(Embedded)
    extension ElectronicCardRegistration: Codable {
        private enum CodingKeys: String, CodingKey { case name, credential, workPermit }

        /// Decodes `{"name": "…", "credential": {…}, "workPermit": {…}}` (`workPermit` absent for a physical
        /// permit), validating every value again.
        ///
        /// - Throws: `DecodingError` for a missing or invalid value.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                name: try container.decode(PersonName.self, forKey: .name),
                credential: try container.decode(Credential.self, forKey: .credential),
                workPermit: try container.decodeIfPresent(WorkPermitInformation.self, forKey: .workPermit))
        }

        /// Encodes the name, the credential and the permit's information, with the keys ``init(from:)`` reads.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.name, forKey: .name)
            try container.encode(self.credential, forKey: .credential)
            try container.encodeIfPresent(self.workPermit, forKey: .workPermit)
        }
    }

    extension ElectronicCardRegistration.Credential: Codable {
        private enum CodingKeys: String, CodingKey { case kind, number, workPermitNumber, socialSecurityNumber }
        private enum Before1_0Keys: String, CodingKey { case _0 }

        /// Decodes `{"kind": "workPermitNumber", "number": "WP…"}` or `{"kind": "socialSecurityNumber", "number":
        /// "…"}`, validating the number again; the form written before 1.0, `{"workPermitNumber": {"_0": "WP…"}}`,
        /// is read too.
        ///
        /// - Throws: `DecodingError` for an unknown kind or a missing or invalid number.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            if container.contains(.kind) {
                switch try container.decode(String.self, forKey: .kind) {
                case "workPermitNumber":
                    self = .workPermitNumber(try container.decode(WorkPermitNumber.self, forKey: .number))
                case "socialSecurityNumber":
                    self = .socialSecurityNumber(try container.decode(SocialSecurityNumber.self, forKey: .number))
                case let kind:
                    throw DecodingError.dataCorruptedError(
                        forKey: .kind, in: container, debugDescription: "Credential: unknown kind '\(kind)'")
                }
            } else if container.contains(.workPermitNumber) {
                let values = try container.nestedContainer(keyedBy: Before1_0Keys.self, forKey: .workPermitNumber)
                self = .workPermitNumber(try values.decode(WorkPermitNumber.self, forKey: ._0))
            } else {
                let values = try container.nestedContainer(keyedBy: Before1_0Keys.self, forKey: .socialSecurityNumber)
                self = .socialSecurityNumber(try values.decode(SocialSecurityNumber.self, forKey: ._0))
            }
        }

        /// Encodes the ``kind`` and the number, with the keys ``init(from:)`` reads.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.kind, forKey: .kind)
            switch self {
            case .workPermitNumber(let number): try container.encode(number, forKey: .number)
            case .socialSecurityNumber(let number): try container.encode(number, forKey: .number)
            }
        }
    }
#endif
