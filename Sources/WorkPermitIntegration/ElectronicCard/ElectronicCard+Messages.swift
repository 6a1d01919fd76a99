import CardModel

/// The messages of ``ElectronicCard``, its errors and its service decisions (and ``ElectronicCardServices``'),
/// in English, German and Simplified Chinese.
///
/// No message ever contains an identifier or a name (CM-PRIVACY): only dates and functions.
enum ElectronicCardMessages {
    /// Several messages as one, separated by `; ` (`；` in Chinese).
    static func joined(_ texts: [LocalizedText]) -> LocalizedText {
        LocalizedText(
            english: texts.map { $0.english }.joined(separator: "; "),
            german: texts.map { $0.german }.joined(separator: "; "),
            chinese: texts.map { $0.chinese }.joined(separator: "；"))
    }

    // MARK: Events the phase does not take

    /// A second registration.
    static let alreadyRegistered = LocalizedText(
        english: "the card is already registered", german: "die Karte ist bereits registriert", chinese: "电子社保卡已注册")

    /// A second real-name verification.
    static let realNameAlreadyVerified = LocalizedText(
        english: "real-name verification has already passed",
        german: "die Prüfung des echten Namens ist bereits erfolgt", chinese: "已完成实名认证")

    /// A second real-person verification.
    static let realPersonAlreadyVerified = LocalizedText(
        english: "real-person verification has already passed",
        german: "die Prüfung der echten Person ist bereits erfolgt", chinese: "已完成实人认证")

    /// Real-person verification before real-name verification.
    static let realNameFirst = LocalizedText(
        english: "real-person verification comes after real-name verification",
        german: "die Prüfung der echten Person folgt auf die Prüfung des echten Namens", chinese: "须先完成实名认证，再进行实人认证")

    /// A second receipt of the physical card.
    static let alreadyReceived = LocalizedText(
        english: "the physical card has already been received", german: "die physische Karte wurde bereits erhalten",
        chinese: "已领取实体社保卡")

    // MARK: The permit the card carries (WP-ECARD, WP-EFFECTIVE)

    /// The permit number registered with is not the permit's.
    static let registeredWithOtherNumber = LocalizedText(
        english: "the work permit number registered with is not the permit's number",
        german: "die bei der Registrierung angegebene Nummer ist nicht die der Arbeitserlaubnis",
        chinese: "注册所用的工作许可证号与工作许可不符")

    /// A permit loaded that is not the one the card was registered with or carries.
    static let loadedOtherPermit = LocalizedText(
        english: "the work permit loaded is not the one the card was registered with or carries: a card "
            + "carries its holder's own permit",
        german: "die geladene Arbeitserlaubnis ist nicht die, mit der die Karte registriert wurde oder die sie "
            + "trägt: eine Karte trägt die Erlaubnis ihres Inhabers",
        chinese: "载入的工作许可与注册所用或卡上已载的工作许可不符：社保卡只载持卡人本人的工作许可")

    /// A permit that expired after `validUntil`, too late to be carried.
    static func permitExpired(_ validUntil: CivilDate) -> LocalizedText {
        LocalizedText(
            english: "the work permit expired after \(validUntil); the card cannot carry it",
            german: "die Arbeitserlaubnis war bis zum \(validUntil, in: .german) gültig und ist abgelaufen; "
                + "die Karte kann sie nicht tragen",
            chinese: "工作许可已于\(validUntil, in: .simplifiedChinese)到期，电子社保卡不能载入")
    }

    /// A permit on the card on `date`, before the integration from `effectiveDate`.
    static func notInForce(_ date: CivilDate, effectiveDate: CivilDate) -> LocalizedText {
        LocalizedText(
            english: "the work permit is integrated with the social security card only from \(effectiveDate): on "
                + "\(date) the card cannot carry it",
            german: "die Arbeitserlaubnis ist erst ab dem \(effectiveDate, in: .german) in die "
                + "Sozialversicherungskarte integriert: am \(date, in: .german) kann die Karte sie nicht tragen",
            chinese: "工作许可自\(effectiveDate, in: .simplifiedChinese)起才与社保卡融合，"
                + "\(date, in: .simplifiedChinese)社保卡不能载入工作许可")
    }

    /// ``ElectronicCardServices``: a permit on the card before the integration from `effectiveDate`.
    static func loadedOnlyFrom(_ effectiveDate: CivilDate) -> LocalizedText {
        LocalizedText(
            english: "the work permit is loaded on the social security card only from \(effectiveDate)",
            german: "die Arbeitserlaubnis wird erst ab dem \(effectiveDate, in: .german) auf die "
                + "Sozialversicherungskarte geladen",
            chinese: "工作许可自\(effectiveDate, in: .simplifiedChinese)起才载入社保卡")
    }

    // MARK: Service decisions (WP-SERVICES, CM-FORM, CM-FUNCTIONS)

    /// A function asked about for a day before the registration on `registeredOn`.
    static func notYetRegistered(_ registeredOn: CivilDate) -> LocalizedText {
        LocalizedText(
            english: "the electronic card is registered only on \(registeredOn)",
            german: "die elektronische Karte wird erst am \(registeredOn, in: .german) registriert",
            chinese: "电子社保卡于\(registeredOn, in: .simplifiedChinese)才注册")
    }

    /// A function before both verifications.
    static let verifyFirst = LocalizedText(
        english: "complete real-name and real-person verification first",
        german: "zuerst die Prüfung des echten Namens und der echten Person abschließen", chinese: "请先完成实名认证和实人认证")

    /// A work permit service after the carried permit's last valid day.
    static func carriedPermitExpired(_ validUntil: CivilDate) -> LocalizedText {
        LocalizedText(
            english: "the work permit the card carries expired after \(validUntil): extend it (online, WP-ONLINE) to "
                + "use its services again",
            german: "die Arbeitserlaubnis auf der Karte war bis zum \(validUntil, in: .german) gültig und ist "
                + "abgelaufen: sie verlängern (online, WP-ONLINE), um ihre Dienste wieder zu nutzen",
            chinese: "卡上载有的工作许可已于\(validUntil, in: .simplifiedChinese)到期：须（通过网上，WP-ONLINE）延期后"
                + "方可再使用相关服务")
    }

    /// A work permit service for a physical permit not yet integrated (WP-NO-CHANGE).
    static let notYetIntegrated = LocalizedText(
        english: "the physical work permit is not yet integrated with the card: its next extension or change loads it",
        german: "die physische Arbeitserlaubnis ist noch nicht in die Karte integriert: ihre nächste Verlängerung "
            + "oder Änderung lädt sie",
        chinese: "实体工作许可尚未与社保卡融合，下次延期或变更时载入")

    /// A social security function before the physical card has been received.
    static let standardServicesAfterPhysicalCard = LocalizedText(
        english: "the standard services follow once the physical card has been received",
        german: "die Standarddienste folgen nach Erhalt der physischen Karte", chinese: "领取实体社保卡后方可使用标准服务")

    /// A BEIJING PASS service before the physical card has been received (CM-FORM).
    static let beijingPassAfterPhysicalCard = LocalizedText(
        english: "before the physical card exists the electronic card carries only the work permit information: "
            + "the BEIJING PASS services follow once the physical card has been received",
        german: "bevor die physische Karte existiert, trägt die elektronische Karte nur die Informationen zur "
            + "Arbeitserlaubnis: die BEIJING-PASS-Dienste folgen nach Erhalt der physischen Karte",
        chinese: "实体社保卡制发前，电子社保卡仅载有工作许可信息：领取实体社保卡后方可使用“一卡通”服务")

    /// The bank function, which the electronic card does not give (CM-FUNCTIONS).
    static let bankFunctionAtBank = LocalizedText(
        english: "the bank function is activated on the physical card at the issuing bank",
        german: "die Bankfunktion wird auf der physischen Karte bei der ausgebenden Bank aktiviert",
        chinese: "金融功能须持实体社保卡到发卡银行激活")
}
