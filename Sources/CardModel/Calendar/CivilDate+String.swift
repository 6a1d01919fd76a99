extension CivilDate: LosslessStringConvertible, CustomDebugStringConvertible {
    /// Parses an ISO 8601 calendar date, `YYYY-MM-DD` exactly (CM-DATE).
    ///
    /// Returns `nil` for any other shape or for a day that does not exist (`2026-02-29`).
    /// Use ``init(parsing:)`` to learn why a text was refused.
    public init?(_ description: String) {
        guard let date = try? CivilDate(parsing: description) else { return nil }
        self = date
    }

    /// Parses an ISO 8601 calendar date, `YYYY-MM-DD` exactly, saying why a text is refused.
    ///
    /// - Throws: ``CivilDateError`` with code ``CivilDateError/Code/malformed`` for a text that is not
    ///   `YYYY-MM-DD`, or the code of ``init(year:month:day:)`` for a day that does not exist.
    public init(parsing text: some StringProtocol) throws(CivilDateError) {
        let utf8 = text.utf8
        guard utf8.count == 10 else { throw CivilDateError(code: .malformed, year: nil) }
        var digits: [Int] = []
        digits.reserveCapacity(8)
        for (index, byte) in utf8.enumerated() {
            if index == 4 || index == 7 {
                guard byte == UInt8(ascii: "-") else { throw CivilDateError(code: .malformed, year: nil) }
            } else {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else {
                    throw CivilDateError(code: .malformed, year: nil)
                }
                digits.append(Int(byte - UInt8(ascii: "0")))
            }
        }
        let year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
        let month = digits[4] * 10 + digits[5]
        let day = digits[6] * 10 + digits[7]
        try self.init(year: year, month: month, day: day)
    }

    /// The date in ISO 8601, `YYYY-MM-DD`.
    public var description: String {
        let (year, month, day) = self.components
        return "\(year)-\(Self.twoDigits(month))-\(Self.twoDigits(day))"
    }

    /// The date in ISO 8601, for debugging.
    public var debugDescription: String { "CivilDate(\(self.description))" }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
