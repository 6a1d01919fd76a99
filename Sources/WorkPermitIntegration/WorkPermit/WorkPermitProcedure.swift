public import CardModel

/// A procedure on a work permit: apply, extend, change or cancel; every one is handled fully online in the
/// service system for foreigners working in China (WP-ONLINE).
public enum WorkPermitProcedure: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Applying for a work permit.
    case apply
    /// Extending its validity.
    case extend
    /// Changing its details (employer, position, personal information).
    case change
    /// Cancelling it.
    case cancel

    /// `apply`, `extend`, `change` or `cancel`.
    public var description: String { self.rawValue }

    /// Whether the procedure is handled fully online: always (WP-ONLINE).
    public var isOnline: Bool { true }

    /// Where the procedure is handled, in three languages (WP-ONLINE).
    public static let channel = LocalizedText(
        english: "online, in the service system for foreigners working in China",
        german: "online, im Servicesystem für die Verwaltung von in China arbeitenden Ausländern",
        chinese: "通过外国人来华工作管理服务系统全程网上办理")

    /// The procedure's name in three languages.
    public var name: LocalizedText {
        switch self {
        case .apply: LocalizedText(english: "apply", german: "Beantragung", chinese: "申请")
        case .extend: LocalizedText(english: "extend", german: "Verlängerung", chinese: "延期")
        case .change: LocalizedText(english: "change", german: "Änderung", chinese: "变更")
        case .cancel: LocalizedText(english: "cancel", german: "Aufhebung", chinese: "注销")
        }
    }
}
