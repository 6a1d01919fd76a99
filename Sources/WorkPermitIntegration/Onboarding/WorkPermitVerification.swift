/// How an authority verifies the work permit (WP-ENROL, WP-RESIDENCE).
public enum WorkPermitVerification: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// In the service system for foreigners working in China (the social insurance agency, WP-ENROL).
    case serviceSystem
    /// Directly through the information system (the exit-entry administration, WP-RESIDENCE).
    case informationSystem
    /// By checking the electronic social security card (WP-RESIDENCE).
    case electronicCardCheck
    /// By scanning the work permit QR code (WP-RESIDENCE).
    case qrCodeScan
    /// By checking the physical work permit card (a permit issued before the effective date).
    case physicalPermitCardCheck

    /// The method's id, such as `qrCodeScan`.
    public var description: String { self.rawValue }
}
