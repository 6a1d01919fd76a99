import CardModel

#if !hasFeature(Embedded)
    extension OldCardValidity: Codable {
        /// The stored form's keys.
        private enum CodingKeys: String, CodingKey { case date, status, workingFunctions, supersededOn }

        /// Decodes the answer as stored: its `date`, `status`, `workingFunctions` and, when superseded,
        /// `supersededOn`.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.date = try container.decode(CivilDate.self, forKey: .date)
            self.status = try container.decode(CardStatus.self, forKey: .status)
            self.workingFunctions = try container.decode(Set<CardFunction>.self, forKey: .workingFunctions)
            self.supersededOn = try container.decodeIfPresent(CivilDate.self, forKey: .supersededOn)
        }

        /// Encodes the `date`, `status`, `workingFunctions` and, when superseded, `supersededOn`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.date, forKey: .date)
            try container.encode(self.status, forKey: .status)
            try container.encode(self.workingFunctions, forKey: .workingFunctions)
            try container.encodeIfPresent(self.supersededOn, forKey: .supersededOn)
        }
    }
#endif
