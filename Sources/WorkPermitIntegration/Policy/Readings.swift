import CardModel

/// The readings this module chose where WORK-PERMIT-2024 and DOMAIN.md leave room; each is an
/// `Interpretation` a decision or status can show next to its answer.
enum Readings {
    /// WP-NOTIFICATION: how "6 months from issue" is counted, and why the last day is not moved.
    static let notificationMonths = Interpretation(
        rule: .workPermitNotification,
        message: LocalizedText(
            english: "The Notification Letter's months are counted as the Civil Code counts months (Art. 202): "
                + "valid through the same day of the month six months after the issue, or that month's last day "
                + "when it has no such day. That day is the letter's own validity, not a period for acting at an "
                + "office, so CM-PERIOD's move to the next working day does not apply: the letter is no longer "
                + "valid on the day after, even when its last day is a holiday.",
            german: "Die Monate des Mitteilungsschreibens werden wie im Zivilgesetzbuch gezählt (Art. 202): gültig "
                + "bis zum gleichen Monatstag sechs Monate nach der Ausstellung, oder bis zum Monatsletzten, wenn "
                + "es diesen Tag nicht gibt. Dieser Tag ist die Gültigkeit des Schreibens selbst, keine Frist für "
                + "ein Handeln bei einer Behörde, daher gilt die Verschiebung auf den nächsten Arbeitstag "
                + "(CM-PERIOD) nicht: am Tag danach ist das Schreiben nicht mehr gültig, auch wenn sein letzter Tag "
                + "ein Feiertag ist.",
            chinese: "《外国人工作许可通知》的月份按《民法典》第二百零二条计算：有效至签发六个月后的对应日，没有对应日的"
                + "为该月末日。该日是通知本身的有效期，而非到机关办理事项的期限，因此不适用CM-PERIOD顺延至下一个工作日"
                + "的规则：即使最后一日为节假日，次日通知即失效。"))

    /// WP-NOTIFICATION, WP-VISA: what the letter is needed for, and an entry after its expiry.
    static let notificationUse = Interpretation(
        rule: .workPermitNotification,
        message: LocalizedText(
            english: "The Z visa is applied for with a valid Notification Letter (WP-VISA). Until the electronic card "
                + "carries the work permit, the letter is the foreigner's proof of the permit: enrolment and the "
                + "residence permit application with the letter need it valid on that day. An entry after the "
                + "letter expired is recorded, since it happened, and flagged: from then on only the electronic "
                + "card (or the physical permit card) proves the permit.",
            german: "Das Z-Visum wird mit einer gültigen Mitteilung beantragt (WP-VISA). Bis die elektronische Karte "
                + "die Arbeitserlaubnis trägt, ist die Mitteilung der Nachweis der Erlaubnis: Versicherungsanmeldung "
                + "und Antrag auf den Aufenthaltstitel mit der Mitteilung verlangen, dass sie an diesem Tag gültig "
                + "ist. Eine Einreise nach ihrem Ablauf wird erfasst, da sie geschah, und markiert: danach weist nur "
                + "die elektronische Karte (oder die physische Arbeitserlaubnis) die Erlaubnis nach.",
            chinese: "Z字签证须凭有效的《外国人工作许可通知》申请（WP-VISA）。在电子社保卡载有工作许可信息之前，通知是"
                + "工作许可的凭证：凭通知参保和申请居留许可时，通知须在当日有效。通知过期后入境的，照实记录并予以标记："
                + "此后只能凭电子社保卡（或实体工作许可证）证明工作许可。"))

    /// WP-EFFECTIVE: the form of the permit in an onboarding follows the entry date.
    static let onboardingForm = Interpretation(
        rule: .workPermitEffective,
        message: LocalizedText(
            english: "In an onboarding the permit's form follows the entry date: before the effective date the "
                + "procedure of the time issued a physical work permit card after entry; from it no physical card "
                + "is issued and the permit is integrated with the social security card.",
            german: "Bei der Einreise-Abwicklung richtet sich die Form der Erlaubnis nach dem Einreisedatum: vor dem "
                + "Stichtag wurde nach der Einreise eine physische Arbeitserlaubnis ausgestellt; ab dem Stichtag "
                + "keine mehr, die Erlaubnis ist in die Sozialversicherungskarte integriert.",
            chinese: "入职流程中工作许可的形式以入境日期为准：生效日前入境的，按当时程序在入境后领取实体工作许可证；"
                + "生效日起不再发放实体证，工作许可与社保卡融合。"))

    /// WP-ENROL: enrolment happens after entry.
    static let enrolmentAfterEntry = Interpretation(
        rule: .workPermitEnrolment,
        message: LocalizedText(
            english: "Social insurance enrolment is for a foreigner working in China, so it is recorded only after "
                + "entry.",
            german: "Die Anmeldung zur Sozialversicherung gilt einem in China arbeitenden Ausländer und wird daher "
                + "erst nach der Einreise erfasst.",
            chinese: "参加社会保险针对在华工作的外国人，因此仅在入境后登记。"))

    /// WP-RESIDENCE-DEADLINE: a late application is recorded and flagged.
    static let lateResidenceApplication = Interpretation(
        rule: .workPermitResidenceDeadline,
        message: LocalizedText(
            english: "A residence permit application after the deadline is recorded, since it happened, and flagged "
                + "as late; the decision is counted in calendar days from the acceptance date (CM-ACCEPTANCE, "
                + "CM-PERIOD); a permit's validity is counted from the day after the grant.",
            german: "Ein Antrag auf den Aufenthaltstitel nach der Frist wird erfasst, da er gestellt wurde, und als "
                + "verspätet markiert; die Entscheidungsfrist zählt in Kalendertagen ab dem Annahmetag "
                + "(CM-ACCEPTANCE, CM-PERIOD); die Gültigkeit eines Titels zählt ab dem Tag nach der Erteilung.",
            chinese: "逾期提出的居留许可申请照实记录并标记为逾期；审批期限自受理之日起按日历日计算"
                + "（CM-ACCEPTANCE、CM-PERIOD）；居留许可有效期自批准次日起算。"))

    /// WP-ECARD: verification order, and the e-card of a physical permit.
    static let electronicCardSteps = Interpretation(
        rule: .workPermitElectronicCard,
        message: LocalizedText(
            english: "Real-name verification comes before real-person verification. The card can be registered "
                + "any time after entry, with a physical permit too; before 2024-12-01 only with the social "
                + "security number (the permit number is no card credential before the integration). A card for a "
                + "physical permit (not yet integrated, WP-NO-CHANGE) carries no work permit information until the "
                + "permit is integrated, so it gives nothing until the physical card has been received.",
            german: "Die Prüfung des echten Namens kommt vor der Prüfung der echten Person. Die Karte kann jederzeit "
                + "nach der Einreise registriert werden, auch bei einer physischen Erlaubnis; vor dem 1. Dezember 2024 "
                + "nur mit der Sozialversicherungsnummer (die Nummer der Erlaubnis ist vor der Integration kein "
                + "Zugang). Eine Karte für eine physische (noch nicht integrierte, WP-NO-CHANGE) Erlaubnis trägt bis "
                + "zur Integration keine Informationen zur Arbeitserlaubnis und bietet daher nichts, bis die "
                + "physische Karte erhalten ist.",
            chinese: "先实名认证，后实人认证。入境后即可注册电子社保卡，持实体工作许可的亦然；2024年12月1日前只能凭社会保障"
                + "号码注册（融合前工作许可证号不能用于注册）。实体工作许可（尚未融合，WP-NO-CHANGE）的电子社保卡在许可"
                + "融合前不载有工作许可信息，因此领取实体社保卡前不提供任何功能。"))

    /// WP-SERVICES, CM-FORM: what a verified electronic card gives before the physical card.
    static let services = Interpretation(
        rule: .workPermitServices,
        message: LocalizedText(
            english: "Before the physical card exists the electronic card carries only the work permit information "
                + "(CM-FORM): a verified card gives the work permit services; the BEIJING PASS services and the "
                + "social security functions (standard services) follow once the physical card has been received, "
                + "when the electronic card mirrors it.",
            german: "Bevor die physische Karte existiert, trägt die elektronische Karte nur die Informationen zur "
                + "Arbeitserlaubnis (CM-FORM): eine verifizierte Karte bietet die Dienste zur Arbeitserlaubnis; die "
                + "BEIJING-PASS-Dienste und die Funktionen der Sozialversicherung (Standarddienste) folgen nach "
                + "Erhalt der physischen Karte, die die elektronische Karte dann spiegelt.",
            chinese: "实体社保卡制发前，电子社保卡仅载有工作许可信息（CM-FORM）：经认证的电子社保卡可办理工作许可相关服务；"
                + "领取实体社保卡后，电子社保卡与之对应，再提供“一卡通”服务和社会保障功能（标准服务）。"))

    /// WP-ONLINE: onboardings are planned from the online work permit system's start.
    static let onlineSystemStart = Interpretation(
        rule: .workPermitOnline,
        message: LocalizedText(
            english: "Onboardings are planned under the service system for foreigners working in China, in use "
                + "nationwide from 2017-04-01 with its Notification Letter; an entry or a letter before that day came "
                + "under earlier procedures, which are not planned. A physical permit with an entry from 2024-12-01 "
                + "is a permit issued before then (WP-NO-CHANGE): no new letter and Z visa are planned for it.",
            german: "Einreise-Abwicklungen werden nach dem Servicesystem für in China arbeitende Ausländer geplant, "
                + "landesweit ab dem 1. April 2017 mit seiner Mitteilung; eine Einreise oder Mitteilung vor diesem Tag "
                + "fiel unter frühere Verfahren, die nicht geplant werden. Eine physische Erlaubnis bei einer Einreise "
                + "ab dem 1. Dezember 2024 ist eine vorher ausgestellte (WP-NO-CHANGE): für sie werden keine neue "
                + "Mitteilung und kein Z-Visum geplant.",
            chinese: "入职流程按2017年4月1日起在全国启用的外国人来华工作管理服务系统及其《外国人工作许可通知》规划；此前的"
                + "入境或通知适用以前的程序，不予规划。2024年12月1日起入境而持实体工作许可的，视为此前签发的许可"
                + "（WP-NO-CHANGE）：不再为其规划新的通知和Z字签证。"))

    /// WP-NO-CHANGE: a physical permit's first extension or change from the effective date integrates it.
    static let physicalIntegratedOnProcedure = Interpretation(
        rule: .workPermitNoChange,
        message: LocalizedText(
            english: "No change, no renewal: a physical work permit stays valid as it is; its first extension or "
                + "change from 2024-12-01 is handled under the integrated procedure, after which the permit lives on "
                + "the social security card and the physical permit card is retired.",
            german: "Keine Änderung, keine Erneuerung: eine physische Arbeitserlaubnis bleibt gültig, wie sie ist; "
                + "ihre erste Verlängerung oder Änderung ab dem 1. Dezember 2024 erfolgt im integrierten Verfahren, danach "
                + "lebt die Erlaubnis auf der Sozialversicherungskarte und die physische Karte wird abgelöst.",
            chinese: "“不换不补”：实体工作许可证继续有效；2024年12月1日起首次延期或变更时按融合程序办理，此后工作许可载于"
                + "社保卡，实体工作许可证不再使用。"))

    /// Every reading, in DOMAIN.md's order of the rules.
    static let all: [Interpretation] = [
        notificationMonths, notificationUse, onboardingForm, onlineSystemStart, physicalIntegratedOnProcedure,
        enrolmentAfterEntry,
        lateResidenceApplication,
        electronicCardSteps, services,
    ]
}
