import CardModel
import ReplacementWorkflow
import TestSupport
import Testing

@Suite struct ReplacementPrivacyTests {
    static let secrets = [Fixture.holderNumber, Fixture.agentNumber, Fixture.strangerNumber]

    static func expectMasked(_ value: Any, _ what: String) {
        var dumped = ""
        dump(value, to: &dumped)
        for text in ["\(value)", String(describing: value), String(reflecting: value), dumped] {
            for secret in secrets { #expect(!text.contains(secret), "\(what): \(text)") }
        }
    }

    @Test("CM-PRIVACY, RP-DOCUMENTS, RP-RECEIPT: applications, events, cases and errors never show a full number")
    func masked() throws {
        let application = try Fixture.application(
            "2026-03-04", channel: .onSite, applicant: .agent,
            documents: PresentedDocuments(holder: try Fixture.holderShown(), agent: try Fixture.agentShown()))
        Self.expectMasked(application, "application")
        Self.expectMasked(application.documents, "documents")
        Self.expectMasked(ReplacementPolicy.beijing.evaluate(application), "decision")

        var replacement = ReplacementCase(holder: try Fixture.holder())
        try replacement.applyForReplacement(application)
        try replacement.produceCard(on: date("2026-03-10"))
        let handover = ReceiptDocuments(agent: try Fixture.agentShown(), holder: try Fixture.holderShown())
        Self.expectMasked(handover, "receipt documents")
        Self.expectMasked(ReplacementEvent.collected(on: date("2026-03-11"), documents: handover), "event")
        Self.expectMasked(ReplacementEvent.applied(application), "event")
        // The refusal must happen, and its error must be masked: a test that only looks inside a `catch` passes
        // without checking anything when nothing is thrown.
        let stranger = ReceiptDocuments(holder: try Fixture.strangerShown())
        let error = try #require(throws: ReplacementCaseError.self) {
            try replacement.collect(on: date("2026-03-11"), documents: stranger)
        }
        #expect(error.code == .handoverRefused)
        #expect(!error.violations.isEmpty)
        Self.expectMasked(error, "error")
        Self.expectMasked(error.violations, "violations")
        let effects = try replacement.collect(on: date("2026-03-11"), documents: handover)
        Self.expectMasked(effects, "effects")
        try replacement.activate(on: date("2026-03-12"))
        Self.expectMasked(replacement, "case")
        Self.expectMasked(replacement.history, "history")
    }
}

extension ReplacementPrivacyTests {
    @Test("CM-PRIVACY, CM-WORKDAY: a decision with warnings and an agent's documents never shows a full number")
    func maskedWithWarnings() throws {
        let application = try Fixture.application(
            "2026-12-28", channel: .onSite, applicant: .agent,
            documents: PresentedDocuments(holder: try Fixture.holderShown(), agent: try Fixture.agentShown()))
        let decision = ReplacementPolicy.beijing.evaluate(application, holder: try Fixture.holder())
        #expect(!decision.warnings.isEmpty)
        Self.expectMasked(decision, "decision")
        Self.expectMasked(decision.warnings, "warnings")
    }
}
