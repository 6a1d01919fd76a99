public import CardModel

/// Who receives the new card, with what they present (EX-RECEIPT, EX-MINOR).
public enum ExchangeRecipient: Sendable, Hashable, CustomStringConvertible {
    /// The holder, presenting an identity document.
    case holder(PresentedDocument)
    /// The guardian of a minor holder, presenting the guardian's identity document.
    case guardian(PresentedDocument)
    /// The employer under company pickup, identified by its unified social credit code.
    case employer(UnifiedSocialCreditCode)

    /// The recipient's role.
    public var role: RecipientRole {
        switch self {
        case .holder: .holder
        case .guardian: .guardian
        case .employer: .employer
        }
    }

    /// The role and the masked document or code.
    public var description: String {
        switch self {
        case .holder(let document): "holder (\(document))"
        case .guardian(let document): "guardian (\(document))"
        case .employer(let code): "employer (\(code))"
        }
    }
}

/// The role of the one who receives a card (EX-RECEIPT, EX-MINOR).
public enum RecipientRole: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// The holder.
    case holder
    /// The guardian of a minor holder.
    case guardian
    /// The employer under company pickup.
    case employer

    /// `holder`, `guardian` or `employer`.
    public var description: String { self.rawValue }
}

/// Something that happened in an exchange, with its date: the input of ``ExchangeCase/apply(_:)``.
///
/// Events are recorded in the case's append-only ``ExchangeCase/history``, which rebuilds the case
/// (``ExchangeCase/init(replaying:policy:)``). Stored as `{"event": "cardProduced", "date": "2026-01-08"}` and the
/// like (see `ExchangeEvent+Codable.swift`).
public enum ExchangeEvent: CaseEvent {
    /// The application was made (on the application's date) by or for the parties; always the first event.
    case applied(application: ExchangeApplication, parties: ExchangeParties)
    /// The card was produced (EX-PRODUCTION); for instant issuance, produced and handed over on the spot
    /// (EX-RECEIPT).
    case cardProduced(on: CivilDate)
    /// The card was received (EX-RECEIPT, EX-MINOR).
    case cardReceived(on: CivilDate, by: ExchangeRecipient)
    /// The new card's social security function was activated (EX-ACTIVATION); the old card is superseded from
    /// this day (EX-OLD-VALID).
    case socialSecurityActivated(on: CivilDate, through: ActivationChannel)
    /// The bank function was activated at a counter of the issuing bank with the card and an original identity
    /// document; this also activates the social security function if it is not yet active (EX-ACTIVATION).
    case financialFunctionActivated(on: CivilDate, presenting: PresentedDocument)
    /// The application was cancelled before the card was produced.
    case cancelled(on: CivilDate)

    /// The card was produced: ``cardProduced(on:)``.
    @available(*, deprecated, renamed: "cardProduced(on:)")
    public static func cardMade(on date: CivilDate) -> Self { .cardProduced(on: date) }

    /// The day the event happened.
    public var date: CivilDate {
        switch self {
        case .applied(let application, _): application.date
        case .cardProduced(let date), .cardReceived(let date, _), .socialSecurityActivated(let date, _),
            .financialFunctionActivated(let date, _), .cancelled(let date):
            date
        }
    }

    /// The event's name, such as `cardProduced` (its JSON form's `event`).
    public var name: String {
        switch self {
        case .applied: "applied"
        case .cardProduced: "cardProduced"
        case .cardReceived: "cardReceived"
        case .socialSecurityActivated: "socialSecurityActivated"
        case .financialFunctionActivated: "financialFunctionActivated"
        case .cancelled: "cancelled"
        }
    }

    /// `cardReceived(2026-01-10, holder (residentIdentityCard 1101**********002X))`, masked.
    public var description: String {
        switch self {
        case .applied(let application, _): "applied(\(application.date), \(application.channel), \(application.bank))"
        case .cardProduced(let date): "cardProduced(\(date))"
        case .cardReceived(let date, let recipient): "cardReceived(\(date), \(recipient))"
        case .socialSecurityActivated(let date, let channel): "socialSecurityActivated(\(date), \(channel))"
        case .financialFunctionActivated(let date, let document): "financialFunctionActivated(\(date), \(document))"
        case .cancelled(let date): "cancelled(\(date))"
        }
    }
}
