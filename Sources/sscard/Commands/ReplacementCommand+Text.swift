import CardModel
import ReplacementWorkflow

extension ReplacementCommand {
    /// The answer for people, every word in `language` (rule ids and dates as they are).
    static func text(
        _ decision: ReplacementDecision, application: ReplacementApplication, language: Language
    )
        -> [String]
    {
        let labels = Labels(language)
        let onSiteDayUnknown = decision.warnings.contains { $0.answers.contains(.onSiteWorkingDay) }
        let status =
            !decision.isApproved ? labels.refused : onSiteDayUnknown ? labels.notRefused : labels.accepted
        var lines = [labels.title(application, status: status)]
        lines += decision.violations.map { "  - " + labels.ruled($0.rule, $0.message[language]) }
        var fields: [(String, String)] = [(labels.fee, labels.formatted(decision.fee) + labels.cite(.replacementFee))]
        let missing = decision.missingCalendarYears.map(String.init).joined(separator: ", ")
        if let accepted = decision.acceptanceDate {
            fields.append(
                (
                    labels.acceptance,
                    labels.formatted(accepted) + (accepted == application.date ? "" : labels.nextWorkingDay)
                ))
        } else if decision.isApproved && !missing.isEmpty {
            fields.append((labels.acceptance, labels.unknown(missing)))
        }
        if let ready = decision.readyDate {
            fields.append(
                (
                    labels.ready,
                    labels.formatted(ready)
                        + labels.readyExplained(
                            ReplacementPolicy.beijing.workingDaysToProduce,
                            provisional: decision.warnings.contains {
                                $0.kind == .provisional && $0.answers.contains(.readyDate)
                            })
                ))
        } else if decision.isApproved && !missing.isEmpty {
            fields.append((labels.ready, labels.unknown(missing)))
        }
        if let login = decision.login {
            fields.append((labels.login, labels.quoted(login.label[language]) + labels.cite(.replacementLogin)))
        }
        if !decision.menuPath.isEmpty {
            fields.append((labels.menu, decision.menuPath.map { $0[language] }.joined(separator: " > ")))
        }
        if decision.isApproved {
            fields.append(
                (
                    labels.newCard,
                    (decision.generation.map { $0.name[language] } ?? labels.generationNotStated)
                        + labels.cite(.exchangeGeneration)
                ))
        }
        // At least 12 columns, so the English answer keeps its layout of the first release.
        let width = max(12, fields.map(\.0.displayWidth).max() ?? 0)
        lines += fields.map { "  " + $0.0 + String(repeating: " ", count: width - $0.0.displayWidth + 1) + $0.1 }
        lines.append(labels.documents)
        lines += decision.documents.map { "  - " + $0.text[language] + labels.cite($0.rule) }
        lines.append(labels.steps)
        lines += decision.steps.enumerated().map { "  \($0.offset + 1). \($0.element.text[language])" }
        if !decision.warnings.isEmpty {
            lines.append(labels.warnings)
            lines += decision.warnings.map { "  - " + labels.ruled($0.rule, $0.message[language]) }
        }
        if !decision.notes.isEmpty {
            lines.append(labels.notes)
            lines += decision.notes.map { "  - " + labels.ruled($0.rule, $0.message[language]) }
        }
        return lines
    }

    /// The labels and short phrases of `sscard replacement`, in English, German and Simplified Chinese.
    struct Labels: Wording {
        let language: Language

        init(_ language: Language) { self.language = language }

        func title(_ application: ReplacementApplication, status: String) -> String {
            let reason = application.reason.name[self.language]
            let channel = application.channel.name[self.language]
            let party =
                application.applicant == .holder
                ? self.pick("holder", "Karteninhaber", "本人") : self.pick("agent", "Bevollmächtigter", "代办人")
            return self.pick(
                "Replacement (\(reason), \(channel), \(party)), applied \(application.date): \(status)",
                "Ersatzkarte (\(reason), \(channel), \(party)), beantragt am \(application.date, in: .german): \(status)",
                "补换卡（\(reason)，\(channel)，\(party)），申请日期\(application.date, in: .simplifiedChinese)：\(status)")
        }

        var accepted: String { self.pick("accepted", "angenommen", "予以受理") }
        var refused: String { self.pick("refused", "abgelehnt", "不予受理") }
        var notRefused: String {
            self.pick(
                "not refused; whether the office is open that day is unknown",
                "nicht abgelehnt; ob die Stelle an dem Tag geöffnet ist, ist unbekannt", "未被拒绝；当日是否办公未知")
        }
        var fee: String { self.pick("fee:", "Gebühr:", "工本费：") }
        var acceptance: String { self.pick("accepted:", "angenommen am:", "受理日期：") }
        var ready: String { self.pick("ready:", "fertig:", "制卡完成：") }
        var login: String { self.pick("login:", "Anmeldung:", "登录身份：") }
        var menu: String { self.pick("menu:", "Menü:", "菜单：") }
        var newCard: String { self.pick("new card:", "neue Karte:", "新卡：") }
        var documents: String { self.pick("documents:", "Unterlagen:", "所需证件：") }
        var steps: String { self.pick("steps:", "Schritte:", "办理步骤：") }
        var warnings: String { self.pick("warnings:", "Warnungen:", "注意：") }
        var notes: String { self.pick("notes:", "Hinweise:", "说明：") }
        var nextWorkingDay: String {
            self.pick(
                " (next working day, CM-ACCEPTANCE)", " (nächster Arbeitstag, CM-ACCEPTANCE)",
                "（顺延至下一个工作日，CM-ACCEPTANCE）")
        }
        var generationNotStated: String {
            self.pick("generation not stated", "Generation nicht angegeben", "代别未说明")
        }

        func readyExplained(_ days: Int, provisional: Bool) -> String {
            guard provisional else {
                return self.pick(
                    " (\(days) working days after acceptance, RP-READY; postage time not counted)",
                    " (\(days) Arbeitstage nach der Annahme, RP-READY; Postlaufzeit nicht eingerechnet)",
                    "（受理后第\(days)个工作日，RP-READY；不含邮寄时间）")
            }
            return self.pick(
                " (provisional, CM-PROVISIONAL: \(days) working days after acceptance, RP-READY; postage time not "
                    + "counted)",
                " (vorläufig, CM-PROVISIONAL: \(days) Arbeitstage nach der Annahme, RP-READY; Postlaufzeit nicht "
                    + "eingerechnet)",
                "（临时，CM-PROVISIONAL：受理后第\(days)个工作日，RP-READY；不含邮寄时间）")
        }

        func unknown(_ years: String) -> String {
            self.pick(
                "unknown: no working-day data for \(years) (CM-WORKDAY)",
                "unbekannt: keine Arbeitstagsdaten für \(years) (CM-WORKDAY)", "未知：缺少\(years)年的工作日数据（CM-WORKDAY）")
        }

        /// ` (RP-FEE)`, or `（RP-FEE）` in Chinese.
        func cite(_ rule: RuleID) -> String {
            self.pick(" (\(rule.rawValue))", " (\(rule.rawValue))", "（\(rule.rawValue)）")
        }

        /// `RP-FEE: message`, or `RP-FEE：message` in Chinese.
        func ruled(_ rule: RuleID, _ message: String) -> String {
            rule.rawValue + self.pick(": ", ": ", "：") + message
        }

        func quoted(_ text: String) -> String { self.pick("\"\(text)\"", "„\(text)“", "“\(text)”") }

        // MARK: Usage errors

        func unexpected(_ argument: String) -> String {
            self.pick(
                "unexpected argument '\(argument)'; see --help", "unerwartetes Argument '\(argument)'; siehe --help",
                "多余的参数 '\(argument)'；参见 --help")
        }

        var needsAgent: String {
            self.pick("--no-agent-id needs --agent", "--no-agent-id verlangt --agent", "--no-agent-id 须与 --agent 同用")
        }

        var idFlagsExclusive: String {
            self.pick(
                "--no-id and --id-copy exclude each other", "--no-id und --id-copy schließen einander aus",
                "--no-id 与 --id-copy 不能同时使用")
        }

        func onSiteOnly(_ flag: String, channel: String) -> String {
            self.pick(
                "--\(flag) describes what is shown at an on-site counter (RP-DOCUMENTS); with --channel \(channel) "
                    + "nothing is shown, the login is real-name: use --channel onsite or leave it out",
                "--\(flag) beschreibt, was am Schalter vor Ort vorgelegt wird (RP-DOCUMENTS); mit --channel "
                    + "\(channel) wird nichts vorgelegt, die Anmeldung erfolgt mit Klarnamen: --channel onsite verwenden oder "
                    + "die Angabe weglassen",
                "--\(flag) 描述现场窗口出示的材料（RP-DOCUMENTS）；--channel \(channel) 为实名登录办理，无需出示材料："
                    + "请改用 --channel onsite 或去掉该参数")
        }

        var cardFlagNeedsDamaged: String {
            self.pick(
                "--card-not-handed-in is for a damaged card (--reason damaged); a lost card cannot be handed in "
                    + "(RP-DOCUMENTS)",
                "--card-not-handed-in gilt für eine beschädigte Karte (--reason damaged); eine verlorene Karte kann "
                    + "nicht abgegeben werden (RP-DOCUMENTS)",
                "--card-not-handed-in 仅适用于损坏的卡（--reason damaged）；丢失的卡无法交回（RP-DOCUMENTS）")
        }
    }
}
