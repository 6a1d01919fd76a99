extension ForeignerOnboarding: Codable {
    private enum CodingKeys: String, CodingKey { case policy, history }

    /// Decodes the policy and the history and replays it, refusing a history the onboarding would not take.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let policy = try container.decode(WorkPermitIntegrationPolicy.self, forKey: .policy)
        let history = try container.decode([OnboardingEvent].self, forKey: .history)
        do {
            try self.init(replaying: history, policy: policy)
        } catch {
            throw DecodingError.dataCorruptedError(
                forKey: .history, in: container, debugDescription: error.description)
        }
    }

    /// Encodes the policy and the history.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.policy, forKey: .policy)
        try container.encode(self.history, forKey: .history)
    }
}
