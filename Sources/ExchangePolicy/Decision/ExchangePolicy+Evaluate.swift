import CardModel

extension ExchangePolicy {
    /// Decides an exchange application: approved, or refused with every violated rule.
    ///
    /// Checks, all of them every time:
    /// - EX-PHASE: no exchange is open before ``centralizedPhaseStart``.
    /// - EX-CHANNELS: an offline channel in the centralized phase.
    /// - EX-ELIGIBLE: a third-generation holder has nothing to exchange; a person without a card makes a first
    ///   application instead.
    /// - EX-PARTNER-BANKS: the bank is not a partner bank.
    /// - EX-EMPLOYER-BANKS: the employer's selection has more than ``maximumEmployerBanks`` banks or a bank that
    ///   is not a partner bank (checked here again, whatever policy the arrangement was built for); an *online*
    ///   application under collective application with company pickup chooses a bank outside the selection. An
    ///   offline one may (our reading; a note says so, where the bank is a partner bank and the offline channel is
    ///   open on the date).
    /// - EX-MINOR: a minor's application is made by a guardian; a minor's card is not collected by the employer;
    ///   where ``ExchangeApplication/holderBirthDate`` is known, ``ExchangeApplication/holderIsMinor`` must agree
    ///   with it on the application date (a contradiction is a violation, and the other EX-MINOR checks then
    ///   follow the birth date).
    ///   A guardian applies only for a minor: a guardian's application for an adult is a violation too.
    /// - EX-RECEIPT: the way of receiving is open to this application (employer only under company pickup,
    ///   instant issuance only at a bank outlet); under company pickup the employer picks up only a card from a
    ///   bank it selected, also for an offline application, which may otherwise choose another bank.
    /// - EX-SERVICE-POINT-DAYS: a district or sub-district service point accepts exchanges on working days only
    ///   (CM-WORKDAY). A bank outlet on a rest day is not refused: branches may open at weekends (our reading; a
    ///   note says so).
    ///
    /// A year without working-day data refuses nothing (CM-WORKDAY): what needs it (the acceptance and ready
    /// dates, whether a service point is open) is unknown, ``ExchangeDecision/warnings`` name the year, and
    /// everything else is decided. `evaluate` never throws. An approved decision tells the holder what to know
    /// (``ExchangeDecision/information``: EX-OLD-VALID, EX-ACTIVATION, and EX-MINOR for a minor).
    ///
    /// - Complexity: O(b), b the number of partner banks; no allocation beyond the decision's arrays.
    public func evaluate(_ application: ExchangeApplication) -> ExchangeDecision {
        self.decide(
            application, holderBirth: application.holderBirthDate.map { ($0, .application) }, guardianBirth: nil)
    }

    /// Decides an exchange application together with the documents of its parties: ``evaluate(_:)``, plus what the
    /// documents tell about age (EX-MINOR).
    ///
    /// Where the holder's identity document gives a birth date (a resident identity number, or a foreign permanent
    /// resident ID number of the 2023 format), ``ExchangeApplication/holderIsMinor`` must agree with it on the
    /// application date, whatever ``ExchangeApplication/holderBirthDate`` says; a contradiction is an EX-MINOR
    /// violation, so a holder under 18 cannot be declared an adult and collect the card. Where the guardian's
    /// document gives a birth date, the guardian must be 18 or older on that date. A passport (or an older foreign
    /// permanent resident ID number) tells no birth date: the flag stands. ``ExchangeCase/open(_:parties:policy:)``
    /// decides with this method.
    ///
    /// - Complexity: O(b), as ``evaluate(_:)``, plus parsing the documents' numbers.
    public func evaluate(_ application: ExchangeApplication, parties: ExchangeParties) -> ExchangeDecision {
        let holderBirth: (CivilDate, Minority.Source)? =
            parties.holder.birthDate.map { ($0, .identityDocument) }
            ?? application.holderBirthDate.map { ($0, .application) }
        return self.decide(
            application, holderBirth: holderBirth, guardianBirth: parties.guardian?.birthDate)
    }

    /// The decision, given the holder's birth date and where it came from, and the guardian's, where known: each
    /// rule in its own function, in the order the violations are reported.
    private func decide(
        _ application: ExchangeApplication, holderBirth: (date: CivilDate, source: Minority.Source)?,
        guardianBirth: CivilDate?
    ) -> ExchangeDecision {
        let date = application.date
        let phase = self.phase(on: date)
        let bankChoice = self.bankChoice(through: application.channel, employer: application.employer)
        var found = self.phaseAndChannels(application, phase: phase)
        found.violations += self.eligibility(application)
        found.violations += self.partnerBank(application)
        found.add(self.employerBanks(application, bankChoice: bankChoice, phase: phase))
        let minority = self.minority(application, holderBirth: holderBirth, guardianBirth: guardianBirth)
        found.violations += minority.violations
        found.violations += self.receipt(application)
        found.add(self.servicePointDays(application, phase: phase))
        let production = self.production(application, refused: !found.violations.isEmpty)
        found.add(production.findings)
        let approved = found.violations.isEmpty
        let provisional = self.provisional(application, approved: approved, readyDate: production.readyDate)
        found.warnings += provisional.warnings
        var information: [Interpretation] = []
        if approved {
            information = [ExchangeMessages.oldCardStaysValid, ExchangeMessages.activation(bank: application.bank)]
            if minority.holderIsMinor { information.append(ExchangeMessages.guardianCollects) }
        }
        return ExchangeDecision(
            date: date, phase: phase, violations: found.violations, notes: found.notes, warnings: found.warnings,
            information: information, missingCalendarYears: found.missingYears.sorted(),
            provisionalYears: provisional.years,
            generation: approved ? self.generationIssued(for: .exchange, on: date) : nil, bankChoice: bankChoice,
            receipt: application.receipt,
            receiptOptions: self.receiptOptions(
                through: application.channel, employer: application.employer, holderIsMinor: minority.holderIsMinor),
            acceptanceDate: approved ? production.acceptanceDate : nil,
            readyDate: approved ? production.readyDate : nil)
    }

    // MARK: - One function per rule

    /// EX-PHASE and EX-CHANNELS: the exchange is open on the date, and the channel in its phase.
    private func phaseAndChannels(_ application: ExchangeApplication, phase: ExchangePhase?) -> Findings {
        var found = Findings()
        guard let phase else {
            found.violations.append(
                ExchangeMessages.notOpenYet(date: application.date, opens: self.centralizedPhaseStart))
            return found
        }
        if !application.channel.isOpen(in: phase) {
            found.violations.append(
                ExchangeMessages.channelClosed(application.channel, phase: phase, date: application.date, policy: self))
        }
        if phase == .centralized { found.notes.append(ExchangeMessages.centralizedBatchesNote) }
        return found
    }

    /// EX-ELIGIBLE: a first- or second-generation card to exchange.
    private func eligibility(_ application: ExchangeApplication) -> [Violation] {
        switch application.currentCard {
        case .none: [ExchangeMessages.noCardToExchange]
        case .third: [ExchangeMessages.alreadyThirdGeneration]
        case .first, .second: []
        }
    }

    /// EX-PARTNER-BANKS: the bank is one of the partner banks.
    private func partnerBank(_ application: ExchangeApplication) -> [Violation] {
        guard !self.isPartnerBank(application.bank) else { return [] }
        return [ExchangeMessages.notAPartnerBank(application.bank.code, count: self.partnerBanks.count)]
    }

    /// EX-EMPLOYER-BANKS, and company pickup of a card from a bank outside the selection (EX-RECEIPT).
    private func employerBanks(
        _ application: ExchangeApplication, bankChoice: BankChoice, phase: ExchangePhase?
    ) -> Findings {
        var found = Findings()
        guard let employer = application.employer, employer.collectiveApplication else { return found }
        if let violation = self.selectionSizeViolation(employer.selectedBanks) { found.violations.append(violation) }
        let outsiders = employer.selectedBanks.filter { !self.isPartnerBank($0) }
        if !outsiders.isEmpty {
            found.violations.append(ExchangeMessages.selectionHasNonPartners(outsiders.map { $0.code }))
        }
        let bank = application.bank
        guard employer.companyPickup && !employer.selects(bank) else { return found }
        let selection = employer.selectedBanks.map { $0.code }
        switch bankChoice {
        case .employerSelection:
            found.violations.append(ExchangeMessages.outsideEmployerSelection(bank.code, selection))
        case .freeOffline where application.receipt == .employer:
            found.violations.append(ExchangeMessages.employerReceiptOutsideSelection(bank.code, selection))
        case .freeOffline:
            // The note explains why the bank may be chosen, so only where it may: a partner bank, through an
            // offline channel open on the date; otherwise it would contradict this decision's EX-PARTNER-BANKS or
            // EX-CHANNELS violation.
            if self.isPartnerBank(bank) && phase.map(application.channel.isOpen(in:)) == true {
                found.notes.append(ExchangeMessages.offlineExceptionNote(bank.code, selection))
            }
        case .free: break
        }
        return found
    }

    /// EX-MINOR: the birth date, where known, decides; a flag that contradicts it is itself a violation. Returns
    /// the violations and whether the holder is a minor, as the rest of the decision takes it.
    private func minority(
        _ application: ExchangeApplication, holderBirth: (date: CivilDate, source: Minority.Source)?,
        guardianBirth: CivilDate?
    ) -> (violations: [Violation], holderIsMinor: Bool) {
        let date = application.date
        var violations: [Violation] = []
        var holderIsMinor = application.holderIsMinor
        if let holderBirth {
            let minorByBirthDate = Minority.isMinor(bornOn: holderBirth.date, on: date)
            if minorByBirthDate != holderIsMinor {
                violations.append(
                    ExchangeMessages.minorityContradicted(
                        declaredMinor: holderIsMinor, on: date, source: holderBirth.source))
                holderIsMinor = minorByBirthDate
            }
        }
        if holderIsMinor {
            if !application.appliedByGuardian { violations.append(ExchangeMessages.minorWithoutGuardian) }
            if application.receipt == .employer { violations.append(ExchangeMessages.minorCardToEmployer) }
        } else if application.appliedByGuardian && !application.holderIsMinor {
            // A flag the birth date contradicted already says that an adult applies in person.
            violations.append(ExchangeMessages.guardianForAdult)
        }
        if let guardianBirth, Minority.isMinor(bornOn: guardianBirth, on: date) {
            violations.append(ExchangeMessages.guardianIsMinor(on: date))
        }
        return (violations, holderIsMinor)
    }

    /// EX-RECEIPT: the way of receiving is open to this application.
    private func receipt(_ application: ExchangeApplication) -> [Violation] {
        switch application.receipt {
        case .bankBranch, .post: []
        case .instantIssuance:
            application.channel == .bankOutlet ? [] : [ExchangeMessages.instantIssuanceNeedsBankOutlet]
        case .employer:
            application.employer?.companyPickup == true ? [] : [ExchangeMessages.employerReceiptNeedsCompanyPickup]
        }
    }

    /// EX-SERVICE-POINT-DAYS: a service point accepts exchanges on working days only; a year without data leaves
    /// the day unknown, with a CM-WORKDAY warning. A bank outlet on a rest day gets a note (our reading).
    private func servicePointDays(_ application: ExchangeApplication, phase: ExchangePhase?) -> Findings {
        var found = Findings()
        let (date, channel) = (application.date, application.channel)
        switch (channel.isServicePoint, self.calendarDay(date)) {
        case (true, .success(let day)) where !day.isWorkingDay:
            let next = try? self.calendar.acceptanceDate(for: date)
            found.violations.append(ExchangeMessages.servicePointClosed(channel, date: date, next: next))
        case (true, .failure(let error)):
            found.warn(ExchangeMessages.servicePointDayUnknown(channel, date: date, year: error.year), year: error.year)
        case (false, .success(let day)) where channel == .bankOutlet && !day.isWorkingDay:
            if phase.map(channel.isOpen(in:)) == true {
                found.notes.append(ExchangeMessages.bankOutletRestDayNote(date: date))
            }
        default: break
        }
        return found
    }

    /// EX-PRODUCTION through CM-ACCEPTANCE: the acceptance and ready dates (the application day for instant
    /// issuance); a year without data leaves a date unknown, with a CM-WORKDAY warning naming the year where the
    /// application is not `refused` (a refused application has no ready date to be unknown), and is no reason to
    /// refuse.
    private func production(
        _ application: ExchangeApplication, refused: Bool
    ) -> (acceptanceDate: CivilDate?, readyDate: CivilDate?, findings: Findings) {
        let date = application.date
        var found = Findings()
        guard application.receipt != .instantIssuance else { return (date, date, found) }
        let acceptance: CivilDate?
        do throws(CalendarError) {
            acceptance = try self.calendar.acceptanceDate(for: date)
        } catch {
            acceptance = nil
        }
        var readyDate: CivilDate?
        do throws(CalendarError) {
            readyDate = try self.readyDate(exchangeAppliedOn: date)
        } catch {
            readyDate = nil
            if !refused { found.warn(ExchangeMessages.readyDateUnknown(year: error.year), year: error.year) }
        }
        if application.channel.isServicePoint {
            found.notes.append(ExchangeMessages.servicePointProductionNote(self.productionWorkingDays))
        }
        return (acceptance, readyDate, found)
    }

    /// CM-PROVISIONAL: a day counted by law in a year without a notice says so, naming the year. An approved
    /// decision relies on the days from the application to the ready date; a refused one, at a service point, on
    /// the application day.
    private func provisional(
        _ application: ExchangeApplication, approved: Bool, readyDate: CivilDate?
    ) -> (years: [Int], warnings: [Violation]) {
        let date = application.date
        guard approved || application.channel.isServicePoint else { return ([], []) }
        let through = approved ? max(readyDate ?? date, date) : date
        let years = self.calendar.provisionalYears(from: date, through: through)
        let warnings = years.map { year in
            ExchangeMessages.provisional(
                year: year, readyDate: approved ? readyDate.flatMap { $0.year == year ? $0 : nil } : nil)
        }
        return (years, warnings)
    }

    /// The calendar's answer for `date`, or the error naming its year without data (CM-WORKDAY).
    private func calendarDay(_ date: CivilDate) -> Result<CalendarDay, CalendarError> {
        do throws(CalendarError) { return .success(try self.calendar.day(date)) } catch { return .failure(error) }
    }

    /// The EX-EMPLOYER-BANKS violation for a selection larger than ``maximumEmployerBanks``, if it is.
    func selectionSizeViolation(_ banks: [PartnerBank]) -> Violation? {
        guard banks.count > self.maximumEmployerBanks else { return nil }
        return ExchangeMessages.tooManyEmployerBanks(banks.count, maximum: self.maximumEmployerBanks)
    }
}

/// What the rules of a decision found, in the order they report it.
private struct Findings {
    var violations: [Violation] = []
    var notes: [Interpretation] = []
    var warnings: [Violation] = []
    /// The years without working-day data that left something unknown, each once.
    var missingYears: [Int] = []

    /// A CM-WORKDAY warning for `year`.
    mutating func warn(_ warning: Violation, year: Int) {
        self.warnings.append(warning)
        if !self.missingYears.contains(year) { self.missingYears.append(year) }
    }

    /// What another rule found, after this.
    mutating func add(_ other: Findings) {
        self.violations += other.violations
        self.notes += other.notes
        self.warnings += other.warnings
        for year in other.missingYears where !self.missingYears.contains(year) { self.missingYears.append(year) }
    }
}
