extension ReplacementDecision {
    /// The approved decision with its dates non-optional; `nil` when the application is refused, or when a date
    /// is unknown for lack of calendar data (then ``warnings`` has a CM-WORKDAY warning naming the year,
    /// ``missingCalendarYears`` lists it and ``isComplete`` is `false`).
    ///
    /// ```swift
    /// let decision = policy.evaluate(application, holder: holder)
    /// if let approval = decision.approval {
    ///     print("ready \(approval.readyDate), \(approval.fee)")    // a CivilDate, no `!`
    /// } else if decision.isApproved {
    ///     print("approved; ready date unknown for \(decision.missingCalendarYears)")
    /// } else {
    ///     print("refused: \(decision.violatedRules)")
    /// }
    /// ```
    ///
    /// The optional properties (``acceptanceDate``, ``readyDate``, ``generation``) stay as they are.
    public var approval: ReplacementApproval? {
        guard self.isApproved, let acceptanceDate = self.acceptanceDate, let readyDate = self.readyDate else {
            return nil
        }
        return ReplacementApproval(
            acceptanceDate: acceptanceDate, readyDate: readyDate, fee: self.fee, generation: self.generation)
    }

    /// The approved decision with its dates non-optional: now ``approval``.
    @available(*, deprecated, renamed: "approval")
    public var acceptance: ReplacementApproval? { self.approval }
}
