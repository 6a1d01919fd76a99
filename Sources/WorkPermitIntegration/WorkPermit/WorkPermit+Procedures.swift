public import CardModel

extension WorkPermit {
    /// Whether `procedure` can be carried out on `date`, every rule that stands in the way, and the form
    /// afterwards (WP-ONLINE, WP-NO-CHANGE).
    ///
    /// Every procedure is handled online (WP-ONLINE). Extend and change need a permit valid on `date`; cancel a
    /// permit not yet cancelled; a new application is for a foreigner without a valid permit. An extension or
    /// change of a physical permit from 2024-12-01 integrates it with the social security card (WP-NO-CHANGE).
    public func decision(for procedure: WorkPermitProcedure, on date: CivilDate) -> WorkPermitProcedureDecision {
        let status = self.status(on: date)
        let facts = [
            Fact("procedure", procedure.rawValue), Fact("date", "\(date)"), Fact("status", status.rawValue),
        ]
        var violations: [Violation] = []
        switch status {
        case .notYetIssued:
            violations.append(
                Self.procedureViolation(
                    facts, english: "the work permit is issued only on \(self.issuedOn)",
                    german: "die Arbeitserlaubnis wird erst am \(self.issuedOn, in: .german) ausgestellt",
                    chinese: "工作许可于\(self.issuedOn, in: .simplifiedChinese)才签发"))
        case .cancelled:
            if procedure != .apply {
                let day = self.cancelledOn?.localized() ?? LocalizedText(english: "?", german: "?", chinese: "?")
                violations.append(
                    Self.procedureViolation(
                        facts, english: "the work permit was cancelled on \(day.english): apply for a new one",
                        german: "die Arbeitserlaubnis wurde am \(day.german) aufgehoben: eine neue ist zu beantragen",
                        chinese: "工作许可已于\(day.chinese)注销，须重新申请"))
            }
        case .expired:
            if procedure == .extend || procedure == .change {
                violations.append(
                    Self.procedureViolation(
                        facts,
                        english: "the work permit expired after \(self.validUntil): it can no longer be "
                            + "\(procedure == .extend ? "extended" : "changed"); apply for a new one",
                        german: "die Arbeitserlaubnis war bis zum \(self.validUntil, in: .german) gültig und ist "
                            + "abgelaufen: "
                            + "\(procedure.name.german) nicht mehr möglich, eine neue ist zu beantragen",
                        chinese: "工作许可已于\(self.validUntil, in: .simplifiedChinese)到期，不能再\(procedure.name.chinese)，"
                            + "须重新申请"))
            }
        case .valid:
            if procedure == .apply {
                violations.append(
                    Self.procedureViolation(
                        facts,
                        english: "the work permit is valid until \(self.validUntil): extend or change it instead of "
                            + "applying for a new one",
                        german: "die Arbeitserlaubnis ist bis zum \(self.validUntil, in: .german) gültig: statt einer "
                            + "neuen ist sie "
                            + "zu verlängern oder zu ändern",
                        chinese: "工作许可有效期至\(self.validUntil, in: .simplifiedChinese)：请办理延期或变更，无需重新申请"))
            }
        }
        let formAfter: WorkPermitForm?
        switch procedure {
        case _ where !violations.isEmpty, .cancel: formAfter = nil
        case .apply: formAfter = self.policy.formOfNewPermit(issuedOn: date)
        case .extend, .change: formAfter = self.formAfterProcedure(on: date)
        }
        let notes = formAfter == .integrated && self.form == .physical ? [Readings.physicalIntegratedOnProcedure] : []
        return WorkPermitProcedureDecision(
            procedure: procedure, violations: violations, formAfter: formAfter, notes: notes)
    }

    /// The decisions for every procedure on `date`, in the order apply, extend, change, cancel.
    public func procedureDecisions(on date: CivilDate) -> [WorkPermitProcedureDecision] {
        WorkPermitProcedure.allCases.map { self.decision(for: $0, on: date) }
    }

    private static func procedureViolation(
        _ facts: [Fact], english: String, german: String, chinese: String
    ) -> Violation {
        Violation(
            rule: .workPermitOnline, message: LocalizedText(english: english, german: german, chinese: chinese),
            facts: facts)
    }
}
