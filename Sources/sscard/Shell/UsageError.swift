import CardModel

/// A command line the shell cannot run: unknown subcommand or flag, missing or malformed value (exit 2).
///
/// The message is a ``LocalizedText`` so it follows `--lang`; every command gives all three languages
/// (EverySubcommandLanguageTests). `UsageError("…")`, the same text in every language, is kept for tests.
struct UsageError: Error, Sendable, Equatable {
    /// What is wrong and what to do, in one line, in English, German and Simplified Chinese.
    let text: LocalizedText

    /// The message in English.
    var message: String { self.text.english }

    /// An error with the same English message in every language.
    init(_ message: String) {
        self.text = LocalizedText(english: message, german: message, chinese: message)
    }

    /// An error with a message in each language.
    init(_ text: LocalizedText) {
        self.text = text
    }

    /// An error with a message in each language, given by its three texts.
    init(en english: String, de german: String, zh chinese: String) {
        self.text = LocalizedText(english: english, german: german, chinese: chinese)
    }

    /// An argument the subcommand does not take.
    static func unexpected(_ argument: String) -> UsageError {
        UsageError(
            en: "unexpected argument '\(argument)'; see --help",
            de: "unerwartetes Argument „\(argument)“; siehe --help",
            zh: "多余的参数“\(argument)”；参见 --help")
    }

    /// The message in `language`.
    func message(in language: Language) -> String { self.text[language] }
}
