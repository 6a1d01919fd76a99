import CardModel

/// One `sscard batch` request: the subcommand, its argument list and the per-request shell options, made
/// from a request line's members.
///
/// The translation is generic, so every subcommand (present and future) works in a batch: a key `k` with a
/// string or number becomes `--k VALUE`, `true` becomes `--k`, `false` and `null` nothing, an array of scalars
/// `--k A,B`; `"arguments"` (an array, or one value) gives the positional arguments, after `--`. `"id"` is echoed
/// back, `"lang"` and `"reveal"` override the batch's options for this request, `"json"` is accepted and ignored
/// (the answer is always JSON).
struct BatchRequest {
    /// The subcommand's name.
    var command: String = ""
    /// The id as JSON text, to echo back; `nil` when the request has none.
    var id: String?
    /// The subcommand's arguments.
    var arguments: [String] = []
    /// `"lang"`, when given.
    var language: Language?
    /// `"reveal"`, when given.
    var reveal: Bool?
    /// What is wrong with the request, if anything; the id is still echoed with it.
    var problem: UsageError?

    /// Translates the members of a request line.
    init(_ members: [(String, RequestValue)]) {
        var positionals: [String] = []
        var command: String?
        // The id first, so an error about any other member can still echo it.
        if let id = members.first(where: { $0.0 == "id" })?.1 {
            if case .array = id {
                self.problem = UsageError(
                    en: "\"id\" must be a scalar", de: "\"id\" muss ein Einzelwert sein", zh: "\"id\" 必须是单个值")
                return
            }
            self.id = id.json
        }
        do throws(UsageError) {
            try self.translate(members, &command, &positionals)
        } catch {
            self.problem = error
        }
    }

    private mutating func translate(
        _ members: [(String, RequestValue)], _ command: inout String?, _ positionals: inout [String]
    ) throws(UsageError) {
        for (key, value) in members {
            switch key {
            case "id": continue
            case "command":
                guard case .string(let name) = value else {
                    throw UsageError(
                        en: "\"command\" must be a string", de: "\"command\" muss eine Zeichenkette sein",
                        zh: "\"command\" 必须是字符串")
                }
                command = name
            case "arguments":
                if case .array(let values) = value {
                    positionals = values.compactMap(\.word)
                } else if let word = value.word {
                    positionals = [word]
                }
            case "lang":
                guard case .string(let code) = value, let language = Language(rawValue: code) else {
                    throw UsageError(
                        en: "\"lang\" must be \"en\", \"de\" or \"zh\"",
                        de: "\"lang\" muss \"en\", \"de\" oder \"zh\" sein",
                        zh: "\"lang\" 必须是 \"en\"、\"de\" 或 \"zh\"")
                }
                self.language = language
            case "reveal":
                guard case .bool(let reveal) = value else { throw Self.notBoolean(key) }
                self.reveal = reveal
            case "json":
                guard case .bool = value else { throw Self.notBoolean(key) }
            case "holidays", "provisional":
                throw UsageError(
                    en: "\"\(key)\" applies to the whole batch: give --\(key) on the command line",
                    de: "\"\(key)\" gilt für den ganzen Stapel: --\(key) auf der Befehlszeile angeben",
                    zh: "\"\(key)\" 适用于整个批处理：请在命令行给出 --\(key)")
            default:
                guard Self.isOptionName(key) else {
                    throw UsageError(
                        en: "\"\(key.escapingControlCharacters)\" is not an option name",
                        de: "\"\(key.escapingControlCharacters)\" ist kein Optionsname",
                        zh: "\"\(key.escapingControlCharacters)\" 不是选项名")
                }
                switch value {
                case .null, .bool(false): continue
                case .bool(true): self.arguments.append("--" + key)
                default: self.arguments.append("--" + key + "=" + (value.word ?? ""))
                }
            }
        }
        guard let command else {
            throw UsageError(
                en: "a request needs \"command\", such as {\"command\":\"day\",\"arguments\":[\"2026-10-01\"]}",
                de: "eine Anfrage braucht \"command\", etwa {\"command\":\"day\",\"arguments\":[\"2026-10-01\"]}",
                zh: "请求需要 \"command\"，例如 {\"command\":\"day\",\"arguments\":[\"2026-10-01\"]}")
        }
        self.command = command
        if !positionals.isEmpty { self.arguments += ["--"] + positionals }
    }

    /// Whether `key` can be an option's name: a lower-case letter or digit, then letters, digits and hyphens.
    private static func isOptionName(_ key: String) -> Bool {
        guard let first = key.utf8.first, (0x61...0x7A).contains(first) || (0x30...0x39).contains(first) else {
            return false
        }
        return key.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
    }

    private static func notBoolean(_ key: String) -> UsageError {
        UsageError(
            en: "\"\(key)\" must be true or false", de: "\"\(key)\" muss true oder false sein",
            zh: "\"\(key)\" 必须是 true 或 false")
    }
}
