extension ForeignerOnboarding {
    /// The onboarding's phase, without its data: the overall stage and each track's progress.
    public struct Phase: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The overall stage.
        public enum Stage: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
            /// Nothing has happened yet.
            case notStarted
            /// The Notification Letter has been issued.
            case notificationLetterIssued
            /// The Z visa has been issued.
            case zVisaIssued
            /// The foreigner has entered China; the three tracks run.
            case inChina
            /// Residence permit granted and physical card received (the electronic card stays optional).
            case completed
            /// The residence permit was refused: no further event is taken.
            case closed

            /// The stage's name.
            public var description: String { self.rawValue }
        }

        /// The social insurance track (WP-ENROL).
        public enum Insurance: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
            /// Not enrolled.
            case notEnrolled
            /// Enrolled.
            case enrolled
            /// Social security number assigned.
            case numberAssigned
            /// Physical card issued.
            case cardIssued
            /// Physical card received.
            case cardReceived

            /// The track's stage name.
            public var description: String { self.rawValue }
        }

        /// The residence permit track (WP-RESIDENCE).
        public enum Residence: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
            /// Not applied for.
            case notApplied
            /// Applied for; decision pending.
            case applied
            /// Granted.
            case granted
            /// Refused.
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

        /// Creates a phase.
        public init(stage: Stage, electronicCardRegistered: Bool, insurance: Insurance, residence: Residence) {
            self.stage = stage
            self.electronicCardRegistered = electronicCardRegistered
            self.insurance = insurance
            self.residence = residence
        }

        /// `inChina (eCard: yes, insurance: enrolled, residence: applied)`.
        public var description: String {
            "\(self.stage) (eCard: \(self.electronicCardRegistered ? "yes" : "no"), insurance: \(self.insurance), "
                + "residence: \(self.residence))"
        }
    }
}
