import CardModel
import ReplacementWorkflow

extension Subcommand {
    /// `sscard replacement --applied DATE ...`: fee, ready date, login, documents and steps of a replacement
    /// (RP-CHANNELS, RP-LOGIN, RP-DOCUMENTS, RP-ONSITE-DAYS, RP-FEE, RP-READY, RP-RECEIPT, EX-GENERATION).
    static let replacement = Subcommand(
        name: "replacement", summary: "replace a lost or damaged card: fee, ready date, login, steps",
        help: """
            \(ReplacementCommand.options.usage)

            Decides an application to replace a lost or damaged social security card in Beijing and says what
            follows: the fee (CNY 20.00), the acceptance date (the next working day for an online application
            on a rest day), the ready date (the 4th working day after acceptance; postage time not counted),
            the website login option and menu path, the documents to bring, the steps in order and the new
            card's generation.

            OPTIONS:
            \(ReplacementCommand.options.list(section: 0))
            On site the holder's original valid identity document is assumed shown (and the agent's own with
            --agent), and a damaged card handed in; these flags say otherwise:
            \(ReplacementCommand.options.list(section: 1))

            Online (website, app, wechat) the holder applies under their own login: --agent is refused there
            (RP-LOGIN; agents apply on site only), and the on-site flags --no-id, --id-copy, --no-agent-id and
            --card-not-handed-in are usage errors; --card-not-handed-in needs --reason damaged.

            A date that needs a year without working-day data (official data covers 2004 through 2026; add one
            with --holidays FILE) is unknown: the answer is still printed, with a warning naming the year
            (CM-WORKDAY), and is not a refusal. With --provisional such a year is answered by law (weekends and
            statutory holidays are rest days) and the warning says the dates are provisional (CM-PROVISIONAL).

            EXIT STATUS: 0 accepted with every date known (provisional dates included); 1 refused, or accepted
            with a date unknown for want of working-day data (the answer is on stdout, a line naming the year
            on stderr); 2 usage error.

            JSON keys: accepted, violations [{rule, message}], fee {fen, text}, acceptanceDate, readyDate
            (null when refused or unknown), login ({option, label, menuPath} on the website, else null),
            menuPath, documents [{document, when, rule, text}], steps [{step, rule, text}], generation (3 when
            the card is made from 2026-01-01; null when refused or ready earlier), notes [{rule, message}],
            complete (false when a date is unknown), missingCalendarYears [year], provisionalYears [year],
            warnings [{kind, rule, year, answers, message}] (kind noCalendarData with rule CM-WORKDAY, or
            provisional with rule CM-PROVISIONAL; answers among onSiteWorkingDay, acceptanceDate, readyDate).
            """, optionTables: [ReplacementCommand.options],
        run: { (invocation: Invocation) throws(UsageError) -> ExitStatus in
            try ReplacementCommand.run(invocation)
        })
}

/// The body of `sscard replacement`.
enum ReplacementCommand {
    static func run(_ invocation: Invocation) throws(UsageError) -> ExitStatus {
        let language = invocation.language
        let application = try self.application(from: invocation.arguments, language: language)
        let decision = ReplacementPolicy.beijing.with(calendar: invocation.calendar).evaluate(application)
        if invocation.json {
            invocation.print(json: self.json(decision, language: language))
        } else {
            for line in self.text(decision, application: application, language: language) {
                invocation.print(line)
            }
        }
        if decision.isApproved && !decision.isComplete {
            invocation.reportDatesUnknown(decision.missingCalendarYears, command: "replacement")
        }
        return decision.isApproved && decision.isComplete ? .success : .failure
    }

    /// The application the command line describes.
    static func application(
        from arguments: [String], language: Language = .english
    ) throws(UsageError)
        -> ReplacementApplication
    {
        let labels = Labels(language)
        let parsed = try Arguments(arguments, table: self.options)
        if let extra = parsed.positionals.first { throw UsageError(labels.unexpected(extra)) }
        let date = try parsed.requiredDate("applied")
        let reason = try parsed.choice("reason").flatMap(ReplacementReason.init) ?? .lost
        let channel =
            try parsed.choice("channel").flatMap(ReplacementChannel.init) ?? .website
        let category: InsuredCategory =
            try parsed.choice("category") == "resident"
            ? .urbanRuralResident : .urbanEmployee
        let receipt =
            try parsed.choice("receipt").flatMap(ReplacementReceiptMethod.init) ?? .collect
        let applicant: ActingParty = parsed.flag("agent") ? .agent : .holder
        if parsed.flag("no-agent-id") && applicant == .holder { throw UsageError(labels.needsAgent) }
        if parsed.flag("no-id") && parsed.flag("id-copy") { throw UsageError(labels.idFlagsExclusive) }
        // What is shown at a counter means nothing online, where the login is real-name (RP-DOCUMENTS).
        if channel.isOnline, let flag = self.onSiteFlags.first(where: parsed.flag) {
            throw UsageError(labels.onSiteOnly(flag, channel: channel.rawValue))
        }
        // A lost card cannot be handed in, so "not handed in" says nothing new (RP-DOCUMENTS).
        if parsed.flag("card-not-handed-in") && reason == .lost { throw UsageError(labels.cardFlagNeedsDamaged) }

        // The command line carries no identity numbers: documents stand for "shown" or "not shown". These sample
        // numbers (valid by GB 11643) are never printed.
        var documents = PresentedDocuments.none
        if channel == .onSite {
            let holder =
                parsed.flag("no-id")
                ? nil
                : self.sample("11010519491231002X").map { PresentedDocument($0, isOriginal: !parsed.flag("id-copy")) }
            let agent =
                applicant == .agent && !parsed.flag("no-agent-id")
                ? self.sample("110105198001011238").map { PresentedDocument($0) } : nil
            documents = PresentedDocuments(
                holder: holder, agent: agent,
                damagedCardHandedIn: reason == .damaged && !parsed.flag("card-not-handed-in"))
        }
        return ReplacementApplication(
            date: date, reason: reason, channel: channel, category: category, applicant: applicant,
            documents: documents, receipt: receipt)
    }

    private static func sample(_ number: String) -> IdentityDocument? {
        (try? ResidentIdentityNumber(number)).map { IdentityDocument(residentIdentityCard: $0) }
    }

    // MARK: - JSON

    static func json(_ decision: ReplacementDecision, language: Language) -> JSONValue {
        let menuPath = JSONValue.array(decision.menuPath.map { .string($0[language]) })
        let login: JSONValue =
            decision.login.map {
                .object([
                    ("option", .string($0.rawValue)), ("label", .string($0.label[language])), ("menuPath", menuPath),
                ])
            } ?? .null
        return .object([
            ("accepted", .bool(decision.isApproved)),
            ("violations", .violations(decision.violations, language: language)),
            ("fee", .money(decision.fee)),
            ("acceptanceDate", .date(decision.acceptanceDate)),
            ("readyDate", .date(decision.readyDate)),
            ("login", login),
            ("menuPath", menuPath),
            (
                "documents",
                .array(
                    decision.documents.map {
                        .object([
                            ("document", .string($0.item.rawValue)), ("when", .string($0.occasion.rawValue)),
                            ("rule", .string($0.rule.rawValue)), ("text", .string($0.text[language])),
                        ])
                    })
            ),
            (
                "steps",
                .array(
                    decision.steps.map {
                        .object([
                            ("step", .string($0.code)), ("rule", .string($0.rule.rawValue)),
                            ("text", .string($0.text[language])),
                        ])
                    })
            ),
            ("generation", decision.generation.map { .int($0.rawValue) } ?? .null),
            ("notes", .notes(decision.notes, language: language)),
            ("complete", .bool(decision.isComplete)),
            ("missingCalendarYears", .array(decision.missingCalendarYears.map { .int($0) })),
            ("provisionalYears", .array(decision.provisionalYears.map { .int($0) })),
            (
                "warnings",
                .array(
                    decision.warnings.map {
                        .object([
                            ("kind", .string($0.kind.rawValue)), ("rule", .string($0.rule.rawValue)),
                            ("year", .int($0.year)), ("answers", .array($0.answers.map { .string($0.rawValue) })),
                            ("message", .string($0.message[language])),
                        ])
                    })
            ),
        ])
    }
}
