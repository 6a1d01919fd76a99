import CardModel

extension CivilDate {
    /// The same day of the month `months` months later, or the month's last day when that month is shorter
    /// (Civil Code Art. 202: the corresponding day of the last month, or its last day when it has none).
    ///
    /// An internal helper of this module; CardModel has no month arithmetic yet.
    ///
    /// - Throws: `CivilDateError` when the result leaves 1900...2199.
    func addingMonths(_ months: Int) throws(CivilDateError) -> CivilDate {
        let (year, month, day) = self.components
        let total = year * 12 + (month - 1) + months
        let newYear = total >= 0 ? total / 12 : (total - 11) / 12
        let newMonth = total - newYear * 12 + 1
        guard CivilDate.supportedYears.contains(newYear) else {
            throw CivilDateError(code: .yearOutOfRange, year: newYear)
        }
        return try CivilDate(
            year: newYear, month: newMonth, day: min(day, CivilDate.daysInMonth(year: newYear, month: newMonth)))
    }
}
