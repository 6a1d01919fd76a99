extension ForeignerOnboarding {
    /// The onboarding's phase, without its data: the overall stage and each track's progress.
    ///
    /// A struct of enums, not one enum: after entry the onboarding runs three tracks in any interleaving (the
    /// electronic card, social insurance, the residence permit), and its phase is their product. One flat enum
    /// would need a case for each of the 43 phases an onboarding can be in (``allCases``); an enum with the
    /// tracks as payloads would admit phases no onboarding holds (in China with a refused residence permit). Only
    /// the onboarding makes a phase, and decoding refuses one no onboarding can reach, so every value is one an
    /// onboarding holds. ``stage`` is the overall enum to switch over.
    public struct Phase: Sendable, Hashable, CaseIterable, CustomStringConvertible {
        /// The overall stage.
        public enum Stage: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
            /// Nothing has happened yet.
            ///
            /// Can transition to: ``notificationLetterIssued``.
            case notStarted
            /// The Notification Letter has been issued.
            ///
            /// Can transition to: ``zVisaIssued``.
            case notificationLetterIssued
            /// The Z visa has been issued.
            ///
            /// Can transition to: ``inChina``.
            case zVisaIssued
            /// The foreigner has entered China; the three tracks run.
            ///
            /// Can transition to: ``completed``, ``closed``.
            case inChina
            /// Residence permit granted and physical card received (the electronic card stays optional).
            ///
            /// Can transition to: nothing (the electronic card can still be registered).
            case completed
            /// The residence permit was refused: no further event is taken.
            ///
            /// Can transition to: nothing.
            case closed

            /// The stage's name.
            public var description: String { self.rawValue }
        }

        /// The social insurance track (WP-ENROL).
        public enum Insurance: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
            /// Not enrolled.
            ///
            /// Can transition to: ``enrolled``.
            case notEnrolled
            /// Enrolled.
            ///
            /// Can transition to: ``numberAssigned``.
            case enrolled
            /// Social security number assigned.
            ///
            /// Can transition to: ``cardIssued``.
            case numberAssigned
            /// Physical card issued.
            ///
            /// Can transition to: ``cardReceived``.
            case cardIssued
            /// Physical card received.
            ///
            /// Can transition to: nothing.
            case cardReceived

            /// The track's stage name.
            public var description: String { self.rawValue }
        }

        /// The residence permit track (WP-RESIDENCE).
        public enum Residence: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
            /// Not applied for.
            ///
            /// Can transition to: ``applied``.
            case notApplied
            /// Applied for; decision pending.
            ///
            /// Can transition to: ``granted``, ``refused``.
            case applied
            /// Granted.
            ///
            /// Can transition to: nothing.
            case granted
            /// Refused (the onboarding is closed).
            ///
            /// Can transition to: nothing.
            case refused

            /// The track's stage name.
            public var description: String { self.rawValue }
        }

        /// The overall stage.
        public let stage: Stage
        /// Whether the electronic card has been registered and verified (WP-ECARD).
        public let electronicCardRegistered: Bool
        /// The social insurance track.
        public let insurance: Insurance
        /// The residence permit track.
        public let residence: Residence

        /// Creates a phase; only the onboarding makes them.
        init(stage: Stage, electronicCardRegistered: Bool, insurance: Insurance, residence: Residence) {
            self.stage = stage
            self.electronicCardRegistered = electronicCardRegistered
            self.insurance = insurance
            self.residence = residence
        }

        /// The phase of a stage before entry, when no track has started.
        init(before stage: Stage) {
            self.init(stage: stage, electronicCardRegistered: false, insurance: .notEnrolled, residence: .notApplied)
        }

        /// Whether an onboarding can be in this phase: before entry nothing else has started; `completed` is
        /// a granted residence permit with the card received, `closed` a refused one; `inChina` is neither.
        var isReachable: Bool {
            switch self.stage {
            case .notStarted, .notificationLetterIssued, .zVisaIssued:
                return !self.electronicCardRegistered && self.insurance == .notEnrolled
                    && self.residence == .notApplied
            case .inChina:
                return self.residence != .refused && !(self.residence == .granted && self.insurance == .cardReceived)
            case .completed:
                return self.residence == .granted && self.insurance == .cardReceived
            case .closed:
                return self.residence == .refused
            }
        }

        /// Every phase an onboarding can be in: the three stages before entry, then each combination of the
        /// tracks in China, completed and closed.
        public static let allCases: [Phase] = {
            var phases: [Phase] = []
            for stage in Stage.allCases {
                for card in [false, true] {
                    for insurance in Insurance.allCases {
                        for residence in Residence.allCases {
                            let phase = Phase(
                                stage: stage, electronicCardRegistered: card, insurance: insurance,
                                residence: residence)
                            if phase.isReachable { phases.append(phase) }
                        }
                    }
                }
            }
            return phases
        }()

        /// `zVisaIssued` before entry; `inChina (eCard: yes, insurance: enrolled, residence: applied)` after.
        public var description: String {
            switch self.stage {
            case .notStarted, .notificationLetterIssued, .zVisaIssued:
                "\(self.stage)"
            case .inChina, .completed, .closed:
                "\(self.stage) (eCard: \(self.electronicCardRegistered ? "yes" : "no"), insurance: "
                    + "\(self.insurance), residence: \(self.residence))"
            }
        }
    }
}
