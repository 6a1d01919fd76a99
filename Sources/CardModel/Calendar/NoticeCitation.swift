/// The official notice a year's holiday schedule comes from (HOLIDAYS).
public struct NoticeCitation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The document number, for example `国办发明电〔2025〕7号`.
    public let documentNumber: String
    /// The day the notice was issued.
    public let issued: CivilDate
    /// The notice's title, for example `国务院办公厅关于2026年部分节假日安排的通知`.
    public let title: String

    /// Creates a citation.
    public init(documentNumber: String, issued: CivilDate, title: String) {
        self.documentNumber = documentNumber
        self.issued = issued
        self.title = title
    }

    /// `title (documentNumber, issued)`.
    public var description: String { "\(self.title) (\(self.documentNumber), \(self.issued))" }
}
