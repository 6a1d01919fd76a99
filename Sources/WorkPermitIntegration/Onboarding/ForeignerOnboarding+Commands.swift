public import CardModel

// MARK: - One wrapper per event

extension ForeignerOnboarding {
    /// Issue the Notification Letter of Foreigner's Work Permit on `date` (WP-NOTIFICATION).
    ///
    /// - Throws: ``OnboardingError``, as ``apply(_:)``.
    @discardableResult
    public mutating func issueNotificationLetter(on date: CivilDate) throws(OnboardingError) -> [OnboardingEffect] {
        try self.apply(.notificationLetterIssued(on: date))
    }

    /// Issue the Z visa on `date`, applied for with the Notification Letter, valid that day (WP-VISA).
    ///
    /// - Throws: ``OnboardingError``, as ``apply(_:)``.
    @discardableResult
    public mutating func issueZVisa(on date: CivilDate) throws(OnboardingError) -> [OnboardingEffect] {
        try self.apply(.zVisaIssued(on: date))
    }

    /// Enter China on the Z visa on `date`; the residence permit's deadline starts (WP-RESIDENCE-DEADLINE).
    ///
    /// - Throws: ``OnboardingError``, as ``apply(_:)``.
    @discardableResult
    public mutating func enter(on date: CivilDate) throws(OnboardingError) -> [OnboardingEffect] {
        try self.apply(.entered(on: date))
    }

    /// Register the electronic social security card on `date`, with real-name and real-person verification
    /// (WP-ECARD).
    ///
    /// - Throws: ``OnboardingError``, as ``apply(_:)``.
    @discardableResult
    public mutating func registerElectronicCard(on date: CivilDate) throws(OnboardingError) -> [OnboardingEffect] {
        try self.apply(.electronicCardRegistered(on: date))
    }

    /// Enrol the foreigner in social insurance on `date` (WP-ENROL).
    ///
    /// - Throws: ``OnboardingError``, as ``apply(_:)``.
    @discardableResult
    public mutating func enrol(
        on date: CivilDate, by enroller: Enroller, channel: EnrolmentChannel, document: PermitDocument
    ) throws(OnboardingError) -> [OnboardingEffect] {
        try self.apply(.enrolled(on: date, by: enroller, channel: channel, document: document))
    }

    /// Assign the social security number on `date`, after the agency verified the permit (WP-ENROL).
    ///
    /// - Throws: ``OnboardingError``, as ``apply(_:)``.
    @discardableResult
    public mutating func assignSocialSecurityNumber(on date: CivilDate) throws(OnboardingError) -> [OnboardingEffect] {
        try self.apply(.socialSecurityNumberAssigned(on: date))
    }

    /// Issue the physical social security card on `date` (WP-ENROL).
    ///
    /// - Throws: ``OnboardingError``, as ``apply(_:)``.
    @discardableResult
    public mutating func issuePhysicalCard(on date: CivilDate) throws(OnboardingError) -> [OnboardingEffect] {
        try self.apply(.physicalCardIssued(on: date))
    }

    /// Receive the physical social security card on `date` (WP-ECARD).
    ///
    /// - Throws: ``OnboardingError``, as ``apply(_:)``.
    @discardableResult
    public mutating func receivePhysicalCard(on date: CivilDate) throws(OnboardingError) -> [OnboardingEffect] {
        try self.apply(.physicalCardReceived(on: date))
    }

    /// Apply for the residence permit on `date`, presenting `document` (WP-RESIDENCE).
    ///
    /// - Throws: ``OnboardingError``, as ``apply(_:)``.
    @discardableResult
    public mutating func applyForResidencePermit(
        on date: CivilDate, with document: PermitDocument
    ) throws(OnboardingError) -> [OnboardingEffect] {
        try self.apply(.residencePermitApplied(on: date, document: document))
    }

    /// Grant the residence permit on `date`, valid until `validUntil` (WP-RESIDENCE-DEADLINE).
    ///
    /// - Throws: ``OnboardingError``, as ``apply(_:)``.
    @discardableResult
    public mutating func grantResidencePermit(
        on date: CivilDate, validUntil: CivilDate
    ) throws(OnboardingError) -> [OnboardingEffect] {
        try self.apply(.residencePermitGranted(on: date, validUntil: validUntil))
    }

    /// Refuse the residence permit on `date`; the onboarding is closed (WP-RESIDENCE).
    ///
    /// - Throws: ``OnboardingError``, as ``apply(_:)``.
    @discardableResult
    public mutating func refuseResidencePermit(on date: CivilDate) throws(OnboardingError) -> [OnboardingEffect] {
        try self.apply(.residencePermitRefused(on: date))
    }
}

// MARK: - Names before 1.0

extension ForeignerOnboarding {
    /// Takes `event`.
    @available(*, deprecated, renamed: "apply(_:)")
    @discardableResult
    public mutating func handle(_ event: OnboardingEvent) throws(OnboardingError) -> [OnboardingEffect] {
        try self.apply(event)
    }
}
