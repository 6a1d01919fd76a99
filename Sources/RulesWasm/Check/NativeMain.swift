// The check program's native twin: the same request lines `EXPORT<TAB>JSON` answered by the same Swift (JSON.swift,
// Rules.swift and CardModel) built for the host with the full standard library. `.ci/wasm` compiles it into one
// module with those sources and compares its output with the wasm module's (WASIMain.swift), line by line.
import Glibc

@main
enum NativeCheck {
    static func main() {
        var input: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            guard count >= 0 else { exit(2) }
            if count == 0 { break }
            input.append(contentsOf: chunk[0..<count])
        }
        var output: [UInt8] = []
        for line in input.split(separator: 0x0A, omittingEmptySubsequences: false) where !line.isEmpty {
            let operation: Rules.Operation?
            let tab = line.firstIndex(of: 0x09)
            switch tab.map({ String(decoding: line[..<$0], as: UTF8.self) }) {
            case "call": operation = nil
            case "is_working_day": operation = .isWorkingDay
            case "add_working_days": operation = .addWorkingDays
            case "replacement": operation = .replacement
            case "exchange": operation = .exchange
            case "onboarding": operation = .onboarding
            default:
                _ = Self.write(Array("check: cannot call the export of line: ".utf8) + line + [0x0A], to: 2)
                exit(2)
            }
            output += Rules.answer(Array(line[((tab ?? line.startIndex) + 1)...]), for: operation)
            output.append(0x0A)
        }
        exit(Self.write(output, to: 1) ? 0 : 2)
    }

    /// Writes all of `bytes` to `descriptor`; `false` on a write error.
    private static func write(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { all in
                Glibc.write(descriptor, all.baseAddress.map { $0 + offset }, all.count - offset)
            }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }
}
