/// A State Council notice on a year's holidays, read from its text as published (CM-NOTICE).
///
/// Two kinds of notice are read:
/// - the yearly notice, 国务院办公厅关于YYYY年部分节假日安排的通知: numbered paragraphs, one a holiday
///   (`一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。`), in every wording used since 2004;
/// - an amending notice, which changes one holiday of a year already announced (the 2015 victory day, the 2019
///   Labour Day change, the 2020 Spring Festival extension); its holiday comes from its title. An amendment has no
///   schedule of its own: apply it to its year's notice with ``amended(by:)``.
///
/// The schedule says which days are off and which weekend days are worked, as the text gives them; the statutory
/// days come from the law in force that year (CM-STATUTORY), never from the text. Full-width and half-width
/// punctuation and digits, （周四） and （星期四）, ranges with "至", "—", "－", "～" or "-", ranges across a month
/// or the year, and a day written without its month (`21日`) are all read. Nothing is read from a file: the text
/// comes in as a `String`.
///
/// ```swift
/// let notice = try HolidayNotice(parsing: text)      // 国务院办公厅关于2027年部分节假日安排的通知 …
/// let schedule = try notice.schedule()               // validated, statutory days by law
/// let calendar = try WorkingDayCalendar.mainlandChina.adding(schedule)
/// ```
public struct HolidayNotice: Sendable, Hashable, CustomStringConvertible {
    /// Which kind of notice the text is.
    public enum Kind: String, Sendable, Hashable {
        /// The yearly notice on a year's holidays.
        case yearly
        /// A notice changing one holiday of a year already announced.
        case amendment
    }

    /// Which kind of notice this is.
    public let kind: Kind
    /// The year the notice is for.
    public let year: Int
    /// The notice's title, and its document number and date of issue where the text carries them.
    public let citation: NoticeCitation
    /// The amending notices applied to this one (``amended(by:)``), in the order applied.
    public let amendments: [NoticeCitation]
    let arrangements: [NoticeArrangement]
    private let validated: HolidaySchedule?

    /// Reads the text of a notice.
    ///
    /// - Parameter text: The notice as published: title, optional document number, salutation, paragraphs,
    ///   signature and date line. Lines may be separated by `\n`, `\r\n` or `\r`.
    /// - Throws: ``HolidayNoticeError``, naming the line and what was expected: ``HolidayNoticeError/Code/expectedTitle``,
    ///   ``HolidayNoticeError/Code/noYear``, ``HolidayNoticeError/Code/unknownHoliday``,
    ///   ``HolidayNoticeError/Code/expectedDate``, ``HolidayNoticeError/Code/invalidDate``,
    ///   ``HolidayNoticeError/Code/wrongWeekday``, ``HolidayNoticeError/Code/reversedRange``,
    ///   ``HolidayNoticeError/Code/rangeTooLong``, ``HolidayNoticeError/Code/expectedBreak``,
    ///   ``HolidayNoticeError/Code/duplicateHoliday``, ``HolidayNoticeError/Code/contradictory`` or
    ///   ``HolidayNoticeError/Code/noStatutoryData``.
    public init(parsing text: String) throws(HolidayNoticeError) {
        let notice = NoticeText(text)
        let metadata = try NoticeMetadata(notice)
        let citation = NoticeCitation(
            documentNumber: metadata.documentNumber, issued: metadata.issued, title: metadata.title)
        let arrangements =
            metadata.isYearly
            ? try Self.yearlyArrangements(notice, metadata: metadata)
            : [try Self.amendingArrangement(notice, metadata: metadata)]
        self.kind = metadata.isYearly ? .yearly : .amendment
        self.year = metadata.year
        self.citation = citation
        self.amendments = []
        self.arrangements = arrangements
        self.validated =
            metadata.isYearly
            ? try NoticeScheduleBuilder.schedule(year: metadata.year, source: citation, arrangements: arrangements)
            : nil
    }

    private init(
        base: HolidayNotice, amendments: [NoticeCitation], arrangements: [NoticeArrangement],
        schedule: HolidaySchedule
    ) {
        self.kind = base.kind
        self.year = base.year
        self.citation = base.citation
        self.amendments = amendments
        self.arrangements = arrangements
        self.validated = schedule
    }

    /// The year's schedule, validated, with the law's statutory days (CM-NOTICE, CM-STATUTORY).
    ///
    /// - Throws: ``HolidayNoticeError`` with code ``HolidayNoticeError/Code/amendmentWithoutNotice`` for an
    ///   amending notice on its own.
    public func schedule() throws(HolidayNoticeError) -> HolidaySchedule {
        guard let validated = self.validated else {
            throw HolidayNoticeError(.amendmentWithoutNotice, line: nil, found: self.citation.title)
        }
        return validated
    }

    /// This yearly notice with an amending notice of the same year applied (CM-NOTICE).
    ///
    /// An amendment's break replaces the yearly notice's break of the same holiday (2019: Labour Day 5-1 becomes
    /// 5-1..5-4), adds a break for a holiday the notice did not have (2015: the victory day), or extends a break
    /// (2020: Spring Festival through 2-2, which frees Saturday 2-1). The schedule keeps the yearly notice's
    /// citation; ``amendments`` lists the amending ones.
    ///
    /// - Throws: ``HolidayNoticeError`` with code ``HolidayNoticeError/Code/amendmentMismatch`` when this notice is
    ///   not a yearly one, `amendment` is not an amendment, or the years differ; any code of the schedule's
    ///   validation (``HolidayNoticeError/Code/contradictory``) when the result contradicts itself.
    public func amended(by amendment: HolidayNotice) throws(HolidayNoticeError) -> HolidayNotice {
        guard self.kind == .yearly, amendment.kind == .amendment, amendment.year == self.year else {
            throw HolidayNoticeError(.amendmentMismatch, line: nil, found: amendment.citation.title)
        }
        var arrangements = self.arrangements
        for change in amendment.arrangements {
            if change.kind == .period {
                arrangements.removeAll { $0.kind == .period && $0.periodName == change.periodName }
            }
            arrangements.append(change)
        }
        let schedule = try NoticeScheduleBuilder.schedule(
            year: self.year, source: self.citation, arrangements: arrangements)
        return HolidayNotice(
            base: self, amendments: self.amendments + [amendment.citation], arrangements: arrangements,
            schedule: schedule)
    }

    /// One year's notice with all its amendments applied in order of issue (undated ones last, as given).
    ///
    /// - Throws: ``HolidayNoticeError`` with code ``HolidayNoticeError/Code/amendmentMismatch`` unless exactly one
    ///   of `notices` is a yearly notice and the others amend it; ``HolidayNoticeError/Code/amendmentWithoutNotice``
    ///   when `notices` is empty.
    public static func combining(_ notices: [HolidayNotice]) throws(HolidayNoticeError) -> HolidayNotice {
        let yearly = notices.filter { $0.kind == .yearly }
        guard let base = yearly.first else {
            throw HolidayNoticeError(.amendmentWithoutNotice, line: nil, found: notices.first?.citation.title)
        }
        guard yearly.count == 1 else {
            throw HolidayNoticeError(.amendmentMismatch, line: nil, found: yearly.last?.citation.title)
        }
        let changes = notices.enumerated().filter { $0.element.kind == .amendment }.sorted { lhs, rhs in
            let (left, right) = (lhs.element.citation.issued ?? .latest, rhs.element.citation.issued ?? .latest)
            return left != right ? left < right : lhs.offset < rhs.offset
        }
        var combined = base
        for change in changes { combined = try combined.amended(by: change.element) }
        return combined
    }

    /// `title (number, date)`, with the amendments applied.
    public var description: String {
        let amended =
            self.amendments.isEmpty ? "" : " amended by " + self.amendments.map { $0.title }.joined(separator: "; ")
        return "\(self.citation)\(amended)"
    }

    private static func yearlyArrangements(
        _ notice: NoticeText, metadata: NoticeMetadata
    ) throws(HolidayNoticeError) -> [NoticeArrangement] {
        var arrangements: [NoticeArrangement] = []
        var index = 0
        let lines = notice.lines
        while index < lines.count {
            defer { index += 1 }
            guard !metadata.metadataLines.contains(index), let heading = NoticeHeading(lines[index].characters) else {
                continue
            }
            let line = lines[index]
            var clauses = try NoticeClause.clauses(of: line.characters[heading.bodyStart...], line: line.number)
            // A reprint may break a paragraph after its heading: the dated lines that follow belong to it.
            while index + 1 < lines.count, !metadata.metadataLines.contains(index + 1),
                NoticeHeading(lines[index + 1].characters) == nil
            {
                let next = lines[index + 1]
                let more = try NoticeClause.clauses(of: next.characters[...], line: next.number)
                guard more.contains(where: { !$0.spans.isEmpty }) else { break }
                clauses += more
                index += 1
            }
            let dated = clauses.contains { !$0.spans.isEmpty }
            if let unknown = heading.unknown.first, dated {
                throw HolidayNoticeError(.unknownHoliday, line: line.number, found: unknown)
            }
            guard !heading.holidays.isEmpty else {
                if dated { throw HolidayNoticeError(.unknownHoliday, line: line.number, found: line.original) }
                continue
            }
            arrangements.append(
                try NoticeArrangement(
                    holidays: heading.holidays, clauses: clauses, year: metadata.year, line: line.number))
        }
        guard !arrangements.isEmpty else {
            throw HolidayNoticeError(.expectedBreak, line: lines.last?.number, found: lines.last?.original)
        }
        return arrangements
    }

    private static func amendingArrangement(
        _ notice: NoticeText, metadata: NoticeMetadata
    ) throws(HolidayNoticeError) -> NoticeArrangement {
        let holidays = NoticeHeading.holidays(inTitle: metadata.title, year: metadata.year)
        guard !holidays.isEmpty else {
            throw HolidayNoticeError(.unknownHoliday, line: notice.lines.first?.number, found: metadata.title)
        }
        var clauses: [NoticeClause] = []
        var firstLine: Int?
        for (index, line) in notice.lines.enumerated() where !metadata.metadataLines.contains(index) {
            let start = NoticeHeading(line.characters)?.bodyStart ?? 0
            let more = try NoticeClause.clauses(of: line.characters[start...], line: line.number)
            guard more.contains(where: { !$0.spans.isEmpty }) else { continue }
            firstLine = firstLine ?? line.number
            clauses += more
        }
        guard let firstLine else {
            throw HolidayNoticeError(.expectedBreak, line: notice.lines.last?.number, found: metadata.title)
        }
        return try NoticeArrangement(holidays: holidays, clauses: clauses, year: metadata.year, line: firstLine)
    }
}
