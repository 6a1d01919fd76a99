import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

// The only place that touches the process: arguments, standard streams, exit status.
var standardError = StandardError()
let console = Console(
    readLine: { Swift.readLine(strippingNewline: true) },
    writeLine: { Swift.print($0) },
    writeError: { Swift.print($0, to: &standardError) },
    readFile: { path in FileManager.default.contents(atPath: path).map { Array($0) } },
    environment: { name in ProcessInfo.processInfo.environment[name] },
    isTerminal: { isatty(1) == 1 })
let status = Shell.run(Array(CommandLine.arguments.dropFirst()), console: console)
fflush(nil)
exit(status.rawValue)

/// Standard error, written straight to file descriptor 2 (unbuffered, like C's stderr).
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        writeToStandardError(Array(string.utf8))
    }
}

func writeToStandardError(_ bytes: [UInt8]) {
    var offset = 0
    while offset < bytes.count {
        let written = bytes.withUnsafeBytes { buffer in
            write(2, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
        }
        guard written > 0 else { return }
        offset += written
    }
}
