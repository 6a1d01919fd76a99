/// A JSON value as the module's requests carry it: RFC 8259, with integers only (a request has no use for
/// fractions, and the module must give the same answer on 32-bit wasm as on a 64-bit host).
///
/// Embedded Swift has no `JSONDecoder`; this reader and ``JSONWriter`` are the module's own, and small. Objects
/// keep their members in order and may not repeat a key.
enum JSONValue {
    case null
    case bool(Bool)
    /// An integer in `Int32`'s range, on every platform.
    case integer(Int32)
    case string(String)
    indirect case array([JSONValue])
    indirect case object([(key: String, value: JSONValue)])

    /// The member named `key` of an object; `nil` for a missing member or a value that is not an object.
    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The name of the value's JSON type, for messages.
    var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .integer: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// Why a text is not a JSON value the module reads: the byte offset and what was wrong there.
struct JSONError: Error {
    /// The offset of the byte where reading stopped.
    let offset: Int
    /// What is wrong, in English.
    let reason: String

    /// `invalid JSON at byte 12: expected ':'`.
    var message: String { "invalid JSON at byte \(self.offset): \(self.reason)" }
}

/// Reads one JSON value from UTF-8 bytes (RFC 8259), with the limits of a request: integers within `Int32`,
/// nesting at most ``maximumDepth`` deep, and the whole input one value with only white space around it.
struct JSONReader {
    /// The deepest nesting of arrays and objects read; deeper input is refused rather than risk the stack.
    static let maximumDepth = 32

    private let bytes: [UInt8]
    private var index = 0

    private init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The value the bytes hold.
    static func read(_ bytes: [UInt8]) throws(JSONError) -> JSONValue {
        var reader = JSONReader(bytes)
        reader.skipWhiteSpace()
        let value = try reader.value(depth: 0)
        reader.skipWhiteSpace()
        guard reader.index == bytes.count else { throw reader.error("unexpected text after the value") }
        return value
    }

    private func error(_ reason: String) -> JSONError {
        JSONError(offset: self.index, reason: reason)
    }

    private var current: UInt8? { self.index < self.bytes.count ? self.bytes[self.index] : nil }

    private mutating func skipWhiteSpace() {
        while let byte = self.current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
            self.index += 1
        }
    }

    private mutating func expect(_ byte: UInt8, _ what: String) throws(JSONError) {
        guard self.current == byte else { throw self.error("expected \(what)") }
        self.index += 1
    }

    private mutating func literal(_ word: String, _ value: JSONValue) throws(JSONError) -> JSONValue {
        for byte in word.utf8 {
            guard self.current == byte else { throw self.error("expected '\(word)'") }
            self.index += 1
        }
        return value
    }

    private mutating func value(depth: Int) throws(JSONError) -> JSONValue {
        guard let byte = self.current else { throw self.error("unexpected end of input") }
        switch byte {
        case UInt8(ascii: "{"):
            guard depth < Self.maximumDepth else { throw self.error("nested too deeply") }
            return try self.object(depth: depth + 1)
        case UInt8(ascii: "["):
            guard depth < Self.maximumDepth else { throw self.error("nested too deeply") }
            return try self.array(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try self.string())
        case UInt8(ascii: "t"): return try self.literal("true", .bool(true))
        case UInt8(ascii: "f"): return try self.literal("false", .bool(false))
        case UInt8(ascii: "n"): return try self.literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .integer(try self.integer())
        default: throw self.error("unexpected character")
        }
    }

    private mutating func object(depth: Int) throws(JSONError) -> JSONValue {
        self.index += 1
        var members: [(key: String, value: JSONValue)] = []
        self.skipWhiteSpace()
        if self.current == UInt8(ascii: "}") {
            self.index += 1
            return .object(members)
        }
        while true {
            self.skipWhiteSpace()
            let start = self.index
            guard self.current == UInt8(ascii: "\"") else { throw self.error("expected a member name") }
            let key = try self.string()
            guard !members.contains(where: { $0.key == key }) else {
                throw JSONError(offset: start, reason: "duplicate member '\(key)'")
            }
            self.skipWhiteSpace()
            try self.expect(UInt8(ascii: ":"), "':'")
            self.skipWhiteSpace()
            members.append((key, try self.value(depth: depth)))
            self.skipWhiteSpace()
            if self.current == UInt8(ascii: ",") {
                self.index += 1
                continue
            }
            try self.expect(UInt8(ascii: "}"), "',' or '}'")
            return .object(members)
        }
    }

    private mutating func array(depth: Int) throws(JSONError) -> JSONValue {
        self.index += 1
        var elements: [JSONValue] = []
        self.skipWhiteSpace()
        if self.current == UInt8(ascii: "]") {
            self.index += 1
            return .array(elements)
        }
        while true {
            self.skipWhiteSpace()
            elements.append(try self.value(depth: depth))
            self.skipWhiteSpace()
            if self.current == UInt8(ascii: ",") {
                self.index += 1
                continue
            }
            try self.expect(UInt8(ascii: "]"), "',' or ']'")
            return .array(elements)
        }
    }

    /// An integer: `-?(0|[1-9][0-9]*)`, within `Int32`. A fraction or an exponent is refused.
    private mutating func integer() throws(JSONError) -> Int32 {
        let start = self.index
        let negative = self.current == UInt8(ascii: "-")
        if negative { self.index += 1 }
        guard let first = self.current, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") else {
            throw self.error("expected a digit")
        }
        // Accumulate the magnitude in Int64: a digit more than Int32 has is refused before it can overflow.
        var magnitude: Int64 = 0
        var digits = 0
        while let byte = self.current, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
            if digits == 1 && first == UInt8(ascii: "0") { throw self.error("a number may not start with 0") }
            // Wrapping arithmetic cannot wrap here (the magnitude is at most 2^31 before this step), and spares
            // wasm32 the 128-bit multiplication a checked Int64 product needs (compiler-rt's __multi3).
            magnitude = magnitude &* 10 &+ Int64(byte - UInt8(ascii: "0"))
            digits += 1
            self.index += 1
            guard magnitude <= Int64(Int32.max) + 1 else {
                throw JSONError(offset: start, reason: "number outside -2147483648...2147483647")
            }
        }
        if let byte = self.current, byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
        {
            throw JSONError(offset: start, reason: "only integers are accepted")
        }
        let value = negative ? -magnitude : magnitude
        guard value >= Int64(Int32.min), value <= Int64(Int32.max) else {
            throw JSONError(offset: start, reason: "number outside -2147483648...2147483647")
        }
        return Int32(value)
    }

    /// A string, its escapes resolved; its bytes must be UTF-8.
    private mutating func string() throws(JSONError) -> String {
        self.index += 1
        var utf8: [UInt8] = []
        while true {
            guard let byte = self.current else { throw self.error("unterminated string") }
            switch byte {
            case UInt8(ascii: "\""):
                self.index += 1
                guard let text = Self.decodeUTF8(utf8) else { throw self.error("the string is not valid UTF-8") }
                return text
            case UInt8(ascii: "\\"):
                self.index += 1
                try self.escape(into: &utf8)
            case 0x00..<0x20:
                throw self.error("a control character must be escaped in a string")
            default:
                utf8.append(byte)
                self.index += 1
            }
        }
    }

    private mutating func escape(into utf8: inout [UInt8]) throws(JSONError) {
        guard let byte = self.current else { throw self.error("unterminated string") }
        self.index += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(byte)
        case UInt8(ascii: "b"): utf8.append(0x08)
        case UInt8(ascii: "f"): utf8.append(0x0C)
        case UInt8(ascii: "n"): utf8.append(0x0A)
        case UInt8(ascii: "r"): utf8.append(0x0D)
        case UInt8(ascii: "t"): utf8.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = UInt32(try self.hex4())
            if (0xD800...0xDBFF).contains(scalar) {
                // A high surrogate must be followed by an escaped low one.
                guard self.current == UInt8(ascii: "\\") else { throw self.error("unpaired surrogate") }
                self.index += 1
                guard self.current == UInt8(ascii: "u") else { throw self.error("unpaired surrogate") }
                self.index += 1
                let low = UInt32(try self.hex4())
                guard (0xDC00...0xDFFF).contains(low) else { throw self.error("unpaired surrogate") }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw self.error("unpaired surrogate")
            }
            Self.appendUTF8(scalar, to: &utf8)
        default:
            throw self.error("unknown escape")
        }
    }

    private mutating func hex4() throws(JSONError) -> UInt16 {
        var value: UInt16 = 0
        for _ in 0..<4 {
            guard let byte = self.current else { throw self.error("unterminated string") }
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw self.error("expected four hexadecimal digits")
            }
            value = value << 4 | UInt16(digit)
            self.index += 1
        }
        return value
    }

    private static func appendUTF8(_ scalar: UInt32, to utf8: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            utf8.append(UInt8(scalar))
        case 0x80..<0x800:
            utf8.append(UInt8(0xC0 | scalar >> 6))
            utf8.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            utf8.append(UInt8(0xE0 | scalar >> 12))
            utf8.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            utf8.append(UInt8(0x80 | scalar & 0x3F))
        default:
            utf8.append(UInt8(0xF0 | scalar >> 18))
            utf8.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            utf8.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            utf8.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// The text of `utf8`, or `nil` when it is not valid UTF-8 (never repaired: a request is refused instead).
    private static func decodeUTF8(_ utf8: [UInt8]) -> String? {
        var iterator = utf8.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: return String(scalars)
            case .error: return nil
            }
        }
    }
}

/// Writes compact JSON: members in the order given, strings escaped as RFC 8259 requires (`"`, `\` and the
/// control characters; everything else as UTF-8).
struct JSONWriter {
    private(set) var bytes: [UInt8] = []

    /// Writes `value`.
    mutating func write(_ value: JSONValue) {
        switch value {
        case .null: self.raw("null")
        case .bool(let flag): self.raw(flag ? "true" : "false")
        case .integer(let number): self.raw(String(number))
        case .string(let text): self.string(text)
        case .array(let elements):
            self.bytes.append(UInt8(ascii: "["))
            for (position, element) in elements.enumerated() {
                if position > 0 { self.bytes.append(UInt8(ascii: ",")) }
                self.write(element)
            }
            self.bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            self.bytes.append(UInt8(ascii: "{"))
            for (position, member) in members.enumerated() {
                if position > 0 { self.bytes.append(UInt8(ascii: ",")) }
                self.string(member.key)
                self.bytes.append(UInt8(ascii: ":"))
                self.write(member.value)
            }
            self.bytes.append(UInt8(ascii: "}"))
        }
    }

    /// The compact JSON text of `value`.
    static func bytes(of value: JSONValue) -> [UInt8] {
        var writer = JSONWriter()
        writer.write(value)
        return writer.bytes
    }

    private mutating func raw(_ text: String) {
        self.bytes.append(contentsOf: text.utf8)
    }

    private mutating func string(_ text: String) {
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        self.bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): self.raw("\\\"")
            case UInt8(ascii: "\\"): self.raw("\\\\")
            case 0x0A: self.raw("\\n")
            case 0x0D: self.raw("\\r")
            case 0x09: self.raw("\\t")
            case 0x00..<0x20:
                self.raw("\\u00")
                self.bytes.append(hex[Int(byte >> 4)])
                self.bytes.append(hex[Int(byte & 0x0F)])
            default: self.bytes.append(byte)
            }
        }
        self.bytes.append(UInt8(ascii: "\""))
    }
}
