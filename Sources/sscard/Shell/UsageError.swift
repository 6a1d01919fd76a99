/// A command line the shell cannot run: unknown subcommand or flag, missing or malformed value (exit 2).
struct UsageError: Error, Sendable, Equatable {
    /// What is wrong and what to do, in one line.
    let message: String

    init(_ message: String) {
        self.message = message
    }
}
