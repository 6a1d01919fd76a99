import CardModel

/// The messages of an onboarding's refusals, in English, German and Simplified Chinese.
///
/// No message contains an identifier or a name (CM-PRIVACY): only dates, steps and documents.
enum ForeignerOnboardingMessages {
    /// A Z visa after the Notification Letter expired (WP-VISA).
    static func visa(letterValidUntil: CivilDate, on date: CivilDate) -> Violation {
        Violation(
            rule: .workPermitVisa,
            message: LocalizedText(
                english: "the Z visa is applied for with a valid Notification Letter",
                german: "das Z-Visum wird mit einer gültigen Mitteilung über die Arbeitserlaubnis beantragt",
                chinese: "Z字签证须凭有效的《外国人工作许可通知》申请"),
            facts: [Fact("date", "\(date)"), Fact("letterValidUntil", "\(letterValidUntil)")])
    }

    /// The Notification Letter had expired on `date`, when `step` needed it (WP-NOTIFICATION).
    static func letterExpired(
        issuedOn: CivilDate, validUntil: CivilDate, on date: CivilDate, for step: OnboardingStep
    ) -> Violation {
        Violation(
            rule: .workPermitNotification,
            message: LocalizedText(
                english:
                    "the Notification Letter issued on \(issuedOn) was valid until \(validUntil); "
                    + "on \(date) it has expired",
                german:
                    "die am \(issuedOn, in: .german) ausgestellte Mitteilung war bis zum \(validUntil, in: .german) gültig; "
                    + "am \(date, in: .german) ist sie abgelaufen",
                chinese: "\(issuedOn, in: .simplifiedChinese)签发的《外国人工作许可通知》有效期至\(validUntil, in: .simplifiedChinese)"
                    + "，\(date, in: .simplifiedChinese)已过期"),
            facts: [
                Fact("issuedOn", "\(issuedOn)"), Fact("validUntil", "\(validUntil)"),
                Fact("date", "\(date)"), Fact("step", step.rawValue),
            ])
    }

    /// A residence permit validity outside the policy's range (WP-RESIDENCE-DEADLINE).
    static func validity(
        _ validUntil: CivilDate, range: ClosedRange<CivilDate>, policy: WorkPermitIntegrationPolicy
    ) -> Violation {
        Violation(
            rule: .workPermitResidenceDeadline,
            message: LocalizedText(
                english:
                    "a work residence permit is valid for \(policy.residencePermitMinimumValidityDays) days to "
                    + "\(policy.residencePermitMaximumValidityYears) years: its last day must fall in "
                    + "\(range.lowerBound)...\(range.upperBound)",
                german:
                    "ein Aufenthaltstitel zur Arbeit gilt \(policy.residencePermitMinimumValidityDays) Tage bis "
                    + "\(policy.residencePermitMaximumValidityYears) Jahre: sein letzter Tag muss in "
                    + "\(range.lowerBound, in: .german)...\(range.upperBound, in: .german) liegen",
                chinese: "工作类居留许可有效期为\(policy.residencePermitMinimumValidityDays)日至"
                    + "\(policy.residencePermitMaximumValidityYears)年，截止日须在\(range.lowerBound, in: .simplifiedChinese)至"
                    + "\(range.upperBound, in: .simplifiedChinese)之间"),
            facts: [
                Fact("validUntil", "\(validUntil)"), Fact("earliest", "\(range.lowerBound)"),
                Fact("latest", "\(range.upperBound)"),
            ])
    }

    /// A decision dated before the application was accepted (WP-RESIDENCE-DEADLINE, CM-ACCEPTANCE).
    static func decisionBeforeAcceptance(on date: CivilDate, applied: CivilDate, accepted: CivilDate) -> Violation {
        Violation(
            rule: .workPermitResidenceDeadline,
            message: LocalizedText(
                english: "the application of \(applied) was accepted on \(accepted), the next working day: a decision "
                    + "on \(date) comes before it",
                german: "der Antrag vom \(applied, in: .german) wurde am \(accepted, in: .german), dem nächsten "
                    + "Arbeitstag, angenommen: eine "
                    + "Entscheidung am \(date, in: .german) liegt davor",
                chinese: "\(applied, in: .simplifiedChinese)提出的申请于下一个工作日\(accepted, in: .simplifiedChinese)受理"
                    + "，\(date, in: .simplifiedChinese)作出的决定早于受理日"),
            facts: [Fact("date", "\(date)"), Fact("applied", "\(applied)"), Fact("accepted", "\(accepted)")])
    }

    /// An electronic card registered before the integration needs the social security number (WP-EFFECTIVE).
    static func electronicCardNeedsNumber(on date: CivilDate, policy: WorkPermitIntegrationPolicy) -> Violation {
        Violation(
            rule: .workPermitEffective,
            message: LocalizedText(
                english: "before \(policy.effectiveDate) the work permit number is no credential of the electronic "
                    + "card: register it on \(date) with the social security number, which enrolment gives",
                german: "vor dem \(policy.effectiveDate, in: .german) ist die Nummer der Arbeitserlaubnis kein Zugang "
                    + "zur "
                    + "elektronischen Karte: am \(date, in: .german) mit der Sozialversicherungsnummer registrieren, die die "
                    + "Anmeldung ergibt",
                chinese: "\(policy.effectiveDate, in: .simplifiedChinese)前工作许可证号不能用于注册电子社保卡"
                    + "：\(date, in: .simplifiedChinese)须凭参保登记后生成的社会"
                    + "保障号码注册"),
            facts: [Fact("date", "\(date)"), Fact("effectiveDate", "\(policy.effectiveDate)")])
    }

    /// Several messages as one, separated by `; ` (`；` in Chinese).
    static func joined(_ texts: [LocalizedText]) -> LocalizedText {
        var english = ""
        var german = ""
        var chinese = ""
        for text in texts {
            if !english.isEmpty {
                english += "; "
                german += "; "
                chinese += "；"
            }
            english += text.english
            german += text.german
            chinese += text.chinese
        }
        return LocalizedText(english: english, german: german, chinese: chinese)
    }

    /// An event whose step needs another step first.
    static func notYet(_ event: OnboardingEvent, needs step: OnboardingStep) -> LocalizedText {
        LocalizedText(
            english: "“\(event.step.name.english)” needs “\(step.name.english)” first",
            german: "„\(event.step.name.german)“ setzt „\(step.name.german)“ voraus",
            chinese: "“\(event.step.name.chinese)”须先完成“\(step.name.chinese)”")
    }

    /// An event whose step has already happened.
    static func alreadyDone(_ event: OnboardingEvent) -> LocalizedText {
        LocalizedText(
            english: "“\(event.step.name.english)” has already happened",
            german: "„\(event.step.name.german)“ ist bereits erfolgt",
            chinese: "“\(event.step.name.chinese)”已完成")
    }

    /// An event after the residence permit was refused.
    static func closed(refusedOn: CivilDate) -> LocalizedText {
        LocalizedText(
            english: "the residence permit was refused on \(refusedOn): the onboarding is closed",
            german: "der Aufenthaltstitel wurde am \(refusedOn, in: .german) abgelehnt: die Abwicklung ist "
                + "abgeschlossen",
            chinese: "居留许可已于\(refusedOn, in: .simplifiedChinese)被拒绝，入职流程已终止")
    }

    /// A date computation left the supported years (CM-DATE).
    static func dateOutOfRange(_ error: CivilDateError) -> Violation {
        Violation(
            rule: .date,
            message: LocalizedText(
                english: "a date this needs is outside 1900...2199",
                german: "ein dafür nötiges Datum liegt außerhalb von 1900...2199",
                chinese: "所需日期超出1900至2199年的范围"),
            facts: [Fact("year", error.year.map(String.init) ?? "?")])
    }

    /// The electronic card presented under a physical permit, which it does not carry (WP-NO-CHANGE).
    static func electronicCardWithoutPermit(_ facts: [Fact]) -> Violation {
        Violation(
            rule: .workPermitNoChange,
            message: LocalizedText(
                english: "the permit is physical (not yet integrated): the electronic card carries no work permit "
                    + "information",
                german: "die Erlaubnis ist physisch (noch nicht integriert): die elektronische Karte trägt keine "
                    + "Informationen zur Arbeitserlaubnis",
                chinese: "工作许可为实体证（尚未融合），电子社保卡不载有工作许可信息"),
            facts: facts)
    }

    /// The electronic card presented before it was registered (WP-ECARD).
    static func electronicCardNotRegistered(_ rule: RuleID, _ facts: [Fact]) -> Violation {
        Violation(
            rule: rule,
            message: LocalizedText(
                english: "the electronic card has not been registered: register it (WP-ECARD) or present the "
                    + "Notification Letter",
                german: "die elektronische Karte ist nicht registriert: sie registrieren (WP-ECARD) oder die "
                    + "Mitteilung vorlegen",
                chinese: "尚未注册电子社保卡：请先注册（WP-ECARD）或出示《外国人工作许可通知》"),
            facts: facts)
    }

    /// A physical work permit card presented for an integrated permit, which has none (WP-ONLINE).
    static func noPhysicalPermitCard(from effectiveDate: CivilDate, _ facts: [Fact]) -> Violation {
        Violation(
            rule: .workPermitOnline,
            message: LocalizedText(
                english: "from \(effectiveDate) no physical work permit card is issued after entry: present the "
                    + "Notification Letter or the electronic card",
                german: "ab dem \(effectiveDate, in: .german) wird nach der Einreise keine physische "
                    + "Arbeitserlaubnis ausgestellt: die Mitteilung oder die elektronische Karte vorlegen",
                chinese: "自\(effectiveDate, in: .simplifiedChinese)起入境后不再发放实体工作许可证，"
                    + "请出示《外国人工作许可通知》或电子社保卡"),
            facts: facts)
    }
}
