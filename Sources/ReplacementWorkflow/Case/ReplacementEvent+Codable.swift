import CardModel

#if !hasFeature(Embedded)
    extension ReplacementEvent: Codable {
        /// Decodes `{"event": "cardProduced", "date": "2026-10-12"}` and the like, validating every value again.
        ///
        /// An application carries its own date; an `applied` event written before 1.0 has no `date` of its own,
        /// and one with a `date` other than its application's is refused.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: EventCodingKey.self)
            let name = try container.decode(String.self, forKey: EventCoding.key("event"))
            if name == "applied" {
                let application = try container.decode(
                    ReplacementApplication.self, forKey: EventCoding.key("application"))
                if let date = try container.decodeIfPresent(CivilDate.self, forKey: EventCoding.key("date")),
                    date != application.date
                {
                    throw EventCoding.inconsistent(
                        "date", "ReplacementEvent: applied on \(date), the application dated \(application.date)",
                        in: container)
                }
                self = .applied(application)
                return
            }
            let date = try container.decode(CivilDate.self, forKey: EventCoding.key("date"))
            let documents = EventCoding.key("documents")
            switch name {
            case "reportedLostTemporarily": self = .reportedLostTemporarily(on: date)
            case "temporaryReportWithdrawn": self = .temporaryReportWithdrawn(on: date)
            case "cardProduced": self = .cardProduced(on: date)
            case "dispatched": self = .dispatched(on: date)
            case "delivered":
                self = .delivered(on: date, documents: try container.decode(ReceiptDocuments.self, forKey: documents))
            case "collected":
                self = .collected(on: date, documents: try container.decode(ReceiptDocuments.self, forKey: documents))
            case "activated": self = .activated(on: date)
            case "lostCardFound": self = .lostCardFound(on: date)
            default: throw EventCoding.unknownEvent(name, of: "ReplacementEvent", in: container)
            }
        }

        /// Encodes the event's name and date, and what it carries: the application, or the documents shown.
        public func encode(to encoder: any Encoder) throws {
            var container = try EventCoding.encode(self, to: encoder)
            switch self {
            case .applied(let application):
                try container.encode(application, forKey: EventCoding.key("application"))
            case .delivered(_, let documents), .collected(_, let documents):
                try container.encode(documents, forKey: EventCoding.key("documents"))
            case .reportedLostTemporarily, .temporaryReportWithdrawn, .cardProduced, .dispatched, .activated,
                .lostCardFound:
                break
            }
        }
    }
#endif
