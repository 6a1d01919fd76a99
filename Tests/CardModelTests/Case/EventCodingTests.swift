import CardModel
import Foundation
import TestSupport
import Testing

/// EventCoding: the one JSON form of every machine's events, `{"event": …, "date": …, …}`.
@Suite struct EventCodingTests {
    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode(_ json: String) throws -> TinyEvent {
        try JSONDecoder().decode(TinyEvent.self, from: Data(json.utf8))
    }

    @Test(
        "An event encodes its name, its date and what it carries, and decodes to itself",
        arguments: [
            (
                TinyEvent.opened(on: date("2026-01-05"), note: "来了"),
                #"{"date":"2026-01-05","event":"opened","note":"来了"}"#
            ),
            (.stamped(on: date("2026-01-06")), #"{"date":"2026-01-06","event":"stamped"}"#),
            (.closed(on: date("2199-12-31")), #"{"date":"2199-12-31","event":"closed"}"#),
        ])
    func roundTrip(event: TinyEvent, json: String) throws {
        #expect(try Self.json(event) == json)
        #expect(try Self.decode(json) == event)
    }

    @Test("A history round-trips in order")
    func history() throws {
        let tiny = try TinyFixture.closedCase()
        let data = try JSONEncoder().encode(tiny.history)
        #expect(try JSONDecoder().decode([TinyEvent].self, from: data) == tiny.history)
    }

    @Test("An unknown event name is a data-corrupted error at the event key, naming the type and the name")
    func unknownEvent() throws {
        let error = try #require(throws: DecodingError.self) {
            try Self.decode(#"{"event":"frobbed","date":"2026-01-05"}"#)
        }
        guard case .dataCorrupted(let context) = error else {
            Issue.record("not dataCorrupted: \(error)")
            return
        }
        #expect(context.debugDescription == "TinyEvent: unknown event 'frobbed'")
        #expect(context.codingPath.map(\.stringValue) == ["event"])
    }

    @Test("A value contradicting the event is a data-corrupted error at its own key")
    func inconsistent() throws {
        let error = try #require(throws: DecodingError.self) {
            try Self.decode(#"{"event":"opened","date":"2026-01-05","note":""}"#)
        }
        guard case .dataCorrupted(let context) = error else {
            Issue.record("not dataCorrupted: \(error)")
            return
        }
        #expect(context.debugDescription == "TinyEvent: an empty note")
        #expect(context.codingPath.map(\.stringValue) == ["note"])
    }

    @Test(
        "A missing or invalid name, date or value is a decoding error",
        arguments: [
            #"{"date":"2026-01-05"}"#, #"{"event":"stamped"}"#, #"{"event":"stamped","date":"2026-02-30"}"#,
            #"{"event":"stamped","date":"2026-1-5"}"#, #"{"event":7,"date":"2026-01-05"}"#,
            #"{"event":"opened","date":"2026-01-05"}"#, #"["stamped","2026-01-05"]"#, #""stamped""#,
        ])
    func invalid(json: String) {
        #expect(throws: DecodingError.self) { try Self.decode(json) }
    }

    @Test("Keys are plain strings: no integer keys")
    func keys() {
        let key = EventCoding.key("by")
        #expect(key.stringValue == "by")
        #expect(key.intValue == nil)
        #expect(EventCodingKey(intValue: 0) == nil)
        #expect(EventCodingKey(stringValue: "date").stringValue == "date")
    }
}
