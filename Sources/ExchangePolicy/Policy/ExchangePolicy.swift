public import CardModel

/// The rules of Beijing's third-generation card exchange as a value with parameters (EXCHANGE-2026,
/// BJ-2024-133, BJ-2026-REGULAR).
///
/// ``beijing`` holds the figures of DOMAIN.md; a caller makes another policy with a different start date, bank
/// list, limit or production time (every rule's value is a parameter here, never a literal in the code):
///
/// ```swift
/// let policy = ExchangePolicy.beijing
/// policy.phase(on: CivilDate("2025-12-31")!)                  // .centralized
/// policy.isOpen(.bankOutlet, on: CivilDate("2026-01-04")!)    // true
/// let decision = policy.evaluate(application)                 // approved, or every violation
///
/// let sixteen = try ExchangePolicy(partnerBanks: PartnerBank.beijingPartnerBanks + [sixteenth])
/// ```
///
/// Every question takes the date as an argument; the policy never asks what day it is. Working days come from
/// ``calendar`` (CM-WORKDAY), the official mainland calendar unless the caller passes another.
public struct ExchangePolicy: Sendable, Hashable {
    /// The first day of the centralized phase, 2024-10-30 (EX-PHASE, BJ-2024-133).
    public let centralizedPhaseStart: CivilDate
    /// The first day of the regular phase, 2026-01-04 (EX-PHASE, EXCHANGE-2026).
    public let regularPhaseStart: CivilDate
    /// The banks that issue third-generation cards: the 15 of BJ-2024-133 (EX-PARTNER-BANKS).
    public let partnerBanks: [PartnerBank]
    /// The most partner banks an employer may select for collective application: 3 (EX-EMPLOYER-BANKS).
    public let maximumEmployerBanks: Int
    /// Working days to make an exchanged card, counted from the acceptance date: 4 (EX-PRODUCTION).
    public let productionWorkingDays: Int
    /// Calendar days to make a card on a first application: 30 (EX-PRODUCTION).
    public let firstApplicationCalendarDays: Int
    /// The day from which only third-generation cards are issued: 2026-01-01 (EX-GENERATION).
    public let thirdGenerationOnlyFrom: CivilDate
    /// What sending the card by post costs: nothing (EX-RECEIPT).
    public let postageFee: Money
    /// The working-day calendar for production times (CM-WORKDAY, CM-ACCEPTANCE).
    public let calendar: WorkingDayCalendar

    /// The production times a policy accepts, in days, for ``productionWorkingDays`` and
    /// ``firstApplicationCalendarDays`` alike: 0 (made on the acceptance day) to 365 (EX-PRODUCTION).
    public static let productionTimeRange: ClosedRange<Int> = 0...365

    /// Creates a policy; every parameter defaults to Beijing's figure (``beijing``).
    ///
    /// - Throws: ``ExchangePolicyError`` with code ``ExchangePolicyError/Code/phasesOutOfOrder``,
    ///   ``ExchangePolicyError/Code/noPartnerBanks``, ``ExchangePolicyError/Code/duplicatePartnerBank``,
    ///   ``ExchangePolicyError/Code/invalidBankCode``, ``ExchangePolicyError/Code/employerBankLimit``,
    ///   ``ExchangePolicyError/Code/productionTime`` (outside ``productionTimeRange``) or
    ///   ``ExchangePolicyError/Code/negativeFee``.
    public init(
        centralizedPhaseStart: CivilDate = Defaults.centralizedPhaseStart,
        regularPhaseStart: CivilDate = Defaults.regularPhaseStart,
        partnerBanks: [PartnerBank] = PartnerBank.beijingPartnerBanks,
        maximumEmployerBanks: Int = Defaults.maximumEmployerBanks,
        productionWorkingDays: Int = Defaults.productionWorkingDays,
        firstApplicationCalendarDays: Int = Defaults.firstApplicationCalendarDays,
        thirdGenerationOnlyFrom: CivilDate = Defaults.thirdGenerationOnlyFrom,
        postageFee: Money = .zero,
        calendar: WorkingDayCalendar = .mainlandChina
    ) throws(ExchangePolicyError) {
        guard centralizedPhaseStart <= regularPhaseStart else {
            throw ExchangePolicyError(.phasesOutOfOrder, ExchangeMessages.policyPhasesOutOfOrder)
        }
        guard !partnerBanks.isEmpty else { throw ExchangePolicyError(.noPartnerBanks, ExchangeMessages.policyNoBanks) }
        var codes: Set<String> = []
        for bank in partnerBanks {
            guard Self.isWellFormedBankCode(bank.code) else {
                throw ExchangePolicyError(.invalidBankCode, ExchangeMessages.policyInvalidBankCode)
            }
            guard codes.insert(bank.code).inserted else {
                throw ExchangePolicyError(.duplicatePartnerBank, ExchangeMessages.policyDuplicateBank(bank.code))
            }
        }
        guard maximumEmployerBanks >= 1 else {
            throw ExchangePolicyError(.employerBankLimit, ExchangeMessages.policyEmployerBankLimit)
        }
        guard Self.productionTimeRange.contains(productionWorkingDays),
            Self.productionTimeRange.contains(firstApplicationCalendarDays)
        else {
            throw ExchangePolicyError(.productionTime, ExchangeMessages.policyProductionTime)
        }
        guard postageFee >= .zero else { throw ExchangePolicyError(.negativeFee, ExchangeMessages.policyNegativeFee) }
        self.init(
            unchecked: centralizedPhaseStart, regularPhaseStart, partnerBanks, maximumEmployerBanks,
            productionWorkingDays, firstApplicationCalendarDays, thirdGenerationOnlyFrom, postageFee, calendar)
    }

    private init(
        unchecked centralizedPhaseStart: CivilDate, _ regularPhaseStart: CivilDate, _ partnerBanks: [PartnerBank],
        _ maximumEmployerBanks: Int, _ productionWorkingDays: Int, _ firstApplicationCalendarDays: Int,
        _ thirdGenerationOnlyFrom: CivilDate, _ postageFee: Money, _ calendar: WorkingDayCalendar
    ) {
        self.centralizedPhaseStart = centralizedPhaseStart
        self.regularPhaseStart = regularPhaseStart
        self.partnerBanks = partnerBanks
        self.maximumEmployerBanks = maximumEmployerBanks
        self.productionWorkingDays = productionWorkingDays
        self.firstApplicationCalendarDays = firstApplicationCalendarDays
        self.thirdGenerationOnlyFrom = thirdGenerationOnlyFrom
        self.postageFee = postageFee
        self.calendar = calendar
    }

    /// Beijing's policy, with the figures of DOMAIN.md: centralized phase from 2024-10-30, regular phase from
    /// 2026-01-04, the 15 partner banks, at most 3 employer banks, 4 working days (30 calendar days for a first
    /// application), only third-generation cards from 2026-01-01, free postage, the official calendar.
    public static let beijing = ExchangePolicy(
        unchecked: Defaults.centralizedPhaseStart, Defaults.regularPhaseStart, PartnerBank.beijingPartnerBanks,
        Defaults.maximumEmployerBanks, Defaults.productionWorkingDays, Defaults.firstApplicationCalendarDays,
        Defaults.thirdGenerationOnlyFrom, .zero, .mainlandChina)

    /// This policy with a different calendar, for example one with next year's schedule added or a provisional
    /// fallback (CM-WORKDAY, CM-PROVISIONAL); every other parameter stays.
    public func with(calendar: WorkingDayCalendar) -> ExchangePolicy {
        ExchangePolicy(
            unchecked: self.centralizedPhaseStart, self.regularPhaseStart, self.partnerBanks, self.maximumEmployerBanks,
            self.productionWorkingDays, self.firstApplicationCalendarDays, self.thirdGenerationOnlyFrom,
            self.postageFee, calendar)
    }

    /// Beijing's figures, the defaults of ``init(centralizedPhaseStart:regularPhaseStart:partnerBanks:maximumEmployerBanks:productionWorkingDays:firstApplicationCalendarDays:thirdGenerationOnlyFrom:postageFee:calendar:)``.
    public enum Defaults {
        /// 2024-10-30 (EX-PHASE, BJ-2024-133).
        public static let centralizedPhaseStart = CivilDate.known(2024, 10, 30)
        /// 2026-01-04 (EX-PHASE, EXCHANGE-2026; the 2024 notice had planned 2026-01-01, a holiday).
        public static let regularPhaseStart = CivilDate.known(2026, 1, 4)
        /// 3 (EX-EMPLOYER-BANKS, BJ-2024-133).
        public static let maximumEmployerBanks = 3
        /// 4 working days (EX-PRODUCTION, BJ-2026-REGULAR).
        public static let productionWorkingDays = 4
        /// 30 calendar days (EX-PRODUCTION, BJ-2026-REGULAR).
        public static let firstApplicationCalendarDays = 30
        /// 2026-01-01 (EX-GENERATION, EXCHANGE-2026).
        public static let thirdGenerationOnlyFrom = CivilDate.known(2026, 1, 1)
    }

    /// Whether `code` has the shape of a bank code a policy accepts: 1 to 16 upper-case ASCII letters and digits,
    /// such as `ICBC` (EX-PARTNER-BANKS).
    ///
    /// The one check for a bank code's shape, used by the initializer (``ExchangePolicyError/Code/invalidBankCode``)
    /// and by hosts such as the `sscard` shell before they build a `PartnerBank` from user input. Whether a
    /// well-formed code is one of the partner banks is ``isPartnerBank(_:)``'s question.
    public static func isWellFormedBankCode(_ code: String) -> Bool {
        !code.isEmpty && code.utf8.count <= 16
            && code.utf8.allSatisfy {
                ($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z"))
                    || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9"))
            }
    }
}

// MARK: - Questions by date

extension ExchangePolicy {
    /// The exchange's phase on `date`, or `nil` before the centralized phase began (EX-PHASE).
    ///
    /// The centralized phase lasts until the regular phase starts; 2026-01-01 through 2026-01-03 (holidays,
    /// after the last planned batch on 2025-12-31) count as centralized: online channels stayed open and offline
    /// ones had not opened (our reading).
    public func phase(on date: CivilDate) -> ExchangePhase? {
        if date >= self.regularPhaseStart { return .regular }
        if date >= self.centralizedPhaseStart { return .centralized }
        return nil
    }

    /// The channels open on `date`, online first; none before the exchange opened (EX-CHANNELS, EX-PHASE).
    public func openChannels(on date: CivilDate) -> [ExchangeChannel] {
        guard let phase = self.phase(on: date) else { return [] }
        return ExchangeChannel.allCases.filter { $0.isOpen(in: phase) }
    }

    /// Whether `channel` is open on `date` (EX-CHANNELS, EX-PHASE).
    public func isOpen(_ channel: ExchangeChannel, on date: CivilDate) -> Bool {
        guard let phase = self.phase(on: date) else { return false }
        return channel.isOpen(in: phase)
    }

    /// The generation of the card issued for `issuance` on `date` (EX-GENERATION).
    ///
    /// An exchange always yields a third-generation card. A first issuance yields one from
    /// ``thirdGenerationOnlyFrom``; for an earlier first issuance the library does not claim which generation
    /// was issued and answers `nil`.
    public func generationIssued(for issuance: CardIssuance, on date: CivilDate) -> CardGeneration? {
        switch issuance {
        case .exchange: .third
        case .firstIssuance: date >= self.thirdGenerationOnlyFrom ? .third : nil
        }
    }

    /// Whether only third-generation cards are issued on `date`: from 2026-01-01 (EX-GENERATION).
    public func issuesOnlyThirdGeneration(on date: CivilDate) -> Bool {
        date >= self.thirdGenerationOnlyFrom
    }

    /// Whether an old card is valid on `date`, and which functions work, given the day the new card was
    /// activated (`nil`: not yet) (EX-OLD-VALID).
    ///
    /// Valid on every day before the activation; superseded from the activation day on.
    public func oldCardValidity(on date: CivilDate, newCardActivatedOn activation: CivilDate?) -> OldCardValidity {
        OldCardValidity(on: date, newCardActivatedOn: activation)
    }

    /// Whether `bank` is one of this policy's partner banks, by code (EX-PARTNER-BANKS).
    public func isPartnerBank(_ bank: PartnerBank) -> Bool {
        self.partnerBank(code: bank.code) != nil
    }

    /// The partner bank with `code` (case-insensitive), or `nil` (EX-PARTNER-BANKS).
    public func partnerBank(code: String) -> PartnerBank? {
        if let bank = self.partnerBanks.first(where: { $0.code == code }) { return bank }
        let upper = code.uppercased()
        return upper == code ? nil : self.partnerBanks.first { $0.code == upper }
    }

    /// How freely a person picks the bank through `channel`, given the employer's arrangement
    /// (EX-FREE-CHOICE, EX-EMPLOYER-BANKS).
    ///
    /// Only an online application under collective application with company pickup is limited to the
    /// employer's selection; offline, the notice sets no limit (our reading); without such an arrangement the
    /// choice is free.
    public func bankChoice(through channel: ExchangeChannel, employer: EmployerArrangement?) -> BankChoice {
        guard let employer, employer.collectiveApplication, employer.companyPickup else { return .free }
        return channel.isOnline ? .employerSelection : .freeOffline
    }

    /// The banks a person may pick through `channel` on `date`, given the employer's arrangement; none when the
    /// channel is closed (EX-CHANNELS, EX-PARTNER-BANKS, EX-FREE-CHOICE, EX-EMPLOYER-BANKS).
    public func selectableBanks(
        through channel: ExchangeChannel, on date: CivilDate, employer: EmployerArrangement?
    ) -> [PartnerBank] {
        guard self.isOpen(channel, on: date) else { return [] }
        switch self.bankChoice(through: channel, employer: employer) {
        case .free, .freeOffline: return self.partnerBanks
        case .employerSelection:
            let selected = employer?.selectedBanks ?? []
            return self.partnerBanks.filter { bank in selected.contains { $0.code == bank.code } }
        }
    }

    /// Whether a person may pick `bank` through `channel` on `date`, given the employer's arrangement
    /// (EX-CHANNELS, EX-PARTNER-BANKS, EX-FREE-CHOICE, EX-EMPLOYER-BANKS).
    public func mayChoose(
        _ bank: PartnerBank, through channel: ExchangeChannel, on date: CivilDate, employer: EmployerArrangement?
    ) -> Bool {
        self.selectableBanks(through: channel, on: date, employer: employer).contains { $0.code == bank.code }
    }

    /// The ways of receiving the card open to an application through `channel`, with their fees (EX-RECEIPT,
    /// EX-MINOR).
    ///
    /// Bank branch and post always; instant issuance when applying at a bank outlet (at a branch that offers
    /// it); the employer under collective application with company pickup, except for a minor, whose card only
    /// the guardian collects (our reading of EX-MINOR).
    public func receiptOptions(
        through channel: ExchangeChannel, employer: EmployerArrangement?, holderIsMinor: Bool = false
    ) -> [ExchangeReceiptOption] {
        var options = [ExchangeReceiptOption(method: .bankBranch)]
        if channel == .bankOutlet { options.append(ExchangeReceiptOption(method: .instantIssuance)) }
        options.append(ExchangeReceiptOption(method: .post, fee: self.postageFee))
        if let employer, employer.collectiveApplication, employer.companyPickup, !holderIsMinor {
            options.append(ExchangeReceiptOption(method: .employer))
        }
        return options
    }

    /// The ready date of a card exchanged on `date`, by which it is produced: the ``productionWorkingDays``-th
    /// working day after the acceptance date (EX-PRODUCTION, CM-ACCEPTANCE). Postage time is not counted.
    ///
    /// Applied on Wednesday 2026-09-30: ready 2026-10-12; applied on Saturday 2026-10-03: accepted 2026-10-08,
    /// ready 2026-10-13.
    ///
    /// - Throws: `CalendarError` naming the year without working-day data.
    public func readyDate(exchangeAppliedOn date: CivilDate) throws(CalendarError) -> CivilDate {
        try self.calendar.deadline(afterWorkingDays: self.productionWorkingDays, forApplicationOn: date)
    }

    /// The ready date of a card exchanged on `date`: ``readyDate(exchangeAppliedOn:)``.
    ///
    /// - Throws: `CalendarError` naming the year without working-day data.
    @available(*, deprecated, renamed: "readyDate(exchangeAppliedOn:)")
    public func readyBy(exchangeAppliedOn date: CivilDate) throws(CalendarError) -> CivilDate {
        try self.readyDate(exchangeAppliedOn: date)
    }

    /// The period within which a card applied for for the first time on `date` is made:
    /// ``firstApplicationCalendarDays`` calendar days from the acceptance date, counted by CM-PERIOD
    /// (EX-PRODUCTION, CM-ACCEPTANCE; our reading: the same counting as for administrative deadlines).
    ///
    /// - Throws: `CalendarError` naming the year without working-day data.
    public func firstApplicationPeriod(appliedOn date: CivilDate) throws(CalendarError) -> PeriodEnd {
        try self.calendar.periodEnd(
            days: self.firstApplicationCalendarDays, after: try self.calendar.acceptanceDate(for: date))
    }
}

extension ExchangePolicy: CustomStringConvertible, CustomDebugStringConvertible {
    /// A one-line summary of the parameters.
    public var description: String {
        "ExchangePolicy(centralized from \(self.centralizedPhaseStart), regular from \(self.regularPhaseStart), "
            + "\(self.partnerBanks.count) partner banks, employer banks ≤ \(self.maximumEmployerBanks), "
            + "\(self.productionWorkingDays) working days)"
    }

    /// Every parameter on one line, the calendar summarised (its name, years and fallback), never its schedules.
    public var debugDescription: String {
        "ExchangePolicy(centralized from \(self.centralizedPhaseStart), regular from \(self.regularPhaseStart), "
            + "partner banks: \(self.partnerBankCodes), employer banks ≤ \(self.maximumEmployerBanks), "
            + "\(self.productionWorkingDays) working days, first application \(self.firstApplicationCalendarDays) "
            + "days, third generation only from \(self.thirdGenerationOnlyFrom), postage \(self.postageFee), "
            + "calendar: \(self.calendarSummary))"
    }

    /// The name of the official calendar in `calendarSummary`, as `WorkingDayCalendar` stores it by reference.
    static let mainlandChinaCalendarName = "mainlandChina"

    /// The calendar in a few words: `mainlandChina (2004...2026, 23 years, fallback: refuse)` for the official
    /// calendar, `custom (…)` for any other.
    var calendarSummary: String {
        let years = self.calendar.yearsWithData
        let span = years.min().flatMap { first in years.max().map { "\(first)...\($0)" } } ?? "no years"
        let name = self.calendar == .mainlandChina ? Self.mainlandChinaCalendarName : "custom"
        return "\(name) (\(span), \(years.count) years, fallback: \(self.calendar.fallback.rawValue))"
    }

    /// The partner banks' codes joined by commas, such as `ICBC,BOC`.
    var partnerBankCodes: String { self.partnerBanks.map { $0.code }.joined(separator: ",") }
}
