extension Subcommand {
    /// `sscard onboarding`: not built yet.
    static let onboarding = Subcommand(
        name: "onboarding", summary: "(not built yet)", help: "sscard onboarding: not built yet",
        run: { (invocation: Invocation) throws(UsageError) -> ExitStatus in
            invocation.printError("sscard onboarding: not built yet")
            return .failure
        })
}
