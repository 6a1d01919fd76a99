public import CardModel

extension ReplacementCase {
    /// Where a replacement case stands, without the details: a read-only mirror of its state (STYLE.md §6).
    ///
    /// See ``ReplacementCase`` for the diagram.
    public enum Phase: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        /// The old card is active: nothing reported, a temporary report withdrawn or lapsed. Can transition to:
        /// ``temporarilyReportedLost``, ``applied``.
        case cardActive
        /// A temporary loss report blocks the old card until it lapses, is withdrawn or is made formal
        /// (RP-LOSS-REPORT). Can transition to: ``cardActive``, ``applied``.
        case temporarilyReportedLost
        /// The application is approved and the fee charged; a lost card is formally reported; the electronic
        /// certificate is available (RP-CERTIFICATE); the card is being made. Can transition to: ``cardReady``.
        case applied
        /// The new card is made and waits for collection or dispatch. Can transition to: ``received``
        /// (collected), ``dispatched`` (express).
        case cardReady
        /// The new card is on its way by express delivery. Can transition to: ``received``.
        case dispatched
        /// The new card was handed over against a matching original identity document (RP-RECEIPT). Can
        /// transition to: ``activated``.
        case received
        /// The new card is active and the old one superseded for good (RP-SUPERSEDE). Final.
        case activated

        /// The phase's name, such as `cardReady`.
        public var description: String { self.rawValue }

        /// The phase in three languages.
        public var name: LocalizedText { ReplacementCaseMessages.phaseName(self) }
    }
}

/// Where a replacement case stands: now ``ReplacementCase/Phase``.
@available(*, deprecated, renamed: "ReplacementCase.Phase")
public typealias ReplacementPhase = ReplacementCase.Phase
