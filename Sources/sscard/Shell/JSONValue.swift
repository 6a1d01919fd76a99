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
        var output = ""
        self.write(to: &output)
        return output
    }

    private func write(to output: inout String) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .int(let value): output += String(value)
        case .string(let value): Self.writeString(value, to: &output)
        case .array(let values):
            output += "["
            for (index, value) in values.enumerated() {
                if index > 0 { output += "," }
                value.write(to: &output)
            }
            output += "]"
        case .object(let members):
            output += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output += "," }
                Self.writeString(key, to: &output)
                output += ":"
                value.write(to: &output)
            }
            output += "}"
        }
    }

    private static func writeString(_ value: String, to output: inout String) {
        output += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case let control where control.value < 0x20:
                let hex = String(control.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
