extension ExchangeDecision {
    /// The approved decision with its dates non-optional; `nil` when the application is refused, or when a date
    /// is unknown for lack of calendar data (then ``warnings`` has a CM-WORKDAY warning naming the year and
    /// ``missingCalendarYears`` lists it).
    ///
    /// ```swift
    /// let decision = policy.evaluate(application)
    /// if let approval = decision.approval {
    ///     print("ready by \(approval.readyDate)")              // a CivilDate, no `!`
    /// } else if decision.isApproved {
    ///     print("approved; ready date unknown for \(decision.missingCalendarYears)")
    /// } else {
    ///     print("refused: \(decision.violatedRules)")
    /// }
    /// ```
    ///
    /// The optional properties (``acceptanceDate``, ``readyDate``, ``generation``) stay as they are.
    public var approval: ExchangeApproval? {
        guard self.isApproved, let acceptanceDate = self.acceptanceDate, let readyDate = self.readyDate,
            let generation = self.generation
        else { return nil }
        return ExchangeApproval(
            acceptanceDate: acceptanceDate, readyDate: readyDate, generation: generation, receipt: self.receipt)
    }
}
