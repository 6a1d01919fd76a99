public import Foundation

/// A committed snapshot of the fuzzing corpus (`Tests/Fuzz/Corpus/FuzzCaseDecoding/<name>.json`), as earlier
/// versions of the library wrote it.
public func corpusSnapshot(_ name: String, file: String = #filePath) throws -> Data {
    let tests = URL(fileURLWithPath: file).deletingLastPathComponent().deletingLastPathComponent()
    return try Data(contentsOf: tests.appendingPathComponent("Fuzz/Corpus/FuzzCaseDecoding/\(name).json"))
}

/// `snapshot` with its policy's `calendar` replaced by `calendar` (a JSON value), or removed when it is `nil`: how
/// earlier versions stored the calendar.
public func replacingPolicyCalendar(in snapshot: Data, with calendar: Any?) throws -> Data {
    guard var object = try JSONSerialization.jsonObject(with: snapshot) as? [String: Any],
        var policy = object["policy"] as? [String: Any]
    else { throw CocoaError(.coderReadCorrupt) }
    policy["calendar"] = calendar
    object["policy"] = policy
    return try JSONSerialization.data(withJSONObject: object)
}

/// The calendar as earlier versions stored every calendar: `{"schedules":[…every schedule…],"fallback":…}`.
public func fullCalendarObject(schedules: Data, fallback: String) throws -> Any {
    ["schedules": try JSONSerialization.jsonObject(with: schedules), "fallback": fallback]
}
