/// What a change of a work permit changes (WP-ONLINE, WP-NO-CHANGE).
public enum WorkPermitChange: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// The employer's information (name, address).
    case employerInformation
    /// The position held.
    case position
    /// The holder's personal information (such as a new passport).
    case personalInformation

    /// The change's name, such as `position`.
    public var description: String { self.rawValue }
}
