import CardModel

// The messages of issue 12: service points on rest days, a missing calendar year (warnings, not refusals),
// incoherent combinations, and what an approved exchange tells the holder.
extension ExchangeMessages {
    // MARK: EX-SERVICE-POINT-DAYS

    /// EX-SERVICE-POINT-DAYS: a service point on a rest day; `next` is the next working day, where known.
    static func servicePointClosed(_ channel: ExchangeChannel, date: CivilDate, next: CivilDate?) -> Violation {
        let nextEnglish = next.map { " (the next is \($0))" } ?? ""
        let nextGerman = next.map { " (der nächste ist der \($0, in: .german))" } ?? ""
        let nextChinese = next.map { "（下一个工作日为\($0, in: .simplifiedChinese)）" } ?? ""
        var facts = [Fact("date", date.description), Fact("channel", channel.rawValue), Fact("workingDay", "false")]
        if let next { facts.append(Fact("nextWorkingDay", next.description)) }
        return Violation(
            rule: .exchangeServicePointDays,
            message: LocalizedText(
                english: "\(date) is not a working day: \(channel.name.english) accepts exchanges on working days "
                    + "only. Apply there on a working day\(nextEnglish), online on any day, or at a partner bank's "
                    + "outlet.",
                german: "Der \(date, in: .german) ist kein Arbeitstag: \(channel.name.german) nimmt Umtauschanträge "
                    + "nur an "
                    + "Arbeitstagen an. Dort an einem Arbeitstag beantragen\(nextGerman), online an jedem Tag oder "
                    + "bei einer Servicestelle einer Partnerbank.",
                chinese: "\(date, in: .simplifiedChinese)不是工作日：\(channel.name.chinese)仅在工作日受理换卡。"
                    + "请在工作日前往办理\(nextChinese)，"
                    + "或随时通过线上渠道申请，或前往合作银行服务网点。"),
            facts: facts)
    }

    /// CM-WORKDAY (a warning): whether a service point is open on `date` is unknown, its year has no data.
    static func servicePointDayUnknown(_ channel: ExchangeChannel, date: CivilDate, year: Int) -> Violation {
        Violation(
            rule: .workday,
            message: LocalizedText(
                english: "No official working-day data for \(year): whether \(date) is a working day, on which "
                    + "\(channel.name.english) accepts exchanges (EX-SERVICE-POINT-DAYS), is unknown; add the State "
                    + "Council's schedule for \(year).",
                german: "Keine amtlichen Arbeitstagsdaten für \(year): ob der \(date, in: .german) ein Arbeitstag ist, "
                    + "an dem "
                    + "\(channel.name.german) Umtauschanträge annimmt (EX-SERVICE-POINT-DAYS), ist unbekannt; den "
                    + "Feiertagsplan des Staatsrats für \(year) hinzufügen.",
                chinese: "缺少\(year)年的官方工作日数据：无法确定\(date, in: .simplifiedChinese)是否为工作日（\(channel.name.chinese)仅在工作日"
                    + "受理换卡，EX-SERVICE-POINT-DAYS）；请加入国务院\(year)年节假日安排。"),
            facts: [Fact("date", date.description), Fact("channel", channel.rawValue), Fact("year", String(year))])
    }

    /// EX-SERVICE-POINT-DAYS: a bank outlet on a rest day is not refused (our reading).
    static func bankOutletRestDayNote(date: CivilDate) -> Interpretation {
        // One literal a language, not a chain of `+`: an approved decision on a rest day builds it every time.
        Interpretation(
            rule: .exchangeServicePointDays,
            message: LocalizedText(
                english: """
                    Our reading: \(date) is not a working day, but a partner bank's branch may open at weekends, so \
                    an application at a bank outlet is not refused; check the branch's opening hours. The \
                    production time runs from the next working day (CM-ACCEPTANCE).
                    """,
                german: """
                    Unsere Lesart: der \(date, in: .german) ist kein Arbeitstag, aber Filialen der Partnerbanken \
                    können auch am Wochenende öffnen; ein Antrag in einer Bankfiliale wird daher nicht abgelehnt. \
                    Bitte die Öffnungszeiten der Filiale prüfen. Die Herstellungsfrist läuft ab dem nächsten \
                    Arbeitstag (CM-ACCEPTANCE).
                    """,
                chinese: """
                    我们的理解：\(date, in: .simplifiedChinese)不是工作日，但合作银行网点周末也可能营业，因此在银行网点申请\
                    不予拒绝；请先确认网点营业时间。制卡时限自下一个工作日起计算（CM-ACCEPTANCE）。
                    """))
    }

    // MARK: CM-WORKDAY: a missing calendar year is a warning

    /// CM-WORKDAY (a warning): the ready date needs a year the calendar has no data for.
    static func readyDateUnknown(year: Int) -> Violation {
        Violation(
            rule: .workday,
            message: LocalizedText(
                english: "No official working-day data for \(year): the date by which the card is made is unknown "
                    + "until the State Council's schedule for \(year) is added to the calendar.",
                german: "Keine amtlichen Arbeitstagsdaten für \(year): das Fertigstellungsdatum der Karte bleibt "
                    + "unbekannt, bis der Feiertagsplan des Staatsrats für \(year) im Kalender ist.",
                chinese: "缺少\(year)年的官方工作日数据：在日历加入国务院\(year)年节假日安排之前，制卡完成日期无法确定。"),
            facts: [Fact("year", String(year))])
    }

    /// CM-PROVISIONAL (a warning): the decision counted working days of `year` provisionally by
    /// law; `readyDate` is the ready date where it falls in that year (its fact keeps the name `readyBy`).
    static func provisional(year: Int, readyDate: CivilDate?) -> Violation {
        let english = readyDate.map { " (the card is made by \($0))" } ?? ""
        let german = readyDate.map { " (die Karte ist bis \($0, in: .german) fertig)" } ?? ""
        let chinese = readyDate.map { "（\($0, in: .simplifiedChinese)前制成）" } ?? ""
        var facts = [Fact("year", String(year)), Fact("provisional", "true")]
        if let readyDate { facts.append(Fact("readyBy", readyDate.description)) }
        return Violation(
            rule: .provisional,
            message: LocalizedText(
                english: "Provisional (CM-PROVISIONAL): the State Council's notice for \(year) is not published yet, "
                    + "so the working days of \(year) in this decision\(english) are counted by law only: weekends "
                    + "and statutory holidays are rest days. The notice may change them.",
                german: "Vorläufig (CM-PROVISIONAL): die Bekanntmachung des Staatsrats für \(year) ist noch nicht "
                    + "erschienen; die Arbeitstage von \(year) in dieser Entscheidung\(german) sind nur nach dem "
                    + "Gesetz gezählt: Wochenenden und gesetzliche Feiertage sind Ruhetage. Die Bekanntmachung kann "
                    + "sie ändern.",
                chinese: "临时结果（CM-PROVISIONAL）：国务院\(year)年放假安排通知尚未发布，本决定中\(year)年的工作日"
                    + "\(chinese)仅按法律计算：周末和法定节假日为休息日。正式通知可能有所调整。"),
            facts: facts)
    }

    // MARK: Incoherent combinations

    /// EX-MINOR: a guardian applies for a holder who is not a minor.
    static let guardianForAdult = Violation(
        rule: .exchangeMinor,
        message: LocalizedText(
            english: "A guardian applies only for a holder under 18; the holder is not under 18, so they apply and "
                + "collect the card in person.",
            german: "Ein Erziehungsberechtigter beantragt nur für eine Person unter 18 Jahren; die Person ist nicht "
                + "minderjährig und beantragt und erhält die Karte daher selbst.",
            chinese: "监护人仅为未满18周岁的持卡人代为申请；持卡人并非未成年人，应由本人申请并领卡。"),
        facts: [Fact("minor", "false"), Fact("appliedByGuardian", "true")])

    /// EX-RECEIPT: company pickup of a card from a bank outside the employer's selection (an offline application).
    static func employerReceiptOutsideSelection(_ code: String, _ codes: [String]) -> Violation {
        let selection = Self.list(codes)
        return Violation(
            rule: .exchangeReceipt,
            message: LocalizedText(
                english: "The employer picks up cards only from the banks it selected (\(selection.english)); a card "
                    + "from \(code) is collected at the bank branch or sent by post, or choose one of the employer's "
                    + "banks.",
                german: "Der Arbeitgeber holt nur Karten der von ihm ausgewählten Banken ab (\(selection.german)); "
                    + "eine Karte von \(code) wird in der Bankfiliale abgeholt oder per Post geschickt, oder eine "
                    + "der Banken des Arbeitgebers wählen.",
                chinese: "单位仅代领其选定银行（\(selection.chinese)）的社保卡；\(code)的卡请到银行网点领取或选择邮寄，"
                    + "或改选单位选定的银行。"),
            facts: [
                Fact("bank", code), Fact("employerBanks", codes.joined(separator: ",")),
                Fact("receipt", ExchangeReceiptMethod.employer.rawValue),
            ])
    }

    // MARK: What an approved exchange tells the holder

    /// EX-OLD-VALID: the old card stays valid until the new one is activated.
    static let oldCardStaysValid = Interpretation(
        rule: .exchangeOldValid,
        message: LocalizedText(
            english: "The old card stays valid until the new card is activated: pension payment and social and "
                + "medical insurance keep working, and nothing is interrupted by the exchange.",
            german: "Die alte Karte bleibt gültig, bis die neue Karte aktiviert ist: Rentenzahlung, Sozial- und "
                + "Krankenversicherung laufen weiter, der Umtausch unterbricht nichts.",
            chinese: "新卡激活前旧卡继续有效：养老金发放及社会保险、医疗保险功能不受影响，换卡不会中断待遇。"))

    /// EX-ACTIVATION: how to activate the new card, the bank function at `bank`.
    static func activation(bank: PartnerBank) -> Interpretation {
        // Keyed by code (hashing a bank would hash its three names); a caller's own bank of that code is built anew.
        guard let known = self.activationAtPartnerBanks[bank.code], known.bank == bank else {
            return self.makeActivation(bank: bank)
        }
        return known.note
    }

    /// EX-ACTIVATION for each of Beijing's partner banks, built once: every approved decision carries it, and its
    /// three long texts cost more to join than the rest of the decision.
    ///
    /// Filled in a loop, the first bank of a code kept: Embedded Swift has no `Dictionary(_:uniquingKeysWith:)`.
    private static let activationAtPartnerBanks: [String: (bank: PartnerBank, note: Interpretation)] = {
        var notes: [String: (bank: PartnerBank, note: Interpretation)] = [:]
        for bank in PartnerBank.beijingPartnerBanks where notes[bank.code] == nil {
            notes[bank.code] = (bank, Self.makeActivation(bank: bank))
        }
        return notes
    }()

    private static func makeActivation(bank: PartnerBank) -> Interpretation {
        Interpretation(
            rule: .exchangeActivation,
            message: LocalizedText(
                english: "Activate the new card's social security function before using it for medical care: "
                    + "online (the bureau's website, 北京人社, 京通) or at a district social security hall's window or "
                    + "self-service terminal. This ends the old card's social security function; the old card is "
                    + "not collected. The bank function is optional: activate it at a counter of "
                    + "\(bank.name.english) with the card and an original identity document.",
                german: "Vor der Nutzung für die medizinische Versorgung die Sozialversicherungsfunktion der neuen "
                    + "Karte aktivieren: online (Webseite des Büros, 北京人社, 京通) oder am Schalter bzw. "
                    + "Selbstbedienungsterminal einer Sozialversicherungshalle auf Bezirksebene. Damit endet die "
                    + "Sozialversicherungsfunktion der alten Karte; die alte Karte wird nicht eingezogen. Die "
                    + "Bankfunktion ist freiwillig: sie wird am Schalter der \(bank.name.german) mit der Karte und "
                    + "einem Original-Ausweisdokument aktiviert.",
                chinese: "新卡用于就医前须先激活社保功能：可通过线上（北京市人力资源和社会保障局网站、北京人社、京通）"
                    + "或区社保大厅窗口、自助终端办理。激活后旧卡社保功能自动停用，旧卡无需交回。金融功能为可选，"
                    + "须持卡和身份证件原件到\(bank.name.chinese)柜台激活。"))
    }

    /// EX-MINOR: only the guardian collects a minor's card.
    static let guardianCollects = Interpretation(
        rule: .exchangeMinor,
        message: LocalizedText(
            english: "The holder is under 18: only the guardian collects the card, with the guardian's original "
                + "identity document.",
            german: "Die Person ist unter 18 Jahre alt: nur der Erziehungsberechtigte holt die Karte ab, mit "
                + "seinem Original-Ausweisdokument.",
            chinese: "持卡人未满18周岁：只能由监护人持本人身份证件原件领卡。"))
}
