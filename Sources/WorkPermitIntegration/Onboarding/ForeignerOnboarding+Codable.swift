extension ForeignerOnboarding: Codable {
    /// Decodes the policy and the history and replays it, refusing a history the onboarding would not take.
    public init(from decoder: any Decoder) throws {
        self = try HistorySnapshot.decode(from: decoder) {
            (history: [OnboardingEvent], policy) throws(OnboardingError) in
            try ForeignerOnboarding(replaying: history, policy: policy)
        }
    }

    /// Encodes the policy and the history.
    public func encode(to encoder: any Encoder) throws {
        try HistorySnapshot.encode(policy: self.policy, history: self.history, to: encoder)
    }
}
