/// The official notice a year's holiday schedule comes from (HOLIDAYS, CM-NOTICE).
///
/// A citation read from a notice's text (``HolidayNotice``) has the document number and the date of issue only
/// where the text carries them; the shipped schedules always have both.
public struct NoticeCitation: Sendable, Hashable, CustomStringConvertible {
    /// The document number, for example `国办发明电〔2025〕7号`; `nil` when the text did not carry it.
    public let documentNumber: String?
    /// The day the notice was issued; `nil` when the text did not carry it.
    public let issued: CivilDate?
    /// The notice's title, for example `国务院办公厅关于2026年部分节假日安排的通知`.
    public let title: String

    /// Creates a citation.
    public init(documentNumber: String?, issued: CivilDate?, title: String) {
        self.documentNumber = documentNumber
        self.issued = issued
        self.title = title
    }

    /// `title (documentNumber, issued)`, leaving out what is unknown.
    public var description: String {
        let details = [self.documentNumber, self.issued?.description].compactMap { $0 }
        return details.isEmpty ? self.title : "\(self.title) (\(details.joined(separator: ", ")))"
    }
}
