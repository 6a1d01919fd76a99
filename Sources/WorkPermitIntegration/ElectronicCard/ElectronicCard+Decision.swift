import CardModel

extension ElectronicCard {
    /// The decision on `date` for a card in `phase` that carries a permit valid until `workPermitValidUntil`
    /// (`nil`: no permit information, a physical permit not yet integrated) and whose physical card has or has
    /// not been received (WP-ECARD, WP-SERVICES, WP-NO-CHANGE, CM-FORM, CM-FUNCTIONS): the one source of the
    /// answer for ``decision(for:on:)`` and ``ElectronicCardServices``.
    static func decision(
        for function: CardFunction, on date: CivilDate, phase: Phase, workPermitValidUntil: CivilDate?,
        physicalCardReceived: Bool
    ) -> ServiceDecision {
        let facts = [Fact("function", function.rawValue), Fact("phase", phase.rawValue)]
        var violations = Self.verification(phase, facts: facts)
        if CardFunction.workPermit.contains(function) {
            violations += Self.permitValidity(workPermitValidUntil, on: date, facts: facts)
            violations += Self.integration(workPermitValidUntil, facts: facts)
        }
        if CardFunction.socialSecurity.contains(function) {
            violations += Self.standardServices(physicalCardReceived: physicalCardReceived, facts: facts)
        }
        if CardFunction.beijingPass.contains(function) {
            violations += Self.form(physicalCardReceived: physicalCardReceived, facts: facts)
        }
        if function == .financial {
            violations += Self.bankFunction(facts: facts)
        }
        return ServiceDecision(function: function, violations: violations, notes: [Readings.services])
    }

    // WP-ECARD: nothing before both verifications.
    private static func verification(_ phase: Phase, facts: [Fact]) -> [Violation] {
        guard !phase.isVerified else { return [] }
        return [Violation(rule: .workPermitElectronicCard, message: ElectronicCardMessages.verifyFirst, facts: facts)]
    }

    // WP-ECARD: the work permit services only while the permit the card carries is valid.
    private static func permitValidity(_ validUntil: CivilDate?, on date: CivilDate, facts: [Fact]) -> [Violation] {
        guard let validUntil, validUntil < date else { return [] }
        return [
            Violation(
                rule: .workPermitElectronicCard, message: ElectronicCardMessages.carriedPermitExpired(validUntil),
                facts: facts + [Fact("validUntil", "\(validUntil)"), Fact("date", "\(date)")])
        ]
    }

    // WP-NO-CHANGE: a physical permit not yet integrated is not on the card.
    private static func integration(_ validUntil: CivilDate?, facts: [Fact]) -> [Violation] {
        guard validUntil == nil else { return [] }
        return [Violation(rule: .workPermitNoChange, message: ElectronicCardMessages.notYetIntegrated, facts: facts)]
    }

    // WP-ECARD: the standard services once the physical card has been received.
    private static func standardServices(physicalCardReceived: Bool, facts: [Fact]) -> [Violation] {
        guard !physicalCardReceived else { return [] }
        return [
            Violation(
                rule: .workPermitElectronicCard, message: ElectronicCardMessages.standardServicesAfterPhysicalCard,
                facts: facts)
        ]
    }

    // CM-FORM: before the physical card exists the electronic card carries only the work permit information.
    private static func form(physicalCardReceived: Bool, facts: [Fact]) -> [Violation] {
        guard !physicalCardReceived else { return [] }
        return [Violation(rule: .form, message: ElectronicCardMessages.beijingPassAfterPhysicalCard, facts: facts)]
    }

    // CM-FUNCTIONS: the bank function is the physical card's, activated at the issuing bank.
    private static func bankFunction(facts: [Fact]) -> [Violation] {
        [Violation(rule: .functions, message: ElectronicCardMessages.bankFunctionAtBank, facts: facts)]
    }
}
