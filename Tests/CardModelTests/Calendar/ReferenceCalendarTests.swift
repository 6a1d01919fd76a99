import CardModel
import TestSupport
import Testing

/// The shipped calendar against `IndependentHolidayReference` (chinesecalendar 1.11.0), day by day.
@Suite struct ReferenceCalendarTests {
    static let calendar = WorkingDayCalendar.mainlandChina

    /// The one day where we and chinesecalendar 1.11.0 disagree on whether it is worked. The 2006 notice
    /// (国办发明电〔2005〕35号) says "12月31日(星期六)上班", so Saturday 2005-12-31 is an adjusted working day for
    /// New Year's Day 2006; chinesecalendar misses it and lists an ordinary weekend. We follow the notice
    /// (Documentation/Calendar.md, "Discrepancies").
    static let knownException = date("2005-12-31")

    /// chinesecalendar's English holiday names, mapped to our keys.
    static let names: [String: HolidayName] = [
        "New Year's Day": .newYearsDay, "Spring Festival": .springFestival, "Tomb-sweeping Day": .tombSweepingDay,
        "Labour Day": .labourDay, "Dragon Boat Festival": .dragonBoatFestival,
        "Mid-autumn Festival": .midAutumnFestival, "National Day": .nationalDay,
        "Anti-Fascist 70th Day": .victoryDay2015,
    ]

    /// Where chinesecalendar names the Mid-autumn day inside a combined "国庆节、中秋节" break, we name the whole
    /// break National Day (one period whose statutory days include Mid-autumn).
    static let midAutumnInsideNationalDay: Set<CivilDate> = [
        date("2009-10-03"), date("2012-09-30"), date("2017-10-04"), date("2023-09-29"), date("2025-10-06"),
    ]

    /// chinesecalendar calls the 2020 extension (国办发明电〔2020〕1号) Spring Festival; we name it apart.
    static let springFestivalExtension: Set<CivilDate> = [date("2020-01-31"), date("2020-02-01"), date("2020-02-02")]

    /// Whether the reference says `day` is worked.
    static func referenceIsWorking(_ day: CivilDate) -> Bool {
        let key = CalendarFixtures.monthDay(day)
        return day.isWeekend
            ? IndependentHolidayReference.workingWeekendDays[day.year, default: []].contains(key)
            : !IndependentHolidayReference.restWeekdays[day.year, default: []].contains(key)
    }

    @Test("CM-WORKDAY: the reference fixture covers exactly 2004...2026")
    func fixtureCoverage() {
        #expect(Set(IndependentHolidayReference.restWeekdays.keys) == Set(2004...2026))
        #expect(Set(IndependentHolidayReference.workingWeekendDays.keys) == Set(2004...2026))
        #expect(Set(IndependentHolidayReference.holidayNames.keys) == Set(2004...2026))
        #expect(Self.calendar.yearsWithData == Array(2004...2026))
    }

    @Test("CM-WORKDAY: every day of the year is worked exactly when chinesecalendar says so", arguments: 2004...2026)
    func workingDaysAgree(year: Int) throws {
        var disagreements: [CivilDate] = []
        for day in CalendarFixtures.dates(ofYear: year) {
            let ours = try Self.calendar.isWorkingDay(day)
            #expect(ours == (try Self.calendar.day(day)).isWorkingDay)
            if ours != Self.referenceIsWorking(day) { disagreements.append(day) }
        }
        #expect(disagreements == (year == 2005 ? [Self.knownException] : []), "year \(year)")
    }

    @Test("CM-WORKDAY: 2005-12-31, the one known difference from chinesecalendar, is worked for New Year 2006")
    func knownException() throws {
        let day = Self.knownException
        #expect(day.weekday == .saturday)
        #expect(!Self.referenceIsWorking(day))  // chinesecalendar 1.11.0 misses the 2006 notice's Saturday
        #expect(try Self.calendar.isWorkingDay(day))
        #expect(
            try Self.calendar.day(day)
                == CalendarDay(date: day, kind: .adjustedWorkingDay, holiday: .newYearsDay, isAssumed: false))
        let schedule2006 = try #require(Self.calendar.schedule(for: 2006))
        #expect(schedule2006.periods.first?.adjustedWorkingDays == [day])
    }

    @Test("CM-WORKDAY: holiday names agree with chinesecalendar wherever both name a day", arguments: 2004...2026)
    func namesAgree(year: Int) throws {
        let referenceNames = try #require(IndependentHolidayReference.holidayNames[year])
        var compared = 0
        for (key, englishName) in referenceNames {
            let day = try CivilDate(parsing: "\(year)-\(key)")
            let ours = try Self.calendar.day(day)
            #expect(!ours.isWorkingDay, "\(day): the reference names a rest day")
            guard let ourName = ours.holiday else {
                Issue.record("\(day): chinesecalendar names it \(englishName), we give no name")
                continue
            }
            compared += 1
            let expected: HolidayName?
            if Self.midAutumnInsideNationalDay.contains(day) {
                #expect(englishName == "Mid-autumn Festival")
                expected = .nationalDay
            } else if Self.springFestivalExtension.contains(day) {
                #expect(englishName == "Spring Festival")
                expected = .springFestivalExtension2020
            } else {
                expected = Self.names[englishName]
            }
            #expect(ourName == expected, "\(day): chinesecalendar \(englishName), ours \(ourName.key)")
        }
        #expect(compared >= 10, "year \(year) compared only \(compared) names")
    }

    @Test(
        "CM-WORKDAY: a rest day we name but chinesecalendar does not is a weekend day inside a break",
        arguments: 2004...2026)
    func namesOnlyWeHave(year: Int) throws {
        let referenceNames = IndependentHolidayReference.holidayNames[year, default: [:]]
        for day in CalendarFixtures.dates(ofYear: year) {
            let info = try Self.calendar.day(day)
            guard !info.isWorkingDay, info.holiday != nil,
                referenceNames[CalendarFixtures.monthDay(day)] == nil
            else { continue }
            // chinesecalendar leaves some weekend days inside breaks out of its holiday list
            // (Documentation/Calendar.md), among them statutory days on a weekend (2012-06-23, Dragon Boat);
            // every weekday off must have its name.
            #expect(day.isWeekend, "\(day): \(info)")
            #expect(info.kind == .weekend || info.kind == .statutoryHoliday, "\(day): \(info)")
        }
    }

    @Test("CM-WORKDAY: the explicit name mappings are all exercised by the fixture")
    func mappingsAreUsed() {
        for day in Self.midAutumnInsideNationalDay.union(Self.springFestivalExtension) {
            #expect(IndependentHolidayReference.holidayNames[day.year]?[CalendarFixtures.monthDay(day)] != nil)
        }
        #expect(IndependentHolidayReference.holidayNames[2015]?["09-03"] == "Anti-Fascist 70th Day")
        let usedNames = Set(IndependentHolidayReference.holidayNames.values.flatMap(\.values))
        #expect(usedNames == Set(Self.names.keys))
    }

    @Test(
        "CM-WORKDAY: every rest day we name lies in a break of that year's or the next year's notice",
        arguments: 2004...2026)
    func restDaysNamedByAPeriod(year: Int) throws {
        let periods = [year, year + 1].compactMap { Self.calendar.schedule(for: $0) }.flatMap(\.periods)
        for day in CalendarFixtures.dates(ofYear: year) {
            let info = try Self.calendar.day(day)
            guard let holiday = info.holiday else {
                #expect(info.kind == .ordinaryWorkingDay || info.kind == .weekend, "\(day)")
                continue
            }
            if info.isWorkingDay {
                #expect(periods.contains { $0.holiday == holiday && $0.adjustedWorkingDays.contains(day) }, "\(day)")
            } else {
                #expect(
                    periods.contains { $0.holiday == holiday && ($0.firstDay...$0.lastDay).contains(day) }, "\(day)")
            }
        }
    }
}
