import CardModel
import WorkPermitIntegration

extension Subcommand {
    /// `sscard permit lifecycle|verify`: a foreign employee's work permit procedures on a day (WP-ONLINE,
    /// WP-NO-CHANGE) and how the authorities verify the permit (WP-RESIDENCE, WP-ENROL).
    static let permit = Subcommand(
        name: "permit", summary: "a work permit's online procedures on a day, and how it is verified",
        help: """
            \(OptionTable.usage([PermitCommand.lifecycleOptions.form(), PermitCommand.verifyOptions.form()]))

            lifecycle: where a work permit issued on --issued and valid through --valid-until stands on --on
            (valid, expired, cancelled, not yet issued), and which procedures are open: every one of them is
            handled online in the service system for foreigners working in China (WP-ONLINE). A permit issued
            before 2024-12-01 is a physical work permit card and stays valid as it is; its first extension or
            change from 2024-12-01 integrates it with the social security card (WP-NO-CHANGE).

            \(PermitCommand.lifecycleOptions.list)

            verify: how the exit-entry administration of the public security bureau where the foreigner works
            verifies the permit for the residence permit (WP-RESIDENCE): directly through the information
            system, by checking the electronic social security card, or by scanning the work permit QR code
            (the electronic card's three ways; the Notification Letter through the information system); and how
            the social insurance agency verifies it at enrolment (WP-ENROL).

            \(PermitCommand.verifyOptions.list)

            EXIT STATUS: 0 answered (lifecycle; with --procedure: the procedure is open; verify: every document
                         asked about proves the permit); 1 refused: --procedure not open, a document that does not
                         prove the permit on --on, or dates that no permit has (--valid-until not after --issued,
                         --cancelled before --issued); 2 usage error.

            JSON KEYS (lifecycle):
              issued, validUntil, cancelled, on   ISO dates (cancelled null when not given)
              form                                physical or integrated (on --on)
              status                              notYetIssued, valid, expired or cancelled
              channel                             where every procedure is handled (translated)
              procedures [{procedure, name, approved, formAfter, violations [{rule, message}]}]
                                                  "procedure" is apply, extend, change or cancel; "formAfter"
                                                  the form after it (null for cancel or when refused)
              notes [{rule, message}]             the readings the answer rests on
            JSON KEYS (verify):
              on                                  ISO date or null
              residencePermit [{document, name, rule, approved, methods [{method, name, rule}], violations}]
                                                  "document" is notificationLetter, electronicCard or
                                                  physicalWorkPermitCard
              enrolment {rule, methods [{method, name, rule}]}
            """, optionTables: [PermitCommand.lifecycleOptions, PermitCommand.verifyOptions],
        run: { (invocation: Invocation) throws(UsageError) -> ExitStatus in
            try PermitCommand.run(invocation)
        })
}

/// The body of `sscard permit`.
enum PermitCommand {
    static func run(_ invocation: Invocation) throws(UsageError) -> ExitStatus {
        guard let action = invocation.arguments.first, !action.hasPrefix("-") else {
            throw UsageError(
                en: "missing action: lifecycle or verify; see --help",
                de: "Aktion fehlt: lifecycle oder verify; siehe --help", zh: "缺少操作：lifecycle 或 verify；参见 --help")
        }
        var rest = invocation
        rest.arguments = Array(invocation.arguments.dropFirst())
        switch action {
        case "lifecycle": return try self.lifecycle(rest)
        case "verify": return try self.verify(rest)
        default:
            throw UsageError(
                en: "unknown action '\(action)': use lifecycle or verify; see --help",
                de: "unbekannte Aktion „\(action)“: lifecycle oder verify verwenden; siehe --help",
                zh: "未知操作“\(action)”：请使用 lifecycle 或 verify；参见 --help")
        }
    }

    // MARK: - lifecycle

    static func lifecycle(_ invocation: Invocation) throws(UsageError) -> ExitStatus {
        let arguments = try Arguments(invocation.arguments, table: Self.lifecycleOptions)
        if let extra = arguments.positionals.first { throw UsageError.unexpected(extra) }
        let issued = try arguments.requiredDate("issued")
        let validUntil = try arguments.requiredDate("valid-until")
        let date = try arguments.requiredDate("on")
        let cancelled = try arguments.date("cancelled")
        let only = try arguments.choice("procedure").flatMap(WorkPermitProcedure.init(rawValue:))
        let language = invocation.language
        // The number and the category do not affect the procedures; they are never printed.
        guard let number = try? WorkPermitNumber("WP000000") else { return .failure }
        var permit: WorkPermit
        do throws(WorkPermitError) {
            permit = try WorkPermit.open(on: issued, number: number, category: .b, validUntil: validUntil).opened
            if let cancelled { try permit.cancel(on: cancelled) }
        } catch {
            let message = error.violations.map { "\($0.rule): \($0.message[language])" }.joined(separator: "; ")
            invocation.report(.invalid, message, command: "permit", rule: error.violations.first?.rule)
            return .failure
        }
        let decisions = only.map { [permit.decision(for: $0, on: date)] } ?? permit.procedureDecisions(on: date)
        let notes = Array(Set(decisions.flatMap(\.notes))).sorted { $0.message.english < $1.message.english }
        let status = permit.status(on: date)
        if invocation.json {
            invocation.print(
                json: .object([
                    ("issued", .date(issued)), ("validUntil", .date(validUntil)), ("cancelled", .date(cancelled)),
                    ("on", .date(date)), ("form", .string(permit.form.rawValue)), ("status", .string(status.rawValue)),
                    ("channel", .string(WorkPermitProcedure.channel[language])),
                    (
                        "procedures",
                        .array(
                            decisions.map { decision in
                                .object([
                                    ("procedure", .string(decision.procedure.rawValue)),
                                    ("name", .string(decision.procedure.name[language])),
                                    ("approved", .bool(decision.isApproved)),
                                    ("formAfter", decision.formAfter.map { .string($0.rawValue) } ?? .null),
                                    ("violations", .violations(decision.violations, language: language)),
                                ])
                            })
                    ),
                    ("notes", .notes(notes, language: language)),
                ]))
        } else {
            let labels = Labels(language)
            invocation.print(
                labels.permitIssued(issued, validUntil: validUntil)
                    + labels.parenthesized("\(permit.form.name[language])\(labels.comma)WP-EFFECTIVE"))
            invocation.print("\(labels.on(date))\(labels.colon)\(labels.status(status, cancelled: permit.cancelledOn))")
            invocation.print("")
            invocation.print(
                labels.procedures(WorkPermitProcedure.channel[language]) + labels.parenthesized("WP-ONLINE")
                    + labels.headingColon)
            let width = decisions.map { $0.procedure.name[language].displayWidth }.max() ?? 0
            for decision in decisions {
                let name = decision.procedure.name[language]
                let padding = String(repeating: " ", count: max(0, width - name.displayWidth))
                var line = "  \(name)\(padding)  "
                if decision.isApproved {
                    line += labels.open
                    if let form = decision.formAfter {
                        line += "\(labels.semicolon)\(labels.afterwards)\(labels.colon)\(form.name[language])"
                    }
                } else {
                    line += "\(labels.notOpen)\(labels.colon)"
                    line += decision.violations.map { $0.message[language] + labels.parenthesized($0.rule.rawValue) }
                        .joined(separator: labels.semicolon)
                }
                invocation.print(line)
            }
            if !notes.isEmpty {
                invocation.print("")
                invocation.print(labels.notes + labels.headingColon)
                for note in notes { invocation.print("  \(note.rule)\(labels.colon)\(note.message[language])") }
            }
        }
        if only != nil, decisions.contains(where: { !$0.isApproved }) { return .failure }
        return .success
    }

    // MARK: - verify

    static func verify(_ invocation: Invocation) throws(UsageError) -> ExitStatus {
        let arguments = try Arguments(invocation.arguments, table: Self.verifyOptions)
        if let extra = arguments.positionals.first { throw UsageError.unexpected(extra) }
        let codes: [(String, PermitDocument)] = [
            ("letter", .notificationLetter), ("ecard", .electronicCard), ("physical-card", .physicalWorkPermitCard),
        ]
        let chosen = try arguments.choice("document", of: codes.map(\.0))
        let documents = codes.filter { chosen == nil || $0.0 == chosen }.map(\.1)
        let date = try arguments.date("on")
        let language = invocation.language
        let policy = WorkPermitIntegrationPolicy.beijing.with(calendar: invocation.calendar)
        let answers = documents.map { document in
            (
                document, WorkPermitVerification.residencePermitMethods(for: document),
                date.map { Self.violations(document, on: $0, policy: policy) } ?? []
            )
        }
        if invocation.json {
            func methods(_ methods: [WorkPermitVerification]) -> JSONValue {
                .array(
                    methods.map {
                        .object([
                            ("method", .string($0.rawValue)), ("name", .string($0.name[language])),
                            ("rule", .string($0.rule.rawValue)),
                        ])
                    })
            }
            invocation.print(
                json: .object([
                    ("on", .date(date)),
                    (
                        "residencePermit",
                        .array(
                            answers.map { document, found, violations in
                                .object([
                                    ("document", .string(document.rawValue)),
                                    ("name", .string(document.name[language])),
                                    ("rule", .string(RuleID.workPermitResidence.rawValue)),
                                    ("approved", .bool(violations.isEmpty)), ("methods", methods(found)),
                                    ("violations", .violations(violations, language: language)),
                                ])
                            })
                    ),
                    (
                        "enrolment",
                        .object([
                            ("rule", .string(RuleID.workPermitEnrolment.rawValue)),
                            ("methods", methods(WorkPermitVerification.enrolmentMethods)),
                        ])
                    ),
                ]))
        } else {
            let labels = Labels(language)
            invocation.print(
                labels.residencePermitVerification + labels.parenthesized("WP-RESIDENCE") + labels.headingColon)
            for (document, found, violations) in answers {
                let ways = found.map { $0.name[language] }.joined(separator: labels.semicolon)
                let refusal = violations.map { $0.message[language] + labels.parenthesized($0.rule.rawValue) }
                    .joined(separator: labels.semicolon)
                invocation.print(
                    "  \(labels.with(document))\(labels.colon)"
                        + (violations.isEmpty ? ways : "\(labels.notProof(date))\(labels.colon)\(refusal)"))
            }
            invocation.print("")
            invocation.print(labels.enrolmentVerification + labels.parenthesized("WP-ENROL") + labels.headingColon)
            for method in WorkPermitVerification.enrolmentMethods { invocation.print("  \(method.name[language])") }
        }
        return answers.allSatisfy { $0.2.isEmpty } ? .success : .failure
    }

    /// Why `document` does not prove the permit on `date`: the electronic card before the integration
    /// (WP-EFFECTIVE), the letter before the online system (WP-ONLINE).
    static func violations(
        _ document: PermitDocument, on date: CivilDate, policy: WorkPermitIntegrationPolicy
    ) -> [Violation] {
        switch document {
        case .electronicCard where !policy.isIntegrationInForce(on: date):
            return [
                Violation(
                    rule: .workPermitEffective,
                    message: LocalizedText(
                        english: "the electronic card carries the work permit only from \(policy.effectiveDate)",
                        german:
                            "die elektronische Karte trägt die Arbeitserlaubnis erst ab dem \(policy.effectiveDate, in: .german)",
                        chinese: "电子社保卡自\(policy.effectiveDate, in: .simplifiedChinese)起才载有工作许可信息"),
                    facts: [Fact("date", "\(date)"), Fact("effectiveDate", "\(policy.effectiveDate)")])
            ]
        case .notificationLetter where !policy.isOnlineSystemInUse(on: date):
            return [
                Violation(
                    rule: .workPermitOnline,
                    message: LocalizedText(
                        english: "the Notification Letter exists only from \(policy.onlineSystemStartDate)",
                        german: "die Mitteilung über die Arbeitserlaubnis gibt es erst ab dem "
                            + "\(policy.onlineSystemStartDate, in: .german)",
                        chinese: "《外国人工作许可通知》自\(policy.onlineSystemStartDate, in: .simplifiedChinese)起才有"),
                    facts: [Fact("date", "\(date)"), Fact("onlineSystemStart", "\(policy.onlineSystemStartDate)")])
            ]
        default:
            return []
        }
    }

    /// The fixed words of the text output in the three languages.
    struct Labels: Wording {
        let language: Language
        init(_ language: Language) { self.language = language }

        func permitIssued(_ issued: CivilDate, validUntil: CivilDate) -> String {
            self.pick(
                "Work permit issued \(issued), valid until \(validUntil)",
                "Arbeitserlaubnis ausgestellt am \(self.formatted(issued)), gültig bis \(self.formatted(validUntil))",
                "工作许可签发日期 \(self.formatted(issued))，有效期至 \(self.formatted(validUntil))")
        }
        func on(_ date: CivilDate) -> String {
            self.pick("On \(date)", "Am \(self.formatted(date))", self.formatted(date))
        }
        func status(_ status: WorkPermit.Status, cancelled: CivilDate?) -> String {
            switch status {
            case .notYetIssued: self.pick("not yet issued", "noch nicht ausgestellt", "尚未签发")
            case .valid: self.pick("valid", "gültig", "有效")
            case .expired: self.pick("expired", "abgelaufen", "已过期")
            case .cancelled:
                self.pick(
                    "cancelled on \(self.formatted(cancelled))", "aufgehoben am \(self.formatted(cancelled))",
                    "已于\(self.formatted(cancelled))注销")
            }
        }
        func procedures(_ channel: String) -> String {
            self.pick("Procedures, all \(channel)", "Verfahren, alle \(channel)", "各项手续均\(channel)")
        }
        var open: String { self.pick("possible", "möglich", "可以办理") }
        var notOpen: String { self.pick("not possible", "nicht möglich", "不能办理") }
        var afterwards: String { self.pick("afterwards", "danach", "办理后") }
        var notes: String { self.pick("Notes", "Hinweise", "说明") }
        var residencePermitVerification: String {
            self.pick(
                "Residence permit: the exit-entry administration of the public security bureau where you work "
                    + "verifies the work permit",
                "Aufenthaltstitel: die Aus- und Einreiseverwaltung des Büros für öffentliche Sicherheit am Arbeitsort "
                    + "prüft die Arbeitserlaubnis",
                "居留许可：工作地公安机关出入境管理机构核验工作许可")
        }
        var enrolmentVerification: String {
            self.pick(
                "Social insurance enrolment: the social insurance agency verifies the work permit",
                "Anmeldung zur Sozialversicherung: die Sozialversicherungsanstalt prüft die Arbeitserlaubnis",
                "参保登记：社会保险经办机构核验工作许可")
        }
        func with(_ document: PermitDocument) -> String {
            switch document {
            case .notificationLetter:
                self.pick("with the Notification Letter", "mit der Mitteilung", "凭《外国人工作许可通知》")
            case .electronicCard:
                self.pick(
                    "with the electronic card with work permit information",
                    "mit der elektronischen Karte mit Informationen zur Arbeitserlaubnis", "凭载有工作许可信息的电子社保卡")
            case .physicalWorkPermitCard:
                self.pick(
                    "with the physical work permit card (issued before 2024-12-01)",
                    "mit der physischen Arbeitserlaubnis (vor dem 1. Dezember 2024 ausgestellt)",
                    "凭实体工作许可证（2024年12月1日前签发）")
            }
        }
        func notProof(_ date: CivilDate?) -> String {
            let day = self.formatted(date)
            return self.pick("no proof on \(day)", "am \(day) kein Nachweis", "\(day)不能证明工作许可")
        }
    }
}
