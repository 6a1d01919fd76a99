import CardModel
import ExchangePolicy

extension Subcommand {
    /// `sscard exchange`: may this person exchange their card for a third-generation card? (EX- rules)
    static let exchange = Subcommand(
        name: "exchange", summary: "third-generation card exchange: approved or refused, and why",
        help: ExchangeCommand.help,
        run: { (invocation: Invocation) throws(UsageError) -> ExitStatus in try ExchangeCommand.run(invocation) })
}

/// `sscard exchange`: evaluates one exchange application with ``ExchangePolicy/beijing``.
enum ExchangeCommand {
    static let help = """
        USAGE: sscard exchange --date DATE --generation 1|2|3|none --channel CHANNEL --bank CODE
                               [--receipt bank-branch|instant-issuance|post|employer]
                               [--employee] [--employer USCC]
                               [--company-pickup | --collective-application] [--employer-banks CODE,CODE]
                               [--minor [--guardian]] [--json] [--lang en|de|zh]

        Decides an application to exchange a first- or second-generation card for a third-generation card
        under Beijing's rules: approved, or refused with every rule it breaks (EX-PHASE, EX-CHANNELS,
        EX-PARTNER-BANKS, EX-EMPLOYER-BANKS, EX-ELIGIBLE, EX-MINOR, EX-RECEIPT, CM-WORKDAY), and what the
        applicant gets: generation, the date by which the card is made, the ways of receiving it.

        OPTIONS:
          --date DATE             the application day (YYYY-MM-DD)
          --generation G          the card held now: 1, 2, 3 (refused: nothing to exchange) or none
                                  (refused: make a first application instead)
          --channel CHANNEL       online: website, wechat-account, jingtong, minsheng-mini-program;
                                  offline (from 2026-01-04): district-service-point,
                                  subdistrict-service-point, bank-outlet
          --bank CODE             the issuing bank: ICBC, ABC, BOC, CCB, BOCOM, BOB, HXB, BRCB, CITIC, CEB,
                                  CMBC, CGB, CMB, SPDB, PSBC (another code is refused, EX-PARTNER-BANKS)
          --receipt WAY           bank-branch (default), instant-issuance (at a bank outlet), post (free),
                                  employer (under company pickup)
          --employee              the holder is an employee; without an arrangement below, the choice of
                                  bank is free (EX-FREE-CHOICE)
          --employer USCC         the employer's unified social credit code (optional; the decision does
                                  not depend on it; never printed)
          --company-pickup        the employer has collective application with company pickup (单位代领):
                                  an online application must choose one of --employer-banks
          --collective-application  the employer has collective application without company pickup
          --employer-banks CODES  the one to three partner banks the employer selected, comma-separated
                                  (needs --company-pickup or --collective-application)
          --minor                 the holder is under 18 (EX-MINOR)
          --guardian              a guardian applies on the holder's behalf

        EXIT STATUS: 0 approved; 1 refused (also when the working-day calendar lacks a year); 2 usage error.

        JSON keys: approved, violations [{rule, message}], phase (centralized, regular or null), generation
        (3 or null), readyBy (date or null), receiptOptions [{method, fee}], notes [{rule, message}], date,
        acceptanceDate, channel, bank, bankChoice (free, employer-selection, free-offline), receipt.
        """

    static let options: Set<String> = [
        "date", "generation", "channel", "bank", "receipt", "employer", "employer-banks",
    ]
    static let flags: Set<String> = ["employee", "company-pickup", "collective-application", "minor", "guardian"]

    /// Stands in for the employer when `--employer` is not given: the decision never depends on the code and
    /// the shell never prints it.
    static let unnamedEmployerCode = "91350100M000100Y43"

    static func run(_ invocation: Invocation) throws(UsageError) -> ExitStatus {
        let policy = ExchangePolicy.beijing
        let arguments = try Arguments(invocation.arguments, options: Self.options, flags: Self.flags)
        if let extra = arguments.positionals.first { throw UsageError("unexpected argument '\(extra)'; see --help") }
        let date = try arguments.requiredDate("date")
        guard let generationText = try arguments.choice("generation", of: ["1", "2", "3", "none"]) else {
            throw UsageError("--generation 1|2|3|none is required; see --help")
        }
        guard let channelText = try arguments.choice("channel", of: ExchangeChannel.allCases.map(\.rawValue)),
            let channel = ExchangeChannel(rawValue: channelText)
        else { throw UsageError("--channel CHANNEL is required; see --help for the codes") }
        guard let bankText = arguments.option("bank") else { throw UsageError("--bank CODE is required; see --help") }
        let bank = try Self.bank(bankText, policy: policy, what: "--bank")
        let receipt =
            try arguments.choice("receipt", of: ExchangeReceiptMethod.allCases.map(\.rawValue)).flatMap(
                ExchangeReceiptMethod.init)
            ?? .bankBranch
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
        return decision.isApproved ? .success : .failure
    }

    /// The employer's arrangement from the command line, checked for shape only: whether the selection fits
    /// the policy is the decision's to say (EX-EMPLOYER-BANKS violations), together with every other reason.
    static func arrangement(_ arguments: Arguments, policy: ExchangePolicy) throws(UsageError) -> EmployerArrangement? {
        let pickup = arguments.flag("company-pickup")
        let collective = pickup || arguments.flag("collective-application")
        let bankList = arguments.option("employer-banks")
        guard collective || arguments.flag("employee") || arguments.option("employer") != nil || bankList != nil else {
            return nil
        }
        let employer: UnifiedSocialCreditCode
        do throws(IdentifierValidationError) {
            employer = try UnifiedSocialCreditCode(arguments.option("employer") ?? Self.unnamedEmployerCode)
        } catch {
            throw UsageError("--employer: not a valid unified social credit code (\(error))")
        }
        guard collective else {
            if bankList != nil {
                throw UsageError("--employer-banks needs --company-pickup or --collective-application; see --help")
            }
            return arguments.option("employer") == nil
                ? nil : EmployerArrangement.withoutCollectiveApplication(employer: employer)
        }
        guard let bankList else {
            throw UsageError(
                "--\(pickup ? "company-pickup" : "collective-application") needs --employer-banks CODE,CODE; see --help"
            )
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
            throw UsageError("--employer-banks: \(error.message.english)")
        }
    }

    /// The partner bank with `code`, or a bank of that code that the policy will refuse (EX-PARTNER-BANKS).
    static func bank(_ text: String, policy: ExchangePolicy, what: String) throws(UsageError) -> PartnerBank {
        let code = text.trimmingSpaces.uppercased()
        if let bank = policy.partnerBank(code: code) { return bank }
        guard ExchangePolicy.isWellFormedBankCode(code) else {
            throw UsageError("\(what): '\(text)' is not a bank code such as ICBC; see --help")
        }
        return PartnerBank(code: code, english: code, chinese: code)
    }

    static func text(_ decision: ExchangeDecision, _ application: ExchangeApplication, language: Language) -> [String] {
        let phase = decision.phase.map { $0.name[language] } ?? "exchange not open"
        var lines = [
            "\(decision.isApproved ? "approved" : "refused"): exchange on \(decision.date) (\(phase)) through "
                + "\(application.channel) with \(application.bank.code)"
        ]
        for violation in decision.violations { lines.append("  \(violation.rule): \(violation.message[language])") }
        if decision.isApproved, let generation = decision.generation, let readyBy = decision.readyBy {
            let accepted = decision.acceptanceDate.map { $0 == decision.date ? "" : ", accepted \($0)" } ?? ""
            lines.append(
                application.receipt == .instantIssuance
                    ? "  card: \(generation.name[language]), made and handed over on the spot on \(readyBy)"
                    : "  card: \(generation.name[language]), made by \(readyBy)\(accepted) (EX-PRODUCTION)")
        }
        lines.append("  bank choice: \(decision.bankChoice) (\(decision.bankChoice.rule))")
        let options = decision.receiptOptions.map { $0.fee == .zero ? "\($0.method)" : "\($0.method) (\($0.fee))" }
        // EX-RECEIPT: say "free" only when the policy's postage fee is; a fee shows next to `post` instead.
        let postIsFree = decision.receiptOptions.contains { $0.method == .post && $0.fee == .zero }
        lines.append(
            "  receipt: \(decision.receipt); open: \(options.joined(separator: ", "))\(postIsFree ? " (post is free)" : "")"
        )
        for note in decision.notes { lines.append("  note \(note.rule): \(note.message[language])") }
        return lines
    }

    static func json(_ decision: ExchangeDecision, _ application: ExchangeApplication, language: Language) -> JSONValue
    {
        .object([
            ("approved", .bool(decision.isApproved)),
            ("violations", .violations(decision.violations, language: language)),
            ("phase", decision.phase.map { .string($0.rawValue) } ?? .null),
            ("generation", decision.generation.map { .int($0.rawValue) } ?? .null),
            ("readyBy", .date(decision.readyBy)),
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
        ])
    }
}

extension String {
    /// The string without surrounding spaces and tabs.
    fileprivate var trimmingSpaces: String {
        String(self.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
