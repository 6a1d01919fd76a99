import CardModel

/// A small, allocation-light parser for one `sscard batch` request line: a JSON object whose values are
/// scalars or arrays of scalars, read straight from the line's bytes (no Foundation).
///
/// Accepted: the JSON grammar (RFC 8259) for objects, strings (with every escape, `\u` sequences and
/// surrogate pairs), numbers, `true`, `false`, `null`, and arrays of those. Refused, with the byte offset:
/// anything else, invalid UTF-8, control characters in strings, lone surrogates, a key given twice, nested
/// objects, arrays of arrays, and anything after the object but white space.
struct RequestParser {
    private let bytes: ArraySlice<UInt8>
    private var index: Int

    /// Parses `line` into its members, in order.
    static func parse(_ line: ArraySlice<UInt8>) throws(UsageError) -> [(String, RequestValue)] {
        var parser = RequestParser(bytes: line, index: line.startIndex)
        return try parser.object()
    }

    private init(bytes: ArraySlice<UInt8>, index: Int) {
        self.bytes = bytes
        self.index = index
    }

    private mutating func object() throws(UsageError) -> [(String, RequestValue)] {
        self.skipWhiteSpace()
        guard self.peek == UInt8(ascii: "{") else {
            throw self.error("a request is a JSON object: expected '{'", "erwartet „{“", "应为“{”")
        }
        self.index += 1
        var members: [(String, RequestValue)] = []
        self.skipWhiteSpace()
        if self.peek == UInt8(ascii: "}") {
            self.index += 1
        } else {
            while true {
                self.skipWhiteSpace()
                guard self.peek == UInt8(ascii: "\"") else {
                    throw self.error(
                        "expected a key in double quotes", "Schlüssel in Anführungszeichen erwartet", "应为带双引号的键")
                }
                let key = try self.string()
                guard !members.contains(where: { $0.0 == key }) else {
                    throw self.error(
                        "key \"\(key)\" is given twice", "Schlüssel „\(key)“ ist doppelt", "键“\(key)”重复出现")
                }
                self.skipWhiteSpace()
                guard self.peek == UInt8(ascii: ":") else { throw self.error("expected ':'", "„:“ erwartet", "应为“:”") }
                self.index += 1
                members.append((key, try self.value(nested: false)))
                self.skipWhiteSpace()
                if self.peek == UInt8(ascii: ",") {
                    self.index += 1
                    continue
                }
                guard self.peek == UInt8(ascii: "}") else {
                    throw self.error("expected ',' or '}'", "„,“ oder „}“ erwartet", "应为“,”或“}”")
                }
                self.index += 1
                break
            }
        }
        self.skipWhiteSpace()
        guard self.index == self.bytes.endIndex else {
            throw self.error("unexpected text after the object", "Text nach dem Objekt", "对象之后有多余内容")
        }
        return members
    }

    private mutating func value(nested: Bool) throws(UsageError) -> RequestValue {
        self.skipWhiteSpace()
        switch self.peek ?? 0 {
        case UInt8(ascii: "\""): return .string(try self.string())
        case UInt8(ascii: "t"): return try self.literal("true", .bool(true))
        case UInt8(ascii: "f"): return try self.literal("false", .bool(false))
        case UInt8(ascii: "n"): return try self.literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try self.number()
        case UInt8(ascii: "["):
            guard !nested else {
                throw self.error("arrays of arrays are not accepted", "Arrays in Arrays gehen nicht", "不接受嵌套数组")
            }
            return try self.array()
        case UInt8(ascii: "{"):
            throw self.error(
                "nested objects are not accepted: give options as flat keys",
                "verschachtelte Objekte gehen nicht: Optionen als flache Schlüssel angeben", "不接受嵌套对象：请用平铺的键给出选项")
        default:
            throw self.error("expected a value", "Wert erwartet", "应为一个值")
        }
    }

    private mutating func array() throws(UsageError) -> RequestValue {
        self.index += 1
        var values: [RequestValue] = []
        self.skipWhiteSpace()
        if self.peek == UInt8(ascii: "]") {
            self.index += 1
            return .array(values)
        }
        while true {
            values.append(try self.value(nested: true))
            self.skipWhiteSpace()
            if self.peek == UInt8(ascii: ",") {
                self.index += 1
                continue
            }
            guard self.peek == UInt8(ascii: "]") else {
                throw self.error("expected ',' or ']'", "„,“ oder „]“ erwartet", "应为“,”或“]”")
            }
            self.index += 1
            return .array(values)
        }
    }

    private mutating func literal(_ word: StaticString, _ value: RequestValue) throws(UsageError) -> RequestValue {
        let count = word.utf8CodeUnitCount
        guard self.bytes.endIndex - self.index >= count,
            word.withUTF8Buffer({ self.bytes[self.index..<(self.index + count)].elementsEqual($0) })
        else { throw self.error("expected a value", "Wert erwartet", "应为一个值") }
        self.index += count
        return value
    }

    private mutating func number() throws(UsageError) -> RequestValue {
        let start = self.index
        if self.peek == UInt8(ascii: "-") { self.index += 1 }
        if self.peek == UInt8(ascii: "0") {
            self.index += 1
        } else {
            guard self.digits() > 0 else { throw self.error("malformed number", "ungültige Zahl", "数字格式错误") }
        }
        if self.peek == UInt8(ascii: ".") {
            self.index += 1
            guard self.digits() > 0 else { throw self.error("malformed number", "ungültige Zahl", "数字格式错误") }
        }
        if self.peek == UInt8(ascii: "e") || self.peek == UInt8(ascii: "E") {
            self.index += 1
            if self.peek == UInt8(ascii: "+") || self.peek == UInt8(ascii: "-") { self.index += 1 }
            guard self.digits() > 0 else { throw self.error("malformed number", "ungültige Zahl", "数字格式错误") }
        }
        return .number(String(decoding: self.bytes[start..<self.index], as: UTF8.self))
    }

    private mutating func digits() -> Int {
        let start = self.index
        while let byte = self.peek, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { self.index += 1 }
        return self.index - start
    }

    /// A string at the opening quote; the common case without escapes is one slice, validated once.
    private mutating func string() throws(UsageError) -> String {
        self.index += 1
        let start = self.index
        while let byte = self.peek, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\"), byte >= 0x20 {
            self.index += 1
        }
        if self.peek == UInt8(ascii: "\"") {
            let text = try self.validated(self.bytes[start..<self.index], at: start)
            self.index += 1
            return text
        }
        var decoded = Array(self.bytes[start..<self.index])
        while true {
            guard let byte = self.peek else {
                throw self.error("unterminated string", "nicht abgeschlossene Zeichenkette", "字符串未结束")
            }
            self.index += 1
            switch byte {
            case UInt8(ascii: "\""):
                return try self.validated(decoded[...], at: start)
            case UInt8(ascii: "\\"):
                try self.escape(into: &decoded)
            case 0..<0x20:
                self.index -= 1
                throw self.error(
                    "control character in a string; escape it", "Steuerzeichen in einer Zeichenkette", "字符串中有控制字符")
            default:
                decoded.append(byte)
            }
        }
    }

    private func validated(_ bytes: ArraySlice<UInt8>, at start: Int) throws(UsageError) -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw UsageError(
                en: "byte \(start - self.bytes.startIndex): a string is not valid UTF-8",
                de: "Byte \(start - self.bytes.startIndex): eine Zeichenkette ist kein gültiges UTF-8",
                zh: "第\(start - self.bytes.startIndex)字节：字符串不是有效的 UTF-8")
        }
        return text
    }

    private mutating func escape(into decoded: inout [UInt8]) throws(UsageError) {
        guard let byte = self.peek else {
            throw self.error("unterminated string", "nicht abgeschlossene Zeichenkette", "字符串未结束")
        }
        self.index += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(byte)
        case UInt8(ascii: "b"): decoded.append(0x08)
        case UInt8(ascii: "f"): decoded.append(0x0C)
        case UInt8(ascii: "n"): decoded.append(0x0A)
        case UInt8(ascii: "r"): decoded.append(0x0D)
        case UInt8(ascii: "t"): decoded.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try self.hex4()
            if (0xD800..<0xDC00).contains(scalar) {
                guard self.peek == UInt8(ascii: "\\"), self.byte(at: self.index + 1) == UInt8(ascii: "u") else {
                    throw self.error("lone surrogate in \\u escape", "einzelnes Surrogat in \\u", "\\u 转义中有孤立代理项")
                }
                self.index += 2
                let low = try self.hex4()
                guard (0xDC00..<0xE000).contains(low) else {
                    throw self.error("lone surrogate in \\u escape", "einzelnes Surrogat in \\u", "\\u 转义中有孤立代理项")
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00..<0xE000).contains(scalar) {
                throw self.error("lone surrogate in \\u escape", "einzelnes Surrogat in \\u", "\\u 转义中有孤立代理项")
            }
            guard let unicode = Unicode.Scalar(scalar) else {
                throw self.error("invalid \\u escape", "ungültiges \\u", "无效的 \\u 转义")
            }
            decoded.append(contentsOf: String(Character(unicode)).utf8)
        default:
            throw self.error("invalid escape", "ungültige Escape-Sequenz", "无效的转义")
        }
    }

    private mutating func hex4() throws(UsageError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = self.peek else { throw self.error("invalid \\u escape", "ungültiges \\u", "无效的 \\u 转义") }
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw self.error("invalid \\u escape", "ungültiges \\u", "无效的 \\u 转义")
            }
            value = value << 4 | UInt32(digit)
            self.index += 1
        }
        return value
    }

    private var peek: UInt8? { self.byte(at: self.index) }

    private func byte(at index: Int) -> UInt8? { index < self.bytes.endIndex ? self.bytes[index] : nil }

    private mutating func skipWhiteSpace() {
        while let byte = self.peek, byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A { self.index += 1 }
    }

    private func error(_ english: String, _ german: String, _ chinese: String) -> UsageError {
        let offset = self.index - self.bytes.startIndex
        return UsageError(
            en: "not a valid request at byte \(offset): \(english)",
            de: "keine gültige Anfrage bei Byte \(offset): \(german)", zh: "请求无效（第\(offset)字节）：\(chinese)")
    }
}
