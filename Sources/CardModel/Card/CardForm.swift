/// Whether a card is a physical card or the electronic card (CM-FORM).
///
/// The electronic card mirrors a physical card or, for a foreigner before the physical card exists,
/// carries only the work permit information (WP-ECARD).
public enum CardForm: String, Sendable, Hashable, CaseIterable {
    /// A physical card.
    case physical
    /// The electronic social security card.
    case electronic
}
