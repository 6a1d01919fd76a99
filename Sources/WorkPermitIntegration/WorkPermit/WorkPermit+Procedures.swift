public import CardModel

extension WorkPermit {
    /// Whether `procedure` can be carried out on `date`, every rule that stands in the way, and the form
    /// afterwards (WP-ONLINE, WP-NO-CHANGE).
    ///
    /// Every procedure is handled online (WP-ONLINE). Extend and change need a permit valid on `date`; cancel a
    /// permit not yet cancelled; a new application is for a foreigner without a valid permit. An extension or
    /// change of a physical permit from 2024-12-01 integrates it with the social security card (WP-NO-CHANGE).
    /// The answer rests on the permit as it was recorded at the end of `date`; for a day before the issue every
    /// procedure is refused (the permit is not issued yet).
    public func decision(for procedure: WorkPermitProcedure, on date: CivilDate) -> WorkPermitProcedureDecision {
        let status = self.status(on: date)
        let facts = [
            Fact("procedure", procedure.rawValue), Fact("date", "\(date)"), Fact("status", status.rawValue),
        ]
        guard let (record, cancelledOn) = self.recorded(on: date) else {
            return WorkPermitProcedureDecision(
                procedure: procedure,
                violations: [Self.procedureViolation(facts, WorkPermitMessages.notYetIssued(self.issuedOn))],
                formAfter: nil, notes: [])
        }
        let violations = Self.onlineViolations(
            procedure, status: status, record: record, cancelledOn: cancelledOn, facts: facts)
        let formAfter: WorkPermitForm?
        switch procedure {
        case _ where !violations.isEmpty, .cancel: formAfter = nil
        case .apply: formAfter = self.policy.formOfNewPermit(issuedOn: date)
        case .extend, .change: formAfter = self.formAfterProcedure(on: date)
        }
        let notes = formAfter == .integrated && record.form == .physical ? [Readings.physicalIntegratedOnProcedure] : []
        return WorkPermitProcedureDecision(
            procedure: procedure, violations: violations, formAfter: formAfter, notes: notes)
    }

    /// The decisions for every procedure on `date`, in the order apply, extend, change, cancel.
    public func procedureDecisions(on date: CivilDate) -> [WorkPermitProcedureDecision] {
        WorkPermitProcedure.allCases.map { self.decision(for: $0, on: date) }
    }

    /// WP-ONLINE: what stands in the way of `procedure` for a permit issued by then: a cancelled permit takes
    /// only a new application, an expired one cannot be extended or changed, a valid one needs no new one.
    private static func onlineViolations(
        _ procedure: WorkPermitProcedure, status: Status, record: Record, cancelledOn: CivilDate?, facts: [Fact]
    ) -> [Violation] {
        switch (status, cancelledOn) {
        case (.cancelled, let day?) where procedure != .apply:
            return [Self.procedureViolation(facts, WorkPermitMessages.cancelled(on: day))]
        case (.expired, _) where procedure == .extend || procedure == .change:
            return [
                Self.procedureViolation(facts, WorkPermitMessages.expired(record.validUntil, procedure: procedure))
            ]
        case (.valid, _) where procedure == .apply:
            return [Self.procedureViolation(facts, WorkPermitMessages.stillValid(until: record.validUntil))]
        case (.cancelled, _), (.expired, _), (.valid, _), (.notYetIssued, _):
            return []
        }
    }

    private static func procedureViolation(_ facts: [Fact], _ message: LocalizedText) -> Violation {
        Violation(rule: .workPermitOnline, message: message, facts: facts)
    }
}
