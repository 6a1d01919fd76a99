/// A person's sex as an identity number records it (GB 11643: odd sequence male, even female).
public enum Sex: String, Sendable, Hashable, CaseIterable {
    /// Male.
    case male
    /// Female.
    case female
}
