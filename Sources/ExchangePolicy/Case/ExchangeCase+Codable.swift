import CardModel

extension ExchangeCase: Codable {
    private enum CodingKeys: String, CodingKey { case policy, history }

    /// Decodes the policy and the history and rebuilds the case by replaying it, so a corrupted or tampered
    /// snapshot is refused with a `DecodingError`, never half-accepted.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let policy = try container.decode(ExchangePolicy.self, forKey: .policy)
        let history = try container.decode([ExchangeEvent].self, forKey: .history)
        do {
            self = try ExchangeCase(replaying: history, policy: policy)
        } catch {
            throw DecodingError.dataCorruptedError(
                forKey: .history, in: container, debugDescription: "ExchangeCase history refused: \(error)")
        }
    }

    /// Encodes the policy and the history (the state follows from them).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.policy, forKey: .policy)
        try container.encode(self.history, forKey: .history)
    }
}
