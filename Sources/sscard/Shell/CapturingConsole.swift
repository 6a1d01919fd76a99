/// A console that collects what a subcommand prints, for `sscard batch`: no standard input (a request never
/// reads the batch's own input), files and the environment from the real console.
final class CapturingConsole {
    /// The lines printed on standard output since the last ``reset()``.
    private(set) var standardOutput: [String] = []
    /// The lines printed on standard error since the last ``reset()``.
    private(set) var standardError: [String] = []
    private let base: Console

    /// A capturing console reading files and the environment through `base`.
    init(base: Console) {
        self.base = base
    }

    /// Forgets what was printed, keeping the storage.
    func reset() {
        self.standardOutput.removeAll(keepingCapacity: true)
        self.standardError.removeAll(keepingCapacity: true)
    }

    /// The console to give the subcommand.
    var console: Console {
        Console(
            readLine: { nil }, writeLine: { self.standardOutput.append($0) },
            writeError: { self.standardError.append($0) }, readFile: self.base.readFile,
            environment: self.base.environment)
    }
}
