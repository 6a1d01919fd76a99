import CardModel
import Foundation
import Testing

/// The rule catalogue (`Rule.catalogue`), the ids (`RuleID`) and the handbook's index (Documentation/Rules.md)
/// stay in step with DOMAIN.md and with each other.
@Suite struct RuleCatalogueTests {
    /// Every rule id of DOMAIN.md, copied from it as written there, in its order.
    static let domainIDs: [String] = [
        "CM-DATE", "CM-WORKDAY", "CM-WORKDAY-ADD", "CM-ACCEPTANCE", "CM-PERIOD", "CM-MONEY", "CM-GENERATION",
        "CM-FORM", "CM-STATUS", "CM-FUNCTIONS", "CM-CATEGORY", "CM-ID", "CM-ID-FOREIGN",
        "CM-NOTICE", "CM-STATUTORY", "CM-PROVISIONAL", "CM-PRIVACY",
        "EX-PHASE", "EX-CHANNELS", "EX-FREE-CHOICE", "EX-PARTNER-BANKS", "EX-EMPLOYER-BANKS", "EX-RECEIPT",
        "EX-PRODUCTION", "EX-MINOR", "EX-GENERATION", "EX-ELIGIBLE", "EX-OLD-VALID", "EX-ACTIVATION",
        "EX-SERVICE-POINT-DAYS",
        "RP-LOSS", "RP-CHANNELS", "RP-LOGIN", "RP-DOCUMENTS", "RP-ONSITE-DAYS", "RP-LOSS-REPORT", "RP-FEE",
        "RP-READY", "RP-RECEIPT", "RP-CERTIFICATE", "RP-SUPERSEDE",
        "WP-EFFECTIVE", "WP-ONLINE", "WP-NO-CHANGE", "WP-VISA", "WP-ECARD", "WP-RESIDENCE", "WP-ENROL",
        "WP-NOTIFICATION", "WP-RESIDENCE-DEADLINE", "WP-CATEGORY", "WP-SERVICES",
    ]

    // MARK: RuleID

    @Test("RuleID(rawValue:) round-trips every id of DOMAIN.md", arguments: domainIDs)
    func rawValueRoundTrips(raw: String) throws {
        let id = try #require(RuleID(rawValue: raw))
        #expect(id.rawValue == raw)
        #expect(id.description == raw)
    }

    @Test("RuleID has exactly DOMAIN.md's ids, in its order")
    func ruleIDsMatchDomain() {
        #expect(Self.domainIDs.count == 52)
        #expect(Set(Self.domainIDs).count == Self.domainIDs.count)
        #expect(RuleID.allCases.map(\.rawValue) == Self.domainIDs)
    }

    // MARK: The catalogue

    @Test("Every RuleID has exactly one catalogue entry", arguments: RuleID.allCases)
    func oneEntryPerID(id: RuleID) {
        #expect(Rule.catalogue.filter { $0.id == id }.count == 1)
        #expect(Rule.rule(id)?.id == id)
    }

    @Test("The catalogue's ids are unique and follow DOMAIN.md's order")
    func catalogueIDsAreUniqueAndOrdered() {
        let ids = Rule.catalogue.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.map(\.rawValue) == Self.domainIDs)
    }

    @Test("Title and text exist in English, German and Chinese", arguments: Rule.catalogue)
    func threeLanguages(rule: Rule) {
        for text in [rule.title, rule.text] {
            for language in [Language.english, .german, .simplifiedChinese] {
                let value = text[language]
                #expect(!value.isEmpty, "\(rule.id) \(language)")
                // Multi-line literals in the catalogue must not leak line breaks or doubled spaces.
                #expect(value == value.trimmingCharacters(in: .whitespacesAndNewlines), "\(rule.id) \(language)")
                #expect(!value.contains("\n") && !value.contains("  "), "\(rule.id) \(language)")
            }
            #expect(text.chinese != text.english, "\(rule.id)")
            #expect(text.german != text.english || text.english.count < 12, "\(rule.id)")
            #expect(text.chinese.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(rule.id)")
        }
        #expect(rule.title.english.count <= 60, "\(rule.id): a title is a few words")
        #expect(rule.description == "\(rule.id.rawValue): \(rule.title.english)")
    }

    @Test("Every rule has at least one source, none twice", arguments: Rule.catalogue)
    func sources(rule: Rule) {
        #expect(!rule.sources.isEmpty)
        #expect(Set(rule.sources).count == rule.sources.count)
    }

    @Test("Every source key is cited by some rule")
    func everySourceIsUsed() {
        let cited = Set(Rule.catalogue.flatMap(\.sources))
        #expect(cited == Set(SourceKey.allCases))
    }

    @Test("A rule round-trips through JSON")
    func codable() throws {
        let data = try JSONEncoder().encode(Rule.catalogue)
        let decoded = try JSONDecoder().decode([Rule].self, from: data)
        #expect(decoded == Rule.catalogue)
    }

    // MARK: Documentation/Rules.md

    /// Documentation/Rules.md, found from this file's path.
    static func rulesDocument() throws -> String {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // CardModelTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // the package
        return try String(contentsOf: root.appendingPathComponent("Documentation/Rules.md"), encoding: .utf8)
    }

    /// The ids named by `### XX-...` headings, in the order they appear.
    static func headingIDs(in document: String) -> [String] {
        document.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line in
            guard line.hasPrefix("### ") else { return nil }
            let word = line.dropFirst(4).split(separator: " ").first.map(String.init) ?? ""
            guard let dash = word.firstIndex(of: "-") else { return nil }
            let prefix = word[..<dash]
            guard prefix.count >= 2, prefix.allSatisfy({ $0.isASCII && $0.isUppercase }) else { return nil }
            return word
        }
    }

    /// The section of `id`: from its heading to the next heading of level 2 or 3.
    static func section(of id: RuleID, in document: String) -> String? {
        let lines = document.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0 == "### \(id.rawValue)" }) else { return nil }
        let rest = lines[(start + 1)...]
        let end = rest.firstIndex { $0.hasPrefix("## ") || $0.hasPrefix("### ") } ?? lines.endIndex
        return lines[start..<end].joined(separator: "\n")
    }

    @Test("Rules.md has exactly one section per RuleID and none for an unknown id")
    func documentSections() throws {
        let document = try Self.rulesDocument()
        let headings = Self.headingIDs(in: document)
        for id in RuleID.allCases {
            #expect(headings.filter { $0 == id.rawValue }.count == 1, "### \(id.rawValue)")
        }
        let unknown = headings.filter { RuleID(rawValue: $0) == nil }
        #expect(unknown.isEmpty, "unknown ids: \(unknown)")
        #expect(headings == Self.domainIDs)
    }

    @Test("Rules.md lists every rule in its contents table", arguments: RuleID.allCases)
    func documentContents(id: RuleID) throws {
        let document = try Self.rulesDocument()
        #expect(document.contains("| [\(id.rawValue)](#\(id.rawValue.lowercased())) |"))
    }

    @Test("Rules.md gives each rule's English text, sources and encoding module", arguments: Rule.catalogue)
    func documentSectionContents(rule: Rule) throws {
        let document = try Self.rulesDocument()
        let section = try #require(Self.section(of: rule.id, in: document))
        // Markdown wraps lines and quotes a masked example in backticks; compare words only.
        let words: (String) -> String = { text in
            text.replacingOccurrences(of: "`", with: "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        #expect(words(section).contains(words(rule.text.english)))
        #expect(words(section).contains(words(rule.title.english)))
        for source in rule.sources {
            #expect(section.contains("`\(source.rawValue)`"), "\(source)")
            #expect(words(section).contains(words(source.citation)), "\(source)")
        }
        #expect(section.contains("- Encoded in: `"))
    }
}
