import CardModel

/// The module's answers: one JSON request in, one JSON answer out (Documentation/WebAssembly.md).
///
/// Pure Swift over bytes, built the same way for the wasm module (Embedded Swift) and for its native twin in
/// `.ci/wasm`, which compares the two answer for answer. The exported C functions (`Exports.swift`) only move
/// bytes in and out of linear memory around ``answer(_:for:)``.
enum Rules {
    /// What a request asks. The `op` member names it; an export for one operation accepts a request without `op`.
    enum Operation: String, CaseIterable {
        /// Whether a date is a working day, and what kind of day it is (CM-WORKDAY).
        case isWorkingDay
        /// The N-th working day after a date (CM-WORKDAY-ADD).
        case addWorkingDays
        /// The decision on an application to replace a lost or damaged card, as `sscard replacement --json`
        /// gives it (REPLACEMENT; `Replacement.swift`).
        case replacement
        /// The decision on an application to exchange a card for a third-generation one, as `sscard exchange
        /// --json` gives it (EX-*; `Exchange.swift`).
        case exchange
        /// A foreign employee's onboarding timeline and deadlines (Onboarding.swift).
        case onboarding
    }

    /// The calendar every answer uses: mainland China's official one, refusing a year without a notice.
    static let calendar = WorkingDayCalendar.mainlandChina

    /// The answer to `request`, UTF-8 JSON: the operation's result, or `{"error": {"code", "message", …}}`.
    ///
    /// - Parameters:
    ///   - request: The request, UTF-8 JSON: an object with `op` (unless `operation` is given) and the operation's
    ///     members.
    ///   - operation: The operation an export stands for; `nil` for `sscard_call`, which reads `op`.
    static func answer(_ request: [UInt8], for operation: Operation?) -> [UInt8] {
        JSONWriter.bytes(of: Self.value(answering: request, for: operation))
    }

    private static func value(answering request: [UInt8], for operation: Operation?) -> JSONValue {
        let members: [(key: String, value: JSONValue)]
        do throws(JSONError) {
            guard case .object(let object) = try JSONReader.read(request) else {
                return RequestError(.badRequest, "the request must be a JSON object").json
            }
            members = object
        } catch {
            return RequestError(.invalidJSON, error.message).json
        }
        do throws(RequestError) {
            var request = try Request(members)
            return try request.answer(for: operation)
        } catch {
            return error.json
        }
    }
}

/// Why a request was not answered, as its `{"error": …}` answer says.
struct RequestError: Error {
    /// The kind of failure, the answer's `error.code`.
    enum Code: String {
        /// The request is not JSON (or not UTF-8, or has a number that is not an integer in `Int32`).
        case invalidJSON
        /// The request is JSON but not a request: not an object, a member missing, mistyped or unknown.
        case badRequest
        /// `op` names no operation, or not the export's.
        case unknownOperation
        /// `date` is not a date `YYYY-MM-DD` that exists in 1900 through 2199.
        case badDate
        /// The calendar has no data for a year the question needs (`CalendarError.Code.noSchedule`).
        case noSchedule
        /// The library has no statutory days for the year (`CalendarError.Code.noStatutoryData`).
        case noStatutoryData
    }

    let code: Code
    let message: String
    /// More members of the error object, after `code` and `message` (such as `year`).
    var details: [(key: String, value: JSONValue)] = []

    init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    init(_ error: CalendarError, in language: Language) {
        self.code = error.code == .noStatutoryData ? .noStatutoryData : .noSchedule
        self.message = error.message[language]
        // A year is within Int32 on every platform: CalendarError names years of 1900 through 2199 and their
        // neighbours.
        self.details = [("year", .integer(Int32(truncatingIfNeeded: error.year)))]
    }

    init(_ error: CivilDateError, date: String) {
        self.code = .badDate
        self.message = "date '\(date)': \(error.description)"
        self.details = [("reason", .string(error.code.description))]
    }

    var json: JSONValue {
        .object([
            ("error", .object([("code", .string(self.code.rawValue)), ("message", .string(self.message))] + details))
        ])
    }
}

/// A request's members, checked as they are read: every member must be known to the operation.
struct Request {
    private var members: [(key: String, value: JSONValue)]
    private(set) var language: Language = .english

    init(_ members: [(key: String, value: JSONValue)]) throws(RequestError) {
        self.members = members
        if let lang = self.take("lang") {
            guard case .string(let code) = lang, let language = Language(rawValue: code) else {
                throw RequestError(.badRequest, "'lang' must be \"en\", \"de\" or \"zh\"")
            }
            self.language = language
        }
    }

    /// Removes and returns the member named `key`, if present.
    mutating func take(_ key: String) -> JSONValue? {
        guard let index = self.members.firstIndex(where: { $0.key == key }) else { return nil }
        return self.members.remove(at: index).value
    }

    mutating func string(_ key: String) throws(RequestError) -> String {
        guard let value = self.take(key) else { throw RequestError(.badRequest, "missing member '\(key)'") }
        guard case .string(let text) = value else {
            throw RequestError(.badRequest, "'\(key)' must be a string, not \(value.typeName)")
        }
        return text
    }

    private mutating func integer(_ key: String) throws(RequestError) -> Int32 {
        guard let value = self.take(key) else { throw RequestError(.badRequest, "missing member '\(key)'") }
        guard case .integer(let number) = value else {
            throw RequestError(.badRequest, "'\(key)' must be an integer, not \(value.typeName)")
        }
        return number
    }

    mutating func date(_ key: String) throws(RequestError) -> CivilDate {
        let text = try self.string(key)
        do throws(CivilDateError) {
            return try CivilDate(parsing: text)
        } catch {
            throw RequestError(error, date: text)
        }
    }

    /// The string member `key` if present and not `null`, which must be one of `choices`.
    mutating func choice(_ key: String, _ choices: [String]) throws(RequestError) -> String? {
        guard let value = self.take(key) else { return nil }
        switch value {
        case .null: return nil
        case .string(let text) where choices.contains(text): return text
        default:
            let list = choices.map { "\"\($0)\"" }.joined(separator: ", ")
            throw RequestError(.badRequest, "'\(key)' must be one of \(list)")
        }
    }

    /// The boolean member `key`: `false` when absent or `null`.
    mutating func flag(_ key: String) throws(RequestError) -> Bool {
        guard let value = self.take(key) else { return false }
        switch value {
        case .null: return false
        case .bool(let flag): return flag
        default: throw RequestError(.badRequest, "'\(key)' must be true or false, not \(value.typeName)")
        }
    }

    /// Refuses members the operation did not read.
    func requireNoOtherMembers() throws(RequestError) {
        if let extra = self.members.first {
            throw RequestError(.badRequest, "unknown member '\(extra.key)'")
        }
    }

    mutating func answer(for expected: Rules.Operation?) throws(RequestError) -> JSONValue {
        let operation: Rules.Operation
        if let op = self.take("op") {
            guard case .string(let name) = op else {
                throw RequestError(.badRequest, "'op' must be a string, not \(op.typeName)")
            }
            guard let named = Rules.Operation(rawValue: name) else {
                throw RequestError(.unknownOperation, "unknown op '\(name)'")
            }
            if let expected, expected != named {
                throw RequestError(.unknownOperation, "op '\(name)' sent to the \(expected.rawValue) export")
            }
            operation = named
        } else if let expected {
            operation = expected
        } else {
            throw RequestError(.badRequest, "missing member 'op'")
        }
        switch operation {
        case .isWorkingDay: return try self.isWorkingDay()
        case .addWorkingDays: return try self.addWorkingDays()
        case .replacement: return try self.replacement()
        case .exchange: return try self.exchange()
        case .onboarding: return try self.onboarding()
        }
    }

    /// `{"date"}` → `{"date", "workingDay", "kind", "holiday", "holidayName"}`.
    private mutating func isWorkingDay() throws(RequestError) -> JSONValue {
        let date = try self.date("date")
        try self.requireNoOtherMembers()
        let day: CalendarDay
        do throws(CalendarError) {
            day = try Rules.calendar.day(date)
        } catch {
            throw RequestError(error, in: self.language)
        }
        return .object([
            ("date", .string(day.date.description)),
            ("workingDay", .bool(day.isWorkingDay)),
            ("kind", .string(day.kind.rawValue)),
            ("holiday", day.holiday.map { .string($0.key) } ?? .null),
            ("holidayName", day.holiday.map { .string($0.name[self.language]) } ?? .null),
        ])
    }

    /// `{"date", "days"}` → `{"date"}`: the `days`-th working day after `date` (before it for a negative count;
    /// `date` itself or the next working day for 0).
    private mutating func addWorkingDays() throws(RequestError) -> JSONValue {
        let date = try self.date("date")
        let days = try self.integer("days")
        try self.requireNoOtherMembers()
        do throws(CalendarError) {
            let result = try Rules.calendar.date(byAddingWorkingDays: Int(days), to: date)
            return .object([("date", .string(result.description))])
        } catch {
            throw RequestError(error, in: self.language)
        }
    }
}
