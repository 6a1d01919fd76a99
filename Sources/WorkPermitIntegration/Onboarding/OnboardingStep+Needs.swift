import CardModel

extension OnboardingStep {
    /// What the step needs, in three languages: the one source of these texts for
    /// ``ForeignerOnboarding/status(on:)`` and ``OnboardingTimeline``.
    ///
    /// - Parameters:
    ///   - form: The permit's form, which decides the documents that prove it.
    ///   - letterExpiry: The Notification Letter's last valid day, or `nil` when its date is not known.
    ///   - policy: The policy (the decision's days).
    ///   - acceptedOn: For the decision, the day the application was accepted, when known.
    ///   - letterUsable: `false` when the entry came after the letter expired: then only the electronic card
    ///     (or the physical permit card) proves the permit (WP-NOTIFICATION).
    ///   - existingPhysicalPermit: `true` for a physical permit issued before the effective date and kept as it
    ///     is (WP-NO-CHANGE): the entry needs no Z visa, and no letter is planned.
    func needs(
        form: WorkPermitForm, letterExpiry: CivilDate?, policy: WorkPermitIntegrationPolicy,
        acceptedOn: CivilDate? = nil, letterUsable: Bool = true, existingPhysicalPermit: Bool = false
    ) -> [LocalizedText] {
        switch self {
        case .notificationLetter:
            return [
                LocalizedText(
                    english: "the work permit applied for \(WorkPermitProcedure.channel.english)",
                    german: "die Arbeitserlaubnis beantragt, \(WorkPermitProcedure.channel.german)",
                    chinese: "工作许可申请\(WorkPermitProcedure.channel.chinese)")
            ]
        case .zVisa:
            return [Self.letter(letterExpiry)]
        case .entry:
            guard !existingPhysicalPermit else {
                return [
                    LocalizedText(
                        english: "the physical work permit card, valid on the day (WP-NO-CHANGE)",
                        german: "die physische Arbeitserlaubnis, am Tag gültig (WP-NO-CHANGE)",
                        chinese: "当日有效的实体工作许可证（WP-NO-CHANGE）")
                ]
            }
            return [LocalizedText(english: "the Z visa", german: "das Z-Visum", chinese: "Z字签证")]
        case .electronicCard:
            return Self.electronicCard(form: form, policy: policy)
        case .socialSecurityNumber:
            return [Self.numberNeeds]
        case .physicalCardIssued:
            return [Self.cardIssuedNeeds]
        case .physicalCardReceived:
            return [Self.cardReceivedNeeds]
        case .enrolment:
            return [
                LocalizedText(
                    english: "by the employer or the foreigner, in the online social insurance hall or at the social "
                        + "insurance agency",
                    german: "durch den Arbeitgeber oder den Ausländer, in der Online-Bürohalle der Sozialversicherung "
                        + "oder bei der Sozialversicherungsanstalt",
                    chinese: "由用人单位或外国人本人通过社会保险网上服务大厅或到社会保险经办机构办理"),
                Self.documents(form: form, letterExpiry: letterExpiry, letterUsable: letterUsable),
            ]
        case .residencePermitApplication:
            return [
                LocalizedText(
                    english: "at the exit-entry administration of the public security bureau of the place of work",
                    german: "bei der Aus- und Einreiseverwaltung des Büros für öffentliche Sicherheit am Arbeitsort",
                    chinese: "到工作地公安机关出入境管理机构办理"),
                Self.documents(form: form, letterExpiry: letterExpiry, letterUsable: letterUsable),
            ]
        case .residencePermitDecision:
            return [Self.decision(days: policy.residencePermitDecisionDays, acceptedOn: acceptedOn)]
        }
    }

    /// The electronic card: the app, the credentials, the verifications; a physical permit's limits.
    private static func electronicCard(form: WorkPermitForm, policy: WorkPermitIntegrationPolicy) -> [LocalizedText] {
        var needs = [
            LocalizedText(
                english: "the electronic social security card app; the name and the work permit number or the "
                    + "social security number",
                german: "die App der elektronischen Sozialversicherungskarte; Name und Nummer der "
                    + "Arbeitserlaubnis oder Sozialversicherungsnummer",
                chinese: "电子社保卡应用程序；姓名及工作许可证号或社会保障号码"),
            LocalizedText(
                english: "real-name verification, then real-person verification",
                german: "Prüfung des echten Namens, dann der echten Person", chinese: "先实名认证，后实人认证"),
        ]
        if form == .physical {
            let effective = policy.effectiveDate
            needs.append(
                LocalizedText(
                    english: "a physical permit is not on the electronic card until its next extension or change "
                        + "(WP-NO-CHANGE): the card gives its services once the physical card has been received; "
                        + "before \(effective) it is registered with the social security number (WP-EFFECTIVE)",
                    german: "eine physische Erlaubnis ist bis zu ihrer nächsten Verlängerung oder Änderung nicht "
                        + "auf der elektronischen Karte (WP-NO-CHANGE): die Karte bietet ihre Dienste nach Erhalt "
                        + "der physischen Karte; vor dem \(effective, in: .german) wird sie mit der Sozialversicherungsnummer "
                        + "registriert (WP-EFFECTIVE)",
                    chinese: "实体工作许可在下次延期或变更前不载入电子社保卡（WP-NO-CHANGE）：领取实体社保卡后电子社保卡"
                        + "方提供服务；\(effective, in: .simplifiedChinese)前须凭社会保障号码注册（WP-EFFECTIVE）"))
        }
        return needs
    }

    /// The social security number, after enrolment.
    private static let numberNeeds = LocalizedText(
        english: "after enrolment, the social insurance agency verifies the work permit in the service "
            + "system for foreigners working in China and creates the number",
        german: "nach der Anmeldung prüft die Sozialversicherungsanstalt die Arbeitserlaubnis im "
            + "Servicesystem und erstellt die Nummer",
        chinese: "参保登记后，社会保险经办机构通过外国人来华工作管理服务系统核验工作许可并生成社会保障号码")

    /// The physical card, after the number.
    private static let cardIssuedNeeds = LocalizedText(
        english: "after the number, the card service issues the physical card",
        german: "nach der Nummer stellt die Kartenservicestelle die physische Karte aus",
        chinese: "生成号码后，社保卡服务机构制发实体社保卡")

    /// The physical card received.
    private static let cardReceivedNeeds = LocalizedText(
        english: "receive the physical card; the electronic card then gives the standard services",
        german: "die physische Karte erhalten; die elektronische Karte bietet dann die Standarddienste",
        chinese: "领取实体社保卡，电子社保卡随后提供标准服务")

    /// The decision, within the policy's days of the acceptance.
    private static func decision(days: Int, acceptedOn: CivilDate?) -> LocalizedText {
        LocalizedText(
            english: "the public security organ decides within \(days) days of accepting the application"
                + (acceptedOn.map { " (accepted \($0))" } ?? ""),
            german: "die Behörde für öffentliche Sicherheit entscheidet binnen \(days) Tagen nach Annahme "
                + "des Antrags" + (acceptedOn.map { " (angenommen \($0, in: .german))" } ?? ""),
            chinese: "公安机关自受理申请之日起\(days)日内作出决定"
                + (acceptedOn.map { "（\($0, in: .simplifiedChinese)受理）" } ?? ""))
    }

    /// The Notification Letter, with its last valid day when known.
    private static func letter(_ expiry: CivilDate?) -> LocalizedText {
        guard let expiry else {
            return LocalizedText(
                english: "the Notification Letter, valid on the day",
                german: "die Mitteilung über die Arbeitserlaubnis, am Tag gültig", chinese: "当日有效的《外国人工作许可通知》")
        }
        return LocalizedText(
            english: "the Notification Letter, valid until \(expiry)",
            german: "die Mitteilung über die Arbeitserlaubnis, gültig bis \(expiry, in: .german)",
            chinese: "《外国人工作许可通知》（有效期至\(expiry, in: .simplifiedChinese)）")
    }

    /// The documents that prove the permit: the letter, or the electronic card or the physical permit card
    /// (WP-ENROL, WP-RESIDENCE).
    private static func documents(form: WorkPermitForm, letterExpiry: CivilDate?, letterUsable: Bool) -> LocalizedText {
        let letter = self.letter(letterExpiry)
        let other =
            form == .integrated ? PermitDocument.electronicCard.name : PermitDocument.physicalWorkPermitCard.name
        guard letterUsable else { return other }
        return LocalizedText(
            english: "\(letter.english), or \(other.english)", german: "\(letter.german), oder \(other.german)",
            chinese: "\(letter.chinese)或\(other.chinese)")
    }
}
