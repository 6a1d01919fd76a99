import CardModel

extension CivilDate {
    /// Parses exactly ten ASCII bytes `YYYY-MM-DD` into a date without making a `String` (CM-DATE); `nil`
    /// for anything else, including a day that does not exist. Agrees with `CivilDate(parsing:)`.
    static func parsingISO(_ bytes: ArraySlice<UInt8>) -> CivilDate? {
        guard bytes.count == 10 else { return nil }
        let base = bytes.startIndex
        guard bytes[base + 4] == 0x2D, bytes[base + 7] == 0x2D else { return nil }
        var value = 0
        var parts = (0, 0, 0)
        for offset in 0..<10 where offset != 4 && offset != 7 {
            let digit = Int(bytes[base + offset]) &- 0x30
            guard digit >= 0, digit <= 9 else { return nil }
            value = value * 10 + digit
            if offset == 3 {
                parts.0 = value
                value = 0
            } else if offset == 6 {
                parts.1 = value
                value = 0
            }
        }
        parts.2 = value
        return try? CivilDate(year: parts.0, month: parts.1, day: parts.2)
    }

    /// Appends the date as ten ASCII bytes `YYYY-MM-DD` (years 1900...2199 always have four digits).
    func appendISO(to output: inout OutputBuffer) {
        let (year, month, day) = self.components
        output.append(byte: UInt8(truncatingIfNeeded: 0x30 + year / 1000))
        output.append(byte: UInt8(truncatingIfNeeded: 0x30 + year / 100 % 10))
        output.append(byte: UInt8(truncatingIfNeeded: 0x30 + year / 10 % 10))
        output.append(byte: UInt8(truncatingIfNeeded: 0x30 + year % 10))
        output.append(byte: 0x2D)
        output.append(byte: UInt8(truncatingIfNeeded: 0x30 + month / 10))
        output.append(byte: UInt8(truncatingIfNeeded: 0x30 + month % 10))
        output.append(byte: 0x2D)
        output.append(byte: UInt8(truncatingIfNeeded: 0x30 + day / 10))
        output.append(byte: UInt8(truncatingIfNeeded: 0x30 + day % 10))
    }
}
