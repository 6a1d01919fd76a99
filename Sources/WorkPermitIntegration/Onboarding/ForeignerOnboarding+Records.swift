import CardModel

// The data the onboarding's private state carries: plain values, internal so that the split files (+InChina,
// +Status) can compute with them. Only `ForeignerOnboarding.apply(_:)` records a state; these types never change
// an onboarding on their own.

extension ForeignerOnboarding {
    /// The Notification Letter: its day and its expiry.
    struct Letter: Sendable, Hashable {
        let issuedOn: CivilDate
        let expiry: OnboardingDeadline
        /// The letter's last valid day (its own day, never moved: WP-NOTIFICATION).
        var validUntil: CivilDate { self.expiry.nominalLastDay }
    }

    /// An enrolment in social insurance (WP-ENROL).
    struct Enrolment: Sendable, Hashable {
        let date: CivilDate
        let by: Enroller
        let channel: EnrolmentChannel
        let document: PermitDocument
    }

    /// The social insurance track.
    enum Insurance: Sendable, Hashable {
        /// Can transition to: `enrolled`.
        case notEnrolled
        /// Can transition to: `numberAssigned`.
        case enrolled(Enrolment)
        /// Can transition to: `cardIssued`.
        case numberAssigned(Enrolment, numberOn: CivilDate)
        /// Can transition to: `cardReceived`.
        case cardIssued(Enrolment, numberOn: CivilDate, issuedOn: CivilDate)
        /// Can transition to: nothing.
        case cardReceived(Enrolment, numberOn: CivilDate, issuedOn: CivilDate, receivedOn: CivilDate)

        /// The track's phase.
        var phase: Phase.Insurance {
            switch self {
            case .notEnrolled: .notEnrolled
            case .enrolled: .enrolled
            case .numberAssigned: .numberAssigned
            case .cardIssued: .cardIssued
            case .cardReceived: .cardReceived
            }
        }

        /// The day the social security number was assigned, if it was.
        var numberAssignedOn: CivilDate? {
            switch self {
            case .notEnrolled, .enrolled: nil
            case .numberAssigned(_, let on), .cardIssued(_, let on, _), .cardReceived(_, let on, _, _): on
            }
        }
    }

    /// A residence permit application (WP-RESIDENCE).
    struct Application: Sendable, Hashable {
        let date: CivilDate
        let document: PermitDocument
        /// The acceptance date (CM-ACCEPTANCE); `nil` when the calendar has no data for the year it needs.
        let acceptedOn: CivilDate?
        /// The decision's deadline, counted from the acceptance; `nil` while the acceptance date is unknown.
        let decisionDue: OnboardingDeadline?
        /// The year without calendar data when the acceptance date is unknown.
        let acceptanceYearWithoutData: Int?
    }

    /// The residence permit track.
    enum Residence: Sendable, Hashable {
        /// Can transition to: `applied`.
        case notApplied
        /// Can transition to: `granted`, `refused`.
        case applied(Application)
        /// Can transition to: nothing.
        case granted(Application, on: CivilDate, validUntil: CivilDate)
        /// Can transition to: nothing (the onboarding is closed).
        case refused(Application, on: CivilDate)

        /// The track's phase.
        var phase: Phase.Residence {
            switch self {
            case .notApplied: .notApplied
            case .applied: .applied
            case .granted: .granted
            case .refused: .refused
            }
        }

        /// The application, once made.
        var application: Application? {
            switch self {
            case .notApplied: nil
            case .applied(let application), .granted(let application, _, _), .refused(let application, _):
                application
            }
        }

        /// The day of the decision, once made.
        var decidedOn: CivilDate? {
            switch self {
            case .notApplied, .applied: nil
            case .granted(_, let on, _), .refused(_, let on): on
            }
        }
    }

    /// The onboarding after entry: the letter, the visa, the entry, and the three tracks.
    struct InChina: Sendable, Hashable {
        let letter: Letter
        let visaOn: CivilDate
        let entryOn: CivilDate
        let form: WorkPermitForm
        let applicationDeadline: OnboardingDeadline
        var electronicCardOn: CivilDate?
        var insurance: Insurance
        var residence: Residence

        /// The phase: `closed` once the residence permit was refused, `completed` once it was granted and the
        /// physical card received, else `inChina`.
        var phase: Phase {
            let insurance = self.insurance.phase
            let residence = self.residence.phase
            let stage: Phase.Stage =
                residence == .refused
                ? .closed : residence == .granted && insurance == .cardReceived ? .completed : .inChina
            return Phase(
                stage: stage, electronicCardRegistered: self.electronicCardOn != nil, insurance: insurance,
                residence: residence)
        }

        /// The functions the electronic card gives (WP-SERVICES, WP-ECARD, CM-FORM): none before it is registered,
        /// the work permit services until the physical card has been received, then the standard and BEIJING PASS
        /// services too.
        var functions: Set<CardFunction> {
            guard self.electronicCardOn != nil else { return [] }
            var received = false
            if case .cardReceived = self.insurance { received = true }
            return ElectronicCard.functions(
                in: received ? .standardServices : .verified, carriesWorkPermitInformation: self.form == .integrated)
        }

        /// Whether the Notification Letter is still the foreigner's proof of the permit, so its expiry reminder
        /// stays after entry: an integrated permit, a letter valid at entry, no electronic card yet, and enrolment
        /// or the residence permit application (the steps that present it) still to come, the onboarding not
        /// closed.
        var isLetterStillNeeded: Bool {
            guard self.form == .integrated, self.entryOn <= self.letter.validUntil, self.electronicCardOn == nil else {
                return false
            }
            let enrolled: Bool
            switch self.insurance {
            case .notEnrolled: enrolled = false
            case .enrolled, .numberAssigned, .cardIssued, .cardReceived: enrolled = true
            }
            switch self.residence {
            case .notApplied: return true
            case .applied, .granted: return !enrolled
            case .refused: return false
            }
        }

        /// The deadlines known: the letter's expiry, the application's and, once the acceptance date is known,
        /// the decision's.
        var deadlines: [OnboardingDeadline] {
            var deadlines = [self.letter.expiry, self.applicationDeadline]
            if let due = self.residence.application?.decisionDue { deadlines.append(due) }
            return deadlines
        }
    }
}
