/// A bank that issues Beijing's third-generation cards (EX-PARTNER-BANKS).
///
/// An open set: ``beijingPartnerBanks`` lists the 15 banks of BJ-2024-133; press reports of 2026 speak of
/// 16 without naming the sixteenth, so a policy's list can be extended with ``init(code:english:chinese:)``.
public struct PartnerBank: Sendable, Hashable, CustomStringConvertible {
    /// A stable code, such as `ICBC`.
    public let code: String
    /// The bank's name in English, German (the English name) and Simplified Chinese.
    public let name: LocalizedText

    /// Creates a bank.
    public init(code: String, english: String, chinese: String) {
        self.code = code
        self.name = LocalizedText(english: english, german: english, chinese: chinese)
    }

    /// The code.
    public var description: String { self.code }

    /// The bank with `code` (case-insensitive) among the 15 partner banks of BJ-2024-133, or `nil`.
    public static func named(_ code: String) -> PartnerBank? {
        let upper = code.uppercased()
        return beijingPartnerBanks.first { $0.code == upper }
    }

    /// Industrial and Commercial Bank of China.
    public static let icbc = PartnerBank(
        code: "ICBC", english: "Industrial and Commercial Bank of China", chinese: "中国工商银行")
    /// Agricultural Bank of China.
    public static let abc = PartnerBank(code: "ABC", english: "Agricultural Bank of China", chinese: "中国农业银行")
    /// Bank of China.
    public static let boc = PartnerBank(code: "BOC", english: "Bank of China", chinese: "中国银行")
    /// China Construction Bank.
    public static let ccb = PartnerBank(code: "CCB", english: "China Construction Bank", chinese: "中国建设银行")
    /// Bank of Communications.
    public static let bocom = PartnerBank(code: "BOCOM", english: "Bank of Communications", chinese: "交通银行")
    /// Bank of Beijing.
    public static let bob = PartnerBank(code: "BOB", english: "Bank of Beijing", chinese: "北京银行")
    /// Hua Xia Bank.
    public static let hxb = PartnerBank(code: "HXB", english: "Hua Xia Bank", chinese: "华夏银行")
    /// Beijing Rural Commercial Bank.
    public static let brcb = PartnerBank(code: "BRCB", english: "Beijing Rural Commercial Bank", chinese: "北京农商银行")
    /// China CITIC Bank.
    public static let citic = PartnerBank(code: "CITIC", english: "China CITIC Bank", chinese: "中信银行")
    /// China Everbright Bank.
    public static let ceb = PartnerBank(code: "CEB", english: "China Everbright Bank", chinese: "中国光大银行")
    /// China Minsheng Bank.
    public static let cmbc = PartnerBank(code: "CMBC", english: "China Minsheng Bank", chinese: "中国民生银行")
    /// China Guangfa Bank.
    public static let cgb = PartnerBank(code: "CGB", english: "China Guangfa Bank", chinese: "广发银行")
    /// China Merchants Bank.
    public static let cmb = PartnerBank(code: "CMB", english: "China Merchants Bank", chinese: "招商银行")
    /// Shanghai Pudong Development Bank.
    public static let spdb = PartnerBank(code: "SPDB", english: "Shanghai Pudong Development Bank", chinese: "上海浦东发展银行")
    /// Postal Savings Bank of China.
    public static let psbc = PartnerBank(code: "PSBC", english: "Postal Savings Bank of China", chinese: "中国邮政储蓄银行")

    /// The 15 partner banks of BJ-2024-133.
    public static let beijingPartnerBanks: [PartnerBank] = [
        .icbc, .abc, .boc, .ccb, .bocom, .bob, .hxb, .brcb, .citic, .ceb, .cmbc, .cgb, .cmb, .spdb, .psbc,
    ]
}
