import CardModel
import ReplacementWorkflow
import TestSupport

/// Identity documents, applications and cases reached through public events only.
enum Fixture {
    /// The holder's resident identity number (valid by GB 11643).
    static let holderNumber = "11010519491231002X"
    /// An agent's resident identity number.
    static let agentNumber = "110105198001011238"
    /// Someone else's resident identity number.
    static let strangerNumber = "310115197506153210"

    static func document(_ number: String, validUntil: CivilDate? = nil) throws -> IdentityDocument {
        IdentityDocument(residentIdentityCard: try ResidentIdentityNumber(number), validUntil: validUntil)
    }

    /// The holder's document on the card record.
    static func holder() throws -> IdentityDocument { try document(holderNumber) }

    /// The holder's original document as shown.
    static func holderShown(isOriginal: Bool = true, validUntil: CivilDate? = nil) throws -> PresentedDocument {
        PresentedDocument(try document(holderNumber, validUntil: validUntil), isOriginal: isOriginal)
    }

    /// The agent's original document as shown.
    static func agentShown(isOriginal: Bool = true, validUntil: CivilDate? = nil) throws -> PresentedDocument {
        PresentedDocument(try document(agentNumber, validUntil: validUntil), isOriginal: isOriginal)
    }

    /// A stranger's original document as shown.
    static func strangerShown() throws -> PresentedDocument { PresentedDocument(try document(strangerNumber)) }

    /// Complete on-site documents: the holder's, the agent's when an agent applies, the damaged card handed in.
    static func onSiteDocuments(agent: Bool = false, damaged: Bool = false) throws -> PresentedDocuments {
        PresentedDocuments(
            holder: try holderShown(), agent: agent ? try agentShown() : nil, damagedCardHandedIn: damaged)
    }

    /// An application; on site with complete documents unless `documents` is given.
    static func application(
        _ day: String, reason: ReplacementReason = .lost, channel: ReplacementChannel = .website,
        category: InsuredCategory = .urbanEmployee, applicant: ActingParty = .holder,
        documents: PresentedDocuments? = nil, receipt: ReplacementReceiptMethod = .collect
    ) throws -> ReplacementApplication {
        let presented =
            try documents
            ?? (channel == .onSite
                ? onSiteDocuments(agent: applicant == .agent, damaged: reason == .damaged) : .none)
        return ReplacementApplication(
            date: date(day), reason: reason, channel: channel, category: category, applicant: applicant,
            documents: presented, receipt: receipt)
    }

    /// The holder receiving in person with the original document.
    static func holderReceives() throws -> ReceiptDocuments { ReceiptDocuments(holder: try holderShown()) }

    /// Every phase reachable with `receipt`.
    static func phases(for receipt: ReplacementReceiptMethod) -> [ReplacementCase.Phase] {
        ReplacementCase.Phase.allCases.filter { receipt == .express || $0 != .dispatched }
    }

    /// A case brought to `phase` through public events (RP-LOSS-REPORT on 2026-03-02, applied 2026-03-04,
    /// made 2026-03-10, dispatched 2026-03-10, received 2026-03-11, activated 2026-03-12).
    static func makeCase(
        in phase: ReplacementCase.Phase, receipt: ReplacementReceiptMethod = .collect, reason: ReplacementReason = .lost
    ) throws -> ReplacementCase {
        var replacement = ReplacementCase(holder: try holder())
        if phase == .cardActive { return replacement }
        if reason == .lost {
            try replacement.reportLostTemporarily(on: date("2026-03-02"))
            if phase == .temporarilyReportedLost { return replacement }
        }
        try replacement.applyForReplacement(try application("2026-03-04", reason: reason, receipt: receipt))
        if phase == .applied { return replacement }
        try replacement.produceCard(on: date("2026-03-10"))
        if phase == .cardReady { return replacement }
        switch receipt {
        case .collect:
            try replacement.collect(on: date("2026-03-11"), documents: try holderReceives())
        case .express:
            try replacement.dispatch(on: date("2026-03-10"))
            if phase == .dispatched { return replacement }
            try replacement.deliver(on: date("2026-03-11"), documents: try holderReceives())
        }
        if phase == .received { return replacement }
        try replacement.activate(on: date("2026-03-12"))
        return replacement
    }
}
