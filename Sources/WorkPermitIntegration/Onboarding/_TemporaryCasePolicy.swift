public import CardModel

// TEMPORARY (helper "onboarding"): a minimal `CasePolicy` conformance so the onboarding compiles on its own
// branch. The permit helper owns the real one (Policy/); drop this file when merging.
extension WorkPermitIntegrationPolicy: CasePolicy {
    /// ``beijing``.
    public static var standard: WorkPermitIntegrationPolicy { .beijing }

    /// Every parameter with a canonical value, named as the policy's JSON keys, then the calendar's.
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
