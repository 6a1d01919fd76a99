import CardModel
import ExchangePolicy

extension ExchangeCommand {
    /// The text a person reads: every word follows `--lang`; rule ids, dates and bank codes stay as they are.
    static func text(_ decision: ExchangeDecision, _ application: ExchangeApplication, language: Language) -> [String] {
        let labels = Labels(language)
        let phase = decision.phase.map { $0.name[language] } ?? labels.notOpen
        var lines = [
            labels.headline(
                approved: decision.isApproved, date: decision.date, phase: phase,
                channel: application.channel.name[language], bank: Self.bankName(application.bank, language))
        ]
        for violation in decision.violations {
            lines.append("  \(violation.rule)\(labels.colon)\(violation.message[language])")
        }
        if decision.isApproved, let generation = decision.generation {
            lines.append(
                "  \(labels.card)\(labels.colon)"
                    + labels.made(
                        generation: generation.name[language], readyBy: decision.readyDate,
                        accepted: decision.acceptanceDate.flatMap { $0 == decision.date ? nil : $0 },
                        instant: application.receipt == .instantIssuance, missing: decision.missingCalendarYears)
                    + (decision.provisionalYears.isEmpty ? "" : labels.parenthesized(labels.provisional)))
        }
        lines.append(
            "  \(labels.bankChoice)\(labels.colon)\(decision.bankChoice.name[language])"
                + labels.parenthesized(decision.bankChoice.rule.rawValue))
        // EX-RECEIPT: post says "free" only when the policy's postage fee is; any other fee shows next to its way.
        let options = decision.receiptOptions.map { option in
            let fee = option.fee == .zero ? (option.method == .post ? labels.free : nil) : labels.formatted(option.fee)
            return option.method.name[language] + (fee.map(labels.parenthesized) ?? "")
        }
        lines.append(
            "  \(labels.receipt)\(labels.colon)\(decision.receipt.name[language])\(labels.semicolon)"
                + "\(labels.open)\(labels.colon)\(options.joined(separator: labels.listSeparator))")
        for note in decision.notes {
            lines.append("  \(labels.note) \(note.rule)\(labels.colon)\(note.message[language])")
        }
        for info in decision.information {
            lines.append("  \(labels.information) \(info.rule)\(labels.colon)\(info.message[language])")
        }
        for warning in decision.warnings {
            lines.append("  \(labels.warning) \(warning.rule)\(labels.colon)\(warning.message[language])")
        }
        return lines
    }

    /// A bank by name and code, `Industrial and Commercial Bank of China (ICBC)`; a code the policy does not know
    /// has no name and is shown as it is.
    static func bankName(_ bank: PartnerBank, _ language: Language) -> String {
        let name = bank.name[language]
        return name == bank.code ? bank.code : name + Labels(language).parenthesized(bank.code)
    }

    /// The fixed words of the text output in the three languages.
    struct Labels: Wording {
        let language: Language
        init(_ language: Language) { self.language = language }

        var notOpen: String { self.pick("exchange not open", "Umtausch noch nicht eröffnet", "换卡尚未开放") }
        var card: String { self.pick("card", "Karte", "新卡") }
        var bankChoice: String { self.pick("bank choice", "Bankwahl", "银行选择") }
        var receipt: String { self.pick("receipt", "Empfang", "领卡方式") }
        var open: String { self.pick("open", "möglich", "可选") }
        var free: String { self.pick("free", "kostenlos", "免费") }
        var note: String { self.pick("note", "Hinweis", "说明") }
        var information: String { self.pick("to know", "Wissenswert", "须知") }
        var warning: String { self.pick("warning", "Warnung", "注意") }
        var provisional: String { self.pick("provisional, see the warning", "vorläufig, siehe Warnung", "临时结果，见“注意”") }

        func headline(approved: Bool, date: CivilDate, phase: String, channel: String, bank: String) -> String {
            switch self.language {
            case .english:
                "\(approved ? "approved" : "refused"): exchange on \(date) (\(phase)) through \(channel) with \(bank)"
            case .german:
                "\(approved ? "genehmigt" : "abgelehnt"): Umtausch am \(date, in: .german) (\(phase)) über \(channel), "
                    + "ausgebende Bank: \(bank)"
            case .simplifiedChinese:
                "\(approved ? "批准" : "不予批准")：\(date, in: .simplifiedChinese)（\(phase)）通过\(channel)申请换卡，发卡银行为\(bank)"
            }
        }

        func made(
            generation: String, readyBy: CivilDate?, accepted: CivilDate?, instant: Bool, missing: [Int]
        ) -> String {
            let years = missing.map(String.init).joined(separator: ", ")
            guard let readyBy else {
                return self.pick(
                    "\(generation), made by: unknown (no calendar data for \(years); see the warning) (EX-PRODUCTION)",
                    "\(generation), fertig bis: unbekannt (keine Kalenderdaten für \(years); siehe Warnung) "
                        + "(EX-PRODUCTION)",
                    "\(generation)社保卡，制成日期未知（缺少\(years)年日历数据，见“注意”）（EX-PRODUCTION）")
            }
            if instant {
                return self.pick(
                    "\(generation), made and handed over on the spot on \(readyBy)",
                    "\(generation), am \(readyBy, in: .german) vor Ort hergestellt und übergeben",
                    "\(generation)社保卡，\(readyBy, in: .simplifiedChinese)现场制卡并当场领取")
            }
            guard let accepted else {
                return self.pick(
                    "\(generation), made by \(readyBy) (EX-PRODUCTION)",
                    "\(generation), fertig bis \(readyBy, in: .german) (EX-PRODUCTION)",
                    "\(generation)社保卡，\(readyBy, in: .simplifiedChinese)前制成（EX-PRODUCTION）")
            }
            return self.pick(
                "\(generation), made by \(readyBy), accepted \(accepted) (EX-PRODUCTION)",
                "\(generation), fertig bis \(readyBy, in: .german), angenommen am \(accepted, in: .german) "
                    + "(EX-PRODUCTION)",
                "\(generation)社保卡，\(accepted, in: .simplifiedChinese)受理，\(readyBy, in: .simplifiedChinese)前制成"
                    + "（EX-PRODUCTION）")
        }
    }
}
