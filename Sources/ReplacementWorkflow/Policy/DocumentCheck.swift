import CardModel

/// Whose document a check is about.
enum DocumentOwner: String {
    case holder
    case agent
}

/// When a document is checked: with an on-site application (RP-DOCUMENTS) or on receipt (RP-RECEIPT).
enum CheckOccasion {
    case application
    case receipt

    var rule: RuleID { self == .application ? .replacementDocuments : .replacementReceipt }

    var phrase: LocalizedText {
        switch self {
        case .application: LocalizedText(english: "on site", german: "vor Ort", chinese: "现场办理时")
        case .receipt: LocalizedText(english: "on receipt", german: "bei Empfang", chinese: "领卡时")
        }
    }
}

/// Checks an identity document as shown, for the holder or an agent (RP-DOCUMENTS, RP-RECEIPT).
enum DocumentCheck {
    /// Every violation for the holder's and, when an agent acts, the agent's documents on `date`.
    ///
    /// - Parameters:
    ///   - holderShown: The holder's document as shown.
    ///   - agentShown: The agent's document as shown.
    ///   - acting: Who acts.
    ///   - holderOnRecord: The holder's document on the card record, when known: the one shown must match it.
    ///   - date: The day of the check.
    ///   - occasion: Application or receipt.
    static func violations(
        holderShown: PresentedDocument?, agentShown: PresentedDocument?, acting: ActingParty,
        holderOnRecord: IdentityDocument?, on date: CivilDate, occasion: CheckOccasion
    ) -> [Violation] {
        var violations = self.violations(of: holderShown, owner: .holder, on: date, occasion: occasion)
        if let shown = holderShown, let record = holderOnRecord, !shown.document.identifiesSamePerson(as: record) {
            violations.append(ReplacementPolicyMessages.documentNotHolders(occasion: occasion))
        }
        if acting == .agent {
            violations += self.violations(of: agentShown, owner: .agent, on: date, occasion: occasion)
            if let agent = agentShown?.document {
                let holders = [holderShown?.document, holderOnRecord].compactMap { $0 }
                if holders.contains(where: { agent.identifiesSamePerson(as: $0) }) {
                    violations.append(ReplacementPolicyMessages.agentShowsHoldersDocument(occasion: occasion))
                }
            }
        }
        return violations
    }

    private static func violations(
        of shown: PresentedDocument?, owner: DocumentOwner, on date: CivilDate, occasion: CheckOccasion
    ) -> [Violation] {
        guard let shown else { return [ReplacementPolicyMessages.documentMissing(owner, occasion: occasion)] }
        var violations: [Violation] = []
        if !shown.isOriginal {
            violations.append(ReplacementPolicyMessages.documentNotOriginal(owner, occasion: occasion))
        }
        if !shown.document.isValid(on: date), let validUntil = shown.document.validUntil {
            violations.append(
                ReplacementPolicyMessages.documentExpired(owner, validUntil: validUntil, on: date, occasion: occasion))
        }
        return violations
    }
}
