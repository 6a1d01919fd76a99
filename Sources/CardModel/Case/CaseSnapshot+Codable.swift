#if !hasFeature(Embedded)
    /// Which policy a decoded snapshot is replayed under (Documentation/API.md, "Snapshots").
    ///
    /// Put it in a decoder's `userInfo` under the policy type's key, ``CasePolicy/snapshotKey``; without one, a
    /// snapshot must have been made under the policy type's ``CasePolicy/standard`` policy (`.beijing`).
    ///
    /// ```swift
    /// let decoder = JSONDecoder()
    /// decoder.userInfo[ExchangePolicy.snapshotKey] = ExpectedPolicy.policy(myPolicy)   // or .stored
    /// let exchange = try decoder.decode(ExchangeCase.self, from: data)
    /// ```
    public enum ExpectedPolicy<Policy: CasePolicy>: Sendable {
        /// The snapshot must have been made under this policy's parameters; it is replayed under this policy.
        case policy(Policy)
        /// The snapshot is replayed under the policy stored in it, whatever its parameters (its digest is still
        /// checked).
        case stored
    }

    extension CasePolicy {
        /// The decoder `userInfo` key for an ``ExpectedPolicy`` of this policy type.
        public static var snapshotKey: CodingUserInfoKey {
            guard let key = CodingUserInfoKey(rawValue: "BeijingSocialSecurityCard.\(Self.self)") else {
                // `CodingUserInfoKey(rawValue:)` is failable in name only: it accepts every string.
                preconditionFailure("CodingUserInfoKey refused a key")
            }
            return key
        }
    }

    /// The keys of a case snapshot; a machine adds its own (such as `holder`) with ``CaseSnapshot/key(_:)``.
    package struct CaseSnapshotKey: CodingKey {
        package let stringValue: String
        package var intValue: Int? { nil }
        package init(stringValue: String) { self.stringValue = stringValue }
        package init?(intValue: Int) { nil }

        static let schemaVersion = Self(stringValue: "schemaVersion")
        static let kind = Self(stringValue: "kind")
        static let policy = Self(stringValue: "policy")
        static let history = Self(stringValue: "history")
        static let name = Self(stringValue: "name")
        static let digest = Self(stringValue: "digest")
        static let parameters = Self(stringValue: "parameters")
    }

    /// The snapshot every case machine writes and reads: one format, once.
    ///
    /// ```json
    /// {"schemaVersion": 1, "kind": "exchange",
    ///  "policy": {"name": "beijing", "digest": "3f1c…", "parameters": {…the policy's JSON…}},
    ///  "history": [{"event": "applied", "date": "2026-01-05", …}, …]}
    /// ```
    ///
    /// A snapshot without `schemaVersion` is one written before 1.0 (`{"policy": {…}, "history": […]}`); it is read
    /// the same way, without a digest to check.
    package enum CaseSnapshot {
        /// The schema version this library writes and the newest it reads.
        package static let schemaVersion = 1

        /// A machine's own key.
        package static func key(_ name: String) -> CaseSnapshotKey { CaseSnapshotKey(stringValue: name) }

        /// Writes the header, the policy and the history, and returns the container for the machine's own keys.
        package static func encode<Policy: CasePolicy & Encodable, Event: Encodable>(
            kind: String, policy: Policy, history: [Event], to encoder: any Encoder
        ) throws -> KeyedEncodingContainer<CaseSnapshotKey> {
            var container = encoder.container(keyedBy: CaseSnapshotKey.self)
            try container.encode(Self.schemaVersion, forKey: .schemaVersion)
            try container.encode(kind, forKey: .kind)
            var identity = container.nestedContainer(keyedBy: CaseSnapshotKey.self, forKey: .policy)
            try identity.encode(policy.name, forKey: .name)
            try identity.encode(policy.digest, forKey: .digest)
            try identity.encode(policy, forKey: .parameters)
            try container.encode(history, forKey: .history)
            return container
        }

        /// Reads the header and the policy, checks them against the policy the decoder expects
        /// (``ExpectedPolicy`` in `userInfo`, else the standard policy), and returns the container, the policy to
        /// replay under and the history.
        ///
        /// - Throws: ``CaseSnapshotError`` for a newer schema, another kind, a digest that does not match or a
        ///   policy other than the expected one; `DecodingError` for a missing or invalid value.
        package static func decode<Policy: CasePolicy & Decodable, Event: Decodable>(
            kind: String, from decoder: any Decoder, policy: Policy.Type, event: Event.Type
        ) throws -> (container: KeyedDecodingContainer<CaseSnapshotKey>, policy: Policy, history: [Event]) {
            let container = try decoder.container(keyedBy: CaseSnapshotKey.self)
            let stored: Policy
            if let version = try container.decodeIfPresent(Int.self, forKey: .schemaVersion) {
                guard version <= Self.schemaVersion else {
                    throw CaseSnapshotError(
                        .unsupportedSchemaVersion, kind: kind,
                        reason: "schema version \(version); this library reads up to \(Self.schemaVersion)")
                }
                let storedKind = try container.decode(String.self, forKey: .kind)
                guard storedKind == kind else {
                    throw CaseSnapshotError(.wrongKind, kind: kind, reason: "a snapshot of a \(storedKind) case")
                }
                let identity = try container.nestedContainer(keyedBy: CaseSnapshotKey.self, forKey: .policy)
                stored = try identity.decode(Policy.self, forKey: .parameters)
                let digest = try identity.decode(String.self, forKey: .digest)
                guard PolicyParameter.digest(digest, matches: stored.parameters) else {
                    throw CaseSnapshotError(
                        .digestMismatch, kind: kind,
                        reason: "the policy's parameters give digest \(stored.digest), not the stored \(digest)")
                }
            } else {
                stored = try container.decode(Policy.self, forKey: .policy)
            }
            let replayUnder: Policy
            switch decoder.userInfo[Policy.snapshotKey] as? ExpectedPolicy<Policy> ?? .policy(Policy.standard) {
            case .stored:
                replayUnder = stored
            case .policy(let expected):
                let differing = expected.differingParameters(from: stored)
                guard differing.isEmpty else {
                    throw CaseSnapshotError(
                        .policyMismatch, kind: kind, parameters: differing,
                        reason: "made under other parameters than the expected \(expected.name) policy: "
                            + differing.joined(separator: ", "))
                }
                replayUnder = expected
            }
            return (container, replayUnder, try container.decode([Event].self, forKey: .history))
        }

        /// The error for a history the machine refuses on replay.
        package static func historyRefused(
            kind: String, _ error: some Error & CustomStringConvertible
        ) -> CaseSnapshotError {
            CaseSnapshotError(.historyRefused, kind: kind, reason: error.description)
        }
    }
#endif
