import CardModel

/// The warnings about an onboarding's deadlines, in its status and its timeline, in English, German and
/// Simplified Chinese.
///
/// No message contains an identifier or a name (CM-PRIVACY): only dates, steps and documents.
enum OnboardingDeadlineMessages {
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
