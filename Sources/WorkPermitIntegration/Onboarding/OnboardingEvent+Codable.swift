import CardModel

#if !hasFeature(Embedded)
    extension OnboardingEvent: Codable {
        /// Decodes an event from its stored form (CardModel's one event format), validating every value again:
        ///
        /// ```json
        /// {"event": "notificationLetterIssued", "date": "2026-01-15"}
        /// {"event": "enrolled", "date": "2026-03-05", "by": "employer", "channel": "onlineSocialInsuranceHall",
        ///  "document": "electronicCard"}
        /// {"event": "residencePermitApplied", "date": "2026-03-16", "document": "electronicCard"}
        /// {"event": "residencePermitGranted", "date": "2026-03-27", "validUntil": "2027-03-26"}
        /// ```
        ///
        /// The form written before 1.0, `{"enrolled": {"on": "2026-03-05", "by": "employer", …}}`, still decodes.
        ///
        /// - Throws: `DecodingError` for an unknown event or a missing or invalid value.
        public init(from decoder: any Decoder) throws {
            let (container, name, date) = try EventCoding.decodeAcceptingPre1_0(from: decoder, of: "OnboardingEvent")
            self = try Self(name, on: date, from: container)
        }

        /// The event named `name` on `date`, with what it carries read from `container`.
        private init(
            _ name: String, on date: CivilDate, from container: KeyedDecodingContainer<EventCodingKey>
        ) throws {
            switch name {
            case "notificationLetterIssued": self = .notificationLetterIssued(on: date)
            case "zVisaIssued": self = .zVisaIssued(on: date)
            case "entered": self = .entered(on: date)
            case "electronicCardRegistered": self = .electronicCardRegistered(on: date)
            case "enrolled":
                self = .enrolled(
                    on: date, by: try container.decode(Enroller.self, forKey: EventCoding.key("by")),
                    channel: try container.decode(EnrolmentChannel.self, forKey: EventCoding.key("channel")),
                    document: try container.decode(PermitDocument.self, forKey: EventCoding.key("document")))
            case "socialSecurityNumberAssigned": self = .socialSecurityNumberAssigned(on: date)
            case "physicalCardIssued": self = .physicalCardIssued(on: date)
            case "physicalCardReceived": self = .physicalCardReceived(on: date)
            case "residencePermitApplied":
                self = .residencePermitApplied(
                    on: date, document: try container.decode(PermitDocument.self, forKey: EventCoding.key("document")))
            case "residencePermitGranted":
                self = .residencePermitGranted(
                    on: date, validUntil: try container.decode(CivilDate.self, forKey: EventCoding.key("validUntil")))
            case "residencePermitRefused": self = .residencePermitRefused(on: date)
            default: throw EventCoding.unknownEvent(name, of: "OnboardingEvent", in: container)
            }
        }

        /// Encodes the event's name and date and what it carries, with the keys ``init(from:)`` reads.
        public func encode(to encoder: any Encoder) throws {
            var container = try EventCoding.encode(self, to: encoder)
            switch self {
            case .enrolled(_, let by, let channel, let document):
                try container.encode(by, forKey: EventCoding.key("by"))
                try container.encode(channel, forKey: EventCoding.key("channel"))
                try container.encode(document, forKey: EventCoding.key("document"))
            case .residencePermitApplied(_, let document):
                try container.encode(document, forKey: EventCoding.key("document"))
            case .residencePermitGranted(_, let validUntil):
                try container.encode(validUntil, forKey: EventCoding.key("validUntil"))
            case .notificationLetterIssued, .zVisaIssued, .entered, .electronicCardRegistered,
                .socialSecurityNumberAssigned, .physicalCardIssued, .physicalCardReceived, .residencePermitRefused:
                break
            }
        }
    }

    // The onboarding's raw-value enums are stored as their raw values.
    extension Enroller: Codable {}
    extension EnrolmentChannel: Codable {}
    extension OnboardingStep: Codable {}
    extension PermitDocument: Codable {}
    extension WorkPermitVerification: Codable {}
#endif
