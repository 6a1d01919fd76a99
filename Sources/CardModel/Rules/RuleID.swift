/// The id of a rule of DOMAIN.md; `rawValue` is the id exactly as written there, such as `EX-EMPLOYER-BANKS`.
///
/// Every decision, violation and note names the rule it applies, so a host can explain "why" and link to
/// the source (``Rule``).
public enum RuleID: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Dates are civil dates in Beijing.
    case date = "CM-DATE"
    /// What a working day is.
    case workday = "CM-WORKDAY"
    /// Adding N working days.
    case workdayAdd = "CM-WORKDAY-ADD"
    /// The acceptance date of an application on a non-working day.
    case acceptance = "CM-ACCEPTANCE"
    /// Periods of calendar days.
    case period = "CM-PERIOD"
    /// Money in whole fen.
    case money = "CM-MONEY"
    /// Card generations.
    case generation = "CM-GENERATION"
    /// Physical and electronic cards.
    case form = "CM-FORM"
    /// A physical card's status.
    case status = "CM-STATUS"
    /// The functions a card gives.
    case functions = "CM-FUNCTIONS"
    /// Urban employees and urban or rural residents.
    case category = "CM-CATEGORY"
    /// Validated identifiers.
    case identifier = "CM-ID"
    /// Foreigners' identifiers.
    case foreignIdentifier = "CM-ID-FOREIGN"
    /// The State Council's yearly notice, read from its text.
    case notice = "CM-NOTICE"
    /// The statutory holidays by law, for any year.
    case statutory = "CM-STATUTORY"
    /// Provisional answers for a year without a notice.
    case provisional = "CM-PROVISIONAL"
    /// Personal information is masked.
    case privacy = "CM-PRIVACY"

    /// The centralized and the regular phase of the exchange.
    case exchangePhase = "EX-PHASE"
    /// The exchange's online and offline channels.
    case exchangeChannels = "EX-CHANNELS"
    /// A person chooses bank, receipt and channel freely.
    case exchangeFreeChoice = "EX-FREE-CHOICE"
    /// The partner banks.
    case exchangePartnerBanks = "EX-PARTNER-BANKS"
    /// The employer's bank selection under company pickup.
    case exchangeEmployerBanks = "EX-EMPLOYER-BANKS"
    /// Ways of receiving an exchanged card.
    case exchangeReceipt = "EX-RECEIPT"
    /// Production times.
    case exchangeProduction = "EX-PRODUCTION"
    /// Minors apply and collect through a guardian.
    case exchangeMinor = "EX-MINOR"
    /// Only third-generation cards are issued from 2026.
    case exchangeGeneration = "EX-GENERATION"
    /// Who may exchange.
    case exchangeEligible = "EX-ELIGIBLE"
    /// The old card stays valid until the new one is activated.
    case exchangeOldValid = "EX-OLD-VALID"
    /// Activating the new card's social security function.
    case exchangeActivation = "EX-ACTIVATION"
    /// Offline exchanges at social security service points on working days only.
    case exchangeServicePointDays = "EX-SERVICE-POINT-DAYS"

    /// A lost or damaged card must be replaced.
    case replacementLoss = "RP-LOSS"
    /// The three ways to apply for a replacement.
    case replacementChannels = "RP-CHANNELS"
    /// The website login option by insured category.
    case replacementLogin = "RP-LOGIN"
    /// Documents to present on site.
    case replacementDocuments = "RP-DOCUMENTS"
    /// On-site applications on working days only.
    case replacementOnsiteDays = "RP-ONSITE-DAYS"
    /// Temporary and formal loss reports.
    case replacementLossReport = "RP-LOSS-REPORT"
    /// The replacement fee.
    case replacementFee = "RP-FEE"
    /// The ready date.
    case replacementReady = "RP-READY"
    /// Collection or express delivery, against an identity document.
    case replacementReceipt = "RP-RECEIPT"
    /// The electronic certificate of replacement.
    case replacementCertificate = "RP-CERTIFICATE"
    /// Activating the new card supersedes the old one for good.
    case replacementSupersede = "RP-SUPERSEDE"

    /// Work permit and card integrated from 2024-12-01.
    case workPermitEffective = "WP-EFFECTIVE"
    /// Work permit procedures are online.
    case workPermitOnline = "WP-ONLINE"
    /// "No change, no renewal" for physical permits.
    case workPermitNoChange = "WP-NO-CHANGE"
    /// The Z visa needs the Notification Letter.
    case workPermitVisa = "WP-VISA"
    /// Registering the electronic card.
    case workPermitElectronicCard = "WP-ECARD"
    /// Applying for the residence permit.
    case workPermitResidence = "WP-RESIDENCE"
    /// Social insurance enrolment.
    case workPermitEnrolment = "WP-ENROL"
    /// The Notification Letter's validity.
    case workPermitNotification = "WP-NOTIFICATION"
    /// The residence permit deadline.
    case workPermitResidenceDeadline = "WP-RESIDENCE-DEADLINE"
    /// Work permit categories A, B, C.
    case workPermitCategory = "WP-CATEGORY"
    /// Services of the electronic card.
    case workPermitServices = "WP-SERVICES"

    /// The id as written in DOMAIN.md.
    public var description: String { self.rawValue }
}
