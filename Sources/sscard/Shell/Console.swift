/// Where a command reads lines and writes its output: the process's standard streams in `main`, buffers
/// in tests.
struct Console {
    /// Reads the next line of standard input without its newline, or `nil` at the end.
    var readLine: () -> String?
    /// Writes one line to standard output.
    var writeLine: (String) -> Void
    /// Writes one line to standard error.
    var writeError: (String) -> Void
    /// The bytes of the file at a path, or `nil` when it cannot be read (`--holidays FILE`).
    var readFile: (String) -> [UInt8]? = { _ in nil }
    /// The value of an environment variable, or `nil` when it is not set (`SSCARD_HOLIDAYS`, `NO_COLOR`).
    var environment: (String) -> String? = { _ in nil }
    /// Whether standard output is a terminal (colour for `sscard calendar`); `false` in tests and pipes.
    var isTerminal: () -> Bool = { false }
}
