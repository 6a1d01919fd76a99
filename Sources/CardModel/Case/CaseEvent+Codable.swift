#if !hasFeature(Embedded)
    /// The keys of an event's JSON form: `event`, `date` and the event's own (``EventCoding/key(_:)``).
    package struct EventCodingKey: CodingKey {
        package let stringValue: String
        package var intValue: Int? { nil }
        package init(stringValue: String) { self.stringValue = stringValue }
        package init?(intValue: Int) { nil }
    }

    /// The one JSON form of every machine's events: `{"event": "<name>", "date": "YYYY-MM-DD", …what it
    /// carries…}`, each value validated again on decoding.
    package enum EventCoding {
        /// An event's own key, such as `by` or `documents`.
        package static func key(_ name: String) -> EventCodingKey { EventCodingKey(stringValue: name) }

        /// Writes the event's name and date, and returns the container for what it carries.
        package static func encode(
            _ event: some CaseEvent, to encoder: any Encoder
        ) throws -> KeyedEncodingContainer<EventCodingKey> {
            var container = encoder.container(keyedBy: EventCodingKey.self)
            try container.encode(event.name, forKey: Self.key("event"))
            try container.encode(event.date, forKey: Self.key("date"))
            return container
        }

        /// Reads an event's name and date, and returns them with the container for what it carries.
        package static func decode(
            from decoder: any Decoder
        ) throws -> (container: KeyedDecodingContainer<EventCodingKey>, name: String, date: CivilDate) {
            let container = try decoder.container(keyedBy: EventCodingKey.self)
            let name = try container.decode(String.self, forKey: Self.key("event"))
            let date = try container.decode(CivilDate.self, forKey: Self.key("date"))
            return (container, name, date)
        }

        /// The error for an event name the machine does not know.
        package static func unknownEvent(
            _ name: String, of type: String, in container: KeyedDecodingContainer<EventCodingKey>
        ) -> DecodingError {
            DecodingError.dataCorruptedError(
                forKey: Self.key("event"), in: container, debugDescription: "\(type): unknown event '\(name)'")
        }

        /// The error for a value that contradicts the rest of the event (such as an application dated otherwise
        /// than its event).
        package static func inconsistent(
            _ key: String, _ description: String, in container: KeyedDecodingContainer<EventCodingKey>
        ) -> DecodingError {
            DecodingError.dataCorruptedError(forKey: Self.key(key), in: container, debugDescription: description)
        }
    }
#endif
