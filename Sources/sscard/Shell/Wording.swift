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
    /// The date as prose in `language` writes it, through CardModel's one formatter (CM-DATE): `2026-12-30`,
    /// `30. Dezember 2026`, `2026年12月30日`; with `weekday`, `2026-12-30 (Wed)`, `Mittwoch, 30. Dezember 2026`,
    /// `2026年12月30日（周三）`.
    func formatted(_ date: CivilDate, weekday: Bool = false) -> String {
        date.formatted(in: self.language, weekday: weekday)
    }

    /// ``formatted(_:weekday:)`` for a date that may be unknown, `?` when it is.
    func formatted(_ date: CivilDate?) -> String {
        date.map { $0.formatted(in: self.language) } ?? "?"
    }

    /// The amount as prose in `language` writes it (CM-MONEY): `CNY 20.00`, `20,00 CNY`, `20.00元`.
    func formatted(_ money: Money) -> String { money.formatted(in: self.language) }

    /// ` (text)`, or `（text）` in Chinese.
    func parenthesized(_ text: String) -> String { self.pick(" (\(text))", " (\(text))", "（\(text)）") }
}
