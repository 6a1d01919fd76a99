import CardModel
import ReplacementWorkflow
import TestSupport
import Testing

@Suite struct ReplacementCaseTests {
    // MARK: - Scripted walks

    @Test("RP-FEE, RP-CERTIFICATE, RP-RECEIPT, RP-SUPERSEDE: a lost card, collected, from application to activation")
    func collectWalk() throws {
        var replacement = ReplacementCase(holder: try Fixture.holder())
        let effects = try replacement.applyForReplacement(try Fixture.application("2026-09-30"))
        let certificate = try #require(replacement.certificate)
        #expect(effects == [.chargeFee(Money.yuan(20)), .reportLossFormally, .issueCertificate(certificate)])
        #expect(certificate.appliedOn == date("2026-09-30") && certificate.acceptanceDate == date("2026-09-30"))
        #expect(certificate.readyDate == date("2026-10-12") && certificate.reason == .lost)
        #expect(certificate.fee == Money.yuan(20) && certificate.receipt == .collect)
        #expect(replacement.phase == .applied)
        #expect(replacement.readyDate == date("2026-10-12"))
        #expect(try replacement.produceCard(on: date("2026-10-12")) == [.notifyReady(.collect)])
        #expect(replacement.phase == .cardReady)
        #expect(
            try replacement.collect(on: date("2026-10-13"), documents: try Fixture.holderReceives()) == [
                .handOver(to: .holder)
            ])
        #expect(replacement.phase == .received)
        #expect(try replacement.activate(on: date("2026-10-14")) == [.supersedeOldCard])
        #expect(replacement.phase == .activated)
        #expect(replacement.history.map(\.name) == ["applied", "cardProduced", "collected", "activated"])
    }

    @Test("RP-RECEIPT: a damaged card, sent by express and delivered against the holder's document")
    func expressWalk() throws {
        var replacement = ReplacementCase(holder: try Fixture.holder())
        let effects = try replacement.applyForReplacement(
            try Fixture.application("2026-03-04", reason: .damaged, channel: .onSite, receipt: .express))
        #expect(effects.count == 2)
        #expect(effects.first == .chargeFee(Money.yuan(20)))
        #expect(!effects.contains(.reportLossFormally))
        #expect(try replacement.produceCard(on: date("2026-03-09")) == [.notifyReady(.express), .dispatch])
        #expect(try replacement.dispatch(on: date("2026-03-09")) == [])
        #expect(replacement.phase == .dispatched)
        // Delivered on a Sunday: express delivery is not bound to working days.
        #expect(
            try replacement.deliver(on: date("2026-03-15"), documents: try Fixture.holderReceives()) == [
                .handOver(to: .holder)
            ])
        #expect(try replacement.activate(on: date("2026-03-15")) == [.supersedeOldCard])
        #expect(replacement.oldCardStatus(on: date("2026-03-15")) == .superseded)
    }

    // MARK: - RP-LOSS-REPORT

    @Test("RP-LOSS-REPORT: a temporary report blocks the card, and an application makes it formal")
    func temporaryThenFormal() throws {
        var replacement = ReplacementCase(holder: try Fixture.holder())
        #expect(try replacement.reportLostTemporarily(on: date("2026-03-02")) == [.blockCard])
        #expect(replacement.phase == .temporarilyReportedLost)
        #expect(replacement.oldCardStatus(on: date("2026-03-05")) == .reportedLost)
        #expect(replacement.temporaryReportLastDay(on: date("2026-03-05")) == date("2026-03-12"))
        let effects = try replacement.applyForReplacement(try Fixture.application("2026-03-12"))
        #expect(effects.contains(.reportLossFormally))
        #expect(!effects.contains(.blockCard))
        // Formal: it never lapses.
        #expect(replacement.phase(on: date("2026-06-01")) == .applied)
        #expect(replacement.oldCardStatus(on: date("2026-06-01")) == .reportedLost)
    }

    @Test("RP-LOSS-REPORT: a temporary report lapses by itself after 10 days: the card is active again")
    func lapsedTemporaryReport() throws {
        var replacement = ReplacementCase(holder: try Fixture.holder())
        try replacement.reportLostTemporarily(on: date("2026-03-02"))
        #expect(replacement.phase(on: date("2026-03-12")) == .temporarilyReportedLost)
        #expect(replacement.functions(on: date("2026-03-12")).isEmpty)
        #expect(replacement.phase(on: date("2026-03-13")) == .cardActive)
        #expect(replacement.oldCardStatus(on: date("2026-03-13")) == .active)
        #expect(replacement.functions(on: date("2026-03-13")) == CardFunction.socialSecurity)
        #expect(replacement.temporaryReportLastDay(on: date("2026-03-13")) == nil)

        // Withdrawing a lapsed report is refused, leaving the case unchanged.
        let before = replacement
        #expect {
            try replacement.withdrawTemporaryReport(on: date("2026-03-13"))
        } throws: { error in
            let error = try #require(error as? ReplacementCaseError)
            return error.code == .eventNotAllowed && error.phase == .cardActive
        }
        #expect(replacement == before)

        // The card is active again, so it can be reported again, or replaced: the application blocks it anew.
        var again = replacement
        #expect(try again.reportLostTemporarily(on: date("2026-03-20")) == [.blockCard])
        #expect(
            try replacement.applyForReplacement(try Fixture.application("2026-03-20")).contains(.reportLossFormally))
    }

    @Test("RP-LOSS-REPORT: the lapse is a parameter")
    func lapseParameter() throws {
        let policy = try ReplacementPolicy(temporaryReportLapseDays: 3)
        var replacement = ReplacementCase(holder: try Fixture.holder(), policy: policy)
        try replacement.reportLostTemporarily(on: date("2026-03-02"))
        #expect(replacement.phase(on: date("2026-03-05")) == .temporarilyReportedLost)
        #expect(replacement.phase(on: date("2026-03-06")) == .cardActive)
    }

    @Test("RP-LOSS-REPORT: a withdrawn temporary report unblocks the card")
    func withdrawnReport() throws {
        var replacement = ReplacementCase(holder: try Fixture.holder())
        try replacement.reportLostTemporarily(on: date("2026-03-02"))
        #expect(try replacement.withdrawTemporaryReport(on: date("2026-03-03")) == [.unblockCard])
        #expect(replacement.phase == .cardActive)
        #expect(replacement.functions(on: date("2026-03-03")) == CardFunction.socialSecurity)
        #expect(replacement.functions(on: date("2026-03-02")).isEmpty)
    }

    @Test("RP-LOSS-REPORT: a card reported lost is replaced as lost, not as damaged")
    func reportedLostAppliesAsLost() throws {
        var replacement = try Fixture.makeCase(in: .temporarilyReportedLost)
        let before = replacement
        #expect(throws: ReplacementCaseError.self) {
            try replacement.applyForReplacement(try Fixture.application("2026-03-04", reason: .damaged))
        }
        #expect(replacement == before)
    }

    // MARK: - RP-LOSS

    @Test("RP-LOSS: while the old card is lost or damaged, the card gives no function until the new one is active")
    func functionsAlongTheWay() throws {
        let replacement = try Fixture.makeCase(in: .activated)
        let expectations: [(String, Set<CardFunction>)] = [
            ("2026-03-01", CardFunction.socialSecurity),  // before anything happened
            ("2026-03-02", []),  // temporarily reported
            ("2026-03-04", []),  // applied
            ("2026-03-10", []),  // made
            ("2026-03-11", []),  // received, not yet active
            ("2026-03-12", CardFunction.socialSecurity),  // activated
            ("2026-12-31", CardFunction.socialSecurity),
        ]
        for (day, functions) in expectations {
            #expect(replacement.functions(on: date(day)) == functions, "\(day)")
        }
        let all = CardFunction.socialSecurity.union(CardFunction.workPermit)
        #expect(replacement.functions(on: date("2026-03-04"), of: all).isEmpty)
        #expect(replacement.functions(on: date("2026-03-12"), of: all) == all)
    }

    @Test("RP-LOSS: a damaged card's replacement: the old card reads as damaged until superseded")
    func damagedStatus() throws {
        let replacement = try Fixture.makeCase(in: .received, reason: .damaged)
        #expect(replacement.oldCardStatus(on: date("2026-03-03")) == .active)
        #expect(replacement.oldCardStatus(on: date("2026-03-04")) == .damaged)
        #expect(replacement.newCardStatus(on: date("2026-03-09")) == nil)
        #expect(replacement.newCardStatus(on: date("2026-03-10")) == .issued)
        #expect(replacement.functions(on: date("2026-03-11")).isEmpty)
    }

    // MARK: - RP-RECEIPT

    @Test("RP-RECEIPT: a handover is refused for a document that does not match the holder")
    func handoverRefusedForMismatch() throws {
        var replacement = try Fixture.makeCase(in: .cardReady)
        let before = replacement
        #expect {
            try replacement.collect(
                on: date("2026-03-11"), documents: ReceiptDocuments(holder: try Fixture.strangerShown()))
        } throws: { error in
            let error = try #require(error as? ReplacementCaseError)
            return error.code == .handoverRefused && error.phase == .cardReady
                && error.violations.map(\.rule) == [.replacementReceipt]
                && error.violations.first?.facts.contains(Fact("match", "false")) == true
        }
        #expect(replacement == before)
    }

    @Test("RP-RECEIPT: collection and delivery check the same documents, and name the phase they came from")
    func handoverChecksAreShared() throws {
        let wrong = ReceiptDocuments(agent: try Fixture.holderShown(), holder: try Fixture.strangerShown())
        var collect = try Fixture.makeCase(in: .cardReady)
        var express = try Fixture.makeCase(in: .dispatched, receipt: .express)
        var collectError: ReplacementCaseError?
        var expressError: ReplacementCaseError?
        do { try collect.collect(on: date("2026-03-11"), documents: wrong) } catch { collectError = error }
        do { try express.deliver(on: date("2026-03-11"), documents: wrong) } catch { expressError = error }
        let collected = try #require(collectError)
        let delivered = try #require(expressError)
        #expect(collected.code == .handoverRefused && delivered.code == .handoverRefused)
        #expect(collected.phase == .cardReady)
        #expect(delivered.phase == .dispatched)
        #expect(collected.violations == delivered.violations)
        #expect(collected.event == "collected" && delivered.event == "delivered")
    }

    @Test("RP-RECEIPT: a handover needs the holder's original valid document")
    func handoverNeedsOriginalValidDocument() throws {
        var replacement = try Fixture.makeCase(in: .dispatched, receipt: .express)
        let before = replacement
        let wrong: [ReceiptDocuments] = [
            ReceiptDocuments(holder: nil),
            ReceiptDocuments(holder: try Fixture.holderShown(isOriginal: false)),
            ReceiptDocuments(holder: try Fixture.holderShown(validUntil: date("2026-03-10"))),
        ]
        for documents in wrong {
            #expect(throws: ReplacementCaseError.self) {
                try replacement.deliver(on: date("2026-03-11"), documents: documents)
            }
            #expect(replacement == before)
        }
    }

    @Test("RP-RECEIPT: an agent receives the card with the holder's and their own documents (our reading)")
    func agentReceives() throws {
        var replacement = try Fixture.makeCase(in: .cardReady)
        let before = replacement
        for documents in [
            ReceiptDocuments(agent: nil, holder: try Fixture.holderShown()),
            ReceiptDocuments(agent: try Fixture.agentShown(), holder: nil),
            ReceiptDocuments(agent: try Fixture.holderShown(), holder: try Fixture.holderShown()),
        ] {
            #expect(throws: ReplacementCaseError.self) {
                try replacement.collect(on: date("2026-03-11"), documents: documents)
            }
            #expect(replacement == before)
        }
        #expect(
            try replacement.collect(
                on: date("2026-03-11"),
                documents: ReceiptDocuments(agent: try Fixture.agentShown(), holder: try Fixture.holderShown()))
                == [.handOver(to: .agent)])
    }

    @Test("RP-RECEIPT: a collection on the working Sunday 2026-01-04 is recorded")
    func collectionOnWorkingSunday() throws {
        var replacement = ReplacementCase(holder: try Fixture.holder())
        try replacement.applyForReplacement(try Fixture.application("2025-12-26"))  // ready 2026-01-04
        try replacement.produceCard(on: date("2026-01-04"))
        #expect(
            try replacement.collect(on: date("2026-01-04"), documents: try Fixture.holderReceives()) == [
                .handOver(to: .holder)
            ])
        #expect(replacement.phase == .received)
    }

    @Test(
        "RP-RECEIPT, RP-ONSITE-DAYS: a collection is recorded on whatever day it happened",
        arguments: ["2026-03-14", "2026-04-05", "2026-10-01", "2027-01-05"])
    func collectionOnAnyDay(day: String) throws {
        // A Saturday, Tomb-sweeping Day, National Day, and a day of a year the calendar has no data for: events
        // record what happened, and RP-ONSITE-DAYS restricts on-site applications only.
        var replacement = try Fixture.makeCase(in: .cardReady)
        #expect(
            try replacement.collect(on: date(day), documents: try Fixture.holderReceives()) == [
                .handOver(to: .holder)
            ])
        #expect(replacement.phase == .received)
        #expect(replacement.history.last == .collected(on: date(day), documents: try Fixture.holderReceives()))
    }

    @Test("RP-RECEIPT: a handover on a holiday is refused only for the documents, never for the day")
    func handoverRefusalIgnoresTheDay() throws {
        var replacement = try Fixture.makeCase(in: .cardReady)
        #expect {
            try replacement.collect(
                on: date("2026-04-05"), documents: ReceiptDocuments(holder: try Fixture.strangerShown()))
        } throws: { error in
            let error = try #require(error as? ReplacementCaseError)
            return error.code == .handoverRefused && error.violations.map(\.rule) == [.replacementReceipt]
        }
    }

    @Test("RP-RECEIPT: collection and express delivery are not mixed")
    func receiptMethodIsKept() throws {
        var collect = try Fixture.makeCase(in: .cardReady, receipt: .collect)
        #expect(throws: ReplacementCaseError.self) { try collect.dispatch(on: date("2026-03-11")) }
        var express = try Fixture.makeCase(in: .cardReady, receipt: .express)
        #expect(throws: ReplacementCaseError.self) {
            try express.collect(on: date("2026-03-11"), documents: try Fixture.holderReceives())
        }
        #expect(throws: ReplacementCaseError.self) {
            try express.deliver(on: date("2026-03-11"), documents: try Fixture.holderReceives())
        }
    }

    // MARK: - RP-SUPERSEDE

    @Test("RP-SUPERSEDE: activation supersedes the old card for good; a found lost card stays unusable")
    func foundCardStaysUnusable() throws {
        var replacement = try Fixture.makeCase(in: .activated)
        #expect(try replacement.findLostCard(on: date("2026-03-20")) == [])
        #expect(replacement.phase == .activated)
        #expect(replacement.oldCardStatus(on: date("2026-03-20")) == .superseded)
        #expect(replacement.newCardStatus(on: date("2026-03-20")) == .active)
        #expect(replacement.history.last == .lostCardFound(on: date("2026-03-20")))
    }

    @Test("RP-SUPERSEDE, RP-LOSS-REPORT: a lost card found after the formal report is still blocked")
    func foundBeforeActivation() throws {
        var replacement = try Fixture.makeCase(in: .applied)
        try replacement.findLostCard(on: date("2026-03-05"))
        #expect(replacement.oldCardStatus(on: date("2026-03-05")) == .reportedLost)
        #expect(replacement.functions(on: date("2026-03-05")).isEmpty)
        // Only after a formal report, and only for a lost card.
        var temporary = try Fixture.makeCase(in: .temporarilyReportedLost)
        #expect(throws: ReplacementCaseError.self) { try temporary.findLostCard(on: date("2026-03-03")) }
        var damaged = try Fixture.makeCase(in: .applied, reason: .damaged)
        #expect(throws: ReplacementCaseError.self) { try damaged.findLostCard(on: date("2026-03-05")) }
    }

    // MARK: - RP-CERTIFICATE, RP-READY, EX-GENERATION in the case

    @Test("RP-CERTIFICATE: the certificate is available from the application on, with the dates")
    func certificate() throws {
        #expect(try Fixture.makeCase(in: .temporarilyReportedLost).certificate == nil)
        for phase in Fixture.phases(for: .express) where phase != .cardActive && phase != .temporarilyReportedLost {
            let replacement = try Fixture.makeCase(in: phase, receipt: .express)
            let certificate = try #require(replacement.certificate)
            #expect(certificate.appliedOn == date("2026-03-04"))
            #expect(certificate.readyDate == date("2026-03-10"))
            #expect(certificate.fee == Money.yuan(20))
        }
        #expect(ReplacementCertificate.title.english.hasPrefix("Certificate of New Issuance or Replacement"))
    }

    @Test("RP-READY: a card cannot be made before the application is accepted")
    func producedBeforeAcceptance() throws {
        var replacement = ReplacementCase(holder: try Fixture.holder())
        try replacement.applyForReplacement(try Fixture.application("2026-10-03"))  // accepted 2026-10-08
        let before = replacement
        #expect {
            try replacement.produceCard(on: date("2026-10-07"))
        } throws: { error in
            (error as? ReplacementCaseError)?.code == .tooEarly
        }
        #expect(replacement == before)
        #expect(try replacement.produceCard(on: date("2026-10-08")) == [.notifyReady(.collect)])
    }

    @Test("EX-GENERATION: the new card is third generation when made from 2026-01-01")
    func generationInTheCase() throws {
        var replacement = ReplacementCase(holder: try Fixture.holder())
        #expect(replacement.newCardGeneration == nil)
        try replacement.applyForReplacement(try Fixture.application("2025-12-29"))  // ready 2026-01-05
        #expect(replacement.newCardGeneration == .third)
        try replacement.produceCard(on: date("2026-01-04"))
        #expect(replacement.newCardGeneration == .third)
        var before2026 = ReplacementCase(holder: try Fixture.holder())
        try before2026.applyForReplacement(try Fixture.application("2025-12-22"))  // ready 2025-12-26
        #expect(before2026.newCardGeneration == nil)
        try before2026.produceCard(on: date("2025-12-26"))
        #expect(before2026.newCardGeneration == nil)
    }

    @Test(
        "EX-GENERATION, RP-READY: the case and the decision agree on the generation, across the year end",
        arguments: ["2025-12-22", "2025-12-25", "2025-12-26", "2025-12-31", "2026-01-01", "2026-09-30"])
    func generationAgreesWithDecision(applied: String) throws {
        let application = try Fixture.application(applied)
        let decision = ReplacementPolicy.beijing.evaluate(application)
        var replacement = ReplacementCase(holder: try Fixture.holder())
        try replacement.applyForReplacement(application)
        #expect(replacement.newCardGeneration == decision.generation)
        // Made on the ready date, the answer stays the same.
        try replacement.produceCard(on: try #require(decision.readyDate))
        #expect(replacement.newCardGeneration == decision.generation)
    }

    // MARK: - Refusals leave the case unchanged

    @Test("RP-ONSITE-DAYS, RP-DOCUMENTS: a refused application is a typed error with every violation")
    func refusedApplication() throws {
        var replacement = try Fixture.makeCase(in: .temporarilyReportedLost)
        let before = replacement
        #expect {
            try replacement.applyForReplacement(
                try Fixture.application("2026-03-07", channel: .onSite, documents: PresentedDocuments.none))
        } throws: { error in
            let error = try #require(error as? ReplacementCaseError)
            return error.code == .applicationRefused && error.phase == .temporarilyReportedLost
                && error.violations.map(\.rule) == [.replacementOnsiteDays, .replacementDocuments]
        }
        #expect(replacement == before)
    }

    @Test("RP-DOCUMENTS: on site the case checks the document against the holder on record")
    func onSiteMismatchInTheCase() throws {
        var replacement = ReplacementCase(holder: try Fixture.holder())
        #expect(throws: ReplacementCaseError.self) {
            try replacement.applyForReplacement(
                try Fixture.application(
                    "2026-03-04", channel: .onSite, documents: PresentedDocuments(holder: try Fixture.strangerShown())))
        }
        #expect(replacement.history.isEmpty)
    }

    @Test("RP-READY: an application whose ready date needs 2027 data is a typed error naming 2027")
    func applicationWithoutData() throws {
        var replacement = ReplacementCase(holder: try Fixture.holder())
        #expect {
            try replacement.applyForReplacement(try Fixture.application("2026-12-28"))
        } throws: { error in
            let error = try #require(error as? ReplacementCaseError)
            return error.code == .noCalendarData && error.rule == .workday
                && error.violations.map(\.facts) == [[Fact("year", "2027")]] && error.message.english.contains("2027")
        }
        #expect(replacement.history.isEmpty)
    }

    @Test("RP-LOSS-REPORT: an event dated before the previous one is refused with dateBeforePreviousEvent")
    func dateBeforePreviousEvent() throws {
        var replacement = try Fixture.makeCase(in: .applied)
        let before = replacement
        #expect {
            try replacement.produceCard(on: date("2026-03-03"))
        } throws: { error in
            let error = try #require(error as? ReplacementCaseError)
            return error.code == .dateBeforePreviousEvent && error.phase == .applied && error.event == "cardProduced"
                && error.message.english.contains("2026-03-04")
        }
        #expect(replacement == before)
        // The same day as the previous event is fine.
        #expect(try replacement.produceCard(on: date("2026-03-04")) == [.notifyReady(.collect)])
    }
}

// MARK: - The case pattern (CaseMachine, the ledger, the one error shape)

extension ReplacementCaseTests {
    /// A host's generic layer: applies an event to any case machine.
    static func record<Case: CaseMachine>(
        _ event: Case.Event, in stored: inout Case
    ) throws(Case.Failure)
        -> [Case.Effect]
    {
        try stored.apply(event)
    }

    @Test("RP-FEE, RP-READY: a replacement case is a CaseMachine a generic host layer drives")
    func caseMachine() throws {
        var replacement = ReplacementCase(holder: try Fixture.holder())
        let effects = try Self.record(.applied(try Fixture.application("2026-09-30")), in: &replacement)
        #expect(effects.first == .chargeFee(Money.yuan(20)))
        #expect(try Self.record(.cardProduced(on: date("2026-10-12")), in: &replacement) == [.notifyReady(.collect)])
        #expect(replacement.phase == .cardReady && replacement.policy == .beijing)
        #expect(replacement.history.map(\.name) == ["applied", "cardProduced"])
    }

    @Test("RP-LOSS-REPORT: a case exists before any event; replaying an empty history gives it, no opening needed")
    func emptyHistory() throws {
        let replayed = try ReplacementCase(replaying: [], holder: try Fixture.holder())
        #expect(replayed == ReplacementCase(holder: try Fixture.holder()))
        #expect(replayed.phase == .cardActive && replayed.history.isEmpty)
        #expect(replayed.phase(on: CivilDate.earliest) == .cardActive)
        #expect(replayed.oldCardStatus(on: date("2026-03-01")) == .active)
        // Any event may come first: an application, a loss report.
        var applied = replayed
        #expect(try applied.applyForReplacement(try Fixture.application("2026-03-04")).count == 3)
    }

    @Test(
        "RP-LOSS, RP-SUPERSEDE: past days are answered from the recorded states, before the first event as card active",
        arguments: ReplacementReceiptMethod.allCases)
    func pastDatesFromRecordedStates(receipt: ReplacementReceiptMethod) throws {
        let replacement = try Fixture.makeCase(in: .activated, receipt: receipt)
        var expected: [(String, ReplacementCase.Phase)] = [
            ("1900-01-01", .cardActive), ("2026-03-01", .cardActive), ("2026-03-02", .temporarilyReportedLost),
            ("2026-03-03", .temporarilyReportedLost), ("2026-03-04", .applied), ("2026-03-09", .applied),
            ("2026-03-11", .received), ("2026-03-12", .activated), ("2030-01-01", .activated),
        ]
        // The express card is made and dispatched the same day: the day ends dispatched.
        expected.append(("2026-03-10", receipt == .express ? .dispatched : .cardReady))
        for (day, phase) in expected {
            #expect(replacement.phase(on: date(day)) == phase, "\(day)")
        }
        #expect(replacement.newCardStatus(on: date("2026-03-09")) == nil)
        #expect(replacement.newCardStatus(on: date("2026-03-10")) == .issued)
        #expect(replacement.newCardStatus(on: date("2026-03-12")) == .active)
        #expect(replacement.oldCardStatus(on: date("2026-03-11")) == .reportedLost)
        #expect(replacement.oldCardStatus(on: date("2026-03-12")) == .superseded)
        #expect(replacement.temporaryReportLastDay(on: date("2026-03-03")) == date("2026-03-12"))
        // Made formal by the application on 2026-03-04: no temporary report is in force after it.
        #expect(replacement.temporaryReportLastDay(on: date("2026-03-05")) == nil)
    }

    @Test("RP-LOSS-REPORT: a lapse between two recorded events reads as the card active on the days between")
    func lapseBetweenEvents() throws {
        var replacement = ReplacementCase(holder: try Fixture.holder())
        try replacement.reportLostTemporarily(on: date("2026-03-02"))
        try replacement.applyForReplacement(try Fixture.application("2026-03-20"))
        #expect(replacement.phase(on: date("2026-03-12")) == .temporarilyReportedLost)
        #expect(replacement.phase(on: date("2026-03-13")) == .cardActive)
        #expect(replacement.functions(on: date("2026-03-19")) == CardFunction.socialSecurity)
        #expect(replacement.phase(on: date("2026-03-20")) == .applied)
        #expect(replacement.functions(on: date("2026-03-20")).isEmpty)
    }

    @Test("RP-READY, RP-DOCUMENTS, RP-RECEIPT: every error has the one shape: code, event, phase, rule, violations")
    func errorShape() throws {
        var fresh = ReplacementCase(holder: try Fixture.holder())
        try fresh.applyForReplacement(try Fixture.application("2026-10-03"))  // accepted 2026-10-08
        let early = try #require(throws: ReplacementCaseError.self) { try fresh.produceCard(on: date("2026-10-07")) }
        #expect(early.code == .tooEarly && early.rule == .replacementReady && early.phase == .applied)
        #expect(early.event == "cardProduced" && early.violations.isEmpty)
        #expect(early.description.hasPrefix("tooEarly (cardProduced in applied): "))

        var active = ReplacementCase(holder: try Fixture.holder())
        let refused = try #require(throws: ReplacementCaseError.self) {
            try active.applyForReplacement(
                try Fixture.application("2026-03-07", channel: .onSite, documents: PresentedDocuments.none))
        }
        #expect(refused.code == .applicationRefused && refused.phase == .cardActive)
        #expect(refused.rule == .replacementOnsiteDays && refused.violations.count >= 2)

        var ready = try Fixture.makeCase(in: .cardReady)
        let notAllowed = try #require(throws: ReplacementCaseError.self) { try ready.activate(on: date("2026-03-11")) }
        #expect(notAllowed.code == .eventNotAllowed && notAllowed.rule == nil && notAllowed.phase == .cardReady)
        #expect(notAllowed.event == "activated" && notAllowed.message.english.contains("not been received"))
    }
}
