import CardModel

/// The messages of ``WorkPermit``, its errors and its procedure decisions, in English, German and Simplified
/// Chinese.
///
/// No message ever contains an identifier or a name (CM-PRIVACY): only dates, procedures and categories.
enum WorkPermitMessages {
    /// The permit was cancelled on `day`: nothing more can happen to it (WP-ONLINE).
    static func cancelled(on day: CivilDate) -> LocalizedText {
        LocalizedText(
            english: "the work permit was cancelled on \(day): apply for a new one",
            german: "die Arbeitserlaubnis wurde am \(day, in: .german) aufgehoben: eine neue ist zu beantragen",
            chinese: "工作许可已于\(day, in: .simplifiedChinese)注销，须重新申请")
    }

    /// A second issue of the same permit.
    static let alreadyIssued = LocalizedText(
        english: "the work permit has already been issued", german: "die Arbeitserlaubnis wurde bereits ausgestellt",
        chinese: "工作许可已签发")

    /// An extension that does not move the last valid day later.
    static func extensionNotLater(_ validUntil: CivilDate) -> LocalizedText {
        LocalizedText(
            english: "an extension must move the last valid day after \(validUntil)",
            german: "eine Verlängerung muss den letzten Gültigkeitstag nach den \(validUntil, in: .german) verschieben",
            chinese: "延期后的有效期须晚于\(validUntil, in: .simplifiedChinese)")
    }

    /// An extension or change of a permit that expired after `validUntil`.
    static func expired(_ validUntil: CivilDate, procedure: WorkPermitProcedure) -> LocalizedText {
        LocalizedText(
            english: "the work permit expired after \(validUntil): it can no longer be "
                + "\(procedure == .extend ? "extended" : "changed"); apply for a new one",
            german: "die Arbeitserlaubnis war bis zum \(validUntil, in: .german) gültig und ist abgelaufen: "
                + "\(procedure.name.german) nicht mehr möglich, eine neue ist zu beantragen",
            chinese: "工作许可已于\(validUntil, in: .simplifiedChinese)到期，不能再\(procedure.name.chinese)，须重新申请")
    }

    /// A permit whose last valid day is not after its issue.
    static func validityNotAfterIssue(_ validUntil: CivilDate, issuedOn date: CivilDate) -> LocalizedText {
        LocalizedText(
            english: "the last valid day \(validUntil) is not after the day of issue \(date)",
            german: "der letzte Gültigkeitstag \(validUntil, in: .german) liegt nicht nach dem "
                + "Ausstellungstag \(date, in: .german)",
            chinese: "有效期截止日\(validUntil, in: .simplifiedChinese)不晚于签发日\(date, in: .simplifiedChinese)")
    }

    /// A procedure asked about for a day before the permit's issue.
    static func notYetIssued(_ issuedOn: CivilDate) -> LocalizedText {
        LocalizedText(
            english: "the work permit is issued only on \(issuedOn)",
            german: "die Arbeitserlaubnis wird erst am \(issuedOn, in: .german) ausgestellt",
            chinese: "工作许可于\(issuedOn, in: .simplifiedChinese)才签发")
    }

    /// A new application while the permit is valid.
    static func stillValid(until validUntil: CivilDate) -> LocalizedText {
        LocalizedText(
            english: "the work permit is valid until \(validUntil): extend or change it instead of applying for a "
                + "new one",
            german: "die Arbeitserlaubnis ist bis zum \(validUntil, in: .german) gültig: statt einer neuen ist sie "
                + "zu verlängern oder zu ändern",
            chinese: "工作许可有效期至\(validUntil, in: .simplifiedChinese)：请办理延期或变更，无需重新申请")
    }
}
