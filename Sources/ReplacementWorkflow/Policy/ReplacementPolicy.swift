public import CardModel

/// The rules of replacing a lost or damaged card in Beijing, as a value with parameters (REPLACEMENT).
///
/// ``beijing`` is the default: a fee of CNY 20.00 (RP-FEE), the new card ready on the 4th working day after the
/// acceptance date (RP-READY), a temporary loss report lapsing after 10 days (RP-LOSS-REPORT), third-generation
/// cards only from 2026-01-01 (EX-GENERATION), and mainland China's official working-day calendar. A caller can
/// make another policy, for example with next year's holiday schedule added to the calendar:
///
/// ```swift
/// let policy = try ReplacementPolicy(calendar: .mainlandChina.adding(schedule2027))
/// let decision = policy.evaluate(application)
/// ```
public struct ReplacementPolicy: Sendable, Hashable {
    /// The production fee (RP-FEE).
    public let fee: Money
    /// The number of working days after the acceptance date on which the new card is ready (RP-READY).
    public let workingDaysToProduce: Int
    /// The number of days after which a temporary loss report lapses by itself (RP-LOSS-REPORT).
    ///
    /// A report made on day D blocks the card through D + this number of days (counted as in CM-PERIOD, without
    /// moving to a working day); from the next day the card is active again unless the report was made formal or
    /// withdrawn.
    public let temporaryReportLapseDays: Int
    /// The first day from which only third-generation cards are issued (EX-GENERATION).
    public let thirdGenerationFrom: CivilDate
    /// The working-day calendar (CM-WORKDAY, CM-ACCEPTANCE).
    public let calendar: WorkingDayCalendar

    /// The working days to produce a card that a policy accepts.
    public static let workingDaysToProduceRange: ClosedRange<Int> = 0...365
    /// The lapse of a temporary loss report, in days, that a policy accepts.
    public static let temporaryReportLapseRange: ClosedRange<Int> = 1...365

    /// Creates a policy, checking its parameters.
    ///
    /// - Parameters:
    ///   - fee: The production fee; CNY 20.00 by default (RP-FEE).
    ///   - workingDaysToProduce: Working days after acceptance until the card is ready; 4 by default (RP-READY).
    ///   - temporaryReportLapseDays: Days after which a temporary loss report lapses; 10 by default
    ///     (RP-LOSS-REPORT).
    ///   - thirdGenerationFrom: The first day of third-generation-only issuance; 2026-01-01 by default
    ///     (EX-GENERATION).
    ///   - calendar: The working-day calendar; mainland China's official one by default.
    /// - Throws: ``ReplacementPolicyError`` with code ``ReplacementPolicyError/Code/negativeFee``,
    ///   ``ReplacementPolicyError/Code/workingDaysOutOfRange`` or
    ///   ``ReplacementPolicyError/Code/lapseOutOfRange``.
    public init(
        fee: Money = Self.beijingFee,
        workingDaysToProduce: Int = 4,
        temporaryReportLapseDays: Int = 10,
        thirdGenerationFrom: CivilDate = Self.beijingThirdGenerationFrom,
        calendar: WorkingDayCalendar = .mainlandChina
    ) throws(ReplacementPolicyError) {
        guard fee.fen >= 0 else { throw ReplacementPolicyError(code: .negativeFee) }
        guard Self.workingDaysToProduceRange.contains(workingDaysToProduce) else {
            throw ReplacementPolicyError(code: .workingDaysOutOfRange)
        }
        guard Self.temporaryReportLapseRange.contains(temporaryReportLapseDays) else {
            throw ReplacementPolicyError(code: .lapseOutOfRange)
        }
        self.init(
            unchecked: fee, workingDaysToProduce: workingDaysToProduce,
            temporaryReportLapseDays: temporaryReportLapseDays, thirdGenerationFrom: thirdGenerationFrom,
            calendar: calendar)
    }

    private init(
        unchecked fee: Money, workingDaysToProduce: Int, temporaryReportLapseDays: Int,
        thirdGenerationFrom: CivilDate, calendar: WorkingDayCalendar
    ) {
        self.fee = fee
        self.workingDaysToProduce = workingDaysToProduce
        self.temporaryReportLapseDays = temporaryReportLapseDays
        self.thirdGenerationFrom = thirdGenerationFrom
        self.calendar = calendar
    }

    /// Beijing's replacement fee: CNY 20.00 (RP-FEE).
    public static let beijingFee = Money.yuan(20)

    /// The day from which only third-generation cards are issued: 2026-01-01 (EX-GENERATION).
    public static let beijingThirdGenerationFrom = CivilDate.known(2026, 1, 1)

    /// Beijing's policy: CNY 20.00, 4 working days, a 10-day temporary loss report, third generation from
    /// 2026-01-01, mainland China's official calendar.
    public static let beijing = ReplacementPolicy(
        unchecked: beijingFee, workingDaysToProduce: 4, temporaryReportLapseDays: 10,
        thirdGenerationFrom: beijingThirdGenerationFrom, calendar: .mainlandChina)

    /// This policy with a different calendar, for example one with next year's schedule added.
    public func with(calendar: WorkingDayCalendar) -> ReplacementPolicy {
        ReplacementPolicy(
            unchecked: self.fee, workingDaysToProduce: self.workingDaysToProduce,
            temporaryReportLapseDays: self.temporaryReportLapseDays, thirdGenerationFrom: self.thirdGenerationFrom,
            calendar: calendar)
    }

    /// The last day a temporary loss report made on `date` blocks the card (RP-LOSS-REPORT).
    ///
    /// `date` + ``temporaryReportLapseDays``; from the next day the report has lapsed. When that day lies beyond
    /// the last representable date, the report never lapses within the calendar and `CivilDate.latest` is
    /// returned.
    public func temporaryReportLastDay(reportedOn date: CivilDate) -> CivilDate {
        (try? date.adding(days: self.temporaryReportLapseDays)) ?? .latest
    }

    /// The generation of a new card made on `date`, or `nil` where the rule does not say (EX-GENERATION).
    ///
    /// From ``thirdGenerationFrom`` only third-generation cards are issued. Before it, the sources speak of the
    /// third generation for an exchange only, so for a replacement the library does not claim a generation
    /// (our reading). A decision passes the ready date, by which the card is made (RP-READY); a case the
    /// production date once the card is made.
    public func generation(issuedFrom date: CivilDate) -> CardGeneration? {
        date >= self.thirdGenerationFrom ? .third : nil
    }
}

extension ReplacementPolicy: CustomStringConvertible {
    /// For example `ReplacementPolicy(fee: CNY 20.00, 4 working days, lapse 10 days, third generation from
    /// 2026-01-01)`.
    public var description: String {
        "ReplacementPolicy(fee: \(self.fee), \(self.workingDaysToProduce) working days, "
            + "lapse \(self.temporaryReportLapseDays) days, third generation from \(self.thirdGenerationFrom))"
    }
}

extension ReplacementPolicy: CasePolicy {
    /// The policy a snapshot is bound to unless the host says otherwise: ``beijing``.
    public static var standard: ReplacementPolicy { .beijing }

    /// The parameters a snapshot records and compares, named as the policy's JSON keys: `fee` (in fen),
    /// `workingDaysToProduce`, `temporaryReportLapseDays`, `thirdGenerationFrom`, then the calendar's
    /// (`calendar.fallback`, `calendar.YEAR` for each year's schedule).
    public var parameters: [PolicyParameter] {
        [
            PolicyParameter("fee", "\(self.fee.fen)"),
            PolicyParameter("workingDaysToProduce", "\(self.workingDaysToProduce)"),
            PolicyParameter("temporaryReportLapseDays", "\(self.temporaryReportLapseDays)"),
            PolicyParameter("thirdGenerationFrom", "\(self.thirdGenerationFrom)"),
        ] + PolicyParameter.calendar(self.calendar)
    }
}
