/// Who enrols the foreigner in social insurance (WP-ENROL).
public enum Enroller: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// The foreigner's employer.
    case employer
    /// The foreigner in person.
    case foreigner

    /// `employer` or `foreigner`.
    public var description: String { self.rawValue }
}
