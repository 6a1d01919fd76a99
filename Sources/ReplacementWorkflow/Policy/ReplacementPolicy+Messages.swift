import CardModel

/// The messages of ``ReplacementPolicy``'s decisions, in English, German and Simplified Chinese: the violations
/// (the document checks on receipt too) and the notes ("our reading").
enum ReplacementPolicyMessages {
    // MARK: - Documents (RP-DOCUMENTS, RP-RECEIPT)

    static func documentMissing(_ owner: DocumentOwner, occasion: CheckOccasion) -> Violation {
        let at = occasion.phrase
        let message: LocalizedText
        switch owner {
        case .holder:
            message = LocalizedText(
                english: "The holder's original valid identity document must be shown \(at.english); none was shown",
                german: "Der gültige Original-Ausweis des Karteninhabers muss \(at.german) vorgelegt werden; es "
                    + "wurde keiner vorgelegt",
                chinese: "\(at.chinese)须出示持卡人本人有效身份证件原件，但未出示")
        case .agent:
            message = LocalizedText(
                english: "An agent must also show the agent's own original valid identity document \(at.english); "
                    + "none was shown",
                german: "Ein Bevollmächtigter muss \(at.german) auch seinen eigenen gültigen Original-Ausweis "
                    + "vorlegen; es wurde keiner vorgelegt",
                chinese: "由代办人办理的，\(at.chinese)还须出示代办人本人有效身份证件原件，但未出示")
        }
        return Violation(
            rule: occasion.rule, message: message, facts: [Fact("document", "\(owner.rawValue)IdentityDocument")])
    }

    static func documentNotOriginal(_ owner: DocumentOwner, occasion: CheckOccasion) -> Violation {
        let at = occasion.phrase
        let whose = Self.whose(owner)
        return Violation(
            rule: occasion.rule,
            message: LocalizedText(
                english: "Only a copy of \(whose.english) identity document was shown \(at.english); the original is "
                    + "required",
                german:
                    "\(at.german.prefix(1).uppercased() + at.german.dropFirst()) wurde nur eine Kopie des Ausweises "
                    + "\(whose.german) vorgelegt; das Original ist erforderlich",
                chinese: "\(at.chinese)仅出示了\(whose.chinese)身份证件复印件，须出示原件"),
            facts: [Fact("document", "\(owner.rawValue)IdentityDocument"), Fact("original", "false")])
    }

    static func documentExpired(
        _ owner: DocumentOwner, validUntil: CivilDate, on date: CivilDate, occasion: CheckOccasion
    ) -> Violation {
        let at = occasion.phrase
        let whose = Self.whose(owner)
        return Violation(
            rule: occasion.rule,
            message: LocalizedText(
                english: "\(whose.english.prefix(1).uppercased() + whose.english.dropFirst()) identity document was "
                    + "valid only until \(validUntil); a valid document is required \(at.english) on \(date)",
                german: "Der Ausweis \(whose.german) war nur bis \(validUntil, in: .german) gültig; \(at.german) ist "
                    + "am \(date, in: .german) ein "
                    + "gültiger Ausweis erforderlich",
                chinese: "\(whose.chinese)身份证件有效期至\(validUntil, in: .simplifiedChinese)，"
                    + "已过期；\(date, in: .simplifiedChinese)\(at.chinese)须出示有效证件"),
            facts: [
                Fact("document", "\(owner.rawValue)IdentityDocument"), Fact("validUntil", "\(validUntil)"),
                Fact("date", "\(date)"),
            ])
    }

    static func documentNotHolders(occasion: CheckOccasion) -> Violation {
        let message: LocalizedText
        switch occasion {
        case .application:
            message = LocalizedText(
                english: "The identity document shown as the holder's does not match the card holder",
                german: "Der als Ausweis des Karteninhabers vorgelegte Ausweis passt nicht zum Karteninhaber",
                chinese: "作为持卡人证件出示的身份证件与持卡人不符")
        case .receipt:
            message = LocalizedText(
                english: "The identity document shown does not match the card holder: the card is not handed over",
                german: "Der vorgelegte Ausweis passt nicht zum Karteninhaber: die Karte wird nicht ausgehändigt",
                chinese: "出示的身份证件与持卡人不符，不予发放新卡")
        }
        return Violation(rule: occasion.rule, message: message, facts: [Fact("match", "false")])
    }

    static func agentShowsHoldersDocument(occasion: CheckOccasion) -> Violation {
        let at = occasion.phrase
        return Violation(
            rule: occasion.rule,
            message: LocalizedText(
                english: "The agent showed the holder's document as their own; the agent's own identity document is "
                    + "required \(at.english)",
                german: "Der Bevollmächtigte hat den Ausweis des Karteninhabers als eigenen vorgelegt; \(at.german) "
                    + "ist sein eigener Ausweis erforderlich",
                chinese: "代办人出示的是持卡人的证件；\(at.chinese)须出示代办人本人的身份证件"),
            facts: [Fact("document", "agentIdentityDocument"), Fact("sameAsHolder", "true")])
    }

    static let damagedCardNotHandedIn = Violation(
        rule: .replacementDocuments,
        message: LocalizedText(
            english: "On site the damaged card must be handed in with the application",
            german: "Vor Ort muss die beschädigte Karte mit dem Antrag abgegeben werden",
            chinese: "现场办理损坏卡补换时须交回原社保卡"),
        facts: [Fact("reason", "damaged"), Fact("cardHandedIn", "false")])

    static let lostCardHandedIn = Violation(
        rule: .replacementDocuments,
        message: LocalizedText(
            english: "A lost card cannot be handed in: a card that has turned up is not lost (a temporary loss report "
                + "can be withdrawn instead)",
            german: "Eine verlorene Karte kann nicht abgegeben werden: eine wieder aufgetauchte Karte ist nicht "
                + "verloren (eine vorläufige Verlustmeldung kann stattdessen zurückgenommen werden)",
            chinese: "丢失的社保卡无法交回：已找回的卡不属于丢失（可改为解除临时挂失）"),
        facts: [Fact("reason", "lost"), Fact("cardHandedIn", "true")])

    private static func whose(_ owner: DocumentOwner) -> LocalizedText {
        switch owner {
        case .holder: LocalizedText(english: "the holder's", german: "des Karteninhabers", chinese: "持卡人")
        case .agent: LocalizedText(english: "the agent's", german: "des Bevollmächtigten", chinese: "代办人")
        }
    }

    // MARK: - Working days (RP-ONSITE-DAYS)

    static func onSiteOnNonWorkingDay(_ day: CalendarDay, nextWorkingDay: CivilDate?) -> Violation {
        let kind = Self.kind(of: day)
        var facts = [Fact("date", "\(day.date)"), Fact("kind", day.kind.rawValue)]
        if let holiday = day.holiday { facts.append(Fact("holiday", holiday.key)) }
        if let next = nextWorkingDay { facts.append(Fact("nextWorkingDay", "\(next)")) }
        return Violation(
            rule: .replacementOnsiteDays,
            message: LocalizedText(
                english: "On-site applications are accepted on working days only; \(day.date) is not a working day "
                    + "(\(kind.english)). Apply online on any day"
                    + (nextWorkingDay.map { ", or on site on \($0)" } ?? ""),
                german: "Anträge vor Ort werden nur an Arbeitstagen angenommen; der \(day.date, in: .german) ist kein "
                    + "Arbeitstag "
                    + "(\(kind.german)). Online kann an jedem Tag beantragt werden"
                    + (nextWorkingDay.map { ", vor Ort wieder am \($0, in: .german)" } ?? ""),
                chinese: "现场申请仅在工作日受理；\(day.date, in: .simplifiedChinese)不是工作日（\(kind.chinese)）。网上申请不受日期限制"
                    + (nextWorkingDay.map { "，或于\($0, in: .simplifiedChinese)到现场办理" } ?? "")),
            facts: facts)
    }

    /// What kind of rest day `day` is, in three languages.
    static func kind(of day: CalendarDay) -> LocalizedText {
        let holiday = day.holiday?.name
        switch day.kind {
        case .ordinaryWorkingDay, .adjustedWorkingDay:
            return LocalizedText(english: "working day", german: "Arbeitstag", chinese: "工作日")
        case .weekend:
            guard let holiday else { return LocalizedText(english: "weekend", german: "Wochenende", chinese: "周末") }
            return LocalizedText(
                english: "weekend, during \(holiday.english)", german: "Wochenende, während \(holiday.german)",
                chinese: "周末，\(holiday.chinese)假期")
        case .statutoryHoliday:
            let name = holiday ?? LocalizedText(english: "public holiday", german: "Feiertag", chinese: "节假日")
            return LocalizedText(
                english: "statutory holiday: \(name.english)", german: "gesetzlicher Feiertag: \(name.german)",
                chinese: "法定节假日：\(name.chinese)")
        case .inLieuRestDay:
            let name = holiday ?? LocalizedText(english: "a holiday", german: "einen Feiertag", chinese: "节假日")
            return LocalizedText(
                english: "in-lieu rest day for \(name.english)", german: "Ersatzruhetag für \(name.german)",
                chinese: "\(name.chinese)调休休息日")
        }
    }

    // MARK: - Channels (RP-LOGIN)

    /// An agent applying online, where the holder logs in under their own account (RP-LOGIN, RP-DOCUMENTS).
    static func agentOnline(_ channel: ReplacementChannel) -> Violation {
        Violation(
            rule: .replacementLogin,
            message: LocalizedText(
                english: "Online the holder applies under their own login (on the website as \"individual urban "
                    + "employee\" or \"individual resident medical insurance\"); an agent applies for the holder "
                    + "on site only, with the holder's and their own original valid identity documents",
                german: "Online beantragt der Karteninhaber selbst mit seiner eigenen Anmeldung (auf der Website als "
                    + "„Einzelperson – städtische Beschäftigte“ oder „Einzelperson – Krankenversicherung für "
                    + "Einwohner“); ein Bevollmächtigter beantragt nur vor Ort, mit den gültigen Original-Ausweisen "
                    + "des Karteninhabers und seinem eigenen",
                chinese: "网上申请须由持卡人本人登录办理（官网选择“城镇职工个人”或“居民医保个人”登录）；"
                    + "代办人只能到现场办理，并出示持卡人及代办人本人的有效身份证件原件"),
            facts: [Fact("channel", channel.rawValue), Fact("applicant", "agent")])
    }

    // MARK: - Notes ("our reading")

    static let onlineFeeAndDaysNote = Interpretation(
        rule: .replacementFee,
        message: LocalizedText(
            english: "The source states the fee, the 4 working days and the choice of receipt under the on-site "
                + "option; the library applies them to online applications as well (our reading)",
            german: "Die Quelle nennt die Gebühr, die 4 Arbeitstage und die Wahl der Zustellung beim Antrag vor Ort; "
                + "die Bibliothek wendet sie auch auf Online-Anträge an (unsere Lesart)",
            chinese: "来源在现场办理部分说明工本费、4个工作日及领卡方式；本库同样适用于网上申请（我们的理解）"))

    static let onSiteCertificateNote = Interpretation(
        rule: .replacementCertificate,
        message: LocalizedText(
            english: "The source names the electronic certificate under the online options; the library reads that "
                + "after an on-site application it is on the holder's personal information page as well, reached by "
                + "logging in on the bureau's website (our reading)",
            german: "Die Quelle nennt die elektronische Bescheinigung bei den Online-Wegen; die Bibliothek liest, "
                + "dass sie nach einem Antrag vor Ort ebenfalls auf der Seite mit den persönlichen Informationen "
                + "steht, nach Anmeldung auf der Website des Amtes (unsere Lesart)",
            chinese: "来源在网上办理部分提及电子凭证；本库理解为现场申请后，持卡人登录市人力社保局官方网站，"
                + "同样可在个人信息页面查询（我们的理解）"))

    static let damagedCardOnlineNote = Interpretation(
        rule: .replacementDocuments,
        message: LocalizedText(
            english: "The source asks for the damaged card only with an on-site application; online, the library "
                + "does not require it to be handed in (our reading)",
            german: "Die Quelle verlangt die beschädigte Karte nur bei einem Antrag vor Ort; online verlangt die "
                + "Bibliothek keine Abgabe (unsere Lesart)",
            chinese: "来源仅要求现场办理时交回损坏的卡；网上申请时本库不要求交回（我们的理解）"))

    static let receiptByAgentNote = Interpretation(
        rule: .replacementReceipt,
        message: LocalizedText(
            english: "An agent receiving the new card shows the holder's and their own original valid identity "
                + "documents, by analogy with RP-DOCUMENTS (our reading)",
            german: "Ein Bevollmächtigter, der die neue Karte empfängt, legt die gültigen Original-Ausweise des "
                + "Karteninhabers und seinen eigenen vor, in Analogie zu RP-DOCUMENTS (unsere Lesart)",
            chinese: "代办人领取新卡时，参照RP-DOCUMENTS，须出示持卡人及代办人本人的有效身份证件原件（我们的理解）"))

    static let expressNote = Interpretation(
        rule: .replacementReady,
        message: LocalizedText(
            english: "Postage time is not counted: with express delivery the card is sent from the ready date and "
                + "arrives later",
            german: "Die Postlaufzeit zählt nicht mit: bei Expresszustellung wird die Karte ab dem Fertigstellungstag "
                + "versandt und kommt später an",
            chinese: "邮寄时间不计算在内：选择快递的，新卡自制成之日起寄出，送达时间更晚"))

    static func temporaryReportLapseNote(days: Int) -> Interpretation {
        Interpretation(
            rule: .replacementLossReport,
            message: LocalizedText(
                english: "A temporary loss report made on day D blocks the card through D + \(days) days and has "
                    + "lapsed from the day after, counted as in CM-PERIOD but not moved to a working day, since the "
                    + "report can be made formal online on any day (our reading)",
                german: "Eine am Tag D gemachte vorläufige Verlustmeldung sperrt die Karte bis einschließlich D + "
                    + "\(days) Tage und ist ab dem Folgetag erloschen; gezählt wie in CM-PERIOD, aber nicht auf einen "
                    + "Arbeitstag verschoben, da die Meldung online an jedem Tag förmlich gemacht werden kann "
                    + "(unsere Lesart)",
                chinese: "在D日办理的临时挂失冻结社保卡至D+\(days)日（含），次日起自动失效；按CM-PERIOD计算，"
                    + "但不顺延至工作日，因为正式挂失可随时在网上办理（我们的理解）"))
    }

    static func generationNotClaimedNote(readyDate: CivilDate, thirdGenerationFrom: CivilDate) -> Interpretation {
        Interpretation(
            rule: .exchangeGeneration,
            message: LocalizedText(
                english: "Only from \(thirdGenerationFrom) are all new cards third generation; for a replacement card "
                    + "made by \(readyDate) the sources do not say which generation is issued, so the library does "
                    + "not claim one (our reading)",
                german: "Erst ab dem \(thirdGenerationFrom, in: .german) sind alle neuen Karten dritte Generation; für "
                    + "eine bis zum "
                    + "\(readyDate, in: .german) hergestellte Ersatzkarte sagen die Quellen nicht, welche Generation ausgegeben "
                    + "wird, daher legt sich die Bibliothek nicht fest (unsere Lesart)",
                chinese: "自\(thirdGenerationFrom, in: .simplifiedChinese)起新发社保卡均为第三代；"
                    + "对于\(readyDate, in: .simplifiedChinese)前制成的补换卡，来源未说明发放哪一代，"
                    + "本库不作断言（我们的理解）"))
    }
}
