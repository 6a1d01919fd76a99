/// A language the library speaks in its messages: English, German or Simplified Chinese.
public enum Language: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// English.
    case english = "en"
    /// German.
    case german = "de"
    /// Simplified Chinese.
    case simplifiedChinese = "zh"

    /// The language's code: `en`, `de` or `zh`.
    public var description: String { self.rawValue }
}
