import CardModel

extension ReplacementCase: Codable {
    private enum CodingKeys: String, CodingKey { case holder, policy, history }

    /// Decodes a case by replaying its history under its holder and policy, so a corrupted or tampered snapshot
    /// is refused, never half-accepted.
    ///
    /// - Throws: `DecodingError.dataCorrupted` when a value is invalid or the history is one the case refuses.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let holder = try container.decode(IdentityDocument.self, forKey: .holder)
        let policy = try container.decode(ReplacementPolicy.self, forKey: .policy)
        let history = try container.decode([ReplacementEvent].self, forKey: .history)
        do {
            try self.init(replaying: history, holder: holder, policy: policy)
        } catch {
            throw DecodingError.dataCorruptedError(
                forKey: .history, in: container, debugDescription: "ReplacementCase: history refused: \(error)")
        }
    }

    /// Encodes the holder's document, the policy and the history.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.holder, forKey: .holder)
        try container.encode(self.policy, forKey: .policy)
        try container.encode(self.history, forKey: .history)
    }
}

extension ReplacementCase: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// For example `ReplacementCase(cardReady, holder: residentIdentityCard 1101**********002X, 3 events)`.
    public var description: String {
        "ReplacementCase(\(self.phase), holder: \(self.holder), \(self.history.count) events)"
    }

    /// The description and the events, with documents masked.
    public var debugDescription: String {
        "ReplacementCase(\(self.phase), holder: \(self.holder), history: \(self.history.map(\.description)))"
    }

    /// A mirror showing the phase, the masked holder document and the events' names and dates.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "phase": self.phase, "holder": self.holder, "history": self.history.map(\.description),
            ],
            displayStyle: .struct)
    }
}
