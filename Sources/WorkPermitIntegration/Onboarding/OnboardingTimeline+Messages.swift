import CardModel

/// The problems and advice of an onboarding's timeline, in English, German and Simplified Chinese.
///
/// No message contains an identifier or a name (CM-PRIVACY): only dates, steps and documents.
enum OnboardingTimelineMessages {
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

    /// A permit form that does not fit the entry date: integrated before the effective date (WP-EFFECTIVE), or
    /// physical from it (WP-NO-CHANGE: a permit issued before it, kept as it is).
    static func formMismatch(
        _ form: WorkPermitForm, entry: CivilDate, policy: WorkPermitIntegrationPolicy
    )
        -> Violation
    {
        let facts = [
            Fact("permit", form.rawValue), Fact("entry", "\(entry)"), Fact("effectiveDate", "\(policy.effectiveDate)"),
        ]
        switch form {
        case .integrated:
            return Violation(
                rule: .workPermitEffective,
                message: LocalizedText(
                    english:
                        "the work permit is integrated with the card only from \(policy.effectiveDate); an entry on "
                        + "\(entry) came under the procedure with a physical work permit card",
                    german:
                        "die Arbeitserlaubnis ist erst ab dem \(policy.effectiveDate, in: .german) in die Karte integriert; eine "
                        + "Einreise am \(entry, in: .german) fiel unter das Verfahren mit physischer Arbeitserlaubnis",
                    chinese: "工作许可自\(policy.effectiveDate, in: .simplifiedChinese)起才与社保卡融合"
                        + "；\(entry, in: .simplifiedChinese)入境适用实体工作许可证程序"),
                facts: facts)
        case .physical:
            return Violation(
                rule: .workPermitNoChange,
                message: LocalizedText(
                    english: "from \(policy.effectiveDate) no physical work permit card is issued (WP-ONLINE): this "
                        + "plan assumes a physical permit issued before then and still valid on \(entry); it stays "
                        + "valid as it is, and its next extension or change integrates it with the social security "
                        + "card",
                    german: "ab dem \(policy.effectiveDate, in: .german) wird keine physische Arbeitserlaubnis mehr "
                        + "ausgestellt "
                        + "(WP-ONLINE): dieser Plan setzt eine vorher ausgestellte, am \(entry, in: .german) noch gültige physische "
                        + "Erlaubnis voraus; sie bleibt gültig, wie sie ist, und ihre nächste Verlängerung oder "
                        + "Änderung integriert sie in die Sozialversicherungskarte",
                    chinese: "自\(policy.effectiveDate, in: .simplifiedChinese)起不再发放实体工作许可证（WP-ONLINE）：本计划假定持有此前签发、"
                        + "\(entry, in: .simplifiedChinese)仍有效的实体工作许可；该许可继续有效，下次延期或变更时与社保卡融合"),
                facts: facts)
        }
    }

    /// A Notification Letter dated after the entry (WP-VISA).
    static func letterAfterEntry(_ issued: CivilDate, entry: CivilDate) -> Violation {
        Violation(
            rule: .workPermitVisa,
            message: LocalizedText(
                english: "the Notification Letter (\(issued)) comes after the entry (\(entry)): the Z visa needs the "
                    + "letter, and the entry needs the visa",
                german: "die Mitteilung (\(issued, in: .german)) liegt nach der Einreise (\(entry, in: .german)): das "
                    + "Z-Visum setzt die "
                    + "Mitteilung voraus, die Einreise das Visum",
                chinese: "《外国人工作许可通知》（\(issued, in: .simplifiedChinese)）晚于入境（\(entry, in: .simplifiedChinese)）："
                    + "Z字签证须凭通知申请，入境须持签证"),
            facts: [Fact("notificationIssued", "\(issued)"), Fact("entry", "\(entry)")])
    }

    /// An entry after the Notification Letter expired (WP-NOTIFICATION): only the other document proves the
    /// permit.
    static func entryAfterExpiry(
        _ issued: CivilDate, expiry: CivilDate, entry: CivilDate, form: WorkPermitForm
    ) -> Violation {
        let other = form == .integrated ? PermitDocument.electronicCard : PermitDocument.physicalWorkPermitCard
        return Violation(
            rule: .workPermitNotification,
            message: LocalizedText(
                english: "the Notification Letter issued on \(issued) was valid until \(expiry); after an entry on "
                    + "\(entry) it no longer proves the work permit: enrol and apply for the residence permit "
                    + "\(other.withName.english)",
                german: "die am \(issued, in: .german) ausgestellte Mitteilung war bis zum \(expiry, in: .german) "
                    + "gültig; nach einer Einreise am "
                    + "\(entry, in: .german) weist sie die Arbeitserlaubnis nicht mehr nach: Anmeldung und Antrag auf den "
                    + "Aufenthaltstitel \(other.withName.german)",
                chinese: "\(issued, in: .simplifiedChinese)签发的《外国人工作许可通知》有效期至\(expiry, in: .simplifiedChinese)"
                    + "，\(entry, in: .simplifiedChinese)入境后不再能证明工作许可：请"
                    + "\(other.withName.chinese)参保并申请居留许可"),
            facts: [
                Fact("notificationIssued", "\(issued)"), Fact("validUntil", "\(expiry)"), Fact("entry", "\(entry)"),
            ])
    }
}
