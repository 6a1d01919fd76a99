import CardModel

#if !hasFeature(Embedded)
    extension ExchangeCase: Codable {
        /// The snapshot's `kind`.
        static let snapshotKind = "exchange"

        /// Decodes a snapshot (CardModel's one format, kind `exchange`) and rebuilds the case by replaying its
        /// history under the policy the decoder expects, so a corrupted or tampered snapshot is refused, never
        /// half-accepted.
        ///
        /// The expected policy is the one in the decoder's `userInfo[ExchangePolicy.snapshotKey]`
        /// (`ExpectedPolicy.policy(…)`, or `.stored` to trust the snapshot's), else ``ExchangePolicy/beijing``.
        /// A snapshot written before 1.0 (`{"policy": {…}, "history": […]}`) is read the same way.
        ///
        /// - Throws: `CaseSnapshotError` with code `policyMismatch` (naming every differing parameter, such as
        ///   `postageFee` or `calendar.2026`), `digestMismatch`, `wrongKind`, `unsupportedSchemaVersion` or
        ///   `historyRefused` (the case's ``ExchangeCaseError`` as its reason); `DecodingError` for a missing or
        ///   invalid value.
        public init(from decoder: any Decoder) throws {
            let (_, policy, history) = try CaseSnapshot.decode(
                kind: Self.snapshotKind, from: decoder, policy: ExchangePolicy.self, event: ExchangeEvent.self)
            do {
                self = try ExchangeCase(replaying: history, policy: policy)
            } catch {
                throw CaseSnapshot.historyRefused(kind: Self.snapshotKind, error)
            }
        }

        /// Encodes the snapshot: the schema version, the kind, the policy's identity (name, digest, parameters)
        /// and the history (the state follows from them).
        public func encode(to encoder: any Encoder) throws {
            _ = try CaseSnapshot.encode(
                kind: Self.snapshotKind, policy: self.policy, history: self.history, to: encoder)
        }
    }

    extension ExchangeCase.Phase: Codable {
        /// Decodes a phase by its name; `cardMade`, the name before 1.0, decodes as ``cardProduced``.
        ///
        /// - Throws: `DecodingError` for an unknown name.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            let name = try container.decode(String.self)
            guard let phase = Self(rawValue: name == "cardMade" ? Self.cardProduced.rawValue : name) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "ExchangeCase.Phase: unknown phase '\(name)'")
            }
            self = phase
        }

        /// Encodes the phase's name, such as `cardProduced`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(self.rawValue)
        }
    }
#endif
