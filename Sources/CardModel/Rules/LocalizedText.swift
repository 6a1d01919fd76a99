/// A short text in English, German and Simplified Chinese.
///
/// Every message a decision or error carries is a `LocalizedText`, so a host shows it in the
/// user's language without a translation table of its own.
public struct LocalizedText: Sendable, Hashable, CustomStringConvertible {
    /// The English text.
    public let english: String
    /// The German text.
    public let german: String
    /// The Simplified Chinese text.
    public let chinese: String

    /// Creates a text from its three translations.
    public init(english: String, german: String, chinese: String) {
        self.english = english
        self.german = german
        self.chinese = chinese
    }

    /// The text in `language`.
    public subscript(language: Language) -> String {
        switch language {
        case .english: self.english
        case .german: self.german
        case .simplifiedChinese: self.chinese
        }
    }

    /// The English text.
    public var description: String { self.english }
}
