/// The title, document number, year and date of issue of a notice's text (CM-NOTICE).
///
/// The title is the first line (or the first lines, when a reprint breaks it: `国务院办公厅关于2010年` /
/// `部分节假日安排的通知`), up to the line ending in "通知". The document number is a line such as
/// `国办发明电〔2025〕7号` right after it. The date of issue is the last line that is a date alone
/// (`2025年11月4日`, `二〇〇六年十二月十四日`), after the signature.
struct NoticeMetadata: Sendable {
    let title: String
    let isYearly: Bool
    let year: Int
    let documentNumber: String?
    let issued: CivilDate?
    /// The lines of the text that are title, number, signature or date line, by index in ``NoticeText/lines``.
    let metadataLines: Set<Int>

    init(_ text: NoticeText) throws(HolidayNoticeError) {
        let lines = text.lines
        guard let first = lines.first else { throw HolidayNoticeError(.expectedTitle, line: 1) }
        var title = ""
        var titleEnd = -1
        for (index, line) in lines.prefix(3).enumerated() {
            title += line.original.filter { !$0.isWhitespace }
            if line.text.includes("通知") {
                titleEnd = index
                break
            }
        }
        guard titleEnd >= 0, title.includes("国务院") else {
            throw HolidayNoticeError(.expectedTitle, line: first.number, found: first.original)
        }
        var metadataLines = Set(0...titleEnd)
        let normalisedTitle = String(NoticeText.normalise(Substring(title)))
        self.title = title
        self.isYearly = normalisedTitle.includes("部分节假日安排")

        var documentNumber: String?
        let numberIndex = titleEnd + 1
        if numberIndex < lines.count {
            let candidate = lines[numberIndex].original.filter { !$0.isWhitespace }
            if candidate.hasSuffix("号"), candidate.count <= 30, candidate.contains(where: { "〔[［(（".contains($0) }) {
                documentNumber = candidate
                metadataLines.insert(numberIndex)
            }
        }
        self.documentNumber = documentNumber

        var issued: CivilDate?
        for index in lines.indices.reversed() where !metadataLines.contains(index) {
            let line = lines[index]
            if line.characters.count > 24 { break }
            if let date = try Self.dateLine(line) {
                issued = date
                metadataLines.insert(index)
                break
            }
        }
        self.issued = issued

        let yearSources =
            [normalisedTitle] + lines.indices.filter { !metadataLines.contains($0) }.map { lines[$0].text }
        guard let year = yearSources.lazy.compactMap(Self.firstYear(in:)).first,
            CivilDate.supportedYears.contains(year)
        else {
            throw HolidayNoticeError(.noYear, line: first.number, found: title)
        }
        self.year = year
        for index in lines.indices where ["国务院办公厅", "国务院"].contains(lines[index].text) {
            metadataLines.insert(index)
        }
        self.metadataLines = metadataLines
    }

    /// The first four-digit year followed by 年 in `text`.
    static func firstYear(in text: String) -> Int? {
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            guard characters[index].asciiDigit != nil else {
                index += 1
                continue
            }
            var value = 0
            var count = 0
            while index < characters.count, let digit = characters[index].asciiDigit {
                if count < 5 { value = value * 10 + digit }
                count += 1
                index += 1
            }
            if count == 4, index < characters.count, characters[index] == "年" { return value }
        }
        return nil
    }

    /// The date of a date line (`2025年11月4日`, `二〇〇六年十二月十四日`, also after the signature on one line), `nil`
    /// when the line is not a date alone.
    static func dateLine(_ line: NoticeText.Line) throws(HolidayNoticeError) -> CivilDate? {
        var text = line.text
        for signature in ["国务院办公厅", "国务院"] where text.hasPrefix(signature) {
            text = String(text.dropFirst(signature.count))
            break
        }
        let parts = text.split(separator: "年", omittingEmptySubsequences: false)
        guard parts.count == 2, text.hasSuffix("日") else { return nil }
        let rest = parts[1].dropLast().split(separator: "月", omittingEmptySubsequences: false)
        guard rest.count == 2, let year = Self.number(parts[0], digitwise: true), let month = Self.number(rest[0]),
            let day = Self.number(rest[1])
        else { return nil }
        guard let date = try? CivilDate(year: year, month: month, day: day) else {
            throw HolidayNoticeError(.invalidDate, line: line.number, found: line.original)
        }
        return date
    }

    /// A number in ASCII digits, or in Chinese numerals: digit by digit for a year (二〇〇六), else up to 三十一.
    private static func number(_ text: Substring, digitwise: Bool = false) -> Int? {
        guard !text.isEmpty, text.count <= 4 else { return nil }
        if text.allSatisfy({ $0.asciiDigit != nil }) {
            return text.reduce(0) { $0 * 10 + ($1.asciiDigit ?? 0) }
        }
        if digitwise {
            guard text.count == 4, text.allSatisfy({ $0.chineseDigit != nil }) else { return nil }
            return text.reduce(0) { $0 * 10 + ($1.chineseDigit ?? 0) }
        }
        let parts = text.split(separator: "十", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            guard text.count == 1 else { return nil }
            return text.first?.chineseDigit
        case 2:
            let tens = parts[0].isEmpty ? 1 : (parts[0].count == 1 ? parts[0].first?.chineseDigit : nil)
            let ones = parts[1].isEmpty ? 0 : (parts[1].count == 1 ? parts[1].first?.chineseDigit : nil)
            guard let tens, let ones else { return nil }
            return tens * 10 + ones
        default:
            return nil
        }
    }
}
