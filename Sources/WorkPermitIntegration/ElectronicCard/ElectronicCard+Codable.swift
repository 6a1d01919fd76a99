import CardModel

#if !hasFeature(Embedded)
    extension ElectronicCard: Codable {
        /// The snapshot's `kind`.
        static let snapshotKind = "electronicCard"

        /// Decodes a snapshot (CardModel's one format, kind `electronicCard`) and rebuilds the card by replaying
        /// its history under the policy the decoder expects, so a corrupted or tampered snapshot is refused, never
        /// half-accepted.
        ///
        /// The expected policy is the one in the decoder's `userInfo[WorkPermitIntegrationPolicy.snapshotKey]`
        /// (`ExpectedPolicy.policy(…)`, or `.stored` to trust the snapshot's), else
        /// ``WorkPermitIntegrationPolicy/beijing``. A snapshot written before 1.0 (`{"policy": {…}, "history":
        /// […]}`, its events as `{"registered": {"on": …}}`) is read the same way.
        ///
        /// - Throws: `CaseSnapshotError` with code `policyMismatch` (naming every differing parameter, such as
        ///   `effectiveDate` or `calendar.2026`), `digestMismatch`, `wrongKind`, `unsupportedSchemaVersion` or
        ///   `historyRefused` (the card's ``ElectronicCardError`` as its reason); `DecodingError` for a missing or
        ///   invalid value.
        public init(from decoder: any Decoder) throws {
            let (_, policy, history) = try CaseSnapshot.decode(
                kind: Self.snapshotKind, from: decoder, policy: WorkPermitIntegrationPolicy.self,
                event: ElectronicCardEvent.self)
            do {
                self = try ElectronicCard(replaying: history, policy: policy)
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

    // The card's raw-value enums are stored as their raw values.
    extension ElectronicCard.Phase: Codable {}
    extension CardFunction.ServiceGroup: Codable {}
#endif
