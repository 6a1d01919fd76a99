/// A source of the rules, keyed as in DOMAIN.md's source table.
public enum SourceKey: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
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

extension SourceKey {
    /// The source's title and publisher in English, German and Simplified Chinese: ``citation`` in English;
    /// in the other languages the title rendered in that language (the portals' own titles are English or
    /// German), with document numbers and the names of Chinese laws as published.
    public var localizedCitation: LocalizedText {
        switch self {
        case .exchange2026:
            LocalizedText(
                english: self.citation,
                german: "Regulärer Umtausch der Sozialversicherungskarten der dritten Generation beginnt, "
                    + "Stadtregierung Peking (deutschsprachiges Portal), 2026-01-08, nach Beijing Daily",
                chinese: "第三代社保卡常规换卡启动，北京市人民政府德文网站，2026-01-08，转自《北京日报》")
        case .replacement:
            LocalizedText(
                english: self.citation,
                german: "Verlorene oder beschädigte Sozialversicherungskarten können in Peking online und vor Ort "
                    + "ersetzt werden, Stadtregierung Peking (englischsprachiges Portal), nach Beijing Daily",
                chinese: "北京社保卡丢失或损坏可线上线下补换，北京市人民政府英文网站，转自《北京日报》")
        case .workPermit2024:
            LocalizedText(
                english: self.citation,
                german: "Neuerungen bei den Funktionen Ihrer Sozialversicherungskarte, Stadtregierung Peking "
                    + "(deutschsprachiges Portal), 2024-12-31, vom Pekinger Amt für Personal und soziale Sicherheit",
                chinese: "社保卡功能新变化，北京市人民政府德文网站，2024-12-31，来自北京市人力资源和社会保障局")
        case .holidays:
            LocalizedText(
                english: self.citation,
                german: "Mitteilungen des Generalbüros des Staatsrats über die Feiertagsregelung, eine je Jahr",
                chinese: "国务院办公厅关于部分节假日安排的通知，每年一份")
        case .gb11643:
            LocalizedText(
                english: self.citation, german: "GB 11643-1999 Bürgeridentitätsnummer (ISO 7064 MOD 11-2)",
                chinese: "GB 11643-1999《公民身份号码》（ISO 7064 MOD 11-2）")
        case .gb32100:
            LocalizedText(
                english: self.citation,
                german: "GB 32100-2015 Einheitliche Sozialkreditkennziffer für juristische Personen und andere "
                    + "Organisationen",
                chinese: "GB 32100-2015《法人和其他组织统一社会信用代码编码规则》")
        case .bj2024133:
            LocalizedText(
                english: self.citation,
                german: "Bekanntmachung 京人社数据字〔2024〕133号 des Pekinger Amts für Personal und soziale Sicherheit "
                    + "zum zentralen Umtausch",
                chinese: "北京市人力资源和社会保障局京人社数据字〔2024〕133号通知（集中换卡）")
        case .bj2026Regular:
            LocalizedText(
                english: self.citation,
                german: "Bekanntgabe der regulären Phase durch das Pekinger Amt für Personal und soziale Sicherheit, "
                    + "2026-01-04",
                chinese: "北京市人力资源和社会保障局关于常规换卡阶段的公告，2026-01-04")
        case .mohrss202475:
            LocalizedText(
                english: self.citation,
                german:
                    "人社部发〔2024〕75号, Zusammenführung der Arbeitserlaubnis für Ausländer mit der Karte, ab 2024-12-01",
                chinese: "人社部发〔2024〕75号，外国人工作许可与社保卡融合，自2024-12-01起")
        case .eeal30:
            LocalizedText(
                english: self.citation, german: "Ein- und Ausreiseverwaltungsgesetz der VR China, Art. 30 (2012)",
                chinese: "《中华人民共和国出境入境管理法》第三十条（2012年）")
        case .fprid2023:
            LocalizedText(
                english: self.citation,
                german: "Nationale Einwanderungsbehörde, der Ausweis für Ausländer mit Daueraufenthalt von 2023",
                chinese: "国家移民管理局，2023年版外国人永久居留身份证")
        case .civilCode:
            LocalizedText(
                english: self.citation,
                german: "Zivilgesetzbuch der VR China, Art. 201 und 203 (Berechnung von Fristen)",
                chinese: "《中华人民共和国民法典》第二百零一条、第二百零三条（期间的计算）")
        case .holidayLaw:
            LocalizedText(
                english: self.citation,
                german: "全国年节及纪念日放假办法 (Regelung der landesweiten Feiertage und Gedenktage), Staatsrat, "
                    + "Fassungen von 1999, 2007, 2013 und 2024",
                chinese: "《全国年节及纪念日放假办法》，国务院，1999年、2007年、2013年及2024年版本")
        }
    }
}
