extension CivilDate: Strideable {
    /// A distance between dates, in whole days.
    public typealias Stride = Int

    /// The number of days from this date to `other` (negative when `other` is earlier); the same as
    /// ``days(to:)`` (CM-DATE).
    ///
    /// - Complexity: O(1).
    public func distance(to other: CivilDate) -> Int {
        self.days(to: other)
    }

    /// The date `n` days later (or earlier, for a negative `n`), clamped to the supported days (CM-DATE).
    ///
    /// `Strideable` requires this method not to throw, and the library never traps on caller input, so a
    /// result before ``CivilDate/earliest`` (1900-01-01) is ``CivilDate/earliest`` and a result after
    /// ``CivilDate/latest`` (2199-12-31) is ``CivilDate/latest``; this includes an `n` so large that the day
    /// number would overflow. Within the supported days, `a.advanced(by: a.distance(to: b)) == b` always holds.
    /// Use ``adding(days:)`` where leaving 1900...2199 must be reported as an error.
    ///
    /// Ranges (`a...b`, `a..<b`) and `stride(from:to:by:)` are unaffected by the clamping. One edge shows it:
    /// `stride(from:through:by:)` with ``CivilDate/latest`` (or, striding back, ``CivilDate/earliest``) as its
    /// end also yields that last day when the step would overshoot it, because the overshooting step lands on it.
    ///
    /// ```swift
    /// CivilDate(2026, 1, 4)?.advanced(by: 1)   // 2026-01-05
    /// CivilDate.latest.advanced(by: 1)         // 2199-12-31 (clamped)
    /// ```
    ///
    /// - Parameter n: The number of days to move.
    /// - Returns: The date, within ``CivilDate/earliest``...``CivilDate/latest``.
    /// - Complexity: O(1).
    public func advanced(by n: Int) -> CivilDate {
        let (target, overflow) = Int(self.dayNumber).addingReportingOverflow(n)
        if overflow { return n < 0 ? .earliest : .latest }
        if target < Int(Self.earliest.dayNumber) { return .earliest }
        if target > Int(Self.latest.dayNumber) { return .latest }
        return CivilDate(unchecked: Int32(target))
    }
}
