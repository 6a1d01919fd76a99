import CardModel

/// The words of a command's text output in the language asked for: each command's `Labels` adopts it for the
/// picking and the punctuation (full-width in Chinese), and adds its own words.
protocol Wording {
    /// The language of the output.
    var language: Language { get }
}

extension Wording {
    /// The one of three translations that `language` asks for.
    func pick(_ english: String, _ german: String, _ chinese: String) -> String {
        LocalizedText(english: english, german: german, chinese: chinese)[self.language]
    }

    /// `: ` or the full-width `：` in Chinese.
    var colon: String { self.pick(": ", ": ", "：") }
    /// A heading's `:`, full-width in Chinese.
    var headingColon: String { self.pick(":", ":", "：") }
    /// `; ` or the full-width `；` in Chinese.
    var semicolon: String { self.pick("; ", "; ", "；") }
    /// `, ` or the full-width `，` in Chinese.
    var comma: String { self.pick(", ", ", ", "，") }
    /// `, ` between the items of a list, `、` in Chinese.
    var listSeparator: String { self.pick(", ", ", ", "、") }
    /// ` (text)`, or `（text）` in Chinese.
    func parenthesized(_ text: String) -> String { self.pick(" (\(text))", " (\(text))", "（\(text)）") }
}
