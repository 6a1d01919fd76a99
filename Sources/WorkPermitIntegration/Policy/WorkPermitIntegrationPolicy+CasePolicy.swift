public import CardModel

extension WorkPermitIntegrationPolicy: CasePolicy {
    /// The policy a snapshot is checked against unless the host says otherwise: ``beijing``.
    public static var standard: WorkPermitIntegrationPolicy { .beijing }

    /// Every parameter with a canonical value, named as the policy's JSON keys, in their order, then the
    /// calendar's (`calendar.fallback`, `calendar.YEAR`): what a snapshot's digest covers and decoding compares.
    ///
    /// Dates as `YYYY-MM-DD`, counts in decimal. ``onlineSystemStartDate`` is listed even though the policy's JSON
    /// leaves it out when it is the default.
    public var parameters: [PolicyParameter] {
        [
            PolicyParameter("effectiveDate", self.effectiveDate.description),
            PolicyParameter("onlineSystemStartDate", self.onlineSystemStartDate.description),
            PolicyParameter("notificationLetterValidityMonths", String(self.notificationLetterValidityMonths)),
            PolicyParameter("residencePermitDeadlineDays", String(self.residencePermitDeadlineDays)),
            PolicyParameter("residencePermitDecisionDays", String(self.residencePermitDecisionDays)),
            PolicyParameter("residencePermitMinimumValidityDays", String(self.residencePermitMinimumValidityDays)),
            PolicyParameter("residencePermitMaximumValidityYears", String(self.residencePermitMaximumValidityYears)),
        ] + PolicyParameter.calendar(self.calendar)
    }
}
