/// A person's name: personal information, masked in every printed form (CM-PRIVACY).
///
/// `description`, `debugDescription`, `dump` and string interpolation show only the first character
/// followed by `*`s (`张**`, `J*** D**`); ``revealed`` gives the full name.
public struct PersonName: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The full name. Personal information: show it only where the user asked for it.
    public let revealed: String

    /// Creates a name, trimming surrounding white space.
    ///
    /// - Throws: ``Error/empty`` for an empty name.
    public init(_ text: String) throws(PersonName.Error) {
        let trimmed = text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed()
        guard !trimmed.isEmpty else { throw .empty }
        self.revealed = String(trimmed)
    }

    /// Why a text is not a name.
    public enum Error: Swift.Error, Sendable, Hashable {
        /// The name is empty.
        case empty
    }

    /// The name masked: the first character of each word, the rest `*`; a one-character name is all `*`.
    public var description: String {
        // Showing the first character of a one-character name would show the whole name.
        guard self.revealed.count > 1 else { return "*" }
        return self.revealed.split(separator: " ", omittingEmptySubsequences: false).map { word in
            guard let first = word.first else { return "" }
            return String(first) + String(repeating: "*", count: max(word.count - 1, 1))
        }.joined(separator: " ")
    }

    /// `PersonName(张**)`.
    public var debugDescription: String { "PersonName(\(self.description))" }
}
