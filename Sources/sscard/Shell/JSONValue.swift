import CardModel

/// A JSON value with ordered object keys, written by hand so the shell's output keys stay in the
/// documented order and batch modes stay fast.
enum JSONValue: Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// Two values are equal when their JSON texts are.
    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized == rhs.serialized }

    /// A date as its ISO string.
    static func date(_ date: CivilDate?) -> JSONValue { date.map { .string($0.description) } ?? .null }

    /// Money as `{"fen": 2000, "text": "CNY 20.00"}`.
    static func money(_ money: Money) -> JSONValue {
        .object([("fen", .int(money.fen)), ("text", .string(money.description))])
    }

    /// Violations as `[{"rule": "EX-…", "message": "…"}]`, in `language`.
    static func violations(_ violations: [Violation], language: Language) -> JSONValue {
        .array(
            violations.map {
                .object([("rule", .string($0.rule.rawValue)), ("message", .string($0.message[language]))])
            })
    }

    /// Interpretation notes as `[{"rule": "…", "message": "…"}]`, in `language`.
    static func notes(_ notes: [Interpretation], language: Language) -> JSONValue {
        .array(
            notes.map { .object([("rule", .string($0.rule.rawValue)), ("message", .string($0.message[language]))]) })
    }

    /// The compact JSON text.
    var serialized: String {
        var output: [UInt8] = []
        output.reserveCapacity(256)
        self.write(to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the compact JSON text's UTF-8 bytes to `output`: strings are copied in runs of bytes that need
    /// no escape, so serializing costs about a copy of the text.
    func write(to output: inout [UInt8]) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let value): output.append(contentsOf: value ? "true".utf8 : "false".utf8)
        case .int(let value): output.append(contentsOf: String(value).utf8)
        case .string(let value): Self.writeString(value, to: &output)
        case .array(let values):
            output.append(0x5B)
            for (index, value) in values.enumerated() {
                if index > 0 { output.append(0x2C) }
                value.write(to: &output)
            }
            output.append(0x5D)
        case .object(let members):
            output.append(0x7B)
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output.append(0x2C) }
                Self.writeString(key, to: &output)
                output.append(0x3A)
                value.write(to: &output)
            }
            output.append(0x7D)
        }
    }

    private static func writeString(_ value: String, to output: inout [UInt8]) {
        output.append(0x22)
        var value = value
        value.withUTF8 { bytes in
            var run = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                run = index + 1
                switch byte {
                case 0x22: output.append(contentsOf: #"\""#.utf8)
                case 0x5C: output.append(contentsOf: #"\\"#.utf8)
                case 0x0A: output.append(contentsOf: #"\n"#.utf8)
                case 0x0D: output.append(contentsOf: #"\r"#.utf8)
                case 0x09: output.append(contentsOf: #"\t"#.utf8)
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    output.append(contentsOf: #"\u00"#.utf8)
                    output.append(hex[Int(byte >> 4)])
                    output.append(hex[Int(byte & 0x0F)])
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<bytes.count]))
        }
        output.append(0x22)
    }
}
