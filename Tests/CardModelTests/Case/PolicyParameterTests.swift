import CardModel
import TestSupport
import Testing

/// PolicyParameter and CasePolicy: a policy's identity in a snapshot (Documentation/API.md, "Snapshots").
@Suite struct PolicyParameterTests {
    static let fixed = [
        PolicyParameter("fee", "10"), PolicyParameter("productionWorkingDays", "4"),
        PolicyParameter("regularPhaseStart", "2026-01-04"), PolicyParameter("calendar.fallback", "refuse"),
    ]

    @Test("A parameter describes itself as name=value")
    func description() {
        #expect(PolicyParameter("fee", "10").description == "fee=10")
        #expect(PolicyParameter("fee", "10") == PolicyParameter("fee", "10"))
        #expect(PolicyParameter("fee", "10") != PolicyParameter("fee", "11"))
    }

    // MARK: Digest

    @Test("The digest is stable: pinned values, the same on every machine and in every version")
    func pinnedDigest() {
        // 64-bit FNV-1a over "name=value\n" lines, computed independently (Python) for these literals. A change
        // here strands every stored snapshot: change the schema version instead.
        #expect(TinyPolicy.digest(of: Self.fixed) == "ca972bc832811f7b")
        #expect(TinyPolicy.digest(of: []) == "cbf29ce484222325")
        #expect(TinyPolicy.digest(of: [PolicyParameter("费用", "¥10")]) == "25fd6a547d800d5a")
        // Zero-padded to 16 hex digits.
        #expect(TinyPolicy.digest(of: [PolicyParameter("ab", "c")]) == "06e2382ef4ca9c58")
    }

    @Test("The digest tells apart the order and the name/value boundary")
    func digestDistinguishes() {
        let digest = TinyPolicy.digest(of: Self.fixed)
        #expect(TinyPolicy.digest(of: Self.fixed.reversed()) != digest)
        #expect(
            TinyPolicy.digest(of: [PolicyParameter("ab", "c")]) != TinyPolicy.digest(of: [PolicyParameter("a", "bc")]))
        // The digest is over the lines' text: a value holding a line break and `=` can spell two parameters. No
        // value a policy gives does, and decoding compares the parameters one by one besides.
        #expect(
            TinyPolicy.digest(of: [PolicyParameter("a", "b"), PolicyParameter("c", "d")])
                == TinyPolicy.digest(of: [PolicyParameter("a", "b\nc=d")]))
        #expect(TinyPolicy.digest(of: Self.fixed) == digest)
    }

    @Test("A policy's digest is the digest of its parameters, and its name is beijing only for the standard ones")
    func policyIdentity() throws {
        let standard = TinyPolicy.standard
        #expect(standard.digest == TinyPolicy.digest(of: standard.parameters))
        #expect(standard.digest.count == 16)
        #expect(standard.name == "beijing")
        var custom = standard
        custom.fee = 11
        #expect(custom.name == "custom")
        #expect(custom.digest != standard.digest)
        // The same parameters under another value are the same identity.
        let rebuilt = TinyPolicy(fee: 10, maxStamps: 2, calendar: WorkingDayCalendar.mainlandChina)
        #expect(rebuilt.name == "beijing")
        #expect(rebuilt.digest == standard.digest)
    }

    // MARK: Calendar parameters

    @Test("A calendar's parameters are its fallback, then calendar.YEAR for each schedule in year order")
    func calendarParameters() throws {
        let official = PolicyParameter.calendar(.mainlandChina)
        #expect(official.first == PolicyParameter("calendar.fallback", "refuse"))
        #expect(official.dropFirst().map(\.name) == (2004...2026).map { "calendar.\($0)" })
        let provisional = PolicyParameter.calendar(WorkingDayCalendar(schedules: [], fallback: .provisional))
        #expect(provisional == [PolicyParameter("calendar.fallback", "provisional")])
        let grown = PolicyParameter.calendar(try officialPlus2027())
        #expect(grown.dropLast() == official[...])
        #expect(grown.last?.name == "calendar.2027")
    }

    @Test("A schedule's value lists each period's holiday, days, statutory and adjusted working days")
    func canonicalSchedule() throws {
        let value = try #require(PolicyParameter.calendar(try officialPlus2027()).last?.value)
        #expect(
            value
                == "newYearsDay 2027-01-01...2027-01-03 s 2027-01-01 a;"
                + "springFestival 2027-02-05...2027-02-11 s 2027-02-05 2027-02-06 2027-02-07 2027-02-08 a 2027-01-31 "
                + "2027-02-13;nationalDay 2027-10-01...2027-10-07 s 2027-10-01 2027-10-02 2027-10-03 a 2027-09-26 "
                + "2027-10-09;")
    }

    // MARK: Differences

    @Test("No difference between equal parameters")
    func equal() {
        #expect(TinyPolicy.standard.differingParameters(from: .standard).isEmpty)
    }

    @Test("A differing value is named, in the expected policy's order")
    func differingValues() {
        var stored = TinyPolicy.standard
        stored.maxStamps = 5
        stored.fee = 11
        #expect(TinyPolicy.standard.differingParameters(from: stored) == ["fee", "maxStamps"])
    }

    @Test("A calendar year the expected policy has and the stored one lacks is no difference: the calendar grows")
    func calendarGrowth() throws {
        var expected = TinyPolicy.standard
        expected.calendar = try officialPlus2027()
        #expect(expected.differingParameters(from: .standard).isEmpty)
    }

    @Test("A calendar year only the stored policy has, or has otherwise, is a difference")
    func calendarYearOnlyStored() throws {
        var stored = TinyPolicy.standard
        stored.calendar = try officialPlus2027()
        #expect(TinyPolicy.standard.differingParameters(from: stored) == ["calendar.2027"])

        let official = WorkingDayCalendar.mainlandChina
        let edited = try #require(official.schedule(for: 2026))
        let shorter = try HolidaySchedule(year: 2026, source: edited.source, periods: Array(edited.periods.dropLast()))
        stored.calendar = official.adding(shorter)
        #expect(TinyPolicy.standard.differingParameters(from: stored) == ["calendar.2026"])
    }

    @Test("The calendar's fallback and every other parameter count when only one side has them")
    func missingParameters() {
        let expected = [PolicyParameter("fee", "10"), PolicyParameter("calendar.fallback", "refuse")]
        let stored = [PolicyParameter("postage", "5"), PolicyParameter("calendar.2026", "x")]
        #expect(
            TinyPolicy.differences(expected: expected, stored: stored) == [
                "fee", "calendar.fallback", "postage", "calendar.2026",
            ])
        #expect(TinyPolicy.differences(expected: [PolicyParameter("calendar.2026", "x")], stored: []).isEmpty)
        #expect(TinyPolicy.differences(expected: [], stored: []).isEmpty)
    }
}

extension TinyPolicy {
    /// CardModel's digest of a parameter list, through a policy whose parameters are that list.
    static func digest(of parameters: [PolicyParameter]) -> String { ListPolicy(parameters: parameters).digest }

    /// CardModel's differences of two parameter lists, through two policies whose parameters they are.
    static func differences(expected: [PolicyParameter], stored: [PolicyParameter]) -> [String] {
        ListPolicy(parameters: expected).differingParameters(from: ListPolicy(parameters: stored))
    }
}

/// A policy that is just a list of parameters.
struct ListPolicy: CasePolicy {
    var parameters: [PolicyParameter]
    static let standard = ListPolicy(parameters: [])
}
