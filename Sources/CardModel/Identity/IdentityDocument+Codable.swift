#if !hasFeature(Embedded)
    extension IdentityDocument: Codable {
        private enum CodingKeys: String, CodingKey { case kind, number, validUntil }

        /// Decodes a document, validating its number again for its kind.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let kind = try container.decode(Kind.self, forKey: .kind)
            let text = try container.decode(String.self, forKey: .number)
            let validUntil = try container.decodeIfPresent(CivilDate.self, forKey: .validUntil)
            do {
                switch kind {
                case .residentIdentityCard:
                    self.init(residentIdentityCard: try ResidentIdentityNumber(text), validUntil: validUntil)
                case .foreignPermanentResidentIDCard:
                    self.init(
                        foreignPermanentResidentIDCard: try ForeignPermanentResidentIDNumber(text),
                        validUntil: validUntil)
                case .passport:
                    self.init(passport: try PassportNumber(text), validUntil: validUntil)
                }
            } catch {
                throw DecodingError.dataCorruptedError(
                    forKey: .number, in: container, debugDescription: "IdentityDocument: \(error)")
            }
        }

        /// Encodes the kind, the full number (for the host's own storage) and the expiry.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.kind, forKey: .kind)
            try container.encode(self.revealedNumber, forKey: .number)
            try container.encodeIfPresent(self.validUntil, forKey: .validUntil)
        }
    }

    extension IdentityDocument.Kind: Codable {}

    extension PresentedDocument: Codable {
        private enum CodingKeys: String, CodingKey { case document, isOriginal }

        /// Decodes a presented document from its `document` and `isOriginal`.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                try container.decode(IdentityDocument.self, forKey: .document),
                isOriginal: try container.decode(Bool.self, forKey: .isOriginal))
        }

        /// Encodes the presented document's `document` and `isOriginal`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.document, forKey: .document)
            try container.encode(self.isOriginal, forKey: .isOriginal)
        }
    }

    // Raw-value enums of the identity types are stored as their raw values.
    extension Sex: Codable {}
    extension UnifiedSocialCreditCode.RegistrationDepartment: Codable {}
#endif
