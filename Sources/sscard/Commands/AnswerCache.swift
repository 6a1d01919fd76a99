import CardModel

/// The answers of the most recent distinct requests of a `sscard batch`, so a stream that asks the same
/// question many times (a payroll run: thousands of employees, a few dozen dates and channels) computes it once.
///
/// Sound because every subcommand is a pure function of its arguments, the language, `--reveal` and the
/// batch's calendar, which is fixed for the whole batch. Bounded: when it holds ``capacity`` answers it starts
/// again empty, so memory stays constant whatever the input's length.
struct AnswerCache {
    /// What an answer depends on.
    struct Key: Hashable {
        /// The subcommand.
        var command: String
        /// Its arguments.
        var arguments: [String]
        /// The language of its messages.
        var language: Language
        /// Whether identifiers are shown unmasked.
        var reveal: Bool
    }

    /// The most answers kept at once.
    static let capacity = 4_096

    private var answers: [Key: (String, ExitStatus)] = [:]

    /// The answer (the document without an id, and the exit status) to a request, if it is known.
    subscript(key: Key) -> (String, ExitStatus)? {
        get { self.answers[key] }
        set {
            if self.answers.count >= Self.capacity { self.answers.removeAll(keepingCapacity: true) }
            self.answers[key] = newValue
        }
    }
}
