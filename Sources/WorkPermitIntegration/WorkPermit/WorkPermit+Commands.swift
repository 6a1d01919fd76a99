public import CardModel

// MARK: - One wrapper per event

extension WorkPermit {
    /// Extend the permit on `date` to `validUntil` (WP-ONLINE, WP-NO-CHANGE).
    ///
    /// - Throws: ``WorkPermitError``, as ``apply(_:)``.
    @discardableResult
    public mutating func extend(
        on date: CivilDate, validUntil: CivilDate
    ) throws(WorkPermitError) -> [WorkPermitEffect] {
        try self.apply(.extended(on: date, validUntil: validUntil))
    }

    /// Change the permit's details on `date` (WP-ONLINE, WP-NO-CHANGE).
    ///
    /// - Throws: ``WorkPermitError``, as ``apply(_:)``.
    @discardableResult
    public mutating func change(
        on date: CivilDate, _ change: WorkPermitChange
    ) throws(WorkPermitError) -> [WorkPermitEffect] {
        try self.apply(.changed(on: date, change: change))
    }

    /// Cancel the permit on `date` (WP-ONLINE).
    ///
    /// - Throws: ``WorkPermitError``, as ``apply(_:)``.
    @discardableResult
    public mutating func cancel(on date: CivilDate) throws(WorkPermitError) -> [WorkPermitEffect] {
        try self.apply(.cancelled(on: date))
    }
}

// MARK: - Names before 1.0

extension WorkPermit {
    /// Issues a permit: ``open(on:number:category:validUntil:policy:)``'s permit, without the effects.
    ///
    /// - Throws: ``WorkPermitError``, as ``open(on:number:category:validUntil:policy:)``.
    @available(*, deprecated, message: "use WorkPermit.open(on:number:category:validUntil:policy:).opened")
    public init(
        issuedOn date: CivilDate, number: WorkPermitNumber, category: WorkPermitCategory, validUntil: CivilDate,
        policy: WorkPermitIntegrationPolicy = .beijing
    ) throws(WorkPermitError) {
        self = try Self.open(on: date, number: number, category: category, validUntil: validUntil, policy: policy)
            .opened
    }

    /// Issues a permit and returns it with its effects: ``open(on:number:category:validUntil:policy:)``.
    ///
    /// - Throws: ``WorkPermitError``, as ``open(on:number:category:validUntil:policy:)``.
    @available(*, deprecated, renamed: "open(on:number:category:validUntil:policy:)")
    public static func issue(
        on date: CivilDate, number: WorkPermitNumber, category: WorkPermitCategory, validUntil: CivilDate,
        policy: WorkPermitIntegrationPolicy = .beijing
    ) throws(WorkPermitError) -> (permit: WorkPermit, effects: [WorkPermitEffect]) {
        let (opened, effects) = try Self.open(
            on: date, number: number, category: category, validUntil: validUntil, policy: policy)
        return (opened, effects)
    }

    /// Applies one event: ``apply(_:)``.
    ///
    /// - Throws: ``WorkPermitError``, as ``apply(_:)``.
    @available(*, deprecated, renamed: "apply(_:)")
    @discardableResult
    public mutating func handle(_ event: WorkPermitEvent) throws(WorkPermitError) -> [WorkPermitEffect] {
        try self.apply(event)
    }
}
