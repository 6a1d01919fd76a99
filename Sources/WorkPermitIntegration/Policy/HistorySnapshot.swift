/// The snapshot form the module's machines share: the policy and the history. Decoding replays the history,
/// so a corrupted or tampered snapshot is refused with a `DecodingError`, never half-accepted.
enum HistorySnapshot {
    private enum CodingKeys: String, CodingKey { case policy, history }

    /// Decodes a policy and a history of `Event`s and rebuilds the machine with `replay`.
    static func decode<Event: Decodable, Machine, Failure: Error & CustomStringConvertible>(
        from decoder: any Decoder,
        replay: ([Event], WorkPermitIntegrationPolicy) throws(Failure) -> Machine
    ) throws -> Machine {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let policy = try container.decode(WorkPermitIntegrationPolicy.self, forKey: .policy)
        let history = try container.decode([Event].self, forKey: .history)
        do {
            return try replay(history, policy)
        } catch {
            throw DecodingError.dataCorruptedError(
                forKey: .history, in: container, debugDescription: error.description)
        }
    }

    /// Encodes the policy and the history.
    static func encode<Event: Encodable>(
        policy: WorkPermitIntegrationPolicy, history: [Event], to encoder: any Encoder
    ) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(policy, forKey: .policy)
        try container.encode(history, forKey: .history)
    }
}
