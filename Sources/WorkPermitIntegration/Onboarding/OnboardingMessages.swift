import CardModel

/// The messages of an onboarding's refusals and warnings, in English, German and Simplified Chinese.
///
/// No message contains an identifier or a name (CM-PRIVACY): only dates, steps and documents.
enum OnboardingMessages {
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

    /// The letter expires before the residence permit deadline and no electronic card is registered (WP-RESIDENCE).
    static func letterRiskWarning(letter: CivilDate, deadline: CivilDate) -> Violation {
        Violation(
            rule: .workPermitResidence,
            message: LocalizedText(
                english: "the Notification Letter expires on \(letter), before the residence permit deadline "
                    + "\(deadline): apply by then, or register the electronic card to apply with it",
                german: "die Mitteilung läuft am \(letter, in: .german) ab, vor der Frist für den Aufenthaltstitel "
                    + "(\(deadline, in: .german)): "
                    + "bis dahin beantragen oder die elektronische Karte registrieren und mit ihr beantragen",
                chinese: "《外国人工作许可通知》于\(letter, in: .simplifiedChinese)到期，早于居留许可申请截止"
                    + "日\(deadline, in: .simplifiedChinese)：请在此前申请，"
                    + "或注册电子社保卡后凭电子社保卡申请"),
            facts: [Fact("letterValidUntil", "\(letter)"), Fact("deadline", "\(deadline)")])
    }

    /// A deadline missed or met late.
    static func missedWarning(_ status: OnboardingDeadlineStatus) -> Violation {
        let deadline = status.deadline
        let late: String
        let lateGerman: String
        let lateChinese: String
        if case .metLate(let on) = status.outcome {
            late = "done late, on \(on)"
            lateGerman = "verspätet erledigt, am \(on, in: .german)"
            lateChinese = "已逾期完成（\(on, in: .simplifiedChinese)）"
        } else {
            late = "missed"
            lateGerman = "versäumt"
            lateChinese = "已逾期"
        }
        return Violation(
            rule: deadline.rule,
            message: LocalizedText(
                english: "\(deadline.kind.name.english) \(deadline.lastSafeDay): \(late)",
                german: "\(deadline.kind.name.german) \(deadline.lastSafeDay, in: .german): \(lateGerman)",
                chinese: "\(deadline.kind.name.chinese)\(deadline.lastSafeDay, in: .simplifiedChinese)：\(lateChinese)"),
            facts: [Fact("deadline", deadline.kind.rawValue), Fact("lastDay", "\(deadline.lastSafeDay)")])
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

    /// A deadline whose effective last day needs a year the calendar has no data for (CM-WORKDAY): the nominal
    /// day is given, the effective one is not guessed.
    static func unknownEffectiveDay(_ deadline: OnboardingDeadline) -> Violation {
        let year = deadline.yearWithoutData.map(String.init) ?? "?"
        let nominal = deadline.nominalLastDay
        return Violation(
            rule: .workday,
            message: LocalizedText(
                english: "\(deadline.kind.name.english): nominally \(nominal), the effective day unknown: if "
                    + "\(nominal) is not a working day the deadline moves to the next one, which needs the official "
                    + "working-day data for \(year) (not in this calendar); acting by \(nominal) is always in time",
                german: "\(deadline.kind.name.german): nominal \(nominal, in: .german), der tatsächliche Tag "
                    + "unbekannt: ist der "
                    + "\(nominal, in: .german) kein Arbeitstag, verschiebt sich die Frist auf den nächsten, wofür die amtlichen "
                    + "Arbeitstagsdaten für \(year) nötig sind (nicht in diesem Kalender); bis zum \(nominal, in: .german) zu "
                    + "handeln ist immer rechtzeitig",
                chinese: "\(deadline.kind.name.chinese)：名义截止日为\(nominal, in: .simplifiedChinese)，实际截止日未知：该日如非工作日则顺延至"
                    + "下一个工作日，而这需要\(year)年的官方工作日数据（本日历中没有）；在\(nominal, in: .simplifiedChinese)当日或之前办理总是及时的"),
            facts: [
                Fact("deadline", deadline.kind.rawValue), Fact("nominalLastDay", "\(nominal)"), Fact("year", year),
            ])
    }

    /// The application's acceptance date needs a year the calendar has no data for (CM-WORKDAY, CM-ACCEPTANCE):
    /// the decision's deadline, counted from it, is unknown.
    static func unknownAcceptance(applied: CivilDate, year: Int) -> Violation {
        Violation(
            rule: .workday,
            message: LocalizedText(
                english: "the application of \(applied) is accepted on that day if it is a working day, else on the "
                    + "next one; that needs the official working-day data for \(year) (not in this calendar), so the "
                    + "decision's deadline, counted from the acceptance, is unknown",
                german: "der Antrag vom \(applied, in: .german) wird an diesem Tag angenommen, wenn er ein Arbeitstag "
                    + "ist, sonst am "
                    + "nächsten; dafür sind die amtlichen Arbeitstagsdaten für \(year) nötig (nicht in diesem "
                    + "Kalender), daher ist die ab der Annahme gezählte Entscheidungsfrist unbekannt",
                chinese: "\(applied, in: .simplifiedChinese)提出的申请如当日为工作日则当日受理，否则于下一个工作日受理；这需要\(year)年的官方"
                    + "工作日数据（本日历中没有），因此自受理之日起计算的审批期限未知"),
            facts: [Fact("applied", "\(applied)"), Fact("year", "\(year)")])
    }

    /// The timeline's decision deadline, which assumes an application on the last day, cannot be given: that
    /// last day needs a year the calendar has no data for (CM-WORKDAY).
    static func unknownConditionalDecision(year: Int, policy: WorkPermitIntegrationPolicy) -> Violation {
        let days = policy.residencePermitDecisionDays
        return Violation(
            rule: .workday,
            message: LocalizedText(
                english: "the latest decision day (\(days) days after an application on the last day) is unknown: "
                    + "that last day needs the official working-day data for \(year) (not in this calendar)",
                german: "der späteste Entscheidungstag (\(days) Tage nach einem Antrag am letzten Tag) ist unbekannt: "
                    + "dieser letzte Tag braucht die amtlichen Arbeitstagsdaten für \(year) (nicht in diesem Kalender)",
                chinese: "最晚审批日（于申请截止日申请后\(days)日）未知：申请截止日需要\(year)年的官方工作日数据"
                    + "（本日历中没有）"),
            facts: [
                Fact("deadline", OnboardingDeadline.Kind.residencePermitDecision.rawValue), Fact("year", "\(year)"),
            ])
    }

    /// The Notification Letter's expiry, missed before entry or met late by the entry (WP-NOTIFICATION): what it
    /// means at that stage.
    static func letterWarning(_ status: OnboardingDeadlineStatus, visaIssued: Bool, form: WorkPermitForm) -> Violation {
        let validUntil = status.deadline.nominalLastDay
        let other =
            form == .integrated ? PermitDocument.electronicCard.name : PermitDocument.physicalWorkPermitCard.name
        var facts = [Fact("deadline", status.deadline.kind.rawValue), Fact("validUntil", "\(validUntil)")]
        let message: LocalizedText
        if case .metLate(let entry) = status.outcome {
            facts.append(Fact("entry", "\(entry)"))
            message = LocalizedText(
                english: "entered on \(entry), after the Notification Letter expired (valid until \(validUntil)): the "
                    + "letter no longer proves the work permit; only \(other.english) does",
                german: "Einreise am \(entry, in: .german), nach Ablauf der Mitteilung (gültig "
                    + "bis \(validUntil, in: .german)): die Mitteilung "
                    + "weist die Arbeitserlaubnis nicht mehr nach; nur \(other.german)",
                chinese: "\(entry, in: .simplifiedChinese)入境时《外国人工作许可通知》已过期（有效期至\(validUntil, in: .simplifiedChinese)）："
                    + "通知不再能证明工作许可，"
                    + "只能凭\(other.chinese)")
        } else if visaIssued {
            message = LocalizedText(
                english: "the Notification Letter expired after \(validUntil): an entry on the Z visa is still "
                    + "recorded, but after it only \(other.english) proves the work permit",
                german: "die Mitteilung war bis zum \(validUntil, in: .german) gültig und ist abgelaufen: eine "
                    + "Einreise mit "
                    + "dem Z-Visum wird noch erfasst, danach weist aber nur \(other.german) die Arbeitserlaubnis nach",
                chinese: "《外国人工作许可通知》已于\(validUntil, in: .simplifiedChinese)到期：持Z字签证入境仍予记录，但此后只能凭"
                    + "\(other.chinese)证明工作许可")
        } else {
            message = LocalizedText(
                english: "the Notification Letter expired after \(validUntil): the Z visa needs a valid letter "
                    + "(WP-VISA), so a new letter is needed",
                german: "die Mitteilung war bis zum \(validUntil, in: .german) gültig und ist abgelaufen: das Z-Visum "
                    + "braucht "
                    + "eine gültige Mitteilung (WP-VISA), daher ist eine neue nötig",
                chinese: "《外国人工作许可通知》已于\(validUntil, in: .simplifiedChinese)到期：Z字签证须凭有效通知申请（WP-VISA），须重新取得通知")
        }
        return Violation(rule: .workPermitNotification, message: message, facts: facts)
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

    /// An onboarding dated before the online work permit system existed (WP-ONLINE): no Notification Letter, no
    /// electronic card, and none of the earlier procedures is planned.
    static func beforeOnlineSystem(
        entry: CivilDate, letter: CivilDate?, policy: WorkPermitIntegrationPolicy
    ) -> Violation {
        let start = policy.onlineSystemStartDate
        let day = letter.map { min($0, entry) } ?? entry
        return Violation(
            rule: .workPermitOnline,
            message: LocalizedText(
                english: "the online work permit system, its Notification Letter and the electronic card exist only "
                    + "from \(start): an onboarding on \(day) came under the earlier procedures, which this library "
                    + "does not plan",
                german:
                    "das Online-System für Arbeitserlaubnisse, seine Mitteilung und die elektronische Karte gibt es "
                    + "erst ab dem \(start, in: .german): eine Einreise-Abwicklung am \(day, in: .german) fiel unter die früheren Verfahren, die "
                    + "diese Bibliothek nicht plant",
                chinese: "外国人来华工作管理服务系统、《外国人工作许可通知》和电子社保卡自\(start, in: .simplifiedChinese)起才有"
                    + "：\(day, in: .simplifiedChinese)的入职"
                    + "适用此前的程序，本程序库不予规划"),
            facts: [
                Fact("entry", "\(entry)"), Fact("notificationIssued", letter.map { "\($0)" } ?? "-"),
                Fact("onlineSystemStart", "\(start)"),
            ])
    }

    /// A Notification Letter in a plan with a physical permit and an entry from the effective date: a letter from
    /// the effective date notifies an integrated permit (WP-EFFECTIVE), one before it, entered from then, gets no
    /// physical card either (WP-ONLINE); and the holder of an existing physical permit gets no new letter and Z
    /// visa (WP-NO-CHANGE).
    static func letterForPhysicalPermit(
        issued: CivilDate, entry: CivilDate, policy: WorkPermitIntegrationPolicy
    ) -> [Violation] {
        let effective = policy.effectiveDate
        let facts = [
            Fact("permit", WorkPermitForm.physical.rawValue), Fact("notificationIssued", "\(issued)"),
            Fact("entry", "\(entry)"), Fact("effectiveDate", "\(effective)"),
        ]
        let reason: Violation
        if policy.isIntegrationInForce(on: issued) {
            reason = Violation(
                rule: .workPermitEffective,
                message: LocalizedText(
                    english: "a Notification Letter issued on \(issued), from the integration on \(effective), "
                        + "notifies a permit integrated with the social security card: it cannot lead to a physical "
                        + "work permit card",
                    german:
                        "eine am \(issued, in: .german) ausgestellte Mitteilung, ab der Integration am \(effective, in: .german), kündigt eine "
                        + "in die Sozialversicherungskarte integrierte Erlaubnis an: sie führt zu keiner physischen "
                        + "Arbeitserlaubnis",
                    chinese: "\(issued, in: .simplifiedChinese)签发的《外国人工作许可通知》在\(effective, in: .simplifiedChinese)融合之后，"
                        + "对应的是与社保卡融合的工作许可，"
                        + "不会再发放实体工作许可证"),
                facts: facts)
        } else {
            reason = Violation(
                rule: .workPermitOnline,
                message: LocalizedText(
                    english: "after an entry on \(entry), from \(effective), no physical work permit card is issued: "
                        + "the permit of the Notification Letter of \(issued) is integrated with the social security card",
                    german:
                        "nach einer Einreise am \(entry, in: .german), ab dem \(effective, in: .german), wird keine physische Arbeitserlaubnis "
                        + "ausgestellt: die Erlaubnis der Mitteilung vom \(issued, in: .german) wird in die Sozialversicherungskarte "
                        + "integriert",
                    chinese: "自\(effective, in: .simplifiedChinese)起入境（\(entry, in: .simplifiedChinese)）"
                        + "后不再发放实体工作许可证：\(issued, in: .simplifiedChinese)《外国人工作许可通知》"
                        + "对应的工作许可与社保卡融合"),
                facts: facts)
        }
        let noNewLetter = Violation(
            rule: .workPermitNoChange,
            message: LocalizedText(
                english: "a physical work permit issued before \(effective) stays valid as it is: its holder gets no "
                    + "new Notification Letter and Z visa; drop --notification-issued, or plan an integrated permit",
                german: "eine vor dem \(effective, in: .german) ausgestellte physische Arbeitserlaubnis bleibt gültig, "
                    + "wie sie ist: "
                    + "ihr Inhaber erhält keine neue Mitteilung und kein neues Z-Visum; ohne Datum der Mitteilung "
                    + "planen oder eine integrierte Erlaubnis planen",
                chinese: "\(effective, in: .simplifiedChinese)前签发的实体工作许可继续有效：持有人不再取得新的《外国人工作许可通知》和Z字签证；"
                    + "请去掉通知签发日期，或按与社保卡融合的工作许可规划"),
            facts: facts)
        return [reason, noNewLetter]
    }

    /// A deadline whose effective last day comes from a provisional calendar (CM-PROVISIONAL): given, and said to
    /// be provisional, naming the year.
    static func provisionalEffectiveDay(_ deadline: OnboardingDeadline) -> Violation {
        let year = deadline.provisionalYear ?? deadline.nominalLastDay.year
        let day = deadline.lastSafeDay
        let note = CalendarError.provisionalNote(year: year)
        return Violation(
            rule: .provisional,
            message: LocalizedText(
                english: "\(deadline.kind.name.english) \(day) (nominally \(deadline.nominalLastDay)) is "
                    + "\(note.english)",
                german: "\(deadline.kind.name.german) \(day, in: .german) "
                    + "(nominal \(deadline.nominalLastDay, in: .german)) ist "
                    + "\(note.german)",
                chinese: "\(deadline.kind.name.chinese)\(day, in: .simplifiedChinese)（名义截止"
                    + "日\(deadline.nominalLastDay, in: .simplifiedChinese)）为\(note.chinese)"),
            facts: [
                Fact("deadline", deadline.kind.rawValue), Fact("lastDay", "\(day)"),
                Fact("nominalLastDay", "\(deadline.nominalLastDay)"), Fact("year", "\(year)"),
            ])
    }
}
