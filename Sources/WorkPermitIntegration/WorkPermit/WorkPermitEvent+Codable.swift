import CardModel

#if !hasFeature(Embedded)
    extension WorkPermitEvent: Codable {
        /// Decodes an event from its stored form (CardModel's one event format), validating every value again:
        ///
        /// ```json
        /// {"event": "issued", "date": "2024-12-01", "number": "WP…", "category": "B", "validUntil": "2026-11-30"}
        /// {"event": "extended", "date": "2026-10-01", "validUntil": "2027-11-30"}
        /// {"event": "changed", "date": "2026-10-01", "change": "position"}
        /// {"event": "cancelled", "date": "2027-01-15"}
        /// ```
        ///
        /// The form written before 1.0, `{"issued": {"on": "2024-12-01", "number": …}}`, is read too.
        ///
        /// - Throws: `DecodingError` for an unknown event or a missing or invalid value.
        public init(from decoder: any Decoder) throws {
            let (container, name, date) = try EventCoding.decodeAcceptingPre1_0(from: decoder, of: "WorkPermitEvent")
            self = try Self(name, on: date, in: container)
        }

        /// The event named `name` on `date`, with what it carries from `container`.
        private init(_ name: String, on date: CivilDate, in container: KeyedDecodingContainer<EventCodingKey>) throws {
            switch name {
            case "issued":
                self = .issued(
                    on: date, number: try container.decode(WorkPermitNumber.self, forKey: EventCoding.key("number")),
                    category: try container.decode(WorkPermitCategory.self, forKey: EventCoding.key("category")),
                    validUntil: try container.decode(CivilDate.self, forKey: EventCoding.key("validUntil")))
            case "extended":
                self = .extended(
                    on: date, validUntil: try container.decode(CivilDate.self, forKey: EventCoding.key("validUntil")))
            case "changed":
                self = .changed(
                    on: date, change: try container.decode(WorkPermitChange.self, forKey: EventCoding.key("change")))
            case "cancelled":
                self = .cancelled(on: date)
            default:
                throw EventCoding.unknownEvent(name, of: "WorkPermitEvent", in: container)
            }
        }

        /// Encodes the event's name and date and what it carries, with the keys ``init(from:)`` reads.
        public func encode(to encoder: any Encoder) throws {
            var container = try EventCoding.encode(self, to: encoder)
            switch self {
            case .issued(_, let number, let category, let validUntil):
                try container.encode(number, forKey: EventCoding.key("number"))
                try container.encode(category, forKey: EventCoding.key("category"))
                try container.encode(validUntil, forKey: EventCoding.key("validUntil"))
            case .extended(_, let validUntil):
                try container.encode(validUntil, forKey: EventCoding.key("validUntil"))
            case .changed(_, let change):
                try container.encode(change, forKey: EventCoding.key("change"))
            case .cancelled:
                break
            }
        }
    }
#endif
