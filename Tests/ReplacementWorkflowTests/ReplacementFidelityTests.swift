import CardModel
import Foundation
import ReplacementWorkflow
import TestSupport
import Testing

/// The fidelity fixes of issue 12: steps of refused applications, the agent's documents, the one-channel facts.
@Suite struct ReplacementFidelityTests {
    let policy = ReplacementPolicy.beijing

    @Test("RP-FEE, RP-RECEIPT: a refused application lists the steps up to the application, not paying or collecting")
    func refusedStepsStopAtTheApplication() throws {
        let onSite = policy.evaluate(try Fixture.application("2026-01-03", channel: .onSite))
        #expect(!onSite.isApproved)
        #expect(onSite.steps.map(\.code) == ["reportLoss", "goToOffice", "fillInApplication"])
        #expect(onSite.fee == .yuan(20))
        let agentOnline = policy.evaluate(
            try Fixture.application("2026-03-04", channel: .officialApp, applicant: .agent))
        #expect(
            agentOnline.steps.map(\.code) == [
                "reportLoss", "installOfficialApp", "logIn", "openMenu", "fillInApplication",
            ])
    }

    @Test("RP-RECEIPT: a holder's answer never mentions an agent; an agent's names the agent's own document")
    func agentOnlyForAgents() throws {
        for receipt in ReplacementReceiptMethod.allCases {
            for channel in ReplacementChannel.allCases {
                let holder = policy.evaluate(try Fixture.application("2026-03-04", channel: channel, receipt: receipt))
                for step in holder.steps {
                    #expect(!step.text.english.contains("agent"), "\(channel) \(step.code)")
                    #expect(!step.text.german.contains("Bevollmächtigt"), "\(channel) \(step.code)")
                    #expect(!step.text.chinese.contains("代办人"), "\(channel) \(step.code)")
                }
                #expect(!holder.documents.contains { $0.item == .agentIdentityDocument })
            }
            let agent = policy.evaluate(
                try Fixture.application("2026-03-04", channel: .onSite, applicant: .agent, receipt: receipt))
            let last = try #require(agent.steps.first { $0.rule == .replacementReceipt })
            #expect(last.text.english.contains("and the agent's own"))
            #expect(last.text.german.contains("Bevollmächtigte zusätzlich seinen eigenen"))
            #expect(last.text.chinese.contains("代办人另需出示本人有效身份证件原件"))
        }
    }

    @Test("RP-LOGIN: an agent cannot apply online: the holder logs in under their own account; on site an agent can")
    func agentOnlineRefused() throws {
        for channel in ReplacementChannel.allCases where channel.isOnline {
            let decision = policy.evaluate(try Fixture.application("2026-03-04", channel: channel, applicant: .agent))
            #expect(decision.violatedRules == [.replacementLogin], "\(channel)")
            #expect(decision.violations.first?.facts.contains(Fact("channel", channel.rawValue)) == true)
            #expect(decision.readyDate == nil && decision.generation == nil)
        }
        let onSite = policy.evaluate(try Fixture.application("2026-03-04", channel: .onSite, applicant: .agent))
        #expect(onSite.isApproved)
    }

    @Test("RP-FEE, RP-READY, RP-CERTIFICATE: the one-channel facts apply to every channel, each with its note")
    func oneChannelFacts() throws {
        for channel in ReplacementChannel.allCases {
            let decision = policy.evaluate(try Fixture.application("2026-09-30", channel: channel))
            #expect(decision.fee == .yuan(20), "\(channel)")
            #expect(decision.readyDate == date("2026-10-12"), "\(channel)")
            #expect(decision.steps.contains(.payFee(.yuan(20))), "\(channel)")
            #expect(decision.steps.contains(.saveCertificate), "\(channel)")
            let rules = decision.notes.map(\.rule)
            #expect(rules.contains(.replacementFee) == channel.isOnline, "\(channel)")
            #expect(rules.contains(.replacementCertificate) == !channel.isOnline, "\(channel)")
        }
    }

    @Test("RP-LOGIN, RP-CHANNELS: in the app and WeChat the login comes before the replacement option")
    func loginBeforeMenu() throws {
        for channel in ReplacementChannel.allCases where channel.isOnline {
            let codes = policy.evaluate(try Fixture.application("2026-03-04", channel: channel)).steps.map(\.code)
            let login = try #require(codes.firstIndex { $0 == "logIn" || $0 == "logInOnWebsite" })
            let menu = try #require(codes.firstIndex(of: "openMenu"))
            #expect(login < menu, "\(channel)")
        }
    }

    @Test("CM-WORKDAY: a decision encodes its warnings, which decode again; one without warnings encodes none")
    func warningsCodable() throws {
        let decision = policy.evaluate(try Fixture.application("2027-03-01", channel: .onSite))
        #expect(!decision.warnings.isEmpty)
        let object = try #require(
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(decision)) as? [String: Any])
        let warnings = try JSONSerialization.data(withJSONObject: try #require(object["warnings"]))
        #expect(try JSONDecoder().decode([ReplacementWarning].self, from: warnings) == decision.warnings)
        let complete = policy.evaluate(try Fixture.application("2026-09-30"))
        let completeObject = try #require(
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(complete)) as? [String: Any])
        #expect((completeObject["warnings"] as? [Any])?.isEmpty == true)
    }
}

/// Provisional answers for a year without a notice (issue 9, CM-PROVISIONAL).
@Suite struct ReplacementProvisionalTests {
    let provisional = ReplacementPolicy.beijing.with(
        calendar: WorkingDayCalendar.mainlandChina.withFallback(.provisional))

    @Test("CM-PROVISIONAL, RP-READY: applied 2026-12-28, provisionally ready 2027-01-04 (2027-01-01 is statutory)")
    func yearEndProvisional() throws {
        for channel in ReplacementChannel.allCases {
            let decision = provisional.evaluate(try Fixture.application("2026-12-28", channel: channel))
            #expect(decision.isApproved && decision.isComplete, "\(channel)")
            #expect(decision.acceptanceDate == date("2026-12-28"))
            #expect(decision.readyDate == date("2027-01-04"), "\(channel)")
            #expect(decision.provisionalYears == [2027])
            #expect(decision.missingCalendarYears == [])
            let warning = try #require(decision.warnings.first)
            #expect(decision.warnings.count == 1)
            #expect(warning.kind == .provisional)
            #expect(warning.year == 2027)
            #expect(warning.answers == [.readyDate])
            for text in [warning.message.english, warning.message.german, warning.message.chinese] {
                #expect(text.contains("2027") && text.contains("CM-PROVISIONAL"), "\(text)")
            }
            #expect(decision.steps.contains(.collect(from: date("2027-01-04"), by: .holder)))
        }
    }

    @Test("CM-PROVISIONAL, CM-ACCEPTANCE: online on 2027-01-01 is accepted on 2027-01-04 and ready 2027-01-08")
    func newYearsDayProvisional() throws {
        let decision = provisional.evaluate(try Fixture.application("2027-01-01"))
        #expect(decision.acceptanceDate == date("2027-01-04"))
        #expect(decision.readyDate == date("2027-01-08"))
        #expect(decision.warnings.first?.answers == [.acceptanceDate, .readyDate])
    }

    @Test("CM-PROVISIONAL, RP-ONSITE-DAYS: on site on 2027-01-01 is refused provisionally, and the warning says so")
    func onSiteOnNewYearsDayProvisional() throws {
        let decision = provisional.evaluate(try Fixture.application("2027-01-01", channel: .onSite))
        #expect(decision.violatedRules == [.replacementOnsiteDays])
        #expect(decision.warnings.map(\.kind) == [.provisional])
        #expect(decision.warnings.first?.answers == [.onSiteWorkingDay])
    }

    @Test("CM-PROVISIONAL: an answer that needs no provisional day has no warning")
    func noWarningWithinData() throws {
        let decision = provisional.evaluate(try Fixture.application("2026-12-24"))
        #expect(decision.readyDate == date("2026-12-30"))
        #expect(decision.warnings.isEmpty)
    }
}
