/// Where the enrolment is made (WP-ENROL).
public enum EnrolmentChannel: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// The online social insurance hall (社会保险网上服务大厅).
    case onlineSocialInsuranceHall
    /// The social insurance agency (社会保险经办机构).
    case socialInsuranceAgency

    /// The channel's name, such as `onlineSocialInsuranceHall`.
    public var description: String { self.rawValue }
}
