public import CardModel

/// An application to replace a lost or damaged card (RP-CHANNELS, RP-DOCUMENTS, RP-RECEIPT).
///
/// ```swift
/// let application = ReplacementApplication(
///     date: CivilDate("2026-09-30")!, reason: .lost, channel: .website, category: .urbanEmployee)
/// let decision = ReplacementPolicy.beijing.evaluate(application)
/// decision.readyDate  // 2026-10-12
/// ```
///
/// `description`, `debugDescription` and `dump` show identity documents masked (CM-PRIVACY).
public struct ReplacementApplication: Sendable, Hashable, CustomStringConvertible {
    /// The day the application is made (a civil date in Beijing).
    public let date: CivilDate
    /// Why the card is replaced.
    public let reason: ReplacementReason
    /// Where the application is made.
    public let channel: ReplacementChannel
    /// The holder's insured category, which decides the website login (RP-LOGIN).
    public let category: InsuredCategory
    /// Who applies: the holder or an agent.
    public let applicant: ActingParty
    /// What is shown and handed in (checked on site, RP-DOCUMENTS).
    public let documents: PresentedDocuments
    /// How the new card is received (RP-RECEIPT).
    public let receipt: ReplacementReceiptMethod

    /// Creates an application.
    ///
    /// - Parameters:
    ///   - date: The day the application is made.
    ///   - reason: Lost (default) or damaged.
    ///   - channel: The website (default), the official app, the WeChat official account or on site.
    ///   - category: Urban employee (default) or urban or rural resident.
    ///   - applicant: The holder (default) or an agent.
    ///   - documents: What is shown and handed in; nothing by default.
    ///   - receipt: Collection (default) or express delivery.
    public init(
        date: CivilDate,
        reason: ReplacementReason = .lost,
        channel: ReplacementChannel = .website,
        category: InsuredCategory = .urbanEmployee,
        applicant: ActingParty = .holder,
        documents: PresentedDocuments = .none,
        receipt: ReplacementReceiptMethod = .collect
    ) {
        self.date = date
        self.reason = reason
        self.channel = channel
        self.category = category
        self.applicant = applicant
        self.documents = documents
        self.receipt = receipt
    }

    /// For example `ReplacementApplication(2026-09-30, lost, website, urbanEmployee, holder, collect, ...)`, with
    /// documents masked.
    public var description: String {
        "ReplacementApplication(\(self.date), \(self.reason), \(self.channel), \(self.category.rawValue), "
            + "\(self.applicant), \(self.receipt), \(self.documents))"
    }
}
