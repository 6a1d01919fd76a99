import CardModel
import ExchangePolicy

/// The `exchange` operation: an application to exchange a card for a third-generation one, decided by
/// `ExchangePolicy.beijing` (EX-*), answered with the document `sscard exchange --json` prints.
///
/// The request's members are `sscard exchange`'s options as an `sscard batch` request gives them: `date`,
/// `generation` (`1`, `2`, `3` or `"none"`, a number or a string), `channel` and `bank` (required), `receipt`,
/// `employer` and `employer-banks` (a string `"ICBC,BOC"` or an array of codes), the flags `employee`,
/// `company-pickup`, `collective-application`, `minor` and `guardian`, and `provisional`. `null`, like `false`,
/// leaves an option out. The combinations the command refuses as usage errors are `badRequest` here.
enum ExchangeRules {
    /// The policy every answer uses: Beijing's, with mainland China's official calendar.
    static let policy = ExchangePolicy.beijing
    /// The same policy answering years without a notice provisionally by law (CM-PROVISIONAL).
    static let provisionalPolicy = ExchangePolicy.beijing.with(
        calendar: WorkingDayCalendar.mainlandChina.withFallback(.provisional))

    /// The employer's code when none is given: `sscard exchange`'s, never printed.
    static let unnamedEmployerCode = "91350100M000100Y43"

    /// The bank of `text` (spaces around it ignored, any case): a partner bank, else a bank of that well-formed
    /// code that is not one, which the policy refuses (EX-PARTNER-BANKS).
    static func bank(_ text: String, policy: ExchangePolicy, member: String) throws(RequestError) -> PartnerBank {
        let code = Self.trimmingSpaces(text).uppercased()
        if let bank = policy.partnerBank(code: code) { return bank }
        guard ExchangePolicy.isWellFormedBankCode(code) else {
            throw RequestError(.badRequest, "'\(member)': '\(text)' is not a bank code such as ICBC")
        }
        return PartnerBank(code: code, english: code, chinese: code)
    }

    private static func trimmingSpaces(_ text: String) -> String {
        String(text.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }

    /// The decision's JSON, as `sscard exchange --json` writes it (Documentation/JSON.md).
    static func json(
        _ decision: ExchangeDecision, _ application: ExchangeApplication, language: Language
    ) -> JSONValue {
        .object([
            ("approved", .bool(decision.isApproved)),
            ("violations", Self.ruled(decision.violations.map { ($0.rule, $0.message) }, language)),
            ("phase", decision.phase.map { .string($0.rawValue) } ?? .null),
            ("generation", decision.generation.map { Self.integer($0.rawValue) } ?? .null),
            ("readyBy", Self.date(decision.readyDate)),
            (
                "receiptOptions",
                .array(
                    decision.receiptOptions.map {
                        .object([("method", .string($0.method.rawValue)), ("fee", Self.money($0.fee))])
                    })
            ),
            ("notes", Self.ruled(decision.notes.map { ($0.rule, $0.message) }, language)),
            ("date", Self.date(decision.date)),
            ("acceptanceDate", Self.date(decision.acceptanceDate)),
            ("channel", .string(application.channel.rawValue)),
            ("bank", .string(application.bank.code)),
            ("bankChoice", .string(decision.bankChoice.rawValue)),
            ("receipt", .string(decision.receipt.rawValue)),
            ("warnings", Self.ruled(decision.warnings.map { ($0.rule, $0.message) }, language)),
            ("complete", .bool(decision.missingCalendarYears.isEmpty)),
            ("missingCalendarYears", .array(decision.missingCalendarYears.map { Self.integer($0) })),
            ("provisionalYears", .array(decision.provisionalYears.map { Self.integer($0) })),
            ("information", Self.ruled(decision.information.map { ($0.rule, $0.message) }, language)),
            ("bankName", .string(application.bank.name[language])),
            ("channelName", .string(application.channel.name[language])),
        ])
    }

    /// Violations, warnings or notes as `[{"rule", "message"}]`, in `language`.
    private static func ruled(_ items: [(rule: RuleID, message: LocalizedText)], _ language: Language) -> JSONValue {
        .array(
            items.map { .object([("rule", .string($0.rule.rawValue)), ("message", .string($0.message[language]))]) })
    }

    private static func date(_ date: CivilDate?) -> JSONValue { date.map { .string($0.description) } ?? .null }

    private static func money(_ money: Money) -> JSONValue {
        .object([("fen", Self.integer(money.fen)), ("text", .string(money.description))])
    }

    /// A fee in fen, a generation or a year, all far within `Int32` on every platform.
    private static func integer(_ value: Int) -> JSONValue { .integer(Int32(truncatingIfNeeded: value)) }
}

extension Request {
    /// `{"date", "generation", "channel", "bank", …}` → the decision as `sscard exchange --json` gives it.
    mutating func exchange() throws(RequestError) -> JSONValue {
        let provisional = try self.flag("provisional")
        let policy = provisional ? ExchangeRules.provisionalPolicy : ExchangeRules.policy
        let date = try self.date("date")
        let currentCard = try self.generation()
        guard
            let channel = try self.choice("channel", ExchangeChannel.allCases.map { $0.rawValue })
                .flatMap({ ExchangeChannel(rawValue: $0) })
        else { throw RequestError(.badRequest, "missing member 'channel'") }
        guard let bankText = try self.optionalString("bank") else {
            throw RequestError(.badRequest, "missing member 'bank'")
        }
        let bank = try ExchangeRules.bank(bankText, policy: policy, member: "bank")
        let receipt =
            try self.choice("receipt", ExchangeReceiptMethod.allCases.map { $0.rawValue })
            .flatMap { ExchangeReceiptMethod(rawValue: $0) } ?? .bankBranch
        let employer = try self.arrangement(policy: policy)
        let minor = try self.flag("minor")
        let guardian = try self.flag("guardian")
        try self.requireNoOtherMembers()
        let application = ExchangeApplication(
            date: date, currentCard: currentCard, channel: channel, bank: bank, receipt: receipt, employer: employer,
            holderIsMinor: minor, appliedByGuardian: guardian)
        return ExchangeRules.json(policy.evaluate(application), application, language: self.language)
    }

    /// `generation`: the card held now, `1`, `2` or `3` (as a number or a string), or `"none"` (`nil`).
    private mutating func generation() throws(RequestError) -> CardGeneration? {
        let message = "'generation' must be 1, 2, 3 or \"none\""
        switch self.take("generation") {
        case nil, .null?: throw RequestError(.badRequest, "missing member 'generation'")
        case .integer(let number)? where (1...3).contains(number): return CardGeneration(rawValue: Int(number))
        case .string(let text)? where ["1", "2", "3", "none"].contains(text):
            return Int(text).flatMap { CardGeneration(rawValue: $0) }
        default: throw RequestError(.badRequest, message)
        }
    }

    /// The string member `key`, or `nil` when it is absent or `null`.
    private mutating func optionalString(_ key: String) throws(RequestError) -> String? {
        switch self.take(key) {
        case nil, .null?: return nil
        case .string(let text)?: return text
        case let value?: throw RequestError(.badRequest, "'\(key)' must be a string, not \(value.typeName)")
        }
    }

    /// `employer-banks`: a string of comma-separated codes or an array of codes (`sscard batch` joins one with
    /// commas); `nil` when absent or `null`.
    private mutating func bankList() throws(RequestError) -> String? {
        switch self.take("employer-banks") {
        case nil, .null?: return nil
        case .string(let text)?: return text
        case .array(let values)?:
            var codes: [String] = []
            for value in values {
                guard case .string(let code) = value else {
                    throw RequestError(.badRequest, "'employer-banks' must hold bank codes, not \(value.typeName)")
                }
                codes.append(code)
            }
            return codes.joined(separator: ",")
        case let value?:
            throw RequestError(.badRequest, "'employer-banks' must be a string or an array, not \(value.typeName)")
        }
    }

    /// The employer's arrangement, as `sscard exchange` reads it from its options (EX-FREE-CHOICE,
    /// EX-EMPLOYER-BANKS).
    private mutating func arrangement(policy: ExchangePolicy) throws(RequestError) -> EmployerArrangement? {
        let pickup = try self.flag("company-pickup")
        let collectiveApplication = try self.flag("collective-application")
        let employee = try self.flag("employee")
        let employerText = try self.optionalString("employer")
        let bankList = try self.bankList()
        if pickup && collectiveApplication {
            throw RequestError(
                .badRequest,
                "'company-pickup' and 'collective-application' exclude each other: company pickup is collective "
                    + "application with the employer collecting the cards (EX-EMPLOYER-BANKS)")
        }
        let collective = pickup || collectiveApplication
        guard collective || employee || employerText != nil || bankList != nil else { return nil }
        let employer: UnifiedSocialCreditCode
        do throws(IdentifierValidationError) {
            employer = try UnifiedSocialCreditCode(employerText ?? ExchangeRules.unnamedEmployerCode)
        } catch {
            throw RequestError(
                .badRequest, "'employer': not a valid unified social credit code (\(error.message.english))")
        }
        guard collective else {
            if bankList != nil {
                throw RequestError(.badRequest, "'employer-banks' needs 'company-pickup' or 'collective-application'")
            }
            return employerText == nil ? nil : EmployerArrangement.withoutCollectiveApplication(employer: employer)
        }
        guard let bankList else {
            let flag = pickup ? "company-pickup" : "collective-application"
            throw RequestError(.badRequest, "'\(flag)' needs 'employer-banks'")
        }
        var banks: [PartnerBank] = []
        for code in bankList.split(separator: ",", omittingEmptySubsequences: false) {
            banks.append(try ExchangeRules.bank(String(code), policy: policy, member: "employer-banks"))
        }
        do throws(EmployerArrangementError) {
            return try EmployerArrangement(
                employer: employer, collectiveApplication: true, companyPickup: pickup, selectedBanks: banks,
                checkedAgainst: nil)
        } catch {
            throw RequestError(.badRequest, "'employer-banks': \(error.message.english)")
        }
    }
}
