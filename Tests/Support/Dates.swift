public import CardModel

/// A date from an ISO literal in a test, such as `date("2026-01-04")`.
///
/// - Precondition: `text` is a real day of 1900...2199 in the form `YYYY-MM-DD`. Every call passes a literal or a
///   test argument that is one (the suite's own text, never input), so an invalid one is the test's own mistake:
///   it stops the test run instead of recording a made-up date that an expectation might happen to match.
public func date(_ text: String) -> CivilDate {
    guard let date = CivilDate(text) else { preconditionFailure("date(\"\(text)\"): not a real day of 1900...2199") }
    return date
}
