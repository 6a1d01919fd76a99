import CardModel
import WorkPermitIntegration

extension Subcommand {
    /// `sscard ecard services --on DATE …`: what a foreigner's electronic social security card gives on a day
    /// (WP-SERVICES, WP-ECARD, CM-FORM, CM-FUNCTIONS).
    static let ecard = Subcommand(
        name: "ecard", summary: "what a foreigner's electronic social security card gives on a day",
        help: """
            \(ECardCommand.servicesOptions.usage)

            What the electronic social security card of a foreign employee gives on DATE, service by service,
            with the rule behind each answer: after real-name and real-person verification the work permit
            services (query and download the permit's information, verify its QR code, notifications;
            WP-SERVICES); once the physical card has been received the card mirrors it and gives the social
            security functions (the standard services, WP-ECARD) and the BEIJING PASS services (business
            information, benefits and subsidies; CM-FUNCTIONS); the bank function is activated on the physical
            card at the issuing bank.

            \(ECardCommand.servicesOptions.list)

            EXIT STATUS: 0 at least one service is available; 1 none is (refused, with the reasons); 2 usage
                         error.

            JSON KEYS:
              on                             ISO date
              phase                          registered, verified or standardServices
              available                      the available functions' ids
              services [{function, name, group, groupName, rule, available, violations [{rule, message}]}]
                                             "function" is a stable id (workPermitInformation, …); "group" is
                                             workPermit, beijingPass, socialSecurity or bank; "rule" the rule
                                             that names the group (WP-SERVICES, CM-FUNCTIONS, EX-ACTIVATION)
              notes [{rule, message}]        the readings the answer rests on
            """, optionTables: [ECardCommand.servicesOptions],
        run: { (invocation: Invocation) throws(UsageError) -> ExitStatus in
            try ECardCommand.run(invocation)
        })
}

/// The body of `sscard ecard`.
enum ECardCommand {
    static func run(_ invocation: Invocation) throws(UsageError) -> ExitStatus {
        guard let action = invocation.arguments.first, !action.hasPrefix("-") else {
            throw UsageError(
                en: "missing action: services; see --help", de: "Aktion fehlt: services; siehe --help",
                zh: "缺少操作：services；参见 --help")
        }
        guard action == "services" else {
            throw UsageError(
                en: "unknown action '\(action)': use services; see --help",
                de: "unbekannte Aktion „\(action)“: services verwenden; siehe --help",
                zh: "未知操作“\(action)”：请使用 services；参见 --help")
        }
        let arguments = try Arguments(Array(invocation.arguments.dropFirst()), table: Self.servicesOptions)
        if let extra = arguments.positionals.first { throw UsageError.unexpected(extra) }
        let date = try arguments.requiredDate("on")
        let permit = try arguments.choice("permit") ?? "integrated"
        let services = ElectronicCardServices(
            on: date, verified: !arguments.flag("unverified"),
            physicalCardReceivedOn: try arguments.date("physical-card-received"),
            carriesWorkPermitInformation: permit == "integrated",
            workPermitValidUntil: try arguments.date("permit-expires"),
            policy: .beijing.with(calendar: invocation.calendar))
        let language = invocation.language
        if invocation.json {
            invocation.print(json: self.json(services, language: language))
        } else {
            for line in self.text(services, language: language) { invocation.print(line) }
        }
        return services.available.isEmpty ? .failure : .success
    }

    static func json(_ services: ElectronicCardServices, language: Language) -> JSONValue {
        .object([
            ("on", .date(services.date)), ("phase", .string(services.phase.rawValue)),
            ("available", .array(services.available.map { .string($0.rawValue) })),
            (
                "services",
                .array(
                    services.decisions.map { decision in
                        let group = decision.function.serviceGroup
                        return .object([
                            ("function", .string(decision.function.rawValue)),
                            ("name", .string(decision.function.name[language])),
                            ("group", .string(group.rawValue)), ("groupName", .string(group.name[language])),
                            ("rule", .string(group.rule.rawValue)), ("available", .bool(decision.isApproved)),
                            ("violations", .violations(decision.violations, language: language)),
                        ])
                    })
            ),
            ("notes", .notes(services.notes, language: language)),
        ])
    }

    static func text(_ services: ElectronicCardServices, language: Language) -> [String] {
        let labels = Labels(language)
        var lines = [labels.title(services.date) + labels.parenthesized(labels.phase(services.phase))]
        let width = max(labels.available.displayWidth, labels.notAvailable.displayWidth)
        for group in CardFunction.ServiceGroup.allCases {
            let decisions = services.decisions.filter { $0.function.serviceGroup == group }
            guard !decisions.isEmpty else { continue }
            lines += ["", group.name[language] + labels.parenthesized(group.rule.rawValue) + labels.headingColon]
            for decision in decisions {
                let mark = decision.isApproved ? labels.available : labels.notAvailable
                let padding = String(repeating: " ", count: width - mark.displayWidth)
                let reasons = decision.violations.map { $0.message[language] + labels.parenthesized($0.rule.rawValue) }
                lines.append(
                    "  \(mark)\(padding)  \(decision.function.name[language])"
                        + (reasons.isEmpty ? "" : labels.colon + reasons.joined(separator: labels.semicolon)))
            }
        }
        lines +=
            ["", labels.notes + labels.headingColon]
            + services.notes.map { "  \($0.rule)\(labels.colon)\($0.message[language])" }
        return lines
    }

    /// The fixed words of the text output in the three languages.
    struct Labels: Wording {
        let language: Language
        init(_ language: Language) { self.language = language }

        func title(_ date: CivilDate) -> String {
            self.pick(
                "Electronic social security card on \(date)",
                "Elektronische Sozialversicherungskarte am \(self.formatted(date))", "电子社保卡 \(self.formatted(date))")
        }
        func phase(_ phase: ElectronicCard.Phase) -> String {
            switch phase {
            case .registered, .realNameVerified:
                self.pick("verification not complete", "Prüfung nicht abgeschlossen", "认证未完成")
            case .verified:
                self.pick(
                    "verified; physical card not yet received", "geprüft; physische Karte noch nicht erhalten",
                    "已认证；尚未领取实体社保卡")
            case .standardServices:
                self.pick("verified; physical card received", "geprüft; physische Karte erhalten", "已认证；已领取实体社保卡")
            }
        }
        var available: String { self.pick("available", "verfügbar", "可用") }
        var notAvailable: String { self.pick("not available", "nicht verfügbar", "暂不可用") }
        var notes: String { self.pick("Notes", "Hinweise", "说明") }
    }
}
