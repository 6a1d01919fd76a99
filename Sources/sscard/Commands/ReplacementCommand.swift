extension Subcommand {
    /// `sscard replacement`: not built yet.
    static let replacement = Subcommand(
        name: "replacement", summary: "(not built yet)", help: "sscard replacement: not built yet",
        run: { (invocation: Invocation) throws(UsageError) -> ExitStatus in
            invocation.printError("sscard replacement: not built yet")
            return .failure
        })
}
