#if !hasFeature(Embedded)
    extension NoticeCitation: Codable {
        private enum CodingKeys: String, CodingKey { case documentNumber, issued, title }

        /// Decodes a citation; `documentNumber` and `issued` may be missing.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                documentNumber: try container.decodeIfPresent(String.self, forKey: .documentNumber),
                issued: try container.decodeIfPresent(CivilDate.self, forKey: .issued),
                title: try container.decode(String.self, forKey: .title))
        }

        /// Encodes the citation, leaving out a missing `documentNumber` or `issued`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeIfPresent(self.documentNumber, forKey: .documentNumber)
            try container.encodeIfPresent(self.issued, forKey: .issued)
            try container.encode(self.title, forKey: .title)
        }
    }
#endif
