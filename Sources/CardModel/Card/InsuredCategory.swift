/// Who pays an insured person's social insurance (CM-CATEGORY).
public enum InsuredCategory: String, Sendable, Hashable, CaseIterable {
    /// An urban employee: social insurance paid by the employer.
    case urbanEmployee
    /// An urban or rural resident: paying their own social insurance.
    case urbanRuralResident
}
