import CardModel

#if !hasFeature(Embedded)
    extension OnboardingDeadline: Codable {
        private enum CodingKeys: String, CodingKey {
            case kind, nominalLastDay, lastDay, yearWithoutData, provisionalYear
        }

        /// Decodes a deadline, refusing an effective last day before the nominal one, a letter's last day that
        /// moved (WP-NOTIFICATION: the letter's day is its own), or an effective day that is neither known nor
        /// marked unknown with its year.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let kind = try container.decode(Kind.self, forKey: .kind)
            let nominal = try container.decode(CivilDate.self, forKey: .nominalLastDay)
            let last = try container.decodeIfPresent(CivilDate.self, forKey: .lastDay)
            let year = try container.decodeIfPresent(Int.self, forKey: .yearWithoutData)
            let provisional = try container.decodeIfPresent(Int.self, forKey: .provisionalYear)
            switch (last, year) {
            case (let last?, nil) where last >= nominal && (kind != .notificationLetterExpiry || last == nominal):
                self.init(kind: kind, nominalLastDay: nominal, lastDay: last, provisionalYear: provisional)
            case (nil, let year?) where kind != .notificationLetterExpiry && year >= nominal.year:
                self.init(kind: kind, nominalLastDay: nominal, unknownFor: year)
            default:
                throw DecodingError.dataCorruptedError(
                    forKey: .lastDay, in: container,
                    debugDescription: "the effective last day does not fit the nominal last day \(nominal)")
            }
        }

        /// Encodes the kind, the nominal day, and the effective day or the year without data.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.kind, forKey: .kind)
            try container.encode(self.nominalLastDay, forKey: .nominalLastDay)
            try container.encodeIfPresent(self.lastDay, forKey: .lastDay)
            try container.encodeIfPresent(self.yearWithoutData, forKey: .yearWithoutData)
            try container.encodeIfPresent(self.provisionalYear, forKey: .provisionalYear)
        }
    }

    extension OnboardingDeadline.Kind: Codable {}
#endif
