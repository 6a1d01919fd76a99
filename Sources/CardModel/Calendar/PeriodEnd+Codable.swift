#if !hasFeature(Embedded)
    extension PeriodEnd: Codable {
        private enum CodingKeys: String, CodingKey { case nominalLastDay, effectiveLastDay }

        /// Decodes a period end from its `nominalLastDay` and `effectiveLastDay`.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                nominalLastDay: try container.decode(CivilDate.self, forKey: .nominalLastDay),
                effectiveLastDay: try container.decode(CivilDate.self, forKey: .effectiveLastDay))
        }

        /// Encodes the period end's `nominalLastDay` and `effectiveLastDay`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.nominalLastDay, forKey: .nominalLastDay)
            try container.encode(self.effectiveLastDay, forKey: .effectiveLastDay)
        }
    }
#endif
