import CardModel

#if !hasFeature(Embedded)
    extension ElectronicCardEvent: Codable {
        /// Decodes an event from its stored form (CardModel's one event format), validating every value again:
        ///
        /// ```json
        /// {"event": "registered", "date": "2026-03-03", "registration": {"name": …, "credential": …, "workPermit": …}}
        /// {"event": "realNameVerified", "date": "2026-03-03"}
        /// {"event": "realPersonVerified", "date": "2026-03-04"}
        /// {"event": "physicalCardReceived", "date": "2026-03-30"}
        /// {"event": "workPermitInformationLoaded", "date": "2026-04-01", "information": {"number": …, …}}
        /// ```
        ///
        /// The form written before 1.0, `{"registered": {"on": "2026-03-03", "registration": …}}`, is read too.
        ///
        /// - Throws: `DecodingError` for an unknown event or a missing or invalid value.
        public init(from decoder: any Decoder) throws {
            let (container, name, date) = try EventCoding.decodeAcceptingPre1_0(
                from: decoder, of: "ElectronicCardEvent")
            self = try Self(name, on: date, in: container)
        }

        /// The event named `name` on `date`, with what it carries from `container`.
        private init(_ name: String, on date: CivilDate, in container: KeyedDecodingContainer<EventCodingKey>) throws {
            switch name {
            case "registered":
                self = .registered(
                    on: date,
                    registration: try container.decode(
                        ElectronicCardRegistration.self, forKey: EventCoding.key("registration")))
            case "realNameVerified": self = .realNameVerified(on: date)
            case "realPersonVerified": self = .realPersonVerified(on: date)
            case "physicalCardReceived": self = .physicalCardReceived(on: date)
            case "workPermitInformationLoaded":
                self = .workPermitInformationLoaded(
                    on: date,
                    information: try container.decode(
                        WorkPermitInformation.self, forKey: EventCoding.key("information")))
            default:
                throw EventCoding.unknownEvent(name, of: "ElectronicCardEvent", in: container)
            }
        }

        /// Encodes the event's name and date and what it carries, with the keys ``init(from:)`` reads.
        public func encode(to encoder: any Encoder) throws {
            var container = try EventCoding.encode(self, to: encoder)
            switch self {
            case .registered(_, let registration):
                try container.encode(registration, forKey: EventCoding.key("registration"))
            case .workPermitInformationLoaded(_, let information):
                try container.encode(information, forKey: EventCoding.key("information"))
            case .realNameVerified, .realPersonVerified, .physicalCardReceived:
                break
            }
        }
    }
#endif
