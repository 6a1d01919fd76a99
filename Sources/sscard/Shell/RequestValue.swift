/// A value in a `sscard batch` request line: a JSON scalar, or an array of scalars.
///
/// Nested objects and arrays of arrays are refused by ``RequestParser``: a request names a subcommand's options,
/// whose values are flat.
enum RequestValue: Equatable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, kept as the text it was written as (so `4` stays `4` and `1e3` stays `1e3`).
    case number(String)
    /// A string, its escapes decoded.
    case string(String)
    /// An array of scalars.
    case array([RequestValue])

    /// The value as one command-line word: a string as it is, a number as written, a boolean as
    /// `true`/`false`, `null` as nothing; an array's elements joined by commas (`ICBC,BOC`).
    var word: String? {
        switch self {
        case .null: return nil
        case .bool(let value): return value ? "true" : "false"
        case .number(let text), .string(let text): return text
        case .array(let values): return values.compactMap(\.word).joined(separator: ",")
        }
    }

    /// The value as JSON text, to echo an `"id"` back exactly.
    var json: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .number(let text): return text
        case .string(let text): return JSONValue.string(text).serialized
        case .array(let values): return "[" + values.map(\.json).joined(separator: ",") + "]"
        }
    }
}
