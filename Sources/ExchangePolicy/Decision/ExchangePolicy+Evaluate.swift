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
    /// A year without working-day data refuses nothing (CM-WORKDAY): what needs it (the acceptance and ready-by
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
    /// permanent resident ID number) tells no birth date: the flag stands. ``ExchangeCase/apply(_:parties:policy:)``
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

    /// The decision, given the holder's birth date and where it came from, and the guardian's, where known.
    private func decide(
        _ application: ExchangeApplication, holderBirth: (date: CivilDate, source: Minority.Source)?,
        guardianBirth: CivilDate?
    ) -> ExchangeDecision {
        var violations: [Violation] = []
        var notes: [Interpretation] = []
        let date = application.date
        let channel = application.channel
        let bank = application.bank

        // EX-PHASE and EX-CHANNELS.
        let phase = self.phase(on: date)
        if let phase {
            if !channel.isOpen(in: phase) {
                violations.append(ExchangeMessages.channelClosed(channel, phase: phase, date: date, policy: self))
            }
            if phase == .centralized { notes.append(ExchangeMessages.centralizedBatchesNote) }
        } else {
            violations.append(ExchangeMessages.notOpenYet(date: date, opens: self.centralizedPhaseStart))
        }

        // EX-ELIGIBLE.
        switch application.currentCard {
        case .none: violations.append(ExchangeMessages.noCardToExchange)
        case .third: violations.append(ExchangeMessages.alreadyThirdGeneration)
        case .first, .second: break
        }

        // EX-PARTNER-BANKS.
        if !self.isPartnerBank(bank) {
            violations.append(ExchangeMessages.notAPartnerBank(bank.code, count: self.partnerBanks.count))
        }

        // EX-EMPLOYER-BANKS, and company pickup of a card from a bank outside the selection (EX-RECEIPT).
        let bankChoice = self.bankChoice(through: channel, employer: application.employer)
        if let employer = application.employer, employer.collectiveApplication {
            if let violation = self.selectionSizeViolation(employer.selectedBanks) { violations.append(violation) }
            let outsiders = employer.selectedBanks.filter { !self.isPartnerBank($0) }
            if !outsiders.isEmpty {
                violations.append(ExchangeMessages.selectionHasNonPartners(outsiders.map(\.code)))
            }
            let selection = employer.selectedBanks.map(\.code)
            if employer.companyPickup && !employer.selects(bank) {
                switch bankChoice {
                case .employerSelection:
                    violations.append(ExchangeMessages.outsideEmployerSelection(bank.code, selection))
                case .freeOffline where application.receipt == .employer:
                    violations.append(ExchangeMessages.employerReceiptOutsideSelection(bank.code, selection))
                case .freeOffline:
                    // The note explains why the bank may be chosen, so only where it may: a partner bank, through
                    // an offline channel open on the date; otherwise it would contradict this decision's
                    // EX-PARTNER-BANKS or EX-CHANNELS violation.
                    if self.isPartnerBank(bank) && phase.map(channel.isOpen(in:)) == true {
                        notes.append(ExchangeMessages.offlineExceptionNote(bank.code, selection))
                    }
                case .free: break
                }
            }
        }

        // EX-MINOR: the birth date, where known, decides; a flag that contradicts it is itself a violation.
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

        // EX-RECEIPT.
        let receiptOptions = self.receiptOptions(
            through: channel, employer: application.employer, holderIsMinor: holderIsMinor)
        switch application.receipt {
        case .bankBranch, .post: break
        case .instantIssuance:
            if channel != .bankOutlet { violations.append(ExchangeMessages.instantIssuanceNeedsBankOutlet) }
        case .employer:
            if application.employer?.companyPickup != true {
                violations.append(ExchangeMessages.employerReceiptNeedsCompanyPickup)
            }
        }

        // EX-SERVICE-POINT-DAYS; a year without data leaves the day unknown, with a CM-WORKDAY warning.
        var warnings: [Violation] = []
        var missingYears: [Int] = []
        func warn(_ warning: Violation, year: Int) {
            warnings.append(warning)
            if !missingYears.contains(year) { missingYears.append(year) }
        }
        switch (channel.isServicePoint, self.calendarDay(date)) {
        case (true, .success(let day)) where !day.isWorkingDay:
            let next = try? self.calendar.acceptanceDate(for: date)
            violations.append(ExchangeMessages.servicePointClosed(channel, date: date, next: next))
        case (true, .failure(let error)):
            warn(ExchangeMessages.servicePointDayUnknown(channel, date: date, year: error.year), year: error.year)
        case (false, .success(let day)) where channel == .bankOutlet && !day.isWorkingDay:
            if phase.map(channel.isOpen(in:)) == true {
                notes.append(ExchangeMessages.bankOutletRestDayNote(date: date))
            }
        default: break
        }

        // EX-PRODUCTION through CM-ACCEPTANCE; a year without data leaves the date unknown, with a CM-WORKDAY
        // warning naming the year, and is no reason to refuse.
        var acceptance: CivilDate? = date
        var readyBy: CivilDate? = date
        if application.receipt != .instantIssuance {
            do throws(CalendarError) {
                acceptance = try self.calendar.acceptanceDate(for: date)
            } catch {
                acceptance = nil
            }
            do throws(CalendarError) {
                readyBy = try self.calendar.deadline(
                    afterWorkingDays: self.productionWorkingDays, forApplicationOn: date)
            } catch {
                readyBy = nil
                // A refused application has no ready-by date to be unknown.
                if violations.isEmpty { warn(ExchangeMessages.readyByUnknown(year: error.year), year: error.year) }
            }
            if channel.isServicePoint {
                notes.append(ExchangeMessages.servicePointProductionNote(self.productionWorkingDays))
            }
        }

        // CM-PROVISIONAL: a day counted by law in a year without a notice says so, naming the year. An approved
        // decision relies on the days from the application to the ready-by date; a refused one, at a service
        // point, on the application day.
        let approved = violations.isEmpty
        var provisionalYears: [Int] = []
        if approved || channel.isServicePoint {
            let through = approved ? max(readyBy ?? date, date) : date
            provisionalYears = self.calendar.provisionalYears(from: date, through: through)
            for year in provisionalYears {
                let ready = approved ? readyBy.flatMap { $0.year == year ? $0 : nil } : nil
                warnings.append(ExchangeMessages.provisional(year: year, readyBy: ready))
            }
        }
        var information: [Interpretation] = []
        if approved {
            information = [ExchangeMessages.oldCardStaysValid, ExchangeMessages.activation(bank: bank)]
            if holderIsMinor { information.append(ExchangeMessages.guardianCollects) }
        }
        return ExchangeDecision(
            date: date, phase: phase, violations: violations, notes: notes, warnings: warnings,
            information: information, missingCalendarYears: missingYears.sorted(), provisionalYears: provisionalYears,
            generation: approved ? self.generationIssued(for: .exchange, on: date) : nil, bankChoice: bankChoice,
            receipt: application.receipt, receiptOptions: receiptOptions,
            acceptanceDate: approved ? acceptance : nil, readyBy: approved ? readyBy : nil)
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
