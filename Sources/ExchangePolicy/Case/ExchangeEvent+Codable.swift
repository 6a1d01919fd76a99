import CardModel

#if !hasFeature(Embedded)
    extension ExchangeEvent: Codable {
        /// Decodes an event from its stored form (CardModel's one event format), validating every value again
        /// (dates, channels, identifiers, documents, the employer's arrangement):
        ///
        /// ```json
        /// {"event": "applied", "date": "2026-01-05", "application": {…}, "parties": {"holder": {…}}}
        /// {"event": "cardProduced", "date": "2026-01-08"}
        /// {"event": "cardReceived", "date": "2026-01-09", "by": {"role": "holder", "document": {…}, "isOriginal": true}}
        /// {"event": "socialSecurityActivated", "date": "2026-01-10", "through": "jingtong"}
        /// {"event": "financialFunctionActivated", "date": "2026-01-11", "document": {…}, "isOriginal": true}
        /// {"event": "cancelled", "date": "2026-01-06"}
        /// ```
        ///
        /// `cardMade`, the name before 1.0, still decodes as `cardProduced`.
        ///
        /// - Throws: `DecodingError` for an unknown event, a missing or invalid value, or an `applied` event whose
        ///   `date` is not its application's.
        public init(from decoder: any Decoder) throws {
            let (container, name, date) = try EventCoding.decode(from: decoder)
            switch name {
            case "applied":
                let application = try container.decode(ExchangeApplication.self, forKey: EventCoding.key("application"))
                guard application.date == date else {
                    throw EventCoding.inconsistent(
                        "date", "ExchangeEvent: an application's event is dated with the application", in: container)
                }
                self = .applied(
                    application: application,
                    parties: try container.decode(ExchangeParties.self, forKey: EventCoding.key("parties")))
            case "cardProduced", "cardMade": self = .cardProduced(on: date)
            case "cardReceived":
                self = .cardReceived(
                    on: date, by: try container.decode(ExchangeRecipient.self, forKey: EventCoding.key("by")))
            case "socialSecurityActivated":
                self = .socialSecurityActivated(
                    on: date, through: try container.decode(ActivationChannel.self, forKey: EventCoding.key("through")))
            case "financialFunctionActivated":
                let document = PresentedDocument(
                    try container.decode(IdentityDocument.self, forKey: EventCoding.key("document")),
                    isOriginal: try container.decode(Bool.self, forKey: EventCoding.key("isOriginal")))
                self = .financialFunctionActivated(on: date, presenting: document)
            case "cancelled": self = .cancelled(on: date)
            default: throw EventCoding.unknownEvent(name, of: "ExchangeEvent", in: container)
            }
        }

        /// Encodes the event's name and date and what it carries, with the keys ``init(from:)`` reads.
        public func encode(to encoder: any Encoder) throws {
            var container = try EventCoding.encode(self, to: encoder)
            switch self {
            case .applied(let application, let parties):
                try container.encode(application, forKey: EventCoding.key("application"))
                try container.encode(parties, forKey: EventCoding.key("parties"))
            case .cardReceived(_, let recipient):
                try container.encode(recipient, forKey: EventCoding.key("by"))
            case .socialSecurityActivated(_, let channel):
                try container.encode(channel, forKey: EventCoding.key("through"))
            case .financialFunctionActivated(_, let presented):
                try container.encode(presented.document, forKey: EventCoding.key("document"))
                try container.encode(presented.isOriginal, forKey: EventCoding.key("isOriginal"))
            case .cardProduced, .cancelled:
                break
            }
        }
    }

    extension ExchangeRecipient: Codable {
        private enum CodingKeys: String, CodingKey { case role, document, isOriginal, employer }

        /// Decodes a recipient, validating the document or the employer's code again:
        /// `{"role": "holder", "document": {…}, "isOriginal": true}`, the same with `"guardian"`, or
        /// `{"role": "employer", "employer": "91350100M000100Y43"}`.
        ///
        /// - Throws: `DecodingError` for an unknown role or a missing or invalid value.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let role = try container.decode(RecipientRole.self, forKey: .role)
            switch role {
            case .holder, .guardian:
                let document = PresentedDocument(
                    try container.decode(IdentityDocument.self, forKey: .document),
                    isOriginal: try container.decode(Bool.self, forKey: .isOriginal))
                self = role == .holder ? .holder(document) : .guardian(document)
            case .employer:
                self = .employer(try container.decode(UnifiedSocialCreditCode.self, forKey: .employer))
            }
        }

        /// Encodes the role and the presented document (flattened: `document`, `isOriginal`) or the employer's code.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.role, forKey: .role)
            switch self {
            case .holder(let presented), .guardian(let presented):
                try container.encode(presented.document, forKey: .document)
                try container.encode(presented.isOriginal, forKey: .isOriginal)
            case .employer(let code):
                try container.encode(code, forKey: .employer)
            }
        }
    }

    // The recipient's role and the activation channel are stored as their raw values.
    extension ActivationChannel: Codable {}
    extension RecipientRole: Codable {}
#endif
