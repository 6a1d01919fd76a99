import CardModel

/// Every message of the module, in English, German and Simplified Chinese, with the facts each violation rests
/// on (never personal data).
enum ExchangeMessages {
    /// Bank codes as a list a person reads: `ICBC, BOC` in English and German, `ICBC、BOC` in Chinese.
    static func list(_ codes: [String]) -> LocalizedText {
        LocalizedText(
            english: codes.joined(separator: ", "), german: codes.joined(separator: ", "),
            chinese: codes.joined(separator: "、"))
    }

    // MARK: Violations of evaluate

    /// EX-PHASE: no exchange open on `date`.
    static func notOpenYet(date: CivilDate, opens: CivilDate) -> Violation {
        Violation(
            rule: .exchangePhase,
            message: LocalizedText(
                english: "No exchange was open on \(date): the exchange opened to the public on \(opens) "
                    + "(centralized phase).",
                german: "Am \(date, in: .german) war noch kein Umtausch möglich: der Umtausch begann für die "
                    + "Allgemeinheit am "
                    + "\(opens, in: .german) (zentralisierte Phase).",
                chinese: "\(date, in: .simplifiedChinese)尚未开放换卡：第三代社保卡换发自\(opens, in: .simplifiedChinese)起（集中换卡阶段）"
                    + "面向公众开放。"),
            facts: [Fact("date", date.description), Fact("exchangeOpens", opens.description)])
    }

    /// EX-CHANNELS: `channel` is closed in `phase`.
    static func channelClosed(
        _ channel: ExchangeChannel, phase: ExchangePhase, date: CivilDate, policy: ExchangePolicy
    ) -> Violation {
        let opens = policy.regularPhaseStart
        return Violation(
            rule: .exchangeChannels,
            message: LocalizedText(
                english: "Offline channels such as \(channel.name.english) open only in the regular phase, from "
                    + "\(opens); on \(date) (\(phase.name.english)) apply online.",
                german: "Offline-Kanäle wie \(channel.name.german) sind erst in der regulären Phase ab "
                    + "dem \(opens, in: .german) "
                    + "geöffnet; am \(date, in: .german) (\(phase.name.german)) bitte online beantragen.",
                chinese: "\(channel.name.chinese)等线下渠道自\(opens, in: .simplifiedChinese)起的常态化换卡阶段才开放；"
                    + "\(date, in: .simplifiedChinese)处于\(phase.name.chinese)，请通过线上渠道申请。"),
            facts: [
                Fact("date", date.description), Fact("phase", phase.rawValue), Fact("channel", channel.rawValue),
                Fact("offlineChannelsOpen", opens.description),
            ])
    }

    /// EX-ELIGIBLE: a third-generation holder.
    static let alreadyThirdGeneration = Violation(
        rule: .exchangeEligible,
        message: LocalizedText(
            english: "The holder already has a third-generation card: there is nothing to exchange.",
            german: "Die Person hat bereits eine Karte der dritten Generation: es gibt nichts umzutauschen.",
            chinese: "持卡人已持有第三代社保卡，无需换卡。"),
        facts: [Fact("currentCard", "3")])

    /// EX-ELIGIBLE: no card at all.
    static let noCardToExchange = Violation(
        rule: .exchangeEligible,
        message: LocalizedText(
            english: "The person has no social security card to exchange: make a first application instead.",
            german: "Die Person hat keine Sozialversicherungskarte zum Umtauschen: stattdessen eine Erstbeantragung "
                + "stellen.",
            chinese: "申请人没有可换的社保卡，请改为首次申领。"),
        facts: [Fact("currentCard", "none")])

    /// EX-PARTNER-BANKS: `code` is not a partner bank.
    static func notAPartnerBank(_ code: String, count: Int) -> Violation {
        Violation(
            rule: .exchangePartnerBanks,
            message: LocalizedText(
                english: "\(code) is not a partner bank of the exchange; choose one of the \(count) partner banks.",
                german: "\(code) ist keine Partnerbank des Umtauschs; bitte eine der \(count) Partnerbanken wählen.",
                chinese: "\(code)不是换卡合作银行，请从\(count)家合作银行中选择。"),
            facts: [Fact("bank", code)])
    }

    /// EX-EMPLOYER-BANKS: an online application under company pickup outside the employer's selection.
    static func outsideEmployerSelection(_ code: String, _ codes: [String]) -> Violation {
        let selection = Self.list(codes)
        return Violation(
            rule: .exchangeEmployerBanks,
            message: LocalizedText(
                english: "The employer has collective application with company pickup, so an online application "
                    + "chooses one of the banks the employer selected (\(selection.english)); \(code) is not one of them. "
                    + "An offline application is not restricted.",
                german: "Der Arbeitgeber hat die kollektive Beantragung mit Firmenabholung aktiviert; ein "
                    + "Online-Antrag wählt daher eine der vom Arbeitgeber ausgewählten Banken (\(selection.german)), "
                    + "\(code) gehört nicht dazu. Ein Offline-Antrag ist nicht beschränkt.",
                chinese: "单位已开通集体申领并由单位代领，线上申请只能选择单位选定的银行（\(selection.chinese)），"
                    + "\(code)不在其中。线下申请不受此限制。"),
            facts: [Fact("bank", code), Fact("employerBanks", codes.joined(separator: ","))])
    }

    /// EX-EMPLOYER-BANKS: more banks selected than allowed.
    static func tooManyEmployerBanks(_ count: Int, maximum: Int) -> Violation {
        Violation(
            rule: .exchangeEmployerBanks,
            message: LocalizedText(
                english: "The employer selected \(count) banks; an employer selects at most \(maximum).",
                german: "Der Arbeitgeber hat \(count) Banken ausgewählt; zulässig sind höchstens \(maximum).",
                chinese: "单位选定了\(count)家银行，单位最多可选\(maximum)家合作银行。"),
            facts: [Fact("employerBankCount", String(count)), Fact("maximum", String(maximum))])
    }

    /// EX-EMPLOYER-BANKS: the selection holds banks that are not partner banks.
    static func selectionHasNonPartners(_ codes: [String]) -> Violation {
        let list = Self.list(codes)
        return Violation(
            rule: .exchangeEmployerBanks,
            message: LocalizedText(
                english: "The employer's selection includes banks that are not partner banks: \(list.english).",
                german: "Die Auswahl des Arbeitgebers enthält Banken, die keine Partnerbanken sind: \(list.german).",
                chinese: "单位选定的银行中有非合作银行：\(list.chinese)。"),
            facts: [Fact("nonPartnerBanks", codes.joined(separator: ","))])
    }

    /// EX-MINOR: a minor applying without a guardian.
    static let minorWithoutGuardian = Violation(
        rule: .exchangeMinor,
        message: LocalizedText(
            english: "The holder is under 18: a guardian applies on the holder's behalf.",
            german: "Die Person ist unter 18 Jahre alt: den Antrag stellt ein Erziehungsberechtigter für sie.",
            chinese: "持卡人未满18周岁，须由监护人代为申请。"),
        facts: [Fact("minor", "true"), Fact("appliedByGuardian", "false")])

    /// EX-MINOR: the application's minority flag contradicts the holder's birth date on `date`. The birth date
    /// itself is personal data and appears neither in the message nor in the facts.
    static func minorityContradicted(declaredMinor: Bool, on date: CivilDate, source: Minority.Source) -> Violation {
        let english: String
        let german: String
        let chinese: String
        switch source {
        case .identityDocument:
            english = "the holder's identity document"
            german = "dem Ausweisdokument der Person"
            chinese = "持卡人身份证件所载出生日期"
        case .application:
            english = "the holder's birth date"
            german = "dem Geburtsdatum der Person"
            chinese = "持卡人出生日期"
        }
        let message =
            declaredMinor
            ? LocalizedText(
                english: "The application says the holder is under 18, but by \(english) the holder is 18 or older "
                    + "on \(date): an adult applies and collects the card in person.",
                german: "Laut Antrag ist die Person unter 18 Jahre alt, nach \(german) ist sie am \(date, in: .german) "
                    + "aber "
                    + "volljährig: eine volljährige Person beantragt und erhält die Karte selbst.",
                chinese: "申请称持卡人未满18周岁，但依\(chinese)，持卡人于\(date, in: .simplifiedChinese)已满18周岁，应由本人申请并领卡。")
            : LocalizedText(
                english: "The application says the holder is not under 18, but by \(english) the holder is under 18 "
                    + "on \(date): a guardian applies and only the guardian collects the card.",
                german: "Laut Antrag ist die Person nicht minderjährig, nach \(german) ist sie am \(date, in: .german) "
                    + "aber unter "
                    + "18 Jahre alt: den Antrag stellt ein Erziehungsberechtigter, und nur er erhält die Karte.",
                chinese: "申请称持卡人已满18周岁，但依\(chinese)，持卡人于\(date, in: .simplifiedChinese)未满18周岁，须由监护人代为申请并由监护人领卡。")
        return Violation(
            rule: .exchangeMinor, message: message,
            facts: [
                Fact("date", date.description), Fact("declaredMinor", String(declaredMinor)),
                Fact("minorByBirthDate", String(!declaredMinor)), Fact("birthDateFrom", source.rawValue),
            ])
    }

    /// EX-MINOR: the guardian's identity document says the guardian is under 18 on `date`.
    static func guardianIsMinor(on date: CivilDate) -> Violation {
        Violation(
            rule: .exchangeMinor,
            message: LocalizedText(
                english: "By the guardian's identity document the guardian is under 18 on \(date): a guardian who "
                    + "applies and collects a minor's card is an adult.",
                german: "Nach dem Ausweisdokument des Erziehungsberechtigten ist dieser am \(date, in: .german) unter "
                    + "18 Jahre alt: "
                    + "wer für eine minderjährige Person beantragt und die Karte erhält, muss volljährig sein.",
                chinese: "依监护人身份证件，监护人于\(date, in: .simplifiedChinese)未满18周岁；代未成年人申请并领卡的监护人须已成年。"),
            facts: [Fact("date", date.description), Fact("guardianMinor", "true")])
    }

    /// EX-MINOR: a minor's card to be collected by the employer.
    static let minorCardToEmployer = Violation(
        rule: .exchangeMinor,
        message: LocalizedText(
            english: "The holder is under 18: only the guardian collects the card, so the employer cannot pick it up.",
            german: "Die Person ist unter 18 Jahre alt: nur der Erziehungsberechtigte holt die Karte ab, eine "
                + "Firmenabholung ist nicht möglich.",
            chinese: "持卡人未满18周岁，只能由监护人领卡，不能由单位代领。"),
        facts: [Fact("minor", "true"), Fact("receipt", ExchangeReceiptMethod.employer.rawValue)])

    /// EX-RECEIPT: instant issuance away from a bank outlet.
    static let instantIssuanceNeedsBankOutlet = Violation(
        rule: .exchangeReceipt,
        message: LocalizedText(
            english: "Instant issuance is only possible when applying at an instant-issuance branch of a partner bank.",
            german: "Sofortausgabe ist nur bei Antragstellung in einer Filiale einer Partnerbank mit Sofortausgabe "
                + "möglich.",
            chinese: "即时制卡仅限在具备即时制卡功能的合作银行网点现场申请。"),
        facts: [Fact("receipt", ExchangeReceiptMethod.instantIssuance.rawValue)])

    /// EX-RECEIPT: receipt through the employer without company pickup.
    static let employerReceiptNeedsCompanyPickup = Violation(
        rule: .exchangeReceipt,
        message: LocalizedText(
            english: "Receipt through the employer needs the employer's collective application with company pickup.",
            german: "Die Übergabe über den Arbeitgeber setzt eine kollektive Beantragung mit Firmenabholung voraus.",
            chinese: "单位代领须单位已开通集体申领并选择单位代领。"),
        facts: [Fact("receipt", ExchangeReceiptMethod.employer.rawValue)])

    // MARK: Notes ("our reading")

    /// EX-EMPLOYER-BANKS: the offline exception.
    static func offlineExceptionNote(_ code: String, _ codes: [String]) -> Interpretation {
        let selection = Self.list(codes)
        return Interpretation(
            rule: .exchangeEmployerBanks,
            message: LocalizedText(
                english: "Our reading: the notice limits the bank choice under company pickup for online "
                    + "applications only, so this offline application may choose \(code) although the employer "
                    + "selected \(selection.english).",
                german: "Unsere Lesart: die Mitteilung beschränkt die Bankwahl bei Firmenabholung nur für "
                    + "Online-Anträge; dieser Offline-Antrag darf daher \(code) wählen, obwohl der Arbeitgeber "
                    + "\(selection.german) ausgewählt hat.",
                chinese: "我们的理解：通知仅对线上申请限制单位代领时的银行选择，因此本次线下申请可以选择\(code)，"
                    + "尽管单位选定的是\(selection.chinese)。"))
    }

    /// EX-PHASE: the centralized phase's batches are not checked.
    static let centralizedBatchesNote = Interpretation(
        rule: .exchangePhase,
        message: LocalizedText(
            english: "Our reading: in the centralized phase the exchange ran in batches by district and group; "
                + "this decision does not check the applicant's batch.",
            german: "Unsere Lesart: in der zentralisierten Phase lief der Umtausch schrittweise nach Bezirken "
                + "und Gruppen; diese Entscheidung prüft nicht, wann die Person an der Reihe war.",
            chinese: "我们的理解：集中换卡阶段按区和群体分批进行，本决定不核验申请人所属批次。"))

    /// EX-PRODUCTION: service points get the same production time.
    static func servicePointProductionNote(_ days: Int) -> Interpretation {
        Interpretation(
            rule: .exchangeProduction,
            message: LocalizedText(
                english: "Our reading: the announcement gives \(days) working days for online and bank-branch "
                    + "applications; an application at a service point is given the same time.",
                german: "Unsere Lesart: die Bekanntmachung nennt \(days) Arbeitstage für Online- und "
                    + "Bankfilialanträge; für einen Antrag bei einer Servicestelle gilt dieselbe Frist.",
                chinese: "我们的理解：公告规定线上及银行网点申请\(days)个工作日内制卡，服务网点申请按相同时限处理。"))
    }

    // MARK: Policy and arrangement errors

    static let policyPhasesOutOfOrder = LocalizedText(
        english: "The regular phase cannot start before the centralized phase.",
        german: "Die reguläre Phase kann nicht vor der zentralisierten Phase beginnen.",
        chinese: "常态化换卡阶段不能早于集中换卡阶段开始。")

    static let policyNoBanks = LocalizedText(
        english: "A policy needs at least one partner bank.",
        german: "Eine Regelung braucht mindestens eine Partnerbank.",
        chinese: "政策至少需要一家合作银行。")

    static let policyInvalidBankCode = LocalizedText(
        english: "A bank code is 1 to 16 upper-case letters and digits, such as ICBC.",
        german: "Ein Bankcode besteht aus 1 bis 16 Großbuchstaben und Ziffern, etwa ICBC.",
        chinese: "银行代码由1至16个大写字母和数字组成，例如ICBC。")

    static func policyDuplicateBank(_ code: String) -> LocalizedText {
        LocalizedText(
            english: "The partner bank \(code) is listed twice.",
            german: "Die Partnerbank \(code) ist doppelt aufgeführt.",
            chinese: "合作银行\(code)重复列出。")
    }

    static let policyEmployerBankLimit = LocalizedText(
        english: "An employer must be allowed to select at least one bank.",
        german: "Ein Arbeitgeber muss mindestens eine Bank auswählen dürfen.",
        chinese: "单位至少应可选择一家银行。")

    static var policyProductionTime: LocalizedText {
        let range = ExchangePolicy.productionTimeRange
        return LocalizedText(
            english: "Production times are \(range.lowerBound) to \(range.upperBound) days.",
            german: "Herstellungsfristen betragen \(range.lowerBound) bis \(range.upperBound) Tage.",
            chinese: "制卡时限须在\(range.lowerBound)至\(range.upperBound)天之间。")
    }

    static let policyNegativeFee = LocalizedText(
        english: "The postage fee cannot be negative.",
        german: "Die Portogebühr kann nicht negativ sein.",
        chinese: "邮寄费用不能为负数。")

    static let arrangementPickupWithoutCollective = LocalizedText(
        english: "Company pickup is part of collective application: enable collective application first.",
        german: "Die Firmenabholung gehört zur kollektiven Beantragung: zuerst die kollektive Beantragung aktivieren.",
        chinese: "单位代领属于集体申领，须先开通集体申领。")

    /// EX-EMPLOYER-BANKS: collective application without a bank; `maximum` is the limit of the policy checked
    /// against, or `nil` when none is (the shape alone).
    static func arrangementNoBanks(maximum: Int?) -> LocalizedText {
        switch maximum {
        case .some(1):
            LocalizedText(
                english: "With collective application the employer selects one partner bank; none is selected.",
                german: "Bei kollektiver Beantragung wählt der Arbeitgeber eine Partnerbank aus; keine ist ausgewählt.",
                chinese: "开通集体申领的单位须选定1家合作银行，目前未选定任何银行。")
        case .some(let maximum):
            LocalizedText(
                english: "With collective application the employer selects 1 to \(maximum) partner banks; none is "
                    + "selected.",
                german: "Bei kollektiver Beantragung wählt der Arbeitgeber 1 bis \(maximum) Partnerbanken aus; keine "
                    + "ist ausgewählt.",
                chinese: "开通集体申领的单位须选定1至\(maximum)家合作银行，目前未选定任何银行。")
        case .none:
            LocalizedText(
                english: "With collective application the employer selects at least one partner bank; none is "
                    + "selected.",
                german: "Bei kollektiver Beantragung wählt der Arbeitgeber mindestens eine Partnerbank aus; keine ist "
                    + "ausgewählt.",
                chinese: "开通集体申领的单位须至少选定一家合作银行，目前未选定任何银行。")
        }
    }

    static let arrangementBanksWithoutCollective = LocalizedText(
        english: "An employer selects banks only with collective application; without it employees choose freely.",
        german: "Ein Arbeitgeber wählt Banken nur bei kollektiver Beantragung aus; ohne sie wählen die "
            + "Beschäftigten frei.",
        chinese: "单位仅在开通集体申领时选定银行；未开通时由职工自主选择。")

    static func arrangementDuplicateBank(_ code: String) -> LocalizedText {
        LocalizedText(
            english: "The employer selected \(code) twice.",
            german: "Der Arbeitgeber hat \(code) doppelt ausgewählt.",
            chinese: "单位重复选定了\(code)。")
    }

    static func arrangementNotAPartnerBank(_ code: String) -> LocalizedText {
        LocalizedText(
            english: "The employer selected \(code), which is not a partner bank.",
            german: "Der Arbeitgeber hat \(code) ausgewählt, das keine Partnerbank ist.",
            chinese: "单位选定的\(code)不是合作银行。")
    }
}
