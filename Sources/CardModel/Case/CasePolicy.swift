/// The rules a case follows, with an identity a snapshot records (Documentation/API.md, "Snapshots").
///
/// A policy lists its parameters, each with a canonical value; their digest identifies the policy in a snapshot,
/// and decoding compares them one by one with the policy the host expects, so a snapshot whose fee, production
/// time, phase dates, bank list or calendar was edited is refused, naming the parameter.
public protocol CasePolicy: Sendable, Hashable {
    /// The policy a host gets without saying otherwise, such as `.beijing`.
    static var standard: Self { get }
    /// The parameters, in a fixed order, each with a canonical value.
    var parameters: [PolicyParameter] { get }
}

extension CasePolicy {
    /// The policy's name in a snapshot: `beijing` when its parameters are the standard policy's, else `custom`.
    public var name: String { self.parameters == Self.standard.parameters ? "beijing" : "custom" }

    /// A digest of the parameters (64-bit FNV-1a over `name=value` lines, as 16 hex digits): the same parameters
    /// give the same digest on every machine and in every version.
    public var digest: String { PolicyParameter.digest(of: self.parameters) }

    /// The names of the parameters in which `stored` differs from this policy, in this policy's order.
    ///
    /// A calendar year this policy has and `stored` lacks is no difference (the calendar grows by a year each
    /// December); a year `stored` has that this policy lacks or has otherwise is.
    public func differingParameters(from stored: Self) -> [String] {
        PolicyParameter.differences(expected: self.parameters, stored: stored.parameters)
    }
}

/// One parameter of a ``CasePolicy``: its name, such as `fee` or `calendar.2026`, and its canonical value.
public struct PolicyParameter: Sendable, Hashable, CustomStringConvertible {
    /// The name, such as `productionWorkingDays`.
    public let name: String
    /// The canonical value, such as `4` or `2026-01-04`.
    public let value: String

    /// A parameter.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }

    /// `name=value`.
    public var description: String { "\(self.name)=\(self.value)" }

    /// The parameters of a working-day calendar: its fallback, and each year's schedule as text, named
    /// `calendar.YEAR`.
    public static func calendar(_ calendar: WorkingDayCalendar) -> [PolicyParameter] {
        var parameters = [PolicyParameter("calendar.fallback", calendar.fallback.rawValue)]
        for schedule in calendar.schedules {
            parameters.append(PolicyParameter("calendar.\(schedule.year)", Self.canonical(schedule)))
        }
        return parameters
    }

    /// A schedule's days as one line: each period's holiday, first and last day, statutory and adjusted days.
    private static func canonical(_ schedule: HolidaySchedule) -> String {
        var text = ""
        for period in schedule.periods {
            text += "\(period.holiday.key) \(period.firstDay)...\(period.lastDay) s"
            for day in period.statutoryDays { text += " \(day)" }
            text += " a"
            for day in period.adjustedWorkingDays { text += " \(day)" }
            text += ";"
        }
        return text
    }

    /// The digest of `parameters`: 64-bit FNV-1a over their `name=value\n` lines, as 16 lower-case hex digits.
    static func digest(of parameters: [PolicyParameter]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for parameter in parameters {
            for byte in parameter.name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            hash = (hash ^ 0x3d) &* 0x100_0000_01b3
            for byte in parameter.value.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            hash = (hash ^ 0x0a) &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Whether `digest` is the digest of `parameters` as they were written: of `parameters` themselves, or of them
    /// without official calendar years that the running library ships and the writing one did not.
    ///
    /// A calendar based on the official one is stored as a reference to it, and decoding the reference takes every
    /// official year the running library ships; so once a new year's notice ships, a snapshot written before
    /// decodes with a `calendar.YEAR` its digest never covered. Such years are the newest official ones: leaving out
    /// official schedules newest first gives back the parameters as written.
    static func digest(_ digest: String, matches parameters: [PolicyParameter]) -> Bool {
        if Self.digest(of: parameters) == digest { return true }
        var written = parameters
        for schedule in HolidaySchedule.official.reversed() {
            let name = "calendar.\(schedule.year)"
            let value = Self.canonical(schedule)
            guard let index = written.firstIndex(where: { $0.name == name && $0.value == value }) else { continue }
            written.remove(at: index)
            if Self.digest(of: written) == digest { return true }
        }
        return false
    }

    /// The names whose values differ, or that one side lacks (a calendar year only `expected` has excepted).
    static func differences(expected: [PolicyParameter], stored: [PolicyParameter]) -> [String] {
        var storedValues: [String: String] = [:]
        for parameter in stored { storedValues[parameter.name] = parameter.value }
        var differing: [String] = []
        for parameter in expected {
            if let value = storedValues.removeValue(forKey: parameter.name) {
                if value != parameter.value { differing.append(parameter.name) }
            } else if !parameter.name.hasPrefix("calendar.") || parameter.name == "calendar.fallback" {
                differing.append(parameter.name)
            }
        }
        for parameter in stored where storedValues[parameter.name] != nil { differing.append(parameter.name) }
        return differing
    }
}
