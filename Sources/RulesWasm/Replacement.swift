import CardModel
import ReplacementWorkflow

/// The `replacement` operation: an application to replace a lost or damaged card, decided by
/// `ReplacementPolicy.beijing` (REPLACEMENT), answered with the document `sscard replacement --json` prints.
///
/// The request's members are `sscard replacement`'s options as an `sscard batch` request gives them: `applied`
/// (required), `reason`, `channel`, `category`, `receipt` (strings), `agent`, `no-id`, `id-copy`, `no-agent-id`,
/// `card-not-handed-in` (booleans), and `provisional` (a boolean: the shell-wide `--provisional`). `null`, like
/// `false`, leaves an option out, as in a batch request. The combinations the command refuses as usage errors are
/// `badRequest` here, with the same reasons.
enum ReplacementRules {
    /// The policy every answer uses: Beijing's, with mainland China's official calendar.
    static let policy = ReplacementPolicy.beijing
    /// The same policy answering years without a notice provisionally by law (CM-PROVISIONAL).
    static let provisionalPolicy = ReplacementPolicy.beijing.with(
        calendar: WorkingDayCalendar.mainlandChina.withFallback(.provisional))

    /// The on-site flags, which describe what is shown at a counter (RP-DOCUMENTS): refused online.
    static let onSiteFlags = ["no-id", "id-copy", "no-agent-id", "card-not-handed-in"]

    /// The documents standing for "shown": the command line carries no identity numbers, and neither does a request.
    /// These sample numbers (valid by GB 11643) are the ones `sscard replacement` uses; they are never printed.
    static let holderSample = Self.sample("11010519491231002X")
    static let agentSample = Self.sample("110105198001011238")

    private static func sample(_ number: String) -> IdentityDocument? {
        (try? ResidentIdentityNumber(number)).map { IdentityDocument(residentIdentityCard: $0) }
    }

    /// The decision's JSON, as `sscard replacement --json` writes it (Documentation/JSON.md).
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
            (
                "violations",
                .array(
                    decision.violations.map {
                        .object([("rule", .string($0.rule.rawValue)), ("message", .string($0.message[language]))])
                    })
            ),
            (
                "fee",
                .object([("fen", Self.integer(decision.fee.fen)), ("text", .string(decision.fee.description))])
            ),
            ("acceptanceDate", decision.acceptanceDate.map { .string($0.description) } ?? .null),
            ("readyDate", decision.readyDate.map { .string($0.description) } ?? .null),
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
            ("generation", decision.generation.map { Self.integer($0.rawValue) } ?? .null),
            (
                "notes",
                .array(
                    decision.notes.map {
                        .object([("rule", .string($0.rule.rawValue)), ("message", .string($0.message[language]))])
                    })
            ),
            ("complete", .bool(decision.isComplete)),
            ("missingCalendarYears", .array(decision.missingCalendarYears.map { Self.integer($0) })),
            ("provisionalYears", .array(decision.provisionalYears.map { Self.integer($0) })),
            (
                "warnings",
                .array(
                    decision.warnings.map {
                        .object([
                            ("kind", .string($0.kind.rawValue)), ("rule", .string($0.rule.rawValue)),
                            ("year", Self.integer($0.year)),
                            ("answers", .array($0.answers.map { .string($0.rawValue) })),
                            ("message", .string($0.message[language])),
                        ])
                    })
            ),
        ])
    }

    /// A number of the answer: a fee in fen, a generation or a year, all far within `Int32` on every platform.
    private static func integer(_ value: Int) -> JSONValue {
        .integer(Int32(truncatingIfNeeded: value))
    }
}

extension Request {
    /// `{"applied", "reason", "channel", …}` → the decision as `sscard replacement --json` gives it.
    mutating func replacement() throws(RequestError) -> JSONValue {
        let date = try self.date("applied")
        let reason =
            try self.choice("reason", ReplacementReason.allCases.map { $0.rawValue })
            .flatMap { ReplacementReason(rawValue: $0) } ?? .lost
        let channel =
            try self.choice("channel", ReplacementChannel.allCases.map { $0.rawValue })
            .flatMap { ReplacementChannel(rawValue: $0) } ?? .website
        let category: InsuredCategory =
            try self.choice("category", ["employee", "resident"]) == "resident" ? .urbanRuralResident : .urbanEmployee
        let receipt =
            try self.choice("receipt", ReplacementReceiptMethod.allCases.map { $0.rawValue })
            .flatMap { ReplacementReceiptMethod(rawValue: $0) } ?? .collect
        let applicant: ActingParty = try self.flag("agent") ? .agent : .holder
        var onSite: [String: Bool] = [:]
        for name in ReplacementRules.onSiteFlags { onSite[name] = try self.flag(name) }
        let provisional = try self.flag("provisional")
        try self.requireNoOtherMembers()

        // The usage errors of `sscard replacement`, in its order.
        if onSite["no-agent-id"] == true && applicant == .holder {
            throw RequestError(.badRequest, "'no-agent-id' needs 'agent'")
        }
        if onSite["no-id"] == true && onSite["id-copy"] == true {
            throw RequestError(.badRequest, "'no-id' and 'id-copy' exclude each other")
        }
        if channel.isOnline, let flag = ReplacementRules.onSiteFlags.first(where: { onSite[$0] == true }) {
            throw RequestError(
                .badRequest,
                "'\(flag)' describes what is shown at an on-site counter (RP-DOCUMENTS); with channel "
                    + "\(channel.rawValue) nothing is shown, the login is real-name")
        }
        if onSite["card-not-handed-in"] == true && reason == .lost {
            throw RequestError(
                .badRequest,
                "'card-not-handed-in' is for a damaged card (reason damaged); a lost card cannot be handed in "
                    + "(RP-DOCUMENTS)")
        }

        var documents = PresentedDocuments.none
        if channel == .onSite {
            let holder =
                onSite["no-id"] == true
                ? nil
                : ReplacementRules.holderSample.map { PresentedDocument($0, isOriginal: onSite["id-copy"] != true) }
            let agent =
                applicant == .agent && onSite["no-agent-id"] != true
                ? ReplacementRules.agentSample.map { PresentedDocument($0) } : nil
            documents = PresentedDocuments(
                holder: holder, agent: agent,
                damagedCardHandedIn: reason == .damaged && onSite["card-not-handed-in"] != true)
        }
        let application = ReplacementApplication(
            date: date, reason: reason, channel: channel, category: category, applicant: applicant,
            documents: documents, receipt: receipt)
        let policy = provisional ? ReplacementRules.provisionalPolicy : ReplacementRules.policy
        return ReplacementRules.json(policy.evaluate(application), language: self.language)
    }
}
