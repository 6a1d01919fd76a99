internal import CLibFuzzer

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Musl)
    internal import Musl
#elseif canImport(Darwin)
    internal import Darwin
#endif

// What counts as a finding in the harnesses: a trap or sanitizer report from the library, or a broken
// invariant reported with `fuzzCheck`, which stops the process so libFuzzer saves the input as `crash-*`.

/// Stops the fuzzer with `message`: libFuzzer saves the current input as a crash.
public func fuzzFailure(_ message: String, file: StaticString = #fileID, line: UInt = #line) -> Never {
    fatalError("fuzz invariant broken: \(message)", file: file, line: line)
}

/// Stops the fuzzer with `message` unless `condition` holds.
public func fuzzCheck(
    _ condition: Bool, _ message: @autoclosure () -> String, file: StaticString = #fileID, line: UInt = #line
) {
    if !condition { fuzzFailure(message(), file: file, line: line) }
}

/// The fuzzer's input as bytes (libFuzzer may pass a dangling pointer for an empty input).
public func fuzzInput(_ start: UnsafeRawPointer, _ count: Int) -> [UInt8] {
    count > 0 ? Array(UnsafeRawBufferPointer(start: start, count: count)) : []
}

/// Every printed form of `value`: `description`, `String(reflecting:)` (debugDescription), string
/// interpolation and `dump`.
public func printedForms(of value: some Any) -> [String] {
    var dumped = ""
    dump(value, to: &dumped)
    return [String(describing: value), String(reflecting: value), "\(value)", dumped]
}

/// Checks that no printed form of `value` contains `secret` (CM-PRIVACY).
public func checkNeverPrinted(_ secret: String, in value: some Any, what: String) {
    for form in printedForms(of: value) {
        fuzzCheck(!form.contains(secret), "\(what) printed unmasked: \(form)")
    }
}

/// Reads fixed-size integers from the input, front to back, and zeros once it is used up: a way to get
/// extreme and ordinary numbers out of the same bytes the text checks use.
public struct ByteReader {
    private let bytes: [UInt8]
    private var offset = 0

    /// A reader over `bytes`.
    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The next `T.bitWidth / 8` bytes, little-endian.
    public mutating func read<T: FixedWidthInteger>(_: T.Type = T.self) -> T {
        var value: T = 0
        for index in 0..<(T.bitWidth / 8) {
            let byte = self.offset < self.bytes.count ? self.bytes[self.offset] : 0
            self.offset += 1
            value |= T(truncatingIfNeeded: byte) << (8 * index)
        }
        return value
    }
}

/// Runs libFuzzer's driver on the target's `LLVMFuzzerTestOneInput` with the process's arguments, and exits
/// with its status.
///
/// Each fuzz target's `@main` type calls this. SwiftPM (5.5 and later, on Linux) compiles an executable's entry
/// point as `<Target>_main` and links `main` as an alias of it, which replaces the `main` of libFuzzer's
/// runtime; the target's own entry point therefore starts libFuzzer.
public func runLibFuzzer() -> Never {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput))
}

/// Checks that no printed form of `value` contains `secret`, except a form whose counterpart for `control` (the
/// same value holding another secret) contains it too: there the text comes from the type's name or from
/// non-personal fields (a name `0-06-15` is part of the birth date `1970-06-15` that `dump` shows).
public func checkNeverPrinted(_ secret: String, in value: some Any, control: some Any, what: String) {
    for (form, controlForm) in zip(printedForms(of: value), printedForms(of: control))
    where !controlForm.contains(secret) {
        fuzzCheck(!form.contains(secret), "\(what) printed unmasked: \(form)")
    }
}
