import CardModel

/// The body of `sscard calendar import FILE [--check]`.
enum CalendarImport {
    static func run(path: String, check: Bool, invocation: Invocation) throws(UsageError) -> ExitStatus {
        throw UsageError("calendar import: not yet available")
    }
}
