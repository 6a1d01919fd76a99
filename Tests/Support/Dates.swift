public import CardModel

/// A date from an ISO literal in a test; an invalid literal is the test's own mistake and records 1900-01-01,
/// which no expectation in the suite uses.
public func date(_ text: String) -> CivilDate {
    CivilDate(text) ?? .earliest
}
