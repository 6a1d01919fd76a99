/// Why a case snapshot was refused when decoded (Documentation/API.md, "Snapshots").
public struct CaseSnapshotError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of refusal.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The code's name, such as `policyMismatch`.
        public let name: String

        /// The snapshot's schema version is newer than this library reads.
        public static var unsupportedSchemaVersion: Self { Self(name: "unsupportedSchemaVersion") }
        /// The snapshot is of another kind of case.
        public static var wrongKind: Self { Self(name: "wrongKind") }
        /// The snapshot was made under other parameters than the policy the host expects;
        /// ``CaseSnapshotError/parameters`` names them.
        public static var policyMismatch: Self { Self(name: "policyMismatch") }
        /// The stored policy's parameters do not give the digest stored with them: the snapshot was edited.
        public static var digestMismatch: Self { Self(name: "digestMismatch") }
        /// The history, replayed under the policy, is refused; ``CaseSnapshotError/reason`` says why.
        public static var historyRefused: Self { Self(name: "historyRefused") }

        /// The code's name.
        public var description: String { self.name }
    }

    /// The kind of refusal.
    public let code: Code
    /// The kind of case the snapshot was decoded as, such as `exchange`.
    public let kind: String
    /// For ``Code/policyMismatch``, the names of the differing parameters, such as `["fee"]`.
    public let parameters: [String]
    /// What is wrong, in English (for a refused history, the machine's error).
    public let reason: String

    package init(_ code: Code, kind: String, parameters: [String] = [], reason: String) {
        self.code = code
        self.kind = kind
        self.parameters = parameters
        self.reason = reason
    }

    /// `CaseSnapshotError.policyMismatch (exchange): <reason>`.
    public var description: String { "CaseSnapshotError.\(self.code) (\(self.kind)): \(self.reason)" }
}
