public import CardModel

// MARK: - One wrapper per event

extension ElectronicCard {
    /// Pass real-name verification on `date` (WP-ECARD).
    ///
    /// - Throws: ``ElectronicCardError``, as ``apply(_:)``.
    @discardableResult
    public mutating func verifyRealName(on date: CivilDate) throws(ElectronicCardError) -> [ElectronicCardEffect] {
        try self.apply(.realNameVerified(on: date))
    }

    /// Pass real-person (face) verification on `date` (WP-ECARD).
    ///
    /// - Throws: ``ElectronicCardError``, as ``apply(_:)``.
    @discardableResult
    public mutating func verifyRealPerson(on date: CivilDate) throws(ElectronicCardError) -> [ElectronicCardEffect] {
        try self.apply(.realPersonVerified(on: date))
    }

    /// Receive the physical card on `date` (WP-ECARD).
    ///
    /// - Throws: ``ElectronicCardError``, as ``apply(_:)``.
    @discardableResult
    public mutating func receivePhysicalCard(
        on date: CivilDate
    ) throws(ElectronicCardError) -> [ElectronicCardEffect] {
        try self.apply(.physicalCardReceived(on: date))
    }

    /// Load or update the work permit's information on `date` (the integration of a physical permit by its next
    /// extension or change, WP-NO-CHANGE, or an extension or change of an integrated one).
    ///
    /// - Throws: ``ElectronicCardError``, as ``apply(_:)``.
    @discardableResult
    public mutating func loadWorkPermitInformation(
        on date: CivilDate, _ information: WorkPermitInformation
    ) throws(ElectronicCardError) -> [ElectronicCardEffect] {
        try self.apply(.workPermitInformationLoaded(on: date, information: information))
    }
}

// MARK: - Names before 1.0

extension ElectronicCard {
    /// Registers a card: ``open(on:_:policy:)``'s card, without the effects.
    ///
    /// - Throws: ``ElectronicCardError``, as ``open(on:_:policy:)``.
    @available(*, deprecated, message: "use ElectronicCard.open(on:_:policy:).opened")
    public init(
        registeredOn date: CivilDate, registration: ElectronicCardRegistration,
        policy: WorkPermitIntegrationPolicy = .beijing
    ) throws(ElectronicCardError) {
        self = try Self.open(on: date, registration, policy: policy).opened
    }

    /// Registers a card and returns it with its effects: ``open(on:_:policy:)``.
    ///
    /// - Throws: ``ElectronicCardError``, as ``open(on:_:policy:)``.
    @available(*, deprecated, renamed: "open(on:_:policy:)")
    public static func register(
        on date: CivilDate, _ registration: ElectronicCardRegistration, policy: WorkPermitIntegrationPolicy = .beijing
    ) throws(ElectronicCardError) -> (card: ElectronicCard, effects: [ElectronicCardEffect]) {
        let (opened, effects) = try Self.open(on: date, registration, policy: policy)
        return (opened, effects)
    }

    /// Applies one event: ``apply(_:)``.
    ///
    /// - Throws: ``ElectronicCardError``, as ``apply(_:)``.
    @available(*, deprecated, renamed: "apply(_:)")
    @discardableResult
    public mutating func handle(_ event: ElectronicCardEvent) throws(ElectronicCardError) -> [ElectronicCardEffect] {
        try self.apply(event)
    }
}
