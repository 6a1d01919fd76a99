import CardModel
import ExchangePolicy
import TestSupport
import Testing

@Suite struct ExchangeCaseTests {
    func original(_ document: IdentityDocument) -> PresentedDocument { PresentedDocument(document) }

    /// An adult's case applied on Monday 2026-01-05 online with CMB, to collect at the branch.
    func appliedCase(
        receipt: ExchangeReceiptMethod = .bankBranch, channel: ExchangeChannel = .website
    ) throws -> ExchangeCase {
        let employer: EmployerArrangement? = receipt == .employer ? try Fixture.pickup([.cmb]) : nil
        return try ExchangeCase.open(
            Fixture.application(channel: channel, receipt: receipt, employer: employer),
            parties: try Fixture.adultParties
        ).opened
    }

    /// A case brought to `phase` through public events only.
    func makeCase(in phase: ExchangeCase.Phase) throws -> ExchangeCase {
        var exchange = try self.appliedCase()
        switch phase {
        case .applied: break
        case .cancelled: try exchange.cancel(on: date("2026-01-06"))
        case .cardProduced: try exchange.produceCard(on: date("2026-01-08"))
        case .received:
            try exchange.produceCard(on: date("2026-01-08"))
            try exchange.receiveCard(on: date("2026-01-09"), by: .holder(self.original(try Fixture.holder)))
        case .activated:
            try exchange.produceCard(on: date("2026-01-08"))
            try exchange.receiveCard(on: date("2026-01-09"), by: .holder(self.original(try Fixture.holder)))
            try exchange.activateSocialSecurity(on: date("2026-01-10"), through: .jingtong)
        }
        #expect(exchange.phase == phase)
        return exchange
    }

    // MARK: Scripted walks

    @Test("EX-PRODUCTION: a walk from application to activation, one event a line")
    func happyPath() throws {
        let (opened, effects) = try ExchangeCase.open(Fixture.application(), parties: try Fixture.adultParties)
        var exchange = opened
        #expect(
            effects == [.orderCard(bank: .cmb, readyDate: date("2026-01-09")), .notifyHolder(.applicationAccepted)])
        #expect(exchange.phase == .applied)
        #expect(exchange.readyDate == date("2026-01-09"))
        #expect(exchange.oldCard == .second)
        #expect(try exchange.produceCard(on: date("2026-01-08")) == [.notifyHolder(.cardReadyForCollection)])
        #expect(
            try exchange.receiveCard(on: date("2026-01-09"), by: .holder(self.original(try Fixture.holder)))
                == [.handOverCard(to: .holder), .notifyHolder(.activationRequired)])
        #expect(exchange.receivedBy == .holder)
        #expect(
            try exchange.activateSocialSecurity(on: date("2026-01-10"), through: .website) == [
                .activateSocialSecurityFunction, .supersedeOldCard(generation: .second, from: date("2026-01-10")),
                .notifyHolder(.socialSecurityFunctionActivated),
            ])
        #expect(exchange.phase == .activated)
        #expect(exchange.activatedOn == date("2026-01-10"))
        #expect(exchange.history.count == 4)
        #expect(exchange.lastEventDate == date("2026-01-10"))
    }

    @Test("EX-RECEIPT: by post, free of charge; no hand-over at a counter")
    func byPost() throws {
        var exchange = try self.appliedCase(receipt: .post)
        #expect(try exchange.produceCard(on: date("2026-01-08")) == [.postCard, .notifyHolder(.cardPosted)])
        #expect(
            try exchange.receiveCard(on: date("2026-01-12"), by: .holder(self.original(try Fixture.holder)))
                == [.notifyHolder(.activationRequired)])
    }

    @Test("EX-RECEIPT: instant issuance: produced and handed over at once, on the application day")
    func instantIssuance() throws {
        let application = Fixture.application("2026-01-10", channel: .bankOutlet, receipt: .instantIssuance)
        var (exchange, effects) = try ExchangeCase.open(application, parties: try Fixture.adultParties)
        #expect(effects == [.makeCardOnTheSpot(bank: .cmb), .notifyHolder(.applicationAccepted)])
        #expect(exchange.readyDate == date("2026-01-10"))
        var late = exchange
        let error = Fixture.caseError { _ = try late.produceCard(on: date("2026-01-11")) }
        #expect(error?.code == .instantIssuanceNotSameDay)
        #expect(late == exchange)
        #expect(
            try exchange.produceCard(on: date("2026-01-10")) == [
                .handOverCard(to: .holder), .notifyHolder(.activationRequired),
            ])
        #expect(exchange.phase == .received)
        #expect(exchange.receivedBy == .holder)
        #expect(exchange.oldCardValidity(on: date("2026-01-10")).isValid)
    }

    @Test("EX-PRODUCTION: no card is produced before the application is accepted (applied Saturday, accepted Monday)")
    func notMadeBeforeAcceptance() throws {
        // Applied online on Saturday 2026-01-10, accepted on Monday 2026-01-12 (CM-ACCEPTANCE).
        var exchange = try ExchangeCase.open(Fixture.application("2026-01-10"), parties: try Fixture.adultParties)
            .opened
        #expect(exchange.decision.acceptanceDate == date("2026-01-12"))
        let before = exchange
        for day in ["2026-01-10", "2026-01-11"] {
            let error = Fixture.caseError { _ = try exchange.produceCard(on: date(day)) }
            #expect(error?.code == .tooEarly, "\(day)")
            #expect(error?.rule == .exchangeProduction)
            #expect(error?.phase == .applied)
            #expect(error?.message.english.contains("2026-01-12") == true)
            #expect(exchange == before)
            #expect(exchange.history == before.history)
        }
        #expect(try exchange.produceCard(on: date("2026-01-12")) == [.notifyHolder(.cardReadyForCollection)])
        #expect(exchange.phase == .cardProduced)
    }

    @Test("EX-MINOR: instant issuance for a minor goes to the guardian at the counter")
    func instantIssuanceMinor() throws {
        let application = Fixture.application(
            "2026-01-10", channel: .bankOutlet, receipt: .instantIssuance, minor: true, guardian: true)
        var exchange = try ExchangeCase.open(application, parties: try Fixture.minorParties).opened
        #expect(try exchange.produceCard(on: date("2026-01-10")).first == .handOverCard(to: .guardian))
        #expect(exchange.receivedBy == .guardian)
    }

    // MARK: EX-OLD-VALID

    @Test("EX-OLD-VALID: the old card is valid the day before activation and superseded from that day")
    func oldCardFromTheCase() throws {
        let exchange = try self.makeCase(in: .activated)
        #expect(exchange.oldCardValidity(on: date("2025-01-01")).isValid)
        #expect(exchange.oldCardValidity(on: date("2026-01-09")).isValid)
        #expect(exchange.oldCardValidity(on: date("2026-01-09")).workingFunctions == CardFunction.socialSecurity)
        let onTheDay = exchange.oldCardValidity(on: date("2026-01-10"))
        #expect(!onTheDay.isValid)
        #expect(onTheDay.status == .superseded)
        #expect(onTheDay.supersededOn == date("2026-01-10"))
        #expect(!exchange.oldCardValidity(on: date("2027-06-01")).isValid)
    }

    @Test(
        "EX-OLD-VALID: until activation the old card stays valid, whatever else happened",
        arguments: [
            ExchangeCase.Phase.applied, .cardProduced, .received, .cancelled,
        ])
    func oldCardBeforeActivation(phase: ExchangeCase.Phase) throws {
        let exchange = try self.makeCase(in: phase)
        #expect(exchange.activatedOn == nil)
        #expect(exchange.oldCardValidity(on: date("2030-01-01")).isValid)
    }

    // MARK: EX-RECEIPT and EX-MINOR at receipt

    @Test("EX-RECEIPT: an identity document that does not match the holder is refused")
    func documentMismatch() throws {
        var exchange = try self.makeCase(in: .cardProduced)
        let before = exchange
        let error = Fixture.caseError {
            _ = try exchange.receiveCard(on: date("2026-01-09"), by: .holder(self.original(try Fixture.stranger)))
        }
        #expect(error?.code == .documentMismatch)
        #expect(error?.phase == .cardProduced)
        #expect(error?.event == "cardReceived")
        #expect(exchange == before)
    }

    @Test("EX-RECEIPT: a copy or an expired document is not accepted")
    func documentNotAccepted() throws {
        var exchange = try self.makeCase(in: .cardProduced)
        let copy = PresentedDocument(try Fixture.holder, isOriginal: false)
        let expired = PresentedDocument(try Fixture.document(Fixture.holderNumber, validUntil: date("2025-12-31")))
        for presented in [copy, expired] {
            let error = Fixture.caseError {
                _ = try exchange.receiveCard(on: date("2026-01-09"), by: .holder(presented))
            }
            #expect(error?.code == .documentNotAccepted)
        }
        #expect(exchange.phase == .cardProduced)
    }

    @Test("EX-MINOR: a minor's card is received only by the guardian")
    func minorReceivedByGuardianOnly() throws {
        let application = Fixture.application(minor: true, guardian: true)
        var exchange = try ExchangeCase.open(application, parties: try Fixture.minorParties).opened
        try exchange.produceCard(on: date("2026-01-08"))
        let byHolder = Fixture.caseError {
            _ = try exchange.receiveCard(on: date("2026-01-09"), by: .holder(PresentedDocument(try Fixture.minor)))
        }
        #expect(byHolder?.code == .guardianRequired)
        #expect(byHolder?.rule == .exchangeMinor)
        let byStranger = Fixture.caseError {
            _ = try exchange.receiveCard(
                on: date("2026-01-09"), by: .guardian(PresentedDocument(try Fixture.stranger)))
        }
        #expect(byStranger?.code == .documentMismatch)
        #expect(exchange.phase == .cardProduced)
        #expect(
            try exchange.receiveCard(on: date("2026-01-09"), by: .guardian(PresentedDocument(try Fixture.guardian)))
                == [.handOverCard(to: .guardian), .notifyHolder(.activationRequired)])
        #expect(exchange.receivedBy == .guardian)
    }

    @Test("EX-MINOR: an adult's card has no guardian to receive it")
    func noGuardianForAdult() throws {
        var exchange = try self.makeCase(in: .cardProduced)
        let error = Fixture.caseError {
            _ = try exchange.receiveCard(
                on: date("2026-01-09"), by: .guardian(PresentedDocument(try Fixture.guardian)))
        }
        #expect(error?.code == .recipientNotAllowed)
    }

    @Test("EX-RECEIPT: under company pickup only the employer of the arrangement receives the card")
    func companyPickup() throws {
        var exchange = try self.appliedCase(receipt: .employer)
        #expect(try exchange.produceCard(on: date("2026-01-08")) == [.notifyEmployer(.cardReadyForCompanyPickup)])
        let byHolder = Fixture.caseError {
            _ = try exchange.receiveCard(on: date("2026-01-09"), by: .holder(PresentedDocument(try Fixture.holder)))
        }
        #expect(byHolder?.code == .recipientNotAllowed)
        let byOther = Fixture.caseError {
            _ = try exchange.receiveCard(on: date("2026-01-09"), by: .employer(try Fixture.otherEmployer))
        }
        #expect(byOther?.code == .employerMismatch)
        #expect(
            try exchange.receiveCard(on: date("2026-01-09"), by: .employer(try Fixture.employer))
                == [.handOverCard(to: .employer), .notifyHolder(.activationRequired)])
    }

    @Test("EX-RECEIPT: the employer does not receive a card the holder collects")
    func employerWithoutPickup() throws {
        var exchange = try self.makeCase(in: .cardProduced)
        let error = Fixture.caseError {
            _ = try exchange.receiveCard(on: date("2026-01-09"), by: .employer(try Fixture.employer))
        }
        #expect(error?.code == .recipientNotAllowed)
    }

    // MARK: EX-ACTIVATION

    @Test("EX-ACTIVATION: online or in person", arguments: ActivationChannel.allCases)
    func activationChannels(channel: ActivationChannel) throws {
        var exchange = try self.makeCase(in: .received)
        let effects = try exchange.activateSocialSecurity(on: date("2026-01-12"), through: channel)
        #expect(effects.contains(.supersedeOldCard(generation: .second, from: date("2026-01-12"))))
        #expect(exchange.financialFunctionActivatedOn == nil)
    }

    @Test("EX-ACTIVATION: the online channels are the website, 北京人社 and 京通")
    func activationChannelKinds() {
        #expect(ActivationChannel.allCases.filter(\.isOnline) == [.website, .wechatAccount, .jingtong])
        #expect(ActivationChannel.allCases.filter { !$0.isOnline } == [.hallWindow, .selfServiceTerminal])
    }

    @Test("EX-ACTIVATION: activating the bank function at the issuing bank also activates social security")
    func financialActivation() throws {
        var exchange = try self.makeCase(in: .received)
        let effects = try exchange.activateFinancialFunction(
            on: date("2026-01-11"), presenting: PresentedDocument(try Fixture.holder))
        #expect(
            effects == [
                .activateFinancialFunction(bank: .cmb), .activateSocialSecurityFunction,
                .supersedeOldCard(generation: .second, from: date("2026-01-11")),
                .notifyHolder(.socialSecurityFunctionActivated),
            ])
        #expect(exchange.activatedOn == date("2026-01-11"))
        #expect(exchange.financialFunctionActivatedOn == date("2026-01-11"))
        #expect(!exchange.oldCardValidity(on: date("2026-01-11")).isValid)
        let again = Fixture.caseError {
            _ = try exchange.activateFinancialFunction(
                on: date("2026-01-12"), presenting: PresentedDocument(try Fixture.holder))
        }
        #expect(again?.code == .financialFunctionAlreadyActive)
    }

    @Test("EX-ACTIVATION: the bank function later, after the social security function")
    func financialAfterSocialSecurity() throws {
        var exchange = try self.makeCase(in: .activated)
        let copy = Fixture.caseError {
            _ = try exchange.activateFinancialFunction(
                on: date("2026-02-02"), presenting: PresentedDocument(try Fixture.holder, isOriginal: false))
        }
        #expect(copy?.code == .documentNotAccepted)
        let stranger = Fixture.caseError {
            _ = try exchange.activateFinancialFunction(
                on: date("2026-02-02"), presenting: PresentedDocument(try Fixture.stranger))
        }
        #expect(stranger?.code == .documentMismatch)
        #expect(
            try exchange.activateFinancialFunction(
                on: date("2026-02-02"), presenting: PresentedDocument(try Fixture.holder))
                == [.activateFinancialFunction(bank: .cmb)])
        #expect(exchange.activatedOn == date("2026-01-10"))
        #expect(exchange.financialFunctionActivatedOn == date("2026-02-02"))
    }

    @Test("EX-ACTIVATION: a card is activated only once received")
    func activationNeedsReceipt() throws {
        for phase in [ExchangeCase.Phase.applied, .cardProduced] {
            var exchange = try self.makeCase(in: phase)
            let error = Fixture.caseError {
                _ = try exchange.activateSocialSecurity(on: date("2026-01-12"), through: .website)
            }
            #expect(error?.code == .eventNotAllowed)
            #expect(error?.phase == phase)
        }
    }

    // MARK: Cancellation, dates, application

    @Test("Cancellation before the card is produced; not after")
    func cancellation() throws {
        var exchange = try self.makeCase(in: .applied)
        #expect(
            try exchange.cancel(on: date("2026-01-06")) == [
                .cancelCardOrder(bank: .cmb), .notifyHolder(.applicationCancelled),
            ])
        #expect(exchange.phase == .cancelled)
        for phase in [ExchangeCase.Phase.cardProduced, .received, .activated, .cancelled] {
            var later = try self.makeCase(in: phase)
            let error = Fixture.caseError { _ = try later.cancel(on: date("2026-01-20")) }
            #expect(error?.code == .eventNotAllowed)
        }
    }

    @Test("An event dated before the previous one is refused and changes nothing")
    func datesInOrder() throws {
        var exchange = try self.makeCase(in: .cardProduced)
        let before = exchange
        let error = Fixture.caseError {
            _ = try exchange.receiveCard(on: date("2026-01-07"), by: .holder(PresentedDocument(try Fixture.holder)))
        }
        #expect(error?.code == .dateBeforePreviousEvent)
        #expect(error?.message.english.contains("2026-01-08") == true)
        #expect(exchange == before)
        #expect(exchange.history == before.history)
        // The same day is fine.
        #expect(throws: Never.self) {
            try exchange.receiveCard(on: date("2026-01-08"), by: .holder(PresentedDocument(try Fixture.holder)))
        }
    }

    @Test("A refused application opens no case and carries every violation")
    func refusedApplication() throws {
        let application = Fixture.application("2025-12-31", card: .third, channel: .bankOutlet)
        let error = Fixture.caseError {
            _ = try ExchangeCase.open(application, parties: try Fixture.adultParties)
        }
        #expect(error?.code == .applicationRefused)
        #expect(error?.phase == nil)
        #expect(error?.violations.map(\.rule) == [.exchangeChannels, .exchangeEligible])
        #expect(error?.message.english.contains("EX-CHANNELS, EX-ELIGIBLE") == true)
    }

    @Test("CM-WORKDAY: an application whose ready date lacks calendar data opens a case, ready date unknown")
    func openedWithoutCalendar() throws {
        let (exchange, effects) = try ExchangeCase.open(
            Fixture.application("2026-12-28"), parties: try Fixture.adultParties)
        #expect(exchange.readyDate == nil)
        #expect(exchange.decision.missingCalendarYears == [2027])
        #expect(effects == [.orderCard(bank: .cmb, readyDate: nil), .notifyHolder(.applicationAccepted)])
        #expect(effects.first?.description == "orderCard(CMB, ready by unknown)")
    }

    @Test("EX-MINOR: the guardian's document is given exactly when a guardian applies")
    func partiesMatchApplication() throws {
        let cases: [(ExchangeApplication, ExchangeParties)] = [
            (Fixture.application(minor: true, guardian: true), ExchangeParties(holder: try Fixture.minor)),
            (Fixture.application(), try Fixture.minorParties),
            (
                Fixture.application(minor: true, guardian: true),
                ExchangeParties(holder: try Fixture.minor, guardian: try Fixture.minor)
            ),
        ]
        for (application, parties) in cases {
            let error = Fixture.caseError {
                _ = try ExchangeCase.open(application, parties: parties)
            }
            #expect(error?.code == .partiesDoNotMatchApplication)
        }
    }

    // MARK: The phase × event table

    static let allowed: Set<String> = [
        "applied/cardProduced", "applied/cancelled", "cardProduced/cardReceived", "received/socialSecurityActivated",
        "received/financialFunctionActivated", "activated/financialFunctionActivated",
    ]

    static func events() throws -> [ExchangeEvent] {
        let later = date("2026-01-20")
        return [
            .applied(application: Fixture.application(), parties: try Fixture.adultParties),
            .cardProduced(on: later),
            .cardReceived(on: later, by: .holder(PresentedDocument(try Fixture.holder))),
            .socialSecurityActivated(on: later, through: .hallWindow),
            .financialFunctionActivated(on: later, presenting: PresentedDocument(try Fixture.holder)),
            .cancelled(on: later),
        ]
    }

    @Test(
        "Every phase × event: the allowed ones move on, the rest throw and change nothing",
        arguments: ExchangeCase.Phase.allCases)
    func phaseEventTable(phase: ExchangeCase.Phase) throws {
        for event in try Self.events() {
            var exchange = try self.makeCase(in: phase)
            let before = exchange
            let key = "\(phase)/\(event.name)"
            let error = Fixture.caseError { _ = try exchange.apply(event) }
            if Self.allowed.contains(key) {
                #expect(error == nil, "\(key): \(String(describing: error))")
                #expect(exchange.history.count == before.history.count + 1)
                #expect(exchange.history.last == event)
            } else {
                #expect(error?.code == .eventNotAllowed, "\(key)")
                #expect(error?.phase == phase)
                #expect(exchange == before)
            }
        }
    }

    @Test("Replay rebuilds the case; a history must start with its application")
    func replay() throws {
        let exchange = try self.makeCase(in: .activated)
        #expect(try ExchangeCase(replaying: exchange.history) == exchange)
        let empty = Fixture.caseError { _ = try ExchangeCase(replaying: []) }
        #expect(empty?.code == .emptyHistory)
        let headless = Fixture.caseError {
            _ = try ExchangeCase(replaying: Array(exchange.history.dropFirst()))
        }
        #expect(headless?.code == .historyMustStartWithOpening)
        let twice = Fixture.caseError {
            _ = try ExchangeCase(replaying: exchange.history + [exchange.history[0]])
        }
        #expect(twice?.code == .historyMustStartWithOpening)
        #expect(twice?.phase == .activated)
        // Replaying under another policy re-decides: a policy whose regular phase starts later refuses the
        // offline application the history began with.
        let offline = try ExchangeCase.open(
            Fixture.application(channel: .bankOutlet), parties: try Fixture.adultParties
        ).opened
        let later = try ExchangePolicy(regularPhaseStart: date("2026-06-01"))
        let refused = Fixture.caseError {
            _ = try ExchangeCase(replaying: offline.history, policy: later)
        }
        #expect(refused?.code == .applicationRefused)
    }
}

@Suite struct ExchangeCaseValueTests {
    @Test("Equal cases hash alike; different histories are different cases")
    func hashable() throws {
        var first = try ExchangeCase.open(Fixture.application(), parties: try Fixture.adultParties).opened
        let second = try ExchangeCase(replaying: first.history)
        #expect(first == second && first.hashValue == second.hashValue)
        try first.produceCard(on: date("2026-01-08"))
        #expect(first != second)
        #expect(Set([first, second, try ExchangeCase(replaying: first.history)]).count == 2)
    }
}
