public import CardModel

extension WorkPermitVerification {
    /// How the exit-entry administration verifies the permit when the foreigner applies for the residence
    /// permit with `document` (WP-RESIDENCE): through the information system, and with the electronic card also
    /// by checking it or scanning the work permit QR code (the notice's three ways); with a physical permit card
    /// by checking it.
    public static func residencePermitMethods(for document: PermitDocument) -> [WorkPermitVerification] {
        switch document {
        case .notificationLetter: [.informationSystem]
        case .electronicCard: [.informationSystem, .electronicCardCheck, .qrCodeScan]
        case .physicalWorkPermitCard: [.informationSystem, .physicalPermitCardCheck]
        }
    }

    /// How the social insurance agency verifies the permit at enrolment (WP-ENROL): in the service system for
    /// foreigners working in China, whichever document is presented.
    public static let enrolmentMethods: [WorkPermitVerification] = [.serviceSystem]

    /// The rule that names the method: WP-ENROL for the service system, WP-RESIDENCE for the exit-entry
    /// administration's ways, WP-NO-CHANGE for the physical permit card.
    public var rule: RuleID {
        switch self {
        case .serviceSystem: .workPermitEnrolment
        case .informationSystem, .electronicCardCheck, .qrCodeScan: .workPermitResidence
        case .physicalPermitCardCheck: .workPermitNoChange
        }
    }

    /// The method's name in three languages.
    public var name: LocalizedText {
        switch self {
        case .serviceSystem:
            LocalizedText(
                english: "in the service system for foreigners working in China",
                german: "im Servicesystem für die Verwaltung von in China arbeitenden Ausländern",
                chinese: "通过外国人来华工作管理服务系统核验")
        case .informationSystem:
            LocalizedText(
                english: "directly through the information system", german: "direkt über das Informationssystem",
                chinese: "通过信息系统直接核验")
        case .electronicCardCheck:
            LocalizedText(
                english: "by checking the electronic social security card",
                german: "durch Prüfung der elektronischen Sozialversicherungskarte", chinese: "查验电子社保卡")
        case .qrCodeScan:
            LocalizedText(
                english: "by scanning the work permit QR code",
                german: "durch Scannen des QR-Codes der Arbeitserlaubnis",
                chinese: "扫描工作许可二维码")
        case .physicalPermitCardCheck:
            LocalizedText(
                english: "by checking the physical work permit card",
                german: "durch Prüfung der physischen Arbeitserlaubnis",
                chinese: "查验实体工作许可证")
        }
    }
}
