import CardModel

#if !hasFeature(Embedded)
    extension ForeignerOnboarding.Phase: Codable {
        private enum CodingKeys: String, CodingKey { case stage, electronicCardRegistered, insurance, residence }

        /// Decodes a phase, refusing a combination no onboarding can reach (such as `notStarted` with a card).
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let phase = Self(
                stage: try container.decode(Stage.self, forKey: .stage),
                electronicCardRegistered: try container.decode(Bool.self, forKey: .electronicCardRegistered),
                insurance: try container.decode(Insurance.self, forKey: .insurance),
                residence: try container.decode(Residence.self, forKey: .residence))
            guard phase.isReachable else {
                throw DecodingError.dataCorruptedError(
                    forKey: .stage, in: container, debugDescription: "no onboarding can be in the phase \(phase)")
            }
            self = phase
        }

        /// Encodes the stage and each track.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.stage, forKey: .stage)
            try container.encode(self.electronicCardRegistered, forKey: .electronicCardRegistered)
            try container.encode(self.insurance, forKey: .insurance)
            try container.encode(self.residence, forKey: .residence)
        }
    }

    // The tracks' raw-value enums are stored as their raw values.
    extension ForeignerOnboarding.Phase.Stage: Codable {}
    extension ForeignerOnboarding.Phase.Insurance: Codable {}
    extension ForeignerOnboarding.Phase.Residence: Codable {}
#endif
