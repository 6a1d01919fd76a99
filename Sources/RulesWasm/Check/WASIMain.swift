// The check program's wasm32 command module (WASI `_start`, run by `wasmkit run`): reads request lines
// `EXPORT<TAB>JSON` from standard input, answers each through the module's exported C functions, exactly as a
// host would call them (allocate, copy in, call, unpack the u64, copy out, free), and writes one answer a line.
// `.ci/wasm` compares its output with the native twin's (NativeMain.swift), line by line.
import RulesWasm

private struct IOVec {
    var buffer: UnsafeMutableRawPointer?
    var length: Int
}

@_extern(wasm, module: "wasi_snapshot_preview1", name: "fd_read")
@_extern(c)
private func fdRead(
    _ descriptor: Int32, _ vectors: UnsafeRawPointer, _ count: Int, _ read: UnsafeMutablePointer<Int>
) -> Int32

@_extern(wasm, module: "wasi_snapshot_preview1", name: "fd_write")
@_extern(c)
private func fdWrite(
    _ descriptor: Int32, _ vectors: UnsafeRawPointer, _ count: Int, _ written: UnsafeMutablePointer<Int>
) -> Int32

@_extern(wasm, module: "wasi_snapshot_preview1", name: "proc_exit")
@_extern(c)
private func wasiProcExit(_ status: Int32)

private func procExit(_ status: Int32) -> Never {
    wasiProcExit(status)
    // proc_exit does not return; should a runtime let it, trap.
    fatalError()
}

/// All of standard input; `nil` on a read error.
private func readStandardInput() -> [UInt8]? {
    var input: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
        var read = 0
        let status = chunk.withUnsafeMutableBytes { bytes in
            var vector = IOVec(buffer: bytes.baseAddress, length: bytes.count)
            return fdRead(0, &vector, 1, &read)
        }
        guard status == 0 else { return nil }
        if read == 0 { return input }
        input.append(contentsOf: chunk[0..<read])
    }
}

/// Writes all of `bytes` to `descriptor`; `false` on a write error.
private func write(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
    var offset = 0
    while offset < bytes.count {
        var written = 0
        let status = bytes.withUnsafeBytes { all in
            var vector = IOVec(
                buffer: UnsafeMutableRawPointer(mutating: all.baseAddress.map { $0 + offset }),
                length: all.count - offset)
            return fdWrite(descriptor, &vector, 1, &written)
        }
        guard status == 0, written > 0 else { return false }
        offset += written
    }
    return true
}

/// Calls the export named `name` with `request` in freshly allocated memory, and returns the answer's bytes.
private func call(_ name: [UInt8], _ request: ArraySlice<UInt8>) -> [UInt8]? {
    let function: (UnsafeRawPointer?, Int) -> UInt64
    switch String(decoding: name, as: UTF8.self) {
    case "call": function = sscardCall
    case "is_working_day": function = sscardIsWorkingDay
    case "add_working_days": function = sscardAddWorkingDays
    case "replacement": function = sscardReplacement
    case "exchange": function = sscardExchange
    case "onboarding": function = sscardOnboarding
    default: return nil
    }
    guard let memory = sscardAlloc(request.count) else { return nil }
    UnsafeMutableRawBufferPointer(start: memory, count: request.count).copyBytes(from: request)
    let packed = function(memory, request.count)
    sscardFree(memory, request.count)
    guard packed != 0 else { return nil }
    let length = Int(packed & 0xFFFF_FFFF)
    guard let answer = UnsafeMutableRawPointer(bitPattern: UInt(packed >> 32)) else { return nil }
    let bytes = Array(UnsafeRawBufferPointer(start: answer, count: length))
    sscardFree(answer, length)
    return bytes
}

/// The command's entry point: answers every line of standard input, then exits 0 (2 on an I/O error or a line
/// that names no export).
@_expose(wasm, "_start")
@_cdecl("_start")
public func start() {
    guard let input = readStandardInput() else { procExit(2) }
    var output: [UInt8] = []
    for line in input.split(separator: 0x0A, omittingEmptySubsequences: false) where !line.isEmpty {
        guard let tab = line.firstIndex(of: 0x09), let answer = call(Array(line[..<tab]), line[(tab + 1)...])
        else {
            _ = write(Array("check: cannot call the export of line: ".utf8) + line + [0x0A], to: 2)
            procExit(2)
        }
        output += answer
        output.append(0x0A)
        if output.count >= 65536 {
            guard write(output, to: 1) else { procExit(2) }
            output.removeAll(keepingCapacity: true)
        }
    }
    guard write(output, to: 1) else { procExit(2) }
    procExit(0)
}
