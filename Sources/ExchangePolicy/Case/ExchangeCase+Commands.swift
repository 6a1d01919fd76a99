public import CardModel

// MARK: - One wrapper per event

extension ExchangeCase {
    /// Produce the card (EX-PRODUCTION); for instant issuance, produce it and hand it over on the spot
    /// (EX-RECEIPT).
    ///
    /// Not before the application's acceptance date (``ExchangeDecision/acceptanceDate``, CM-ACCEPTANCE): an
    /// application made online on Saturday 2026-01-10 is accepted on Monday 2026-01-12, and a card produced earlier
    /// is refused with ``ExchangeErrorCode/tooEarly``.
    ///
    /// - Throws: ``ExchangeCaseError``, as ``apply(_:)``.
    @discardableResult
    public mutating func produceCard(on date: CivilDate) throws(ExchangeCaseError) -> [ExchangeEffect] {
        try self.apply(.cardProduced(on: date))
    }

    /// Receive the card: `recipient` takes it (EX-RECEIPT, EX-MINOR).
    ///
    /// - Throws: ``ExchangeCaseError``, as ``apply(_:)``.
    @discardableResult
    public mutating func receiveCard(
        on date: CivilDate, by recipient: ExchangeRecipient
    ) throws(ExchangeCaseError) -> [ExchangeEffect] {
        try self.apply(.cardReceived(on: date, by: recipient))
    }

    /// Activate the social security function through `channel` (EX-ACTIVATION).
    ///
    /// - Throws: ``ExchangeCaseError``, as ``apply(_:)``.
    @discardableResult
    public mutating func activateSocialSecurity(
        on date: CivilDate, through channel: ActivationChannel
    ) throws(ExchangeCaseError) -> [ExchangeEffect] {
        try self.apply(.socialSecurityActivated(on: date, through: channel))
    }

    /// Activate the bank function at the issuing bank, `document` shown; this activates the social security
    /// function too if it is not yet active (EX-ACTIVATION).
    ///
    /// - Throws: ``ExchangeCaseError``, as ``apply(_:)``.
    @discardableResult
    public mutating func activateFinancialFunction(
        on date: CivilDate, presenting document: PresentedDocument
    ) throws(ExchangeCaseError) -> [ExchangeEffect] {
        try self.apply(.financialFunctionActivated(on: date, presenting: document))
    }

    /// Cancel the application before the card is produced.
    ///
    /// - Throws: ``ExchangeCaseError``, as ``apply(_:)``.
    @discardableResult
    public mutating func cancel(on date: CivilDate) throws(ExchangeCaseError) -> [ExchangeEffect] {
        try self.apply(.cancelled(on: date))
    }
}

// MARK: - Names before 1.0

extension ExchangeCase {
    /// Opens a case for an application the policy approves: ``open(_:parties:policy:)``.
    ///
    /// - Throws: ``ExchangeCaseError``, as ``open(_:parties:policy:)``.
    @available(*, deprecated, renamed: "open(_:parties:policy:)")
    public static func apply(
        _ application: ExchangeApplication, parties: ExchangeParties, policy: ExchangePolicy = .beijing
    ) throws(ExchangeCaseError) -> (exchange: ExchangeCase, effects: [ExchangeEffect]) {
        let (opened, effects) = try Self.open(application, parties: parties, policy: policy)
        return (opened, effects)
    }

    /// Applies one event: ``apply(_:)``.
    ///
    /// - Throws: ``ExchangeCaseError``, as ``apply(_:)``.
    @available(*, deprecated, renamed: "apply(_:)")
    public mutating func handle(_ event: ExchangeEvent) throws(ExchangeCaseError) -> [ExchangeEffect] {
        try self.apply(event)
    }

    /// The day the card is produced: ``readyDate``.
    @available(*, deprecated, renamed: "readyDate")
    public var readyBy: CivilDate? { self.readyDate }

    /// The card was produced: ``produceCard(on:)``.
    ///
    /// - Throws: ``ExchangeCaseError``, as ``apply(_:)``.
    @available(*, deprecated, renamed: "produceCard(on:)")
    @discardableResult
    public mutating func cardMade(on date: CivilDate) throws(ExchangeCaseError) -> [ExchangeEffect] {
        try self.produceCard(on: date)
    }

    /// The card was received: ``receiveCard(on:by:)``.
    ///
    /// - Throws: ``ExchangeCaseError``, as ``apply(_:)``.
    @available(*, deprecated, renamed: "receiveCard(on:by:)")
    @discardableResult
    public mutating func cardReceived(
        on date: CivilDate, by recipient: ExchangeRecipient
    ) throws(ExchangeCaseError) -> [ExchangeEffect] {
        try self.receiveCard(on: date, by: recipient)
    }

    /// The social security function was activated: ``activateSocialSecurity(on:through:)``.
    ///
    /// - Throws: ``ExchangeCaseError``, as ``apply(_:)``.
    @available(*, deprecated, renamed: "activateSocialSecurity(on:through:)")
    @discardableResult
    public mutating func socialSecurityActivated(
        on date: CivilDate, through channel: ActivationChannel
    ) throws(ExchangeCaseError) -> [ExchangeEffect] {
        try self.activateSocialSecurity(on: date, through: channel)
    }

    /// The bank function was activated: ``activateFinancialFunction(on:presenting:)``.
    ///
    /// - Throws: ``ExchangeCaseError``, as ``apply(_:)``.
    @available(*, deprecated, renamed: "activateFinancialFunction(on:presenting:)")
    @discardableResult
    public mutating func financialFunctionActivated(
        on date: CivilDate, presenting document: PresentedDocument
    ) throws(ExchangeCaseError) -> [ExchangeEffect] {
        try self.activateFinancialFunction(on: date, presenting: document)
    }

    /// The application was cancelled: ``cancel(on:)``.
    ///
    /// - Throws: ``ExchangeCaseError``, as ``apply(_:)``.
    @available(*, deprecated, renamed: "cancel(on:)")
    @discardableResult
    public mutating func cancelled(on date: CivilDate) throws(ExchangeCaseError) -> [ExchangeEffect] {
        try self.cancel(on: date)
    }
}
