import CardModel
public import Foundation

/// Whether `encoded`, a committed fixture decoded and encoded again, is the same snapshot as `fixture`.
///
/// Today that means the same bytes. Once the library ships a later official year than the fixture's
/// `calendarThrough` (next year's notice), the re-encoded snapshot records the longer official calendar: its
/// digest, `calendarThrough` and the calendar reference's `through` then differ from the fixture, and only they
/// may. A fixture is never rewritten for that: it stands for a snapshot a host stored with this version.
public func isSameSnapshot(_ encoded: Data, asFixture fixture: Data) -> Bool {
    if encoded == fixture { return true }
    guard let written = try? JSONSerialization.jsonObject(with: fixture) as? [String: Any],
        let policy = written["policy"] as? [String: Any], let through = policy["calendarThrough"] as? Int,
        let shipped = WorkingDayCalendar.mainlandChina.yearsWithData.last, shipped > through,
        let again = try? JSONSerialization.jsonObject(with: encoded) as? [String: Any]
    else { return false }
    return NSDictionary(dictionary: withoutCalendarGrowth(written))
        .isEqual(to: withoutCalendarGrowth(again))
}

/// `snapshot` without the parts a longer official calendar changes.
private func withoutCalendarGrowth(_ snapshot: [String: Any]) -> [String: Any] {
    var snapshot = snapshot
    guard var policy = snapshot["policy"] as? [String: Any] else { return snapshot }
    policy["digest"] = nil
    policy["calendarThrough"] = nil
    if var parameters = policy["parameters"] as? [String: Any],
        var calendar = parameters["calendar"] as? [String: Any],
        var official = calendar["official"] as? [String: Any]
    {
        official["through"] = nil
        calendar["official"] = official
        parameters["calendar"] = calendar
        policy["parameters"] = parameters
    }
    snapshot["policy"] = policy
    return snapshot
}
