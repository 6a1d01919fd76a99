public import CardModel

/// One step of a replacement, in the order the holder takes them (RP-CHANNELS and the rules each step names).
public enum ReplacementStep: Sendable, Hashable, CustomStringConvertible {
    /// Report the card lost: a temporary report blocks it and lapses after the given days; the formal report is
    /// made with the application and cannot be undone (RP-LOSS-REPORT).
    case reportLoss(temporaryReportLapseDays: Int)
    /// Download the bureau's official app by scanning the QR code on its website (RP-CHANNELS).
    case installOfficialApp
    /// Follow the bureau's WeChat official account (RP-CHANNELS).
    case followWeChatAccount
    /// Log in on the bureau's website with the option for the insured category (RP-LOGIN).
    case logInOnWebsite(WebsiteLogin)
    /// Open the channel's menu path to "Social Security Card Replacement or Card Application" (RP-LOGIN,
    /// RP-CHANNELS).
    case openMenu(ReplacementChannel)
    /// Log in to the app or the WeChat official account (RP-CHANNELS).
    case logIn(ReplacementChannel)
    /// Go to any social security office in Beijing on a working day with the documents (RP-ONSITE-DAYS,
    /// RP-DOCUMENTS).
    case goToOffice(ActingParty)
    /// Hand in the damaged card (RP-DOCUMENTS).
    case handInDamagedCard
    /// Fill in the application (RP-CHANNELS).
    case fillInApplication(ReplacementChannel)
    /// Pay the production fee (RP-FEE).
    case payFee(Money)
    /// Look up and save the electronic certificate on the personal information page (RP-CERTIFICATE).
    case saveCertificate
    /// Collect the new card at a social security office from the ready date, against the holder's original
    /// identity document and, when `by` is an agent, the agent's own (RP-READY, RP-RECEIPT).
    case collect(from: CivilDate?, by: ActingParty)
    /// Receive the new card by express delivery, sent once ready, against the holder's original identity document
    /// and, when `by` is an agent, the agent's own (RP-READY, RP-RECEIPT).
    case receiveByExpress(from: CivilDate?, by: ActingParty)
    /// Activate the new card, which supersedes the old one for good (RP-SUPERSEDE).
    case activateNewCard(ReplacementReason)

    /// A stable code for scripts, such as `payFee`.
    public var code: String {
        switch self {
        case .reportLoss: "reportLoss"
        case .installOfficialApp: "installOfficialApp"
        case .followWeChatAccount: "followWeChatAccount"
        case .logInOnWebsite: "logInOnWebsite"
        case .openMenu: "openMenu"
        case .logIn: "logIn"
        case .goToOffice: "goToOffice"
        case .handInDamagedCard: "handInDamagedCard"
        case .fillInApplication: "fillInApplication"
        case .payFee: "payFee"
        case .saveCertificate: "saveCertificate"
        case .collect: "collect"
        case .receiveByExpress: "receiveByExpress"
        case .activateNewCard: "activateNewCard"
        }
    }

    /// The rule the step follows.
    public var rule: RuleID {
        switch self {
        case .reportLoss: .replacementLossReport
        case .installOfficialApp, .followWeChatAccount, .logIn, .fillInApplication: .replacementChannels
        case .logInOnWebsite: .replacementLogin
        case .openMenu(let channel): channel == .website ? .replacementLogin : .replacementChannels
        case .goToOffice: .replacementOnsiteDays
        case .handInDamagedCard: .replacementDocuments
        case .payFee: .replacementFee
        case .saveCertificate: .replacementCertificate
        case .collect, .receiveByExpress: .replacementReceipt
        case .activateNewCard: .replacementSupersede
        }
    }

    /// `code: English text`.
    public var description: String { "\(self.code): \(self.text.english)" }

    /// The step in three languages.
    public var text: LocalizedText {
        switch self {
        case .reportLoss(let days):
            return LocalizedText(
                english: "Report the card lost: a temporary report (by phone, online, at a service point or with the "
                    + "bank) blocks it at once and lapses by itself after \(days) days; the formal report is made "
                    + "with the replacement application and cannot be undone",
                german: "Die Karte als verloren melden: eine vorläufige Verlustmeldung (telefonisch, online, an "
                    + "einer Servicestelle oder bei der Bank) sperrt sie sofort und erlischt nach \(days) Tagen "
                    + "von selbst; die förmliche Verlustmeldung erfolgt mit dem Ersatzantrag und ist unwiderruflich",
                chinese: "办理挂失：临时挂失（电话、网上、服务网点或银行）立即冻结社保卡，\(days)天后自动失效；"
                    + "正式挂失随补卡申请一并办理，不可撤销")
        case .installOfficialApp:
            return LocalizedText(
                english: "Scan the QR code on the bureau's website to download its official app",
                german: "Den QR-Code auf der Website des Amtes scannen und die offizielle App herunterladen",
                chinese: "登录市人力社保局官方网站，扫描二维码下载“北京人社”官方APP")
        case .followWeChatAccount:
            return LocalizedText(
                english: "Follow the WeChat official account of the Beijing Municipal Human Resources and Social "
                    + "Security Bureau",
                german: "Dem offiziellen WeChat-Konto des Pekinger Amtes für Personal und soziale Sicherheit folgen",
                chinese: "关注“北京人社”微信公众号")
        case .logInOnWebsite(let login):
            return LocalizedText(
                english: "Log in on the bureau's website as \"\(login.label.english)\"",
                german: "Auf der Website des Amtes als „\(login.label.german)“ anmelden",
                chinese: "登录市人力社保局官方网站，选择“\(login.label.chinese)”登录")
        case .openMenu(let channel):
            let path = MenuText.path(for: channel)
            let english = path.map { "\"\($0.english)\"" }.joined(separator: " > ")
            let german = path.map { "„\($0.german)“" }.joined(separator: " > ")
            let chinese = path.map { "“\($0.chinese)”" }.joined(separator: " > ")
            switch channel {
            case .website:
                return LocalizedText(
                    english: "On the personal information page, open \(english)",
                    german: "Auf der Seite mit den persönlichen Informationen \(german) öffnen",
                    chinese: "进入个人信息页面，点击\(chinese)")
            case .officialApp, .wechatOfficialAccount, .onSite:
                return LocalizedText(
                    english: "Select \(english)", german: "\(german) wählen", chinese: "选择\(chinese)")
            }
        case .logIn(let channel):
            return LocalizedText(
                english: "Log in to \(channel.name.english)", german: "In \(channel.name.german) anmelden",
                chinese: "登录\(channel.name.chinese)")
        case .goToOffice(let party):
            switch party {
            case .holder:
                return LocalizedText(
                    english: "Go to any social security office in Beijing on a working day with the holder's "
                        + "original valid identity document",
                    german: "An einem Arbeitstag mit dem gültigen Original-Ausweis des Karteninhabers zu einer "
                        + "beliebigen Sozialversicherungsstelle in Peking gehen",
                    chinese: "工作日携带本人有效身份证件原件到本市任一社保经办机构办理")
            case .agent:
                return LocalizedText(
                    english: "The agent goes to any social security office in Beijing on a working day with the "
                        + "holder's and the agent's own original valid identity documents",
                    german: "Der Bevollmächtigte geht an einem Arbeitstag mit den gültigen Original-Ausweisen des "
                        + "Karteninhabers und seinem eigenen zu einer beliebigen Sozialversicherungsstelle in Peking",
                    chinese: "代办人于工作日携带持卡人及代办人本人的有效身份证件原件到本市任一社保经办机构办理")
            }
        case .handInDamagedCard:
            return LocalizedText(
                english: "Hand in the damaged card", german: "Die beschädigte Karte abgeben", chinese: "交回损坏的社保卡")
        case .fillInApplication(let channel):
            if channel.isOnline {
                return LocalizedText(
                    english: "Fill in the application following the prompts",
                    german: "Den Antrag nach den Hinweisen ausfüllen", chinese: "按提示填写相关信息")
            }
            return LocalizedText(
                english: "Apply for the replacement at the counter", german: "Den Ersatz am Schalter beantragen",
                chinese: "在窗口申请补换卡")
        case .payFee(let fee):
            return LocalizedText(
                english: "Pay the production fee of \(fee)",
                german: "Die Herstellungsgebühr von \(fee, in: .german) zahlen",
                chinese: "缴纳工本费\(fee, in: .simplifiedChinese)")
        case .saveCertificate:
            return LocalizedText(
                english: "Look up and save the electronic \"Certificate of New Issuance or Replacement (Renewal) of "
                    + "Social Security Card\" on the personal information page",
                german: "Auf der Seite mit den persönlichen Informationen die elektronische „Bescheinigung über "
                    + "Neuausstellung oder Ersatz (Erneuerung) der Sozialversicherungskarte“ abrufen und speichern",
                chinese: "在个人信息页面查询并保存电子版《社会保障卡新办或补换（换领）凭证》")
        case .collect(let date, let party):
            let from = Self.fromReadyDate(date)
            let agent = Self.agentAlso(party)
            return LocalizedText(
                english: "Collect the new card\(from.english) at a social security office, showing the holder's "
                    + "original valid identity document\(agent.english)",
                german: "Die neue Karte\(from.german) in einer Sozialversicherungsstelle abholen und dabei den "
                    + "gültigen Original-Ausweis des Karteninhabers vorzeigen\(agent.german)",
                chinese: "\(from.chinese)到社保经办机构领取新卡，出示持卡人本人有效身份证件原件\(agent.chinese)")
        case .receiveByExpress(let date, let party):
            let from = Self.fromReadyDate(date)
            let agent = Self.agentAlso(party)
            return LocalizedText(
                english: "The new card is sent by express delivery\(from.english) (postage time is not counted); on "
                    + "receipt show the holder's original valid identity document\(agent.english)",
                german: "Die neue Karte wird\(from.german) per Express versandt (die Postlaufzeit zählt nicht mit); "
                    + "bei Empfang den gültigen Original-Ausweis des Karteninhabers vorzeigen\(agent.german)",
                chinese: "新卡\(from.chinese)以快递寄出（邮寄时间不计算在内）；收件时出示持卡人本人有效身份证件原件"
                    + agent.chinese)
        case .activateNewCard(let reason):
            return LocalizedText(
                english: "Activate the new card before using it for medical care; this supersedes the "
                    + "\(reason.name.english) card for good"
                    + (reason == .lost ? " (a lost card that turns up stays unusable)" : ""),
                german: "Die neue Karte vor der Nutzung beim Arzt aktivieren; damit ist die "
                    + (reason == .lost ? "verlorene" : "beschädigte") + " Karte endgültig ersetzt"
                    + (reason == .lost ? " (eine wiedergefundene Karte bleibt unbrauchbar)" : ""),
                chinese: "就医前激活新卡；激活后原\(reason.name.chinese)的社保卡永久作废"
                    + (reason == .lost ? "（找回的旧卡也不能再使用）" : ""))
        }
    }

    /// For an agent, "and the agent's own as well" in each language's sentence; nothing for the holder (RP-RECEIPT).
    private static func agentAlso(_ party: ActingParty) -> LocalizedText {
        switch party {
        case .holder:
            LocalizedText(english: "", german: "", chinese: "")
        case .agent:
            LocalizedText(
                english: " and the agent's own", german: ", der Bevollmächtigte zusätzlich seinen eigenen",
                chinese: "，代办人另需出示本人有效身份证件原件")
        }
    }

    /// "From the ready date" (or "once it is ready" when the date is not known), shaped to fit each language's
    /// sentence: ` from 2026-10-12`, ` ab 2026-10-12`, `自2026-10-12起` (RP-READY).
    private static func fromReadyDate(_ date: CivilDate?) -> LocalizedText {
        guard let date else {
            return LocalizedText(english: " once it is ready", german: ", sobald sie fertig ist,", chinese: "制卡完成后")
        }
        return LocalizedText(
            english: " from \(date)", german: " ab \(date, in: .german)", chinese: "自\(date, in: .simplifiedChinese)起")
    }
}
