/// A source of the rules, keyed as in DOMAIN.md's source table.
public enum SourceKey: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Regular exchange of third-generation cards begins (Beijing Municipal Government, 2026-01-08).
    case exchange2026 = "EXCHANGE-2026"
    /// Lost or damaged cards can be replaced online and offline (Beijing Municipal Government).
    case replacement = "REPLACEMENT"
    /// New changes in the function of your social security card (Beijing Municipal Government, 2024-12-31).
    case workPermit2024 = "WORK-PERMIT-2024"
    /// The State Council General Office's yearly notices on public holiday arrangements.
    case holidays = "HOLIDAYS"
    /// GB 11643-1999 Citizen identification number.
    case gb11643 = "GB 11643"
    /// GB 32100-2015 Unified social credit code.
    case gb32100 = "GB 32100"
    /// Beijing HRSS notice 京人社数据字〔2024〕133号 on the centralized exchange.
    case bj2024133 = "BJ-2024-133"
    /// Bureau announcement of the regular phase (2026-01-04).
    case bj2026Regular = "BJ-2026-REGULAR"
    /// 人社部发〔2024〕75号 on integrating the work permit with the card.
    case mohrss202475 = "MOHRSS-2024-75"
    /// Exit and Entry Administration Law, Art. 30.
    case eeal30 = "EEAL-30"
    /// The 2023 Foreign Permanent Resident ID Card.
    case fprid2023 = "FPRID-2023"
    /// The Civil Code, Art. 201 and 203 (counting periods; our reading for CM-PERIOD).
    case civilCode = "CIVIL-CODE"
    /// 《全国年节及纪念日放假办法》, the national holidays law (CM-STATUTORY).
    case holidayLaw = "HOLIDAY-LAW"

    /// The key as written in DOMAIN.md.
    public var description: String { self.rawValue }

    /// The source's title and publisher.
    public var citation: String {
        switch self {
        case .exchange2026:
            "Regular exchange of third-generation social security cards begins, Beijing Municipal Government "
                + "(German portal), 2026-01-08, from Beijing Daily"
        case .replacement:
            "Lost or damaged social security cards can be replaced both online and offline in Beijing, "
                + "Beijing Municipal Government (English portal), from Beijing Daily"
        case .workPermit2024:
            "New changes in the function of your social security card, Beijing Municipal Government "
                + "(German portal), 2024-12-31, from the Human Resources and Social Security Bureau"
        case .holidays: "State Council General Office notices on public holiday arrangements, one per year"
        case .gb11643: "GB 11643-1999 Citizen identification number (ISO 7064 MOD 11-2)"
        case .gb32100: "GB 32100-2015 Unified social credit code for legal entities and other organizations"
        case .bj2024133: "Beijing HRSS notice 京人社数据字〔2024〕133号 on the centralized exchange"
        case .bj2026Regular: "Beijing HRSS Bureau announcement of the regular phase, 2026-01-04"
        case .mohrss202475: "人社部发〔2024〕75号, integrating the foreigner's work permit with the card, from 2024-12-01"
        case .eeal30: "Exit and Entry Administration Law of the PRC, Art. 30 (2012)"
        case .fprid2023: "National Immigration Administration, the 2023 Foreign Permanent Resident ID Card"
        case .civilCode: "Civil Code of the PRC, Art. 201 and 203 (computation of periods)"
        case .holidayLaw:
            "全国年节及纪念日放假办法 (national holidays measures), State Council, versions of 1999, 2007, 2013 and 2024"
        }
    }
}
