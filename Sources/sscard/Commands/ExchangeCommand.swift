extension Subcommand {
    /// `sscard exchange`: not built yet.
    static let exchange = Subcommand(
        name: "exchange", summary: "(not built yet)", help: "sscard exchange: not built yet",
        run: { (invocation: Invocation) throws(UsageError) -> ExitStatus in
            invocation.printError("sscard exchange: not built yet")
            return .failure
        })
}
