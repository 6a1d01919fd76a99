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
                english: "\(deadline.kind.name.english) \(deadline.lastDay): \(late)",
                german: "\(deadline.kind.name.german) \(deadline.lastDay): \(lateGerman)",
                chinese: "\(deadline.kind.name.chinese)\(deadline.lastDay)：\(lateChinese)"),
            facts: [Fact("deadline", deadline.kind.rawValue), Fact("lastDay", "\(deadline.lastDay)")])
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
}
