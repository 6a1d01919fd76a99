/// Where a command reads lines and writes its output: the process's standard streams in `main`, buffers
/// in tests.
struct Console {
    /// Reads the next line of standard input without its newline, or `nil` at the end.
    var readLine: () -> String?
    /// Writes one line to standard output.
    var writeLine: (String) -> Void
    /// Writes one line to standard error.
    var writeError: (String) -> Void
}
