public import CardModel
public import Foundation

/// A forger's edits of a snapshot's stored policy, shared by the snapshot tests of every module: each test set
/// says which parameter to change, and these make the change the same way everywhere (issue 13's tamper tests).
public enum PolicyTampering {
    /// Thrown when a snapshot is not the JSON these edits expect.
    public struct UnexpectedJSON: Error, CustomStringConvertible {
        /// What was missing or of the wrong type.
        public let description: String
    }

    /// The JSON object in `data`.
    public static func object(_ data: Data) throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw UnexpectedJSON(description: "not a JSON object")
        }
        return object
    }

    /// `snapshot` with its stored policy's parameters edited by `edit`. With `updatingDigest` (a careful forger)
    /// the digest is recomputed from the edited parameters as `Policy` reads them; else it is left as it was.
    public static func editing<Policy: CasePolicy & Decodable>(
        _ snapshot: Data, as policy: Policy.Type, updatingDigest: Bool, _ edit: (inout [String: Any]) throws -> Void
    ) throws -> Data {
        var object = try Self.object(snapshot)
        var stored = try Self.member("policy", of: object)
        var parameters = try Self.member("parameters", of: stored)
        try edit(&parameters)
        stored["parameters"] = parameters
        if updatingDigest {
            let edited = try JSONDecoder().decode(
                Policy.self, from: try JSONSerialization.data(withJSONObject: parameters))
            stored["digest"] = edited.digest
        }
        object["policy"] = stored
        return try JSONSerialization.data(withJSONObject: object)
    }

    /// Adds `schedule` (a schedule's JSON) to the own schedules of the stored calendar in `parameters`, as a host
    /// adds a year's notice (or its own version of one) to the calendar.
    public static func addOwnSchedule(_ schedule: [String: Any], to parameters: inout [String: Any]) throws {
        var calendar = try Self.member("calendar", of: parameters)
        var own = calendar["ownSchedules"] as? [Any] ?? []
        own.append(schedule)
        calendar["ownSchedules"] = own
        parameters["calendar"] = calendar
    }

    /// The JSON of `schedule`, as a stored calendar holds it.
    public static func scheduleObject(_ schedule: HolidaySchedule) throws -> [String: Any] {
        try Self.object(try JSONEncoder().encode(schedule))
    }

    /// The official 2026 schedule without its last period (National Day), as JSON: an edit of a year the official
    /// calendar has.
    public static func official2026WithoutNationalDay() throws -> [String: Any] {
        guard let official = WorkingDayCalendar.mainlandChina.schedule(for: 2026) else {
            throw UnexpectedJSON(description: "no official schedule for 2026")
        }
        var schedule = try Self.scheduleObject(official)
        guard var periods = schedule["periods"] as? [Any], !periods.isEmpty else {
            throw UnexpectedJSON(description: "the 2026 schedule has no periods")
        }
        periods.removeLast()
        schedule["periods"] = periods
        return schedule
    }

    private static func member(_ key: String, of object: [String: Any]) throws -> [String: Any] {
        guard let member = object[key] as? [String: Any] else {
            throw UnexpectedJSON(description: "no object \"\(key)\"")
        }
        return member
    }
}
