/// Where a command reads lines and writes its output: the process's standard streams in `main`, buffers
/// in tests.
///
/// The line closures serve commands that print a few lines. The streaming commands (`batch`, `workdays add`,
/// `validate`) read and write bytes through ``LineReader`` and ``OutputBuffer``, which use ``readInput`` and
/// ``writeOutput`` when the console has them and fall back to ``readLine`` and ``writeLine`` otherwise, so an
/// in-memory console of lines works for every command.
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
    /// Reads up to the buffer's size of standard input's bytes into the buffer and returns how many it read,
    /// 0 at the end; `nil` when standard input is only available as lines (``readLine``).
    var readInput: ((UnsafeMutableRawBufferPointer) -> Int)? = nil
    /// Writes bytes (whole lines, each ending in a newline) to standard output; `nil` when standard output
    /// only takes lines (``writeLine``).
    var writeOutput: ((UnsafeRawBufferPointer) -> Void)? = nil
}
