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
                    "die am \(issuedOn) ausgestellte Mitteilung war bis zum \(validUntil) gültig; "
                    + "am \(date) ist sie abgelaufen",
                chinese: "\(issuedOn)签发的《外国人工作许可通知》有效期至\(validUntil)，\(date)已过期"),
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
                    + "\(range.lowerBound)...\(range.upperBound) liegen",
                chinese: "工作类居留许可有效期为\(policy.residencePermitMinimumValidityDays)日至"
                    + "\(policy.residencePermitMaximumValidityYears)年，截止日须在\(range.lowerBound)至"
                    + "\(range.upperBound)之间"),
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
                german: "die Mitteilung läuft am \(letter) ab, vor der Frist für den Aufenthaltstitel (\(deadline)): "
                    + "bis dahin beantragen oder die elektronische Karte registrieren und mit ihr beantragen",
                chinese: "《外国人工作许可通知》于\(letter)到期，早于居留许可申请截止日\(deadline)：请在此前申请，"
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
            lateGerman = "verspätet erledigt, am \(on)"
            lateChinese = "已逾期完成（\(on)）"
        } else {
            late = "missed"
            lateGerman = "versäumt"
            lateChinese = "已逾期"
        }
        return Violation(
            rule: deadline.rule,
            message: LocalizedText(
                english: "\(deadline.kind.name.english) \(deadline.lastSafeDay): \(late)",
                german: "\(deadline.kind.name.german) \(deadline.lastSafeDay): \(lateGerman)",
                chinese: "\(deadline.kind.name.chinese)\(deadline.lastSafeDay)：\(lateChinese)"),
            facts: [Fact("deadline", deadline.kind.rawValue), Fact("lastDay", "\(deadline.lastSafeDay)")])
    }

    /// A decision dated before the application was accepted (WP-RESIDENCE-DEADLINE, CM-ACCEPTANCE).
    static func decisionBeforeAcceptance(on date: CivilDate, applied: CivilDate, accepted: CivilDate) -> Violation {
        Violation(
            rule: .workPermitResidenceDeadline,
            message: LocalizedText(
                english: "the application of \(applied) was accepted on \(accepted), the next working day: a decision "
                    + "on \(date) comes before it",
                german: "der Antrag vom \(applied) wurde am \(accepted), dem nächsten Arbeitstag, angenommen: eine "
                    + "Entscheidung am \(date) liegt davor",
                chinese: "\(applied)提出的申请于下一个工作日\(accepted)受理，\(date)作出的决定早于受理日"),
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
                english: "\(deadline.kind.name.english) \(nominal) at the earliest: if that day is not a working day "
                    + "the deadline moves to the next one, which needs the official working-day data for \(year) "
                    + "(not in this calendar); acting by \(nominal) is always in time",
                german: "\(deadline.kind.name.german) frühestens \(nominal): ist dieser Tag kein Arbeitstag, "
                    + "verschiebt sich die Frist auf den nächsten, wofür die amtlichen Arbeitstagsdaten für \(year) "
                    + "nötig sind (nicht in diesem Kalender); bis zum \(nominal) zu handeln ist immer rechtzeitig",
                chinese: "\(deadline.kind.name.chinese)最早为\(nominal)：该日如非工作日则顺延至下一个工作日，"
                    + "而这需要\(year)年的官方工作日数据（本日历中没有）；在\(nominal)前办理总是及时的"),
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
                german: "der Antrag vom \(applied) wird an diesem Tag angenommen, wenn er ein Arbeitstag ist, sonst am "
                    + "nächsten; dafür sind die amtlichen Arbeitstagsdaten für \(year) nötig (nicht in diesem "
                    + "Kalender), daher ist die ab der Annahme gezählte Entscheidungsfrist unbekannt",
                chinese: "\(applied)提出的申请如当日为工作日则当日受理，否则于下一个工作日受理；这需要\(year)年的官方"
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
                german: "Einreise am \(entry), nach Ablauf der Mitteilung (gültig bis \(validUntil)): die Mitteilung "
                    + "weist die Arbeitserlaubnis nicht mehr nach; nur \(other.german)",
                chinese: "\(entry)入境时《外国人工作许可通知》已过期（有效期至\(validUntil)）：通知不再能证明工作许可，"
                    + "只能凭\(other.chinese)")
        } else if visaIssued {
            message = LocalizedText(
                english: "the Notification Letter expired after \(validUntil): an entry on the Z visa is still "
                    + "recorded, but after it only \(other.english) proves the work permit",
                german: "die Mitteilung ist nach dem \(validUntil) abgelaufen: eine Einreise mit dem Z-Visum wird "
                    + "noch erfasst, danach weist aber nur \(other.german) die Arbeitserlaubnis nach",
                chinese: "《外国人工作许可通知》已于\(validUntil)到期：持Z字签证入境仍予记录，但此后只能凭"
                    + "\(other.chinese)证明工作许可")
        } else {
            message = LocalizedText(
                english: "the Notification Letter expired after \(validUntil): the Z visa needs a valid letter "
                    + "(WP-VISA), so a new letter is needed",
                german: "die Mitteilung ist nach dem \(validUntil) abgelaufen: das Z-Visum braucht eine gültige "
                    + "Mitteilung (WP-VISA), daher ist eine neue nötig",
                chinese: "《外国人工作许可通知》已于\(validUntil)到期：Z字签证须凭有效通知申请（WP-VISA），须重新取得通知")
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
                german: "vor dem \(policy.effectiveDate) ist die Nummer der Arbeitserlaubnis kein Zugang zur "
                    + "elektronischen Karte: am \(date) mit der Sozialversicherungsnummer registrieren, die die "
                    + "Anmeldung ergibt",
                chinese: "\(policy.effectiveDate)前工作许可证号不能用于注册电子社保卡：\(date)须凭参保登记后生成的社会"
                    + "保障号码注册"),
            facts: [Fact("date", "\(date)"), Fact("effectiveDate", "\(policy.effectiveDate)")])
    }
}
