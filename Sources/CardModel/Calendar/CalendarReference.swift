/// A stored calendar's reference to the official calendar, in place of the official schedules (CM-WORKDAY).
///
/// A snapshot names the official calendar and the years its data covered when the snapshot was made
/// (`{"name":"mainlandChina","from":2004,"through":2026}`); decoding takes the schedules of the running library,
/// and refuses a snapshot that relied on a year the running library has no official data for.
struct CalendarReference: Hashable, Sendable {
    /// The name of mainland China's official calendar, ``WorkingDayCalendar/mainlandChina``.
    static let mainlandChinaName = "mainlandChina"

    /// The official calendar's name; only ``mainlandChinaName`` is known.
    let name: String
    /// The first official year the snapshot relied on.
    let from: Int
    /// The last official year the snapshot relied on.
    let through: Int

    /// The reference to the official data of the running library, or `nil` if it ships no year.
    static var official: CalendarReference? {
        guard let first = HolidaySchedule.official.first, let last = HolidaySchedule.official.last else { return nil }
        return CalendarReference(name: mainlandChinaName, from: first.year, through: last.year)
    }

    /// The official schedules of the running library, once checked against this reference: the name is known and
    /// every year from ``from`` through ``through`` has official data.
    ///
    /// - Returns: The official schedules (every year the running library ships, which may be more than the
    ///   reference names), or a description of the mismatch.
    func officialSchedules() -> Result<[HolidaySchedule], ReferenceMismatch> {
        guard self.name == Self.mainlandChinaName else {
            return .failure(ReferenceMismatch(description: "unknown official calendar '\(self.name)'"))
        }
        guard self.from <= self.through else {
            return .failure(ReferenceMismatch(description: "official years \(self.from)...\(self.through) reversed"))
        }
        let years = Set(HolidaySchedule.official.map { $0.year })
        if let missing = (self.from...self.through).first(where: { !years.contains($0) }) {
            return .failure(
                ReferenceMismatch(
                    description: "the stored calendar relied on official data for \(missing), which this library "
                        + "does not ship"))
        }
        return .success(HolidaySchedule.official)
    }

    /// Why a reference does not match the running library's official data.
    struct ReferenceMismatch: Error, Hashable, Sendable {
        /// What does not match, for the decoding error.
        let description: String
    }
}
