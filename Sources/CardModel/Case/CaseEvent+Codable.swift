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
        ) throws
            -> KeyedEncodingContainer<EventCodingKey>
        {
            var container = encoder.container(keyedBy: EventCodingKey.self)
            try container.encode(event.name, forKey: Self.key("event"))
            try container.encode(event.date, forKey: Self.key("date"))
            return container
        }

        /// Reads an event's name and date, and returns them with the container for what it carries.
        package static func decode(
            from decoder: any Decoder
        ) throws
            -> (container: KeyedDecodingContainer<EventCodingKey>, name: String, date: CivilDate)
        {
            let container = try decoder.container(keyedBy: EventCodingKey.self)
            let name = try container.decode(String.self, forKey: Self.key("event"))
            let date = try container.decode(CivilDate.self, forKey: Self.key("date"))
            return (container, name, date)
        }

        /// Reads an event's name and date like ``decode(from:)``, and also the form written before 1.0: the
        /// event's name as the only key, `{"<name>": {"on": "YYYY-MM-DD", …what it carries…}}`.
        package static func decodeAcceptingPre1_0(
            from decoder: any Decoder, of type: String
        ) throws
            -> (container: KeyedDecodingContainer<EventCodingKey>, name: String, date: CivilDate)
        {
            let probe = try decoder.container(keyedBy: EventCodingKey.self)
            if probe.contains(Self.key("event")) { return try decode(from: decoder) }
            guard probe.allKeys.count == 1, let key = probe.allKeys.first else {
                throw DecodingError.dataCorrupted(
                    DecodingError.Context(
                        codingPath: probe.codingPath,
                        debugDescription: "\(type): expected {\"event\": …, \"date\": …}"))
            }
            let container = try probe.nestedContainer(keyedBy: EventCodingKey.self, forKey: key)
            return (container, key.stringValue, try container.decode(CivilDate.self, forKey: Self.key("on")))
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
