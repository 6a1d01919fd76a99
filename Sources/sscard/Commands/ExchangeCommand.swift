import CardModel
import ExchangePolicy

extension Subcommand {
    /// `sscard exchange`: may this person exchange their card for a third-generation card? (EX- rules)
    static let exchange = Subcommand(
        name: "exchange", summary: "third-generation card exchange: approved or refused, and why",
        help: ExchangeCommand.help, optionTables: [ExchangeCommand.options],
        run: { (invocation: Invocation) throws(UsageError) -> ExitStatus in try ExchangeCommand.run(invocation) })
}

/// `sscard exchange`: evaluates one exchange application with ``ExchangePolicy/beijing``.
enum ExchangeCommand {
    static let help = """
        \(options.usage)

        Decides an application to exchange a first- or second-generation card for a third-generation card
        under Beijing's rules: approved, or refused with every rule it breaks (EX-PHASE, EX-CHANNELS,
        EX-SERVICE-POINT-DAYS, EX-PARTNER-BANKS, EX-EMPLOYER-BANKS, EX-ELIGIBLE, EX-MINOR, EX-RECEIPT), and
        what the applicant gets: generation, the date by which the card is made, the ways of receiving it,
        and what to know (EX-OLD-VALID: the old card stays valid until the new one is activated;
        EX-ACTIVATION: how to activate; EX-MINOR: only the guardian collects a minor's card). Working days
        come from the shell-wide calendar (--holidays FILE, SSCARD_HOLIDAYS, --provisional; see sscard --help).

        OPTIONS:
        \(options.list)

        A date that needs a year the calendar has no data for (2027 and later, until its schedule is added
        with --holidays) is unknown: the decision is still made, with a CM-WORKDAY warning naming the year.
        With --provisional such a date is counted by law and a CM-PROVISIONAL warning says so.

        EXIT STATUS: 0 approved (warnings may still be printed); 1 refused, or approved with a date unknown
        for lack of calendar data (the decision is printed, with a line on stderr); 2 usage error.

        JSON keys: approved, violations [{rule, message}], phase (centralized, regular or null), generation
        (3 or null), readyBy (date or null), receiptOptions [{method, fee}], notes [{rule, message}], date,
        acceptanceDate, channel, bank, bankChoice (free, employer-selection, free-offline), receipt;
        warnings [{rule, message}] (CM-WORKDAY for a year without data, CM-PROVISIONAL for a provisional one),
        complete (false when a date is unknown for lack of a notice), missingCalendarYears [year],
        provisionalYears [year],
        information [{rule, message}] (EX-OLD-VALID, EX-ACTIVATION, EX-MINOR; empty when refused),
        bankName (in --lang), channelName (in --lang).
        """

    /// Stands in for the employer when `--employer` is not given: the decision never depends on the code and
    /// the shell never prints it.
    static let unnamedEmployerCode = "91350100M000100Y43"

    static func run(_ invocation: Invocation) throws(UsageError) -> ExitStatus {
        let policy = ExchangePolicy.beijing.with(calendar: invocation.calendar)
        let arguments = try Arguments(invocation.arguments, table: Self.options)
        if let extra = arguments.positionals.first { throw UsageError.unexpected(extra) }
        let date = try arguments.requiredDate("date")
        guard let generationText = try arguments.choice("generation") else {
            throw UsageError(
                en: "--generation 1|2|3|none is required; see --help",
                de: "--generation 1|2|3|none ist erforderlich; siehe --help",
                zh: "必须指定 --generation 1|2|3|none；参见 --help")
        }
        guard let channelText = try arguments.choice("channel"),
            let channel = ExchangeChannel(rawValue: channelText)
        else {
            throw UsageError(
                en: "--channel CHANNEL is required; see --help for the codes",
                de: "--channel KANAL ist erforderlich; die Codes stehen in --help", zh: "必须指定 --channel 渠道；渠道代码见 --help"
            )
        }
        guard let bankText = arguments.option("bank") else {
            throw UsageError(
                en: "--bank CODE is required; see --help", de: "--bank CODE ist erforderlich; siehe --help",
                zh: "必须指定 --bank 银行代码；参见 --help")
        }
        let bank = try Self.bank(bankText, policy: policy, what: "--bank")
        let receipt =
            try arguments.choice("receipt").flatMap(ExchangeReceiptMethod.init) ?? .bankBranch
        let application = ExchangeApplication(
            date: date, currentCard: Int(generationText).flatMap(CardGeneration.init(rawValue:)), channel: channel,
            bank: bank, receipt: receipt, employer: try Self.arrangement(arguments, policy: policy),
            holderIsMinor: arguments.flag("minor"), appliedByGuardian: arguments.flag("guardian"))
        let decision = policy.evaluate(application)
        if invocation.json {
            invocation.print(json: Self.json(decision, application, language: invocation.language))
        } else {
            for line in Self.text(decision, application, language: invocation.language) { invocation.print(line) }
        }
        if !decision.missingCalendarYears.isEmpty {
            invocation.reportDatesUnknown(decision.missingCalendarYears, command: "exchange")
        }
        return decision.isApproved && decision.missingCalendarYears.isEmpty ? .success : .failure
    }

    /// The employer's arrangement from the command line, checked for shape only: whether the selection fits
    /// the policy is the decision's to say (EX-EMPLOYER-BANKS violations), together with every other reason.
    static func arrangement(_ arguments: Arguments, policy: ExchangePolicy) throws(UsageError) -> EmployerArrangement? {
        let pickup = arguments.flag("company-pickup")
        if pickup && arguments.flag("collective-application") {
            throw UsageError(
                en: "--company-pickup and --collective-application exclude each other: company pickup is collective "
                    + "application with the employer collecting the cards (EX-EMPLOYER-BANKS); give one; see --help",
                de: "--company-pickup und --collective-application schließen einander aus: Abholung durch den "
                    + "Arbeitgeber ist eine Sammelbeantragung, bei der der Arbeitgeber die Karten abholt "
                    + "(EX-EMPLOYER-BANKS); nur eines angeben; siehe --help",
                zh: "--company-pickup 与 --collective-application 不能同时使用：单位代领即由单位领卡的集体申领"
                    + "（EX-EMPLOYER-BANKS）；请只指定其一；参见 --help")
        }
        let collective = pickup || arguments.flag("collective-application")
        let bankList = arguments.option("employer-banks")
        guard collective || arguments.flag("employee") || arguments.option("employer") != nil || bankList != nil else {
            return nil
        }
        let employer: UnifiedSocialCreditCode
        do throws(IdentifierValidationError) {
            employer = try UnifiedSocialCreditCode(arguments.option("employer") ?? Self.unnamedEmployerCode)
        } catch {
            throw UsageError(
                en: "--employer: not a valid unified social credit code (\(error.message.english))",
                de: "--employer: keine gültige einheitliche Sozialkreditkennziffer (\(error.message.german))",
                zh: "--employer：不是有效的统一社会信用代码（\(error.message.chinese)）")
        }
        guard collective else {
            if bankList != nil {
                throw UsageError(
                    en: "--employer-banks needs --company-pickup or --collective-application; see --help",
                    de: "--employer-banks verlangt --company-pickup oder --collective-application; siehe --help",
                    zh: "--employer-banks 须与 --company-pickup 或 --collective-application 同用；参见 --help")
            }
            return arguments.option("employer") == nil
                ? nil : EmployerArrangement.withoutCollectiveApplication(employer: employer)
        }
        guard let bankList else {
            let flag = pickup ? "company-pickup" : "collective-application"
            throw UsageError(
                en: "--\(flag) needs --employer-banks CODE,CODE; see --help",
                de: "--\(flag) verlangt --employer-banks CODE,CODE; siehe --help",
                zh: "--\(flag) 须与 --employer-banks 代码,代码 同用；参见 --help")
        }
        var banks: [PartnerBank] = []
        for code in bankList.split(separator: ",", omittingEmptySubsequences: false) {
            banks.append(try Self.bank(String(code), policy: policy, what: "--employer-banks"))
        }
        do throws(EmployerArrangementError) {
            return try EmployerArrangement(
                employer: employer, collectiveApplication: true, companyPickup: pickup, selectedBanks: banks,
                checkedAgainst: nil)
        } catch {
            throw UsageError(
                en: "--employer-banks: \(error.message.english)", de: "--employer-banks: \(error.message.german)",
                zh: "--employer-banks：\(error.message.chinese)")
        }
    }

    /// The partner bank with `code`, or a bank of that code that the policy will refuse (EX-PARTNER-BANKS).
    static func bank(_ text: String, policy: ExchangePolicy, what: String) throws(UsageError) -> PartnerBank {
        let code = text.trimmingSpaces.uppercased()
        if let bank = policy.partnerBank(code: code) { return bank }
        guard ExchangePolicy.isWellFormedBankCode(code) else {
            throw UsageError(
                en: "\(what): '\(text)' is not a bank code such as ICBC; see --help",
                de: "\(what): „\(text)“ ist kein Bankcode wie ICBC; siehe --help",
                zh: "\(what)：“\(text)”不是银行代码（如 ICBC）；参见 --help")
        }
        return PartnerBank(code: code, english: code, chinese: code)
    }

    static func json(_ decision: ExchangeDecision, _ application: ExchangeApplication, language: Language) -> JSONValue
    {
        .object([
            ("approved", .bool(decision.isApproved)),
            ("violations", .violations(decision.violations, language: language)),
            ("phase", decision.phase.map { .string($0.rawValue) } ?? .null),
            ("generation", decision.generation.map { .int($0.rawValue) } ?? .null),
            ("readyBy", .date(decision.readyDate)),
            (
                "receiptOptions",
                .array(
                    decision.receiptOptions.map {
                        .object([("method", .string($0.method.rawValue)), ("fee", .money($0.fee))])
                    })
            ),
            ("notes", .notes(decision.notes, language: language)),
            ("date", .date(decision.date)),
            ("acceptanceDate", .date(decision.acceptanceDate)),
            ("channel", .string(application.channel.rawValue)),
            ("bank", .string(application.bank.code)),
            ("bankChoice", .string(decision.bankChoice.rawValue)),
            ("receipt", .string(decision.receipt.rawValue)),
            ("warnings", .violations(decision.warnings, language: language)),
            ("complete", .bool(decision.missingCalendarYears.isEmpty)),
            ("missingCalendarYears", .array(decision.missingCalendarYears.map { .int($0) })),
            ("provisionalYears", .array(decision.provisionalYears.map { .int($0) })),
            ("information", .notes(decision.information, language: language)),
            ("bankName", .string(application.bank.name[language])),
            ("channelName", .string(application.channel.name[language])),
        ])
    }
}

extension String {
    /// The string without surrounding spaces and tabs.
    fileprivate var trimmingSpaces: String {
        String(self.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
