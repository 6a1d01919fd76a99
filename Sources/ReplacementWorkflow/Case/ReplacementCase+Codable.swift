import CardModel

#if !hasFeature(Embedded)
    extension ReplacementCase: Codable {
        /// The kind of a replacement case's snapshot.
        static let snapshotKind = "replacement"

        /// Decodes a snapshot by replaying its history under its holder and the policy the decoder expects, so a
        /// corrupted or tampered snapshot is refused, never half-accepted (Documentation/API.md, "Snapshots").
        ///
        /// The snapshot is `{"schemaVersion": 1, "kind": "replacement", "policy": {…}, "history": […], "holder":
        /// {…}}`. Without an `ExpectedPolicy` under ``ReplacementPolicy``'s `snapshotKey` in the decoder's
        /// `userInfo`, it must have been made under ``ReplacementPolicy/beijing``. A snapshot written before 1.0
        /// (`{"holder": …, "policy": …, "history": …}`) is read the same way.
        ///
        /// - Throws: `CaseSnapshotError` with code `policyMismatch` (naming each differing parameter, such as `fee`
        ///   or `calendar.2027`), `digestMismatch`, `wrongKind`, `unsupportedSchemaVersion` or `historyRefused`
        ///   (the history is one the case refuses); `DecodingError` for a missing or invalid value.
        public init(from decoder: any Decoder) throws {
            let (container, policy, history) = try CaseSnapshot.decode(
                kind: Self.snapshotKind, from: decoder, policy: ReplacementPolicy.self, event: ReplacementEvent.self)
            let holder = try container.decode(IdentityDocument.self, forKey: CaseSnapshot.key("holder"))
            do {
                try self.init(replaying: history, holder: holder, policy: policy)
            } catch {
                throw CaseSnapshot.historyRefused(kind: Self.snapshotKind, error)
            }
        }

        /// Encodes the snapshot: the schema version, the kind, the policy's name, digest and parameters, the history
        /// and the holder's document.
        public func encode(to encoder: any Encoder) throws {
            var container = try CaseSnapshot.encode(
                kind: Self.snapshotKind, policy: self.policy, history: self.history, to: encoder)
            try container.encode(self.holder, forKey: CaseSnapshot.key("holder"))
        }
    }

    // The phase is stored as its raw value.
    extension ReplacementCase.Phase: Codable {}
#endif
