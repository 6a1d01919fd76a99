import CardModel

extension Subcommand {
    /// `sscard rules [--lang en|de|zh]`: every rule with its source.
    static let rules = Subcommand(
        name: "rules", summary: "list every rule with its id and source",
        help: """
            \(OptionTable.rules.usage)

            Lists every rule of the library (or the ones named) with its id, title, text and sources.
            JSON: [{"id", "title", "text", "sources"}].
            """, optionTables: [.rules],
        run: { (invocation: Invocation) throws(UsageError) -> ExitStatus in
            let arguments = try Arguments(invocation.arguments, table: .rules)
            var rules = Rule.catalogue
            if !arguments.positionals.isEmpty {
                rules = []
                for id in arguments.positionals {
                    guard let ruleID = RuleID(rawValue: id.uppercased()), let rule = Rule.rule(ruleID) else {
                        throw UsageError(
                            en: "unknown rule id '\(id)'; run 'sscard rules' for the list",
                            de: "unbekannte Regel-ID „\(id)“; 'sscard rules' zeigt die Liste",
                            zh: "未知规则编号“\(id)”；运行 'sscard rules' 查看列表")
                    }
                    rules.append(rule)
                }
            }
            let language = invocation.language
            if invocation.json {
                invocation.print(
                    json: .array(
                        rules.map { rule in
                            .object([
                                ("id", .string(rule.id.rawValue)), ("title", .string(rule.title[language])),
                                ("text", .string(rule.text[language])),
                                ("sources", .array(rule.sources.map { .string($0.rawValue) })),
                            ])
                        }))
            } else {
                let source = LocalizedText(english: "Source: ", german: "Quelle: ", chinese: "来源：")[language]
                for rule in rules {
                    invocation.print("\(rule.id.rawValue)  \(rule.title[language])")
                    invocation.print("    \(rule.text[language])")
                    // The citations in --lang: the sources' titles rendered, document numbers as published.
                    let citations = rule.sources.map { $0.localizedCitation[language] }
                    invocation.print(
                        "    \(source)\(citations.joined(separator: language == .simplifiedChinese ? "；" : "; "))")
                }
            }
            return .success
        })
}
