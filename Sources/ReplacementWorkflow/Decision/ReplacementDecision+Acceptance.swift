extension ReplacementDecision {
    /// The accepted decision with its dates non-optional; `nil` when the application is refused, or when a date
    /// is unknown for lack of calendar data (then ``warnings`` has a CM-WORKDAY warning naming the year,
    /// ``missingCalendarYears`` lists it and ``isComplete`` is `false`).
    ///
    /// ```swift
    /// let decision = policy.evaluate(application, holder: holder)
    /// if let acceptance = decision.acceptance {
    ///     print("ready \(acceptance.readyDate), \(acceptance.fee)")    // a CivilDate, no `!`
    /// } else if decision.isAccepted {
    ///     print("accepted; ready date unknown for \(decision.missingCalendarYears)")
    /// } else {
    ///     print("refused: \(decision.violatedRules)")
    /// }
    /// ```
    ///
    /// The optional properties (``acceptanceDate``, ``readyDate``, ``generation``) stay as they are.
    public var acceptance: ReplacementAcceptance? {
        guard self.isAccepted, let acceptanceDate = self.acceptanceDate, let readyDate = self.readyDate else {
            return nil
        }
        return ReplacementAcceptance(
            acceptanceDate: acceptanceDate, readyDate: readyDate, fee: self.fee, generation: self.generation)
    }
}
