import CardModel
import ReplacementWorkflow
import TestSupport
import Testing

@Suite struct ReplacementMessagesTests {
    /// Every violation and note the policy and the case can give, from a sweep over applications and handovers.
    static func sweep() throws -> (violations: [Violation], notes: [Interpretation], errors: [ReplacementCaseError]) {
        let policy = ReplacementPolicy.beijing
        let holder = try Fixture.holder()
        var violations: [Violation] = []
        var notes: [Interpretation] = []
        var errors: [ReplacementCaseError] = []
        let holderDocuments: [PresentedDocument?] = [
            nil, try Fixture.holderShown(), try Fixture.holderShown(isOriginal: false),
            try Fixture.holderShown(validUntil: date("2026-01-01")), try Fixture.strangerShown(),
        ]
        let agentDocuments: [PresentedDocument?] = [
            nil, try Fixture.agentShown(), try Fixture.agentShown(isOriginal: false),
            try Fixture.agentShown(validUntil: date("2026-01-01")), try Fixture.holderShown(),
        ]
        for day in ["2026-03-04", "2026-03-07", "2026-02-16", "2026-02-20", "2026-02-15", "2025-12-22"] {
            for channel in ReplacementChannel.allCases {
                for reason in ReplacementReason.allCases {
                    for (holderShown, agentShown) in zip(holderDocuments, agentDocuments) {
                        for handedIn in [false, true] {
                            for applicant in ActingParty.allCases {
                                let application = ReplacementApplication(
                                    date: date(day), reason: reason, channel: channel, applicant: applicant,
                                    documents: PresentedDocuments(
                                        holder: holderShown, agent: agentShown, damagedCardHandedIn: handedIn),
                                    receipt: handedIn ? .express : .collect)
                                let decision = policy.evaluate(application, holder: holder)
                                violations += decision.violations
                                notes += decision.notes
                            }
                        }
                    }
                }
            }
        }
        for day in ["2026-03-11", "2026-04-05", "2026-04-06"] {
            for (holderShown, agentShown) in zip(holderDocuments, agentDocuments) {
                for documents in [
                    ReceiptDocuments(holder: holderShown), ReceiptDocuments(agent: agentShown, holder: holderShown),
                ] {
                    var replacement = try Fixture.makeCase(in: .cardReady)
                    do {
                        try replacement.collect(on: date(day), documents: documents)
                    } catch {
                        violations += error.violations
                        errors.append(error)
                    }
                }
            }
        }
        // Event errors of every kind.
        var replacement = try Fixture.makeCase(in: .applied)
        let events: [ReplacementEvent] = [
            .reportedLostTemporarily(on: date("2026-03-05")), .temporaryReportWithdrawn(on: date("2026-03-05")),
            .applied(try Fixture.application("2026-03-05")), .dispatched(on: date("2026-03-05")),
            .delivered(on: date("2026-03-05"), documents: try Fixture.holderReceives()),
            .collected(on: date("2026-03-05"), documents: try Fixture.holderReceives()),
            .activated(on: date("2026-03-05")), .cardProduced(on: date("2026-03-01")),
        ]
        for event in events {
            do { try replacement.apply(event) } catch { errors.append(error) }
        }
        var fresh = ReplacementCase(holder: holder)
        for event in [
            ReplacementEvent.applied(try Fixture.application("2026-12-28")), .lostCardFound(on: date("2026-03-02")),
            .applied(try Fixture.application("2026-03-07", channel: .onSite)),
        ] {
            do { try fresh.apply(event) } catch { errors.append(error) }
        }
        var tooEarly = ReplacementCase(holder: holder)
        try tooEarly.applyForReplacement(try Fixture.application("2026-10-03"))
        do { try tooEarly.produceCard(on: date("2026-10-05")) } catch { errors.append(error) }
        return (violations, notes, errors)
    }

    static func expectThreeLanguages(_ text: LocalizedText, _ what: String) {
        #expect(!text.english.isEmpty && !text.german.isEmpty && !text.chinese.isEmpty, "\(what)")
        #expect(text.english != text.chinese, "\(what): \(text.english)")
        #expect(text.english != text.german, "\(what): \(text.english)")
        #expect(text.chinese.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(what)")
    }

    @Test("RP-ONSITE-DAYS, RP-DOCUMENTS, RP-RECEIPT, RP-LOGIN: every violation in English, German and Chinese")
    func violationMessages() throws {
        let (violations, _, _) = try Self.sweep()
        #expect(
            Set(violations.map(\.rule)) == [
                .replacementOnsiteDays, .replacementDocuments, .replacementReceipt, .replacementLogin,
            ])
        for violation in Set(violations) {
            Self.expectThreeLanguages(violation.message, violation.rule.rawValue)
            #expect(!violation.facts.isEmpty)
        }
        // Distinct problems have distinct messages: 1 day + 11 document problems on site, 8 on receipt.
        let distinct = Set(violations.map { $0.message.english.prefix(60) })
        #expect(distinct.count >= 14)
    }

    @Test("RP-DOCUMENTS, RP-RECEIPT, RP-READY, RP-LOSS-REPORT, EX-GENERATION, RP-FEE, RP-CERTIFICATE: notes")
    func noteMessages() throws {
        let (_, notes, _) = try Self.sweep()
        #expect(
            Set(notes.map(\.rule)) == [
                .replacementDocuments, .replacementReceipt, .replacementReady, .replacementLossReport,
                .exchangeGeneration, .replacementFee, .replacementCertificate,
            ])
        for note in Set(notes) { Self.expectThreeLanguages(note.message, note.rule.rawValue) }
    }

    @Test("RP-LOSS-REPORT, RP-RECEIPT, RP-READY: every case error has a message in three languages")
    func errorMessages() throws {
        let (_, _, errors) = try Self.sweep()
        #expect(
            Set(errors.map(\.code)) == [
                .eventNotAllowed, .dateBeforePreviousEvent, .tooEarly, .applicationRefused, .handoverRefused,
                .noCalendarData,
            ])
        for error in errors { Self.expectThreeLanguages(error.message, error.description) }
    }

    @Test("RP-CHANNELS, RP-LOGIN, RP-CERTIFICATE: steps, documents and names in three languages")
    func vocabulary() throws {
        var texts: [(LocalizedText, String)] = []
        for channel in ReplacementChannel.allCases {
            for reason in ReplacementReason.allCases {
                for applicant in ActingParty.allCases {
                    for receipt in ReplacementReceiptMethod.allCases {
                        let application = try Fixture.application(
                            "2026-03-04", reason: reason, channel: channel, applicant: applicant, receipt: receipt)
                        let decision = ReplacementPolicy.beijing.evaluate(application)
                        texts += decision.steps.map { ($0.text, $0.code) }
                        texts += decision.documents.map { ($0.text, $0.item.rawValue) }
                        texts += decision.menuPath.map { ($0, "menu") }
                    }
                }
            }
            texts.append((channel.name, channel.rawValue))
        }
        texts += ReplacementReason.allCases.map { ($0.name, $0.rawValue) }
        texts += ReplacementReceiptMethod.allCases.map { ($0.name, $0.rawValue) }
        texts += ReplacementCase.Phase.allCases.map { ($0.name, $0.rawValue) }
        texts += WebsiteLogin.allCases.map { ($0.label, $0.rawValue) }
        texts.append((ReplacementCertificate.title, "certificate"))
        for party in ActingParty.allCases {
            texts.append((ReplacementStep.collect(from: nil, by: party).text, "collect"))
            texts.append((ReplacementStep.receiveByExpress(from: nil, by: party).text, "receiveByExpress"))
        }
        for applied in ["2026-12-28", "2027-03-01"] {
            let decision = ReplacementPolicy.beijing.evaluate(
                ReplacementApplication(date: date(applied), channel: .onSite))
            texts += decision.warnings.map { ($0.message, "warning \(applied)") }
            texts += decision.warnings.flatMap { $0.answers.map { ($0.name, $0.rawValue) } }
        }
        for (text, what) in texts { Self.expectThreeLanguages(text, what) }
    }
}
