// The rule catalogue: one entry per id of DOMAIN.md, with its title, a summary and its sources, in English,
// German and Simplified Chinese. Documentation/Rules.md is the human-readable index of the same rules.

extension Rule {
    /// Every rule of DOMAIN.md, in its order.
    public static let catalogue: [Rule] = cardModelRules + exchangeRules + replacementRules + workPermitRules

    /// The shared vocabulary (CardModel).
    private static let cardModelRules: [Rule] = [
        Rule(
            id: .date,
            title: LocalizedText(
                english: "Civil dates in Beijing",
                german: "Kalenderdaten in Beijing",
                chinese: "北京公历日期"
            ),
            text: LocalizedText(
                english: """
                    Dates in these rules are civil dates in Beijing, with no time zone arithmetic and no time of \
                    day. A civil date can only hold a real date of the proleptic Gregorian calendar (years 1900 \
                    through 2199), and it is parsed and printed in ISO 8601, such as 2026-01-04.
                    """,
                german: """
                    Die Daten in diesen Regeln sind Kalenderdaten in Beijing, ohne Zeitzonenrechnung und ohne \
                    Uhrzeit. Ein Kalenderdatum kann nur einen tatsächlich existierenden Tag des proleptischen \
                    gregorianischen Kalenders (Jahre 1900 bis 2199) enthalten und wird im Format ISO 8601 gelesen \
                    und ausgegeben, etwa 2026-01-04.
                    """,
                chinese: """
                    本规则中的日期均为北京当地的公历日期，不做时区换算，也不含具体时刻。日期只能是前推格里历（1900年\
                    至2199年）中真实存在的一天，按ISO 8601格式（如2026-01-04）解析和输出。
                    """
            ),
            sources: [.holidays]
        ),
        Rule(
            id: .workday,
            title: LocalizedText(english: "Working days", german: "Arbeitstage", chinese: "工作日"),
            text: LocalizedText(
                english: """
                    A working day in mainland China is Monday to Friday, except the public holidays of the State \
                    Council's notice for that year; a Saturday or Sunday that the notice makes an adjusted working \
                    day (调休上班) is a working day. The library ships the official data for 2004 through 2026, \
                    names each holiday, and lets callers add or replace a year's schedule. A question about a year \
                    without data gets a typed error naming the year, never a weekday-only guess, unless the caller \
                    explicitly builds a calendar with that fallback.
                    """,
                german: """
                    Arbeitstage in Festlandchina sind Montag bis Freitag, ausgenommen die Feiertage laut der \
                    Mitteilung des Staatsrats für das jeweilige Jahr; ein Samstag oder Sonntag, den die Mitteilung \
                    zum verlegten Arbeitstag (调休上班) erklärt, ist ein Arbeitstag. Die Bibliothek enthält die \
                    amtlichen Daten von 2004 bis 2026, benennt jeden Feiertag und lässt Aufrufer den Plan eines \
                    Jahres ergänzen oder ersetzen. Eine Frage zu einem Jahr ohne Daten ergibt einen Fehler, der das \
                    Jahr nennt, nie eine bloße Schätzung nach Wochentagen, es sei denn, der Aufrufer baut \
                    ausdrücklich einen Kalender mit diesem Rückfall.
                    """,
                chinese: """
                    中国大陆的工作日为周一至周五，但国务院当年节假日安排通知规定的放假日除外；通知规定调休上班的周\
                    六、周日为工作日。本库内置2004年至2026年的官方数据，标明每个节日的名称，调用方可以补充或替换某一\
                    年的安排。查询没有数据的年份时返回注明该年份的错误，绝不只按星期推测，除非调用方明确构建了允许这\
                    种回退的日历。
                    """
            ),
            sources: [.holidays]
        ),
        Rule(
            id: .workdayAdd,
            title: LocalizedText(english: "Adding working days", german: "Arbeitstage addieren", chinese: "工作日推算"),
            text: LocalizedText(
                english: """
                    "N working days after date D" is the N-th working day strictly after D, whether or not D is \
                    itself a working day; a negative N counts backwards, and N = 0 gives D if it is a working day, \
                    else the next working day. Statutory holiday days, in-lieu rest days, adjusted working days \
                    (调休上班) and ordinary weekends are kept apart, and a make-up working day is a working day, \
                    never reported as a holiday.
                    """,
                german: """
                    „N Arbeitstage nach dem Datum D“ ist der N-te Arbeitstag nach D, D selbst nicht mitgezählt, \
                    gleich ob D ein Arbeitstag ist; ein negatives N zählt rückwärts, und N = 0 ergibt D, wenn D ein \
                    Arbeitstag ist, sonst den nächsten Arbeitstag. Gesetzliche Feiertage, Ersatzruhetage, verlegte \
                    Arbeitstage (调休上班) und gewöhnliche Wochenenden werden auseinandergehalten; ein nachgeholter \
                    Arbeitstag ist ein Arbeitstag und wird nie als Feiertag ausgewiesen.
                    """,
                chinese: """
                    “日期D之后N个工作日”指D之后（不含D）的第N个工作日，无论D本身是否为工作日；N为负数时向前倒数，N为\
                    0时，D是工作日则为D，否则为下一个工作日。法定节假日、调休放假日、调休上班日和普通周末严格区分，\
                    调休上班日属于工作日，绝不报告为节假日。
                    """
            ),
            sources: [.holidays]
        ),
        Rule(
            id: .acceptance,
            title: LocalizedText(english: "Acceptance date", german: "Annahmedatum", chinese: "受理日期"),
            text: LocalizedText(
                english: """
                    An application made on a non-working day is accepted on the next working day; for an application \
                    on a working day the acceptance date is that day. A period of N working days runs from the \
                    acceptance date, so the deadline is the N-th working day after it.
                    """,
                german: """
                    Ein an einem arbeitsfreien Tag gestellter Antrag wird am nächsten Arbeitstag angenommen; bei \
                    einem Antrag an einem Arbeitstag ist das Annahmedatum dieser Tag selbst. Eine Frist von N \
                    Arbeitstagen läuft ab dem Annahmedatum und endet am N-ten Arbeitstag danach.
                    """,
                chinese: """
                    在非工作日提出的申请，于下一个工作日受理；在工作日提出的申请，当天即为受理日期。N个工作日的期限\
                    自受理日期起算，截止于受理日期之后的第N个工作日。
                    """
            ),
            sources: [.holidays]
        ),
        Rule(
            id: .period,
            title: LocalizedText(
                english: "Periods of calendar days",
                german: "Fristen in Kalendertagen",
                chinese: "以自然日计算的期间"
            ),
            text: LocalizedText(
                english: """
                    A period of N calendar days after an event starts counting on the day after the event, so it \
                    ends on the event's date plus N days; if that last day is not a working day, the period ends on \
                    the next working day (Civil Code Art. 201 and 203; our reading for administrative deadlines). \
                    The answer names both the nominal and the effective last day.
                    """,
                german: """
                    Eine Frist von N Kalendertagen nach einem Ereignis beginnt am Tag nach dem Ereignis und endet \
                    daher am Datum des Ereignisses plus N Tage; ist dieser letzte Tag kein Arbeitstag, endet die \
                    Frist am nächsten Arbeitstag (Art. 201 und 203 des Zivilgesetzbuchs; unsere Lesart für \
                    Verwaltungsfristen). Die Antwort nennt den nominellen und den tatsächlichen letzten Tag.
                    """,
                chinese: """
                    事件发生后N个自然日的期间自事件次日起算，于事件日期加N日届满；期间最后一日不是工作日的，以其后的\
                    第一个工作日为期间的最后一日（《民法典》第二百零一条、第二百零三条；这是我们对行政期限的理解）。\
                    结果同时给出名义上的最后一日和实际的最后一日。
                    """
            ),
            sources: [.civilCode]
        ),
        Rule(
            id: .money,
            title: LocalizedText(english: "Money in whole fen", german: "Beträge in ganzen Fen", chinese: "以分为单位的金额"),
            text: LocalizedText(
                english: """
                    Amounts are whole fen in CNY (1 yuan = 100 fen), never floating point. They are printed as \
                    CNY 20.00 (and ¥20.00).
                    """,
                german: """
                    Beträge sind ganze Fen in CNY (1 Yuan = 100 Fen), nie Gleitkommazahlen. Sie werden als CNY 20.00 \
                    (bzw. ¥20.00) ausgegeben.
                    """,
                chinese: "金额以人民币的整数“分”表示（1元 = 100分），不使用浮点数。输出格式为CNY 20.00（或¥20.00）。"
            ),
            sources: [.replacement]
        ),
        Rule(
            id: .generation,
            title: LocalizedText(english: "Card generations", german: "Kartengenerationen", chinese: "社保卡代际"),
            text: LocalizedText(
                english: "Social security cards come in three generations: first, second and third.",
                german: """
                    Sozialversicherungskarten gibt es in drei Generationen: der ersten, der zweiten und der dritten.
                    """,
                chinese: "社会保障卡分为三代：第一代、第二代和第三代社保卡。"
            ),
            sources: [.exchange2026]
        ),
        Rule(
            id: .form,
            title: LocalizedText(
                english: "Physical and electronic cards",
                german: "Physische und elektronische Karte",
                chinese: "实体社保卡与电子社保卡"
            ),
            text: LocalizedText(
                english: """
                    A card is physical or electronic. The electronic card mirrors a physical card or, for a \
                    foreigner before the physical card exists, carries only the work permit information (WP-ECARD).
                    """,
                german: """
                    Eine Karte ist physisch oder elektronisch. Die elektronische Karte spiegelt eine physische Karte \
                    wider oder trägt, bei Ausländern vor der Ausstellung der physischen Karte, nur die Informationen \
                    der Arbeitserlaubnis (WP-ECARD).
                    """,
                chinese: """
                    社会保障卡分为实体卡和电子社保卡。电子社保卡与实体卡相对应；外国人在实体卡制发之前，其电子社保卡\
                    仅承载工作许可信息（WP-ECARD）。
                    """
            ),
            sources: [.workPermit2024]
        ),
        Rule(
            id: .status,
            title: LocalizedText(english: "Card status", german: "Kartenstatus", chinese: "卡片状态"),
            text: LocalizedText(
                english: """
                    A physical card is issued (not yet activated), active, reported lost, damaged, superseded (a \
                    newer card was activated) or cancelled. Only an active card gives the card's functions (RP-LOSS, \
                    EX-OLD-VALID).
                    """,
                german: """
                    Eine physische Karte ist ausgegeben (noch nicht aktiviert), aktiv, als verloren gemeldet, \
                    beschädigt, abgelöst (eine neuere Karte wurde aktiviert) oder gelöscht. Nur eine aktive Karte \
                    bietet die Funktionen der Karte (RP-LOSS, EX-OLD-VALID).
                    """,
                chinese: """
                    实体卡的状态包括：已制发（尚未激活）、正常使用、已挂失、已损坏、已被替代（已激活新卡）和已注销。\
                    只有处于正常使用状态的卡才能使用社保卡的各项功能（RP-LOSS、EX-OLD-VALID）。
                    """
            ),
            sources: [.replacement, .exchange2026]
        ),
        Rule(
            id: .functions,
            title: LocalizedText(english: "Card functions", german: "Funktionen der Karte", chinese: "社保卡功能"),
            text: LocalizedText(
                english: """
                    A card gives medical treatment with real-time settlement, pension payment, and the social \
                    insurance and medical insurance functions. For foreigners it also gives the work permit \
                    information, work permit QR code verification and notifications, and "All-in-One Card" (BEIJING \
                    PASS) services: querying business information and receiving benefits and subsidies.
                    """,
                german: """
                    Eine Karte dient dem Arztbesuch mit Sofortabrechnung, der Rentenauszahlung sowie den Funktionen \
                    der Sozial- und der Krankenversicherung. Für Ausländer bietet sie außerdem die Informationen der \
                    Arbeitserlaubnis, die Prüfung des QR-Codes der Arbeitserlaubnis und Benachrichtigungen sowie \
                    Dienste der „All-in-One-Karte“ („BEIJING PASS“): die Abfrage von Geschäftsinformationen und den \
                    Erhalt von Leistungen und Zuschüssen.
                    """,
                chinese: """
                    社保卡可用于就医实时结算、养老金发放以及社会保险和医疗保险各项功能。对外国人，社保卡还提供工作许\
                    可信息、工作许可二维码核验和消息通知，以及“一卡通”（BEIJING PASS）服务：业务信息查询和待遇补贴领\
                    取。
                    """
            ),
            sources: [.replacement, .exchange2026, .workPermit2024]
        ),
        Rule(
            id: .category,
            title: LocalizedText(english: "Insured categories", german: "Versichertengruppen", chinese: "参保人员类别"),
            text: LocalizedText(
                english: """
                    An insured person is an urban employee, whose social insurance is paid by the employer, or an \
                    urban or rural resident, who pays their own social insurance.
                    """,
                german: """
                    Versicherte sind entweder städtische Beschäftigte, deren Sozialversicherung der Arbeitgeber \
                    zahlt, oder Stadt- und Landbewohner, die ihre Sozialversicherung selbst zahlen.
                    """,
                chinese: "参保人员分为城镇职工（由用人单位缴纳社会保险）和城乡居民（自行缴纳社会保险）。"
            ),
            sources: [.replacement]
        ),
        Rule(
            id: .identifier,
            title: LocalizedText(english: "Validated identifiers", german: "Geprüfte Kennnummern", chinese: "证件号码校验"),
            text: LocalizedText(
                english: """
                    Identifiers are validated values: the 18-character resident identity number (GB 11643: region \
                    code, a real birth date, a sequence whose parity gives the sex, and a check character 0-9 or X \
                    by ISO 7064 MOD 11-2), an employer's 18-character unified social credit code (GB 32100: digits \
                    and capital letters except I, O, S, V and Z, check character by weights 3^i mod 31), and the \
                    foreign permanent resident ID number, the work permit number and the social security number. \
                    Input is normalised before validation (surrounding white space, inner spaces and hyphens \
                    removed, letters upper-cased). Each failure (length, character, birth date, check character) has \
                    its own error case.
                    """,
                german: """
                    Kennnummern sind geprüfte Werte: die 18-stellige Bürgeridentifikationsnummer (GB 11643: \
                    Regionalcode, ein tatsächliches Geburtsdatum, eine laufende Nummer, deren Parität das Geschlecht \
                    angibt, und ein Prüfzeichen 0–9 oder X nach ISO 7064 MOD 11-2), der 18-stellige einheitliche \
                    Sozialkreditcode eines Arbeitgebers (GB 32100: Ziffern und Großbuchstaben außer I, O, S, V und \
                    Z, Prüfzeichen mit den Gewichten 3^i mod 31) sowie die Nummer des Daueraufenthaltsausweises für \
                    Ausländer, die Nummer der Arbeitserlaubnis und die Sozialversicherungsnummer. Eingaben werden \
                    vor der Prüfung normalisiert (Leerraum am Rand, innere Leerzeichen und Bindestriche entfernt, \
                    Buchstaben großgeschrieben). Jeder Fehler (Länge, Zeichen, Geburtsdatum, Prüfzeichen) hat einen \
                    eigenen Fehlerfall.
                    """,
                chinese: """
                    各类证件号码均为经过校验的值：18位公民身份号码（GB 11643：地址码、真实存在的出生日期、以奇偶表示\
                    性别的顺序码，以及按ISO 7064 MOD 11-2计算的校验码0–9或X）；用人单位的18位统一社会信用代码（GB \
                    32100：数字和除I、O、S、V、Z以外的大写字母，校验码按权重3^i模31计算）；以及外国人永久居留身份\
                    证号码、工作许可证号码和社会保障号码。校验前先规范化输入（去除首尾空白及内部空格和连字符，字母转\
                    为大写）。每种错误（长度、字符、出生日期、校验码）各有对应的错误类型。
                    """
            ),
            sources: [.gb11643, .gb32100]
        ),
        Rule(
            id: .foreignIdentifier,
            title: LocalizedText(
                english: "Foreigners' identifiers",
                german: "Kennnummern von Ausländern",
                chinese: "外国人证件号码"
            ),
            text: LocalizedText(
                english: """
                    The foreign permanent resident ID number of 2023 has 18 digits: 9, a 2-digit province code, a \
                    3-digit nationality code, an 8-digit real birth date, a 3-digit sequence and a check digit by \
                    MOD 11-2 as in GB 11643; the older 15-character number (3 letters and 12 digits) is accepted by \
                    shape, without a check. No official format is published for the work permit number or a \
                    foreigner's social security number, so they are opaque identifiers (6 to 32 digits and capital \
                    letters) and no check is invented. A Chinese citizen's social security number is their resident \
                    identity number.
                    """,
                german: """
                    Die Nummer des Daueraufenthaltsausweises für Ausländer von 2023 hat 18 Ziffern: eine 9, einen \
                    2-stelligen Provinzcode, einen 3-stelligen Staatsangehörigkeitscode, ein 8-stelliges \
                    tatsächliches Geburtsdatum, eine 3-stellige laufende Nummer und eine Prüfziffer nach MOD 11-2 \
                    wie in GB 11643; die ältere 15-stellige Nummer (3 Buchstaben und 12 Ziffern) wird nach ihrer \
                    Form ohne Prüfung angenommen. Für die Nummer der Arbeitserlaubnis und die \
                    Sozialversicherungsnummer eines Ausländers ist kein amtliches Format veröffentlicht; sie gelten \
                    als nicht prüfbare Kennungen (6 bis 32 Ziffern und Großbuchstaben), und es wird keine Prüfung \
                    erfunden. Die Sozialversicherungsnummer eines chinesischen Staatsbürgers ist seine \
                    Bürgeridentifikationsnummer.
                    """,
                chinese: """
                    2023版外国人永久居留身份证号码为18位数字：首位为9，其后依次为2位省级代码、3位国籍代码、8位真实存\
                    在的出生日期、3位顺序码，以及与GB 11643相同、按MOD 11-2计算的校验码；旧版15位号码（3个字母加12位\
                    数字）仅按格式接受，不做校验。外国人工作许可证号码和外国人的社会保障号码没有公开的官方格式，按不\
                    透明标识处理（6至32位数字和大写字母），不臆造校验规则。中国公民的社会保障号码即其公民身份号码。
                    """
            ),
            sources: [.fprid2023, .gb11643]
        ),
        Rule(
            id: .notice,
            title: LocalizedText(
                english: "The notice is the input",
                german: "Die Mitteilung ist die Eingabe",
                chinese: "以通知原文为输入"
            ),
            text: LocalizedText(
                english: """
                    The State Council's yearly notice is the source of a year's schedule, and its own text is the \
                    library's input: a schedule can be read from the notice as published. The notice gives the \
                    breaks and the weekend days worked; it does not list the statutory days.
                    """,
                german: """
                    Die jährliche Mitteilung des Staatsrats ist die Quelle des Feiertagsplans eines Jahres, und ihr \
                    Wortlaut ist die Eingabe der Bibliothek: ein Plan lässt sich aus der Mitteilung lesen, wie sie \
                    veröffentlicht wurde. Die Mitteilung nennt die Feiertagspausen und die Wochenendtage mit \
                    Arbeit; die gesetzlichen Feiertage zählt sie nicht auf.
                    """,
                chinese: """
                    国务院每年的节假日安排通知是当年安排的来源，本库直接以通知原文为输入：可按发布的原文读出当年的安\
                    排。通知给出放假时段和调休上班的周末，但不列出法定节假日。
                    """
            ),
            sources: [.holidays]
        ),
        Rule(
            id: .statutory,
            title: LocalizedText(
                english: "Statutory holidays by law",
                german: "Gesetzliche Feiertage nach Gesetz",
                chinese: "依法确定的法定节假日"
            ),
            text: LocalizedText(
                english: """
                    The statutory holiday days are set by the national holidays measures (State Council; versions \
                    of 1999, 2007, 2013 and 2024, the last in force from 2025-01-01): from 2025 New Year's Day 1 \
                    day, Spring Festival 4 days (New Year's Eve to the 3rd day of the first lunar month), Qingming \
                    1, Labour Day 2 (1-2 May), Dragon Boat 1, Mid-autumn 1, National Day 3 (1-3 October). They are \
                    known for any year from the law and the lunar calendar.
                    """,
                german: """
                    Die gesetzlichen Feiertage legt die Regelung über die landesweiten Fest- und Gedenktage fest \
                    (Staatsrat; Fassungen von 1999, 2007, 2013 und 2024, die letzte seit 2025-01-01 in Kraft): ab \
                    2025 Neujahr 1 Tag, Frühlingsfest 4 Tage (Silvester bis zum 3. Tag des ersten Mondmonats), \
                    Qingming 1, Tag der Arbeit 2 (1.-2. Mai), Drachenbootfest 1, Mittherbstfest 1, \
                    Nationalfeiertag 3 (1.-3. Oktober). Sie stehen für jedes Jahr aus Gesetz und Mondkalender fest.
                    """,
                chinese: """
                    法定节假日由国务院《全国年节及纪念日放假办法》（1999年、2007年、2013年和2024年版本，最新版本自\
                    2025年1月1日起施行）规定：自2025年起，元旦1天，春节4天（农历除夕至正月初三），清明节1天，劳动节\
                    2天（5月1日至2日），端午节1天，中秋节1天，国庆节3天（10月1日至3日）。任何年份的法定节假日均可由\
                    该办法和农历确定。
                    """
            ),
            sources: [.holidayLaw]
        ),
        Rule(
            id: .provisional,
            title: LocalizedText(
                english: "Provisional answers by law",
                german: "Vorläufige Antworten nach Gesetz",
                chinese: "依法暂定的答复"
            ),
            text: LocalizedText(
                english: """
                    For a year whose notice is not yet published, a caller may ask for a provisional answer: \
                    weekends and the statutory days are rest days, other weekdays working days. Every such answer \
                    says it is provisional and names the year; the default stays a refusal (CM-WORKDAY).
                    """,
                german: """
                    Für ein Jahr, dessen Mitteilung noch nicht veröffentlicht ist, kann ein Aufrufer eine vorläufige \
                    Antwort verlangen: Wochenenden und gesetzliche Feiertage sind Ruhetage, die übrigen Wochentage \
                    Arbeitstage. Jede solche Antwort sagt, dass sie vorläufig ist, und nennt das Jahr; \
                    standardmäßig bleibt es bei der Ablehnung (CM-WORKDAY).
                    """,
                chinese: """
                    对于国务院尚未发布节假日安排通知的年份，调用方可以要求暂定答复：周末和法定节假日为休息日，其余工\
                    作日照常。每个此类答复都注明其为暂定并写明年份；默认仍为拒绝答复（CM-WORKDAY）。
                    """
            ),
            sources: [.holidayLaw]
        ),
        Rule(
            id: .privacy,
            title: LocalizedText(
                english: "Personal information is masked",
                german: "Personenbezogene Daten werden maskiert",
                chinese: "个人信息脱敏显示"
            ),
            text: LocalizedText(
                english: """
                    Identifiers and names are personal information: description, debug description, dump and string \
                    interpolation show them masked, for example 1101**********123X. Only an explicit accessor gives \
                    the full value.
                    """,
                german: """
                    Kennnummern und Namen sind personenbezogene Daten: Beschreibung, Debug-Beschreibung, dump und \
                    String-Interpolation zeigen sie maskiert, zum Beispiel 1101**********123X. Nur ein \
                    ausdrücklicher Zugriff liefert den vollständigen Wert.
                    """,
                chinese: """
                    证件号码和姓名属于个人信息：其描述、调试描述、转储输出和字符串插值均以脱敏形式显示，例如\
                    1101**********123X。只有通过显式的访问方法才能取得完整值。
                    """
            ),
            sources: [.gb11643, .fprid2023]
        ),
    ]

    /// The third-generation exchange (ExchangePolicy, EXCHANGE-2026).
    private static let exchangeRules: [Rule] = [
        Rule(
            id: .exchangePhase,
            title: LocalizedText(english: "Exchange phases", german: "Phasen des Umtauschs", chinese: "换卡阶段"),
            text: LocalizedText(
                english: """
                    The exchange has a centralized phase, which ran from 2024-10-30 online only, in batches by \
                    district and group (pilot districts came before it), and a regular phase from 2026-01-04 \
                    inclusive (the 2024 notice had planned 2026-01-01, and 2026-01-01 to 2026-01-03 are holidays). A \
                    date before 2024-10-30 has no exchange phase: the exchange had not opened to the general public.
                    """,
                german: """
                    Der Umtausch hat eine zentralisierte Phase, die ab dem 2024-10-30 nur online und in Tranchen \
                    nach Bezirken und Gruppen lief (davor gab es Pilotbezirke), und eine reguläre Umtauschphase ab \
                    dem 2026-01-04 einschließlich (die Mitteilung von 2024 hatte den 2026-01-01 vorgesehen, und die \
                    Tage vom 2026-01-01 bis 2026-01-03 sind Feiertage). Ein Datum vor dem 2024-10-30 hat keine \
                    Umtauschphase: Der Umtausch stand der Allgemeinheit noch nicht offen.
                    """,
                chinese: """
                    第三代社保卡换发分为集中换发和常态化换发两个阶段。集中换发自2024-10-30起按区、分批次进行，仅限线\
                    上申请（此前为试点区）；常态化换发自2026-01-04（含）起开始（2024年的通知原定2026-01-01，而\
                    2026-01-01至2026-01-03为假期）。2024-10-30之前的日期不属于任何换卡阶段：换卡尚未面向公众开放。
                    """
            ),
            sources: [.exchange2026, .bj2024133]
        ),
        Rule(
            id: .exchangeChannels,
            title: LocalizedText(
                english: "Exchange channels",
                german: "Antragskanäle für den Umtausch",
                chinese: "换卡申请渠道"
            ),
            text: LocalizedText(
                english: """
                    Online channels are open in both phases: the Beijing Municipal Human Resources and Social \
                    Security Bureau's website, its WeChat official account 北京人社, the Jingtong (京通) mini \
                    program and the WeChat mini program 北京民生一卡通 (Beijing public service card). Offline \
                    channels are open only in the regular phase: social security card service points at district and \
                    sub-district (street) level, and the service outlets of partner banks.
                    """,
                german: """
                    Die Onlinekanäle sind in beiden Phasen geöffnet: die offizielle Webseite des Büros für \
                    Humanressourcen und soziale Sicherheit der Stadt Beijing, sein offizielles WeChat-Konto \
                    (北京人社), das Miniprogramm „Jingtong“ (京通) und das WeChat-Miniprogramm „Öffentliche \
                    Dienstleistungskarte Beijings“ (北京民生一卡通). Die Offlinekanäle sind nur in der regulären \
                    Umtauschphase geöffnet: die Servicestellen für Sozialversicherungskarten auf Bezirks- und \
                    Unterbezirksebene sowie die Servicestellen der Partnerbanken.
                    """,
                chinese: """
                    线上渠道在两个阶段均开放：北京市人力资源和社会保障局官方网站、“北京人社”微信公众号、“京通”小程序\
                    和“北京民生一卡通”微信小程序。线下渠道仅在常态化换发阶段开放：区级和街道（乡镇）级社保卡服务网\
                    点，以及合作银行的服务网点。
                    """
            ),
            sources: [.exchange2026]
        ),
        Rule(
            id: .exchangeFreeChoice,
            title: LocalizedText(
                english: "Free choice of bank and receipt",
                german: "Freie Wahl von Bank und Empfang",
                chinese: "自主选择银行和领卡方式"
            ),
            text: LocalizedText(
                english: """
                    A person who has not exchanged their card chooses the issuing bank (one of the partner banks) \
                    and the way of receiving the card, and applies online or offline.
                    """,
                german: """
                    Wer die Karte noch nicht umgetauscht hat, wählt nach eigenem Willen die ausgebende Bank (eine \
                    der Partnerbanken) und die Methode des Kartenempfangs und stellt den Antrag online oder offline.
                    """,
                chinese: "尚未换卡的参保人员可自主选择发卡银行（合作银行之一）和领卡方式，并通过线上或线下渠道申请。"
            ),
            sources: [.exchange2026]
        ),
        Rule(
            id: .exchangePartnerBanks,
            title: LocalizedText(english: "Partner banks", german: "Partnerbanken", chinese: "合作银行"),
            text: LocalizedText(
                english: """
                    The partner banks are the 15 of BJ-2024-133: Industrial and Commercial Bank of China, \
                    Agricultural Bank of China, Bank of China, China Construction Bank, Bank of Communications, Bank \
                    of Beijing, Hua Xia Bank, Beijing Rural Commercial Bank, China CITIC Bank, China Everbright \
                    Bank, China Minsheng Bank, China Guangfa Bank, China Merchants Bank, Shanghai Pudong Development \
                    Bank and Postal Savings Bank of China. Press reports of 2026 speak of 16 without naming the \
                    sixteenth, so the list is a parameter that callers can extend. Each bank has a stable code, an \
                    English and a Chinese name.
                    """,
                german: """
                    Die Partnerbanken sind die 15 aus BJ-2024-133: Industrial and Commercial Bank of China, \
                    Agricultural Bank of China, Bank of China, China Construction Bank, Bank of Communications, Bank \
                    of Beijing, Hua Xia Bank, Beijing Rural Commercial Bank, China CITIC Bank, China Everbright \
                    Bank, China Minsheng Bank, China Guangfa Bank, China Merchants Bank, Shanghai Pudong Development \
                    Bank und Postal Savings Bank of China. Presseberichte von 2026 sprechen von 16, ohne die \
                    sechzehnte zu nennen; deshalb ist die Liste ein Parameter, den Aufrufer erweitern können. Jede \
                    Bank hat einen festen Code sowie einen englischen und einen chinesischen Namen.
                    """,
                chinese: """
                    合作银行为京人社数据字〔2024〕133号通知所列的15家：中国工商银行、中国农业银行、中国银行、中国建\
                    设银行、交通银行、北京银行、华夏银行、北京农商银行、中信银行、中国光大银行、中国民生银行、广发银\
                    行、招商银行、上海浦东发展银行和中国邮政储蓄银行。2026年的媒体报道称有16家，但未指明第16家，因此\
                    该名单是调用方可以扩充的参数。每家银行都有固定代码以及英文和中文名称。
                    """
            ),
            sources: [.exchange2026, .bj2024133]
        ),
        Rule(
            id: .exchangeEmployerBanks,
            title: LocalizedText(
                english: "Employer's bank selection",
                german: "Bankauswahl des Arbeitgebers",
                chinese: "单位选定的合作银行"
            ),
            text: LocalizedText(
                english: """
                    When an employee applies online and the employer has enabled collective application with company \
                    pickup (单位代领), the bank must be one of the one to three partner banks the employer selected. \
                    The notice states the restriction for online applications only, so an offline application is not \
                    restricted by it (our reading; the decision says so). If the employer has not enabled collective \
                    application, the employee chooses freely.
                    """,
                german: """
                    Stellt ein Beschäftigter den Antrag online und hat sein Arbeitgeber die kollektive Beantragung \
                    mit Firmenabholung (单位代领) aktiviert, muss die Bank eine der ein bis drei vom Arbeitgeber \
                    ausgewählten Partnerbanken sein. Die Mitteilung nennt diese Einschränkung nur für Onlineanträge; \
                    ein Offlineantrag ist daher nicht an sie gebunden (unsere Lesart; die Entscheidung sagt es). Hat \
                    der Arbeitgeber die kollektive Beantragung nicht aktiviert, wählt der Beschäftigte frei.
                    """,
                chinese: """
                    职工通过线上申请，且用人单位已开通集体申领并选择单位代领的，发卡银行须为单位选定的1至3家合作银行\
                    之一。通知仅对线上申请作此限制，因此线下申请不受该限制（这是我们的理解，决定中会注明）。用人单位\
                    未开通集体申领的，职工可自由选择发卡银行。
                    """
            ),
            sources: [.exchange2026, .bj2024133]
        ),
        Rule(
            id: .exchangeReceipt,
            title: LocalizedText(
                english: "Receiving the exchanged card",
                german: "Empfang der umgetauschten Karte",
                chinese: "领卡方式"
            ),
            text: LocalizedText(
                english: """
                    An exchanged card is received at the chosen bank branch, by post (free of charge), or, with \
                    company pickup, through the employer. At an instant-issuance bank branch the card is made and \
                    handed over on the spot.
                    """,
                german: """
                    Die umgetauschte Karte wird in der gewählten Bankfiliale abgeholt, kostenlos per Post zugestellt \
                    oder, bei Firmenabholung, über den Arbeitgeber empfangen. In einer Bankfiliale mit Sofortausgabe \
                    wird die Karte vor Ort hergestellt und ausgehändigt.
                    """,
                chinese: """
                    换发的新卡可到所选银行网点领取，也可免费邮寄，单位代领的由用人单位领取。在提供即时制卡服务的银行\
                    网点，卡片当场制作、当场发放。
                    """
            ),
            sources: [.exchange2026, .bj2026Regular]
        ),
        Rule(
            id: .exchangeProduction,
            title: LocalizedText(english: "Production time", german: "Herstellungsdauer", chinese: "制卡时限"),
            text: LocalizedText(
                english: """
                    An exchange or replacement applied for online or at a bank branch without instant issuance is \
                    made within 4 working days of the acceptance date (CM-ACCEPTANCE); a first application within 30 \
                    calendar days. Postage time is not counted.
                    """,
                german: """
                    Ein online oder in einer Bankfiliale ohne Sofortausgabe beantragter Umtausch oder Ersatz wird \
                    innerhalb von 4 Arbeitstagen ab dem Annahmedatum hergestellt (CM-ACCEPTANCE), eine \
                    Erstbeantragung innerhalb von 30 Kalendertagen. Die Postlaufzeit wird nicht mitgerechnet.
                    """,
                chinese: """
                    通过线上或在不提供即时制卡服务的银行网点申请换卡或补换卡的，自受理日期起4个工作日内制卡完成\
                    （CM-ACCEPTANCE）；首次申领的，30个自然日内制卡完成。邮寄时间不计算在内。
                    """
            ),
            sources: [.exchange2026, .bj2026Regular]
        ),
        Rule(
            id: .exchangeMinor,
            title: LocalizedText(english: "Minors", german: "Minderjährige", chinese: "未成年人"),
            text: LocalizedText(
                english: """
                    For a person under 18 a guardian applies, and only the guardian collects the card at a bank \
                    branch.
                    """,
                german: """
                    Für eine Person unter 18 Jahren stellt ein Erziehungsberechtigter den Antrag, und nur der \
                    Erziehungsberechtigte holt die Karte in der Bankfiliale ab.
                    """,
                chinese: "未满18周岁的，由监护人代为申请，且只能由监护人到银行网点领卡。"
            ),
            sources: [.exchange2026, .bj2026Regular]
        ),
        Rule(
            id: .exchangeGeneration,
            title: LocalizedText(
                english: "Third generation only",
                german: "Nur noch dritte Generation",
                chinese: "只发放第三代社保卡"
            ),
            text: LocalizedText(
                english: """
                    From 2026-01-01 only third-generation cards are issued: every first issuance and every exchange \
                    yields a third-generation card. For earlier dates the library answers "third generation" for an \
                    exchange and does not claim more.
                    """,
                german: """
                    Ab dem 2026-01-01 werden nur noch Karten der dritten Generation ausgegeben: Jede Erstausgabe und \
                    jeder Umtausch ergibt eine Karte der dritten Generation. Für frühere Daten antwortet die \
                    Bibliothek bei einem Umtausch „dritte Generation“ und behauptet nicht mehr.
                    """,
                chinese: """
                    自2026-01-01起只发放第三代社保卡：首次申领和换卡一律发放第三代社保卡。对于此前的日期，本库对换卡\
                    只回答“第三代”，不作更多断言。
                    """
            ),
            sources: [.exchange2026]
        ),
        Rule(
            id: .exchangeEligible,
            title: LocalizedText(english: "Who may exchange", german: "Wer umtauschen kann", chinese: "换卡对象"),
            text: LocalizedText(
                english: """
                    The exchange is for holders of a first- or second-generation card. A holder of a \
                    third-generation card has nothing to exchange and is refused under this rule; a person without a \
                    card makes a first application instead.
                    """,
                german: """
                    Der Umtausch richtet sich an Inhaber einer Karte der ersten oder zweiten Generation. Wer bereits \
                    eine Karte der dritten Generation hat, hat nichts umzutauschen und wird nach dieser Regel \
                    abgewiesen; wer keine Karte hat, stellt stattdessen eine Erstbeantragung.
                    """,
                chinese: """
                    换卡对象为持有第一代或第二代社保卡的人员。已持有第三代社保卡的无卡可换，依本规则不予办理；尚无社\
                    保卡的人员应办理首次申领。
                    """
            ),
            sources: [.exchange2026]
        ),
        Rule(
            id: .exchangeOldValid,
            title: LocalizedText(
                english: "Old card stays valid",
                german: "Alte Karte bleibt gültig",
                chinese: "旧卡继续有效"
            ),
            text: LocalizedText(
                english: """
                    Until the person has completed the exchange, that is until the new card is activated, the old \
                    card stays valid, and pension payment and all social and medical insurance functions keep \
                    working. From the activation of the new card, the old card is superseded.
                    """,
                german: """
                    Bis der Umtausch vollzogen, also die neue Karte aktiviert ist, bleibt die alte Karte gültig; die \
                    Rentenauszahlung und alle Funktionen der Sozial- und der Krankenversicherung funktionieren \
                    weiter. Mit der Aktivierung der neuen Karte ist die alte Karte abgelöst.
                    """,
                chinese: """
                    在完成换卡即新卡激活之前，旧卡继续有效，养老金发放以及社会保险和医疗保险的各项功能均不受影响。新\
                    卡激活后，旧卡即被替代。
                    """
            ),
            sources: [.exchange2026]
        ),
        Rule(
            id: .exchangeActivation,
            title: LocalizedText(
                english: "Activating the new card",
                german: "Aktivierung der neuen Karte",
                chinese: "新卡激活"
            ),
            text: LocalizedText(
                english: """
                    A new card's social security function must be activated before the card is used for medical \
                    care, online (the bureau's website, 北京人社, 京通) or at a district social security hall's \
                    window or self-service terminal; this ends the old card's social security function \
                    automatically, and the old card is not collected. The optional financial (bank) function is \
                    activated at a counter of the issuing bank with the card and an original identity document, \
                    which also activates the social security function.
                    """,
                german: """
                    Die Sozialversicherungsfunktion einer neuen Karte muss vor der Nutzung für die medizinische \
                    Versorgung aktiviert werden, online (Webseite des Büros, 北京人社, 京通) oder am Schalter bzw. \
                    Selbstbedienungsterminal einer Sozialversicherungshalle auf Bezirksebene; damit endet die \
                    Sozialversicherungsfunktion der alten Karte automatisch, und die alte Karte wird nicht \
                    eingezogen. Die optionale Finanzfunktion (Bankfunktion) wird am Schalter der ausgebenden Bank \
                    mit der Karte und einem Original-Ausweisdokument aktiviert; das aktiviert zugleich die \
                    Sozialversicherungsfunktion.
                    """,
                chinese: """
                    新卡用于就医前须先激活社保功能，可通过线上（北京市人力资源和社会保障局官方网站、北京人社、京通）\
                    办理，或到区社保大厅的窗口或自助终端办理；激活后旧卡的社保功能自动停用，旧卡无需交回。金融功能为\
                    可选，须持卡和有效身份证件原件到发卡银行柜台激活，激活金融功能的同时也激活社保功能。
                    """
            ),
            sources: [.exchange2026, .bj2026Regular]
        ),
        Rule(
            id: .exchangeServicePointDays,
            title: LocalizedText(
                english: "Service points on working days",
                german: "Servicestellen an Arbeitstagen",
                chinese: "服务网点工作日受理"
            ),
            text: LocalizedText(
                english: """
                    An offline exchange at a social security card service point, at district or sub-district \
                    level, is accepted on working days only (CM-WORKDAY), as on-site replacements are \
                    (RP-ONSITE-DAYS): the offices are closed on rest days. A partner bank's service outlet is not \
                    held to working days, since branches may open at weekends (our reading); online channels are \
                    open on any day.
                    """,
                german: """
                    Ein Offline-Umtausch bei einer Servicestelle für Sozialversicherungskarten auf Bezirks- oder \
                    Unterbezirksebene wird nur an Arbeitstagen angenommen (CM-WORKDAY), wie ein Ersatzantrag vor \
                    Ort (RP-ONSITE-DAYS): an Ruhetagen sind die Stellen geschlossen. Die Servicestelle einer \
                    Partnerbank ist nicht an Arbeitstage gebunden, da Filialen auch am Wochenende öffnen können \
                    (unsere Lesart); die Onlinekanäle stehen an jedem Tag offen.
                    """,
                chinese: """
                    在区级或街道（乡镇）级社保卡服务网点线下办理换卡，仅在工作日受理（CM-WORKDAY），与现场补卡相同\
                    （RP-ONSITE-DAYS）：休息日网点不对外办公。合作银行服务网点不受工作日限制，因银行网点周末也可能营业\
                    （我们的理解）；线上渠道每天均可申请。
                    """
            ),
            sources: [.exchange2026, .replacement]
        ),
    ]

    /// Lost or damaged cards (ReplacementWorkflow, REPLACEMENT).
    private static let replacementRules: [Rule] = [
        Rule(
            id: .replacementLoss,
            title: LocalizedText(
                english: "Lost or damaged card",
                german: "Verlorene oder beschädigte Karte",
                chinese: "社保卡丢失或损坏"
            ),
            text: LocalizedText(
                english: """
                    A lost or damaged card must be replaced; until then the holder cannot use its benefits, and \
                    there is no medical settlement with it.
                    """,
                german: """
                    Eine verlorene oder beschädigte Karte muss ersetzt werden; bis dahin kann der Inhaber die \
                    entsprechenden Leistungen nicht nutzen, auch keine medizinische Abrechnung mit der Karte.
                    """,
                chinese: """
                    社保卡丢失或损坏的，持卡人须及时补换卡；补换之前无法享受相应待遇，也不能用该卡进行就医结算。
                    """
            ),
            sources: [.replacement]
        ),
        Rule(
            id: .replacementChannels,
            title: LocalizedText(
                english: "Replacement channels",
                german: "Wege zum Ersatzantrag",
                chinese: "补换卡申请渠道"
            ),
            text: LocalizedText(
                english: """
                    There are three ways to apply: on a PC at the bureau's website; on a phone, with the bureau's \
                    official app or its WeChat official account; or on site at any social security office in \
                    Beijing.
                    """,
                german: """
                    Es gibt drei Wege, den Antrag zu stellen: am PC über die Webseite des Büros; am Mobiltelefon \
                    über die offizielle App des Büros oder sein offizielles WeChat-Konto; oder vor Ort bei jeder \
                    Sozialversicherungsstelle in Beijing.
                    """,
                chinese: """
                    补换卡有三种申请方式：通过电脑登录北京市人力资源和社会保障局官方网站；通过手机使用北京人社官方\
                    APP或“北京人社”微信公众号；或到北京市任一社保经办机构现场办理。
                    """
            ),
            sources: [.replacement]
        ),
        Rule(
            id: .replacementLogin,
            title: LocalizedText(english: "Website login", german: "Anmeldung auf der Webseite", chinese: "网站登录方式"),
            text: LocalizedText(
                english: """
                    On the website an urban employee logs in as "individual urban employee" and an urban or rural \
                    resident as "individual resident medical insurance". The option is "Social Security Card \
                    Replacement or Card Application" under "Management of Application Services".
                    """,
                german: """
                    Auf der Webseite melden sich städtische Beschäftigte als „Einzelperson städtische Beschäftigte“ \
                    an, Stadt- und Landbewohner als „Einzelperson Krankenversicherung für Einwohner“. Die Option \
                    heißt „Ersatz der Sozialversicherungskarte oder Kartenantrag“ im Bereich „Verwaltung der \
                    Antragsdienste“.
                    """,
                chinese: """
                    在网站上，城镇职工选择“个人城镇职工”登录，城乡居民选择“个人居民医保”登录。办理入口为“申报业务管\
                    理”模块下的“社会保障卡补换卡或卡申领”。
                    """
            ),
            sources: [.replacement]
        ),
        Rule(
            id: .replacementDocuments,
            title: LocalizedText(english: "Documents on site", german: "Unterlagen vor Ort", chinese: "现场办理材料"),
            text: LocalizedText(
                english: """
                    On site the holder's original valid identity document is presented and the damaged card is \
                    handed in (a lost card cannot be handed in). An agent also shows the agent's own original valid \
                    identity document.
                    """,
                german: """
                    Vor Ort werden das gültige Original-Ausweisdokument des Inhabers vorgelegt und die beschädigte \
                    Karte abgegeben (eine verlorene Karte kann nicht abgegeben werden). Ein Bevollmächtigter legt \
                    zusätzlich sein eigenes gültiges Original-Ausweisdokument vor.
                    """,
                chinese: """
                    现场办理须出示持卡人本人的有效身份证件原件，并交回损坏的社保卡（丢失的卡无法交回）。委托他人代办\
                    的，代办人还须出示本人的有效身份证件原件。
                    """
            ),
            sources: [.replacement]
        ),
        Rule(
            id: .replacementOnsiteDays,
            title: LocalizedText(
                english: "On-site applications on working days",
                german: "Vor-Ort-Anträge an Arbeitstagen",
                chinese: "现场办理限工作日"
            ),
            text: LocalizedText(
                english: """
                    On-site applications are accepted on working days only (CM-WORKDAY). Online applications can be \
                    made on any day.
                    """,
                german: """
                    Anträge vor Ort werden nur an Arbeitstagen angenommen (CM-WORKDAY). Onlineanträge können an \
                    jedem Tag gestellt werden.
                    """,
                chinese: "现场申请仅在工作日受理（CM-WORKDAY）。线上申请每天均可提交。"
            ),
            sources: [.replacement]
        ),
        Rule(
            id: .replacementLossReport,
            title: LocalizedText(english: "Reporting a card lost", german: "Verlustmeldung", chinese: "挂失"),
            text: LocalizedText(
                english: """
                    A lost card is reported lost before or with the replacement application: a temporary report (by \
                    phone, online, at a service point or with the bank) blocks the card and lapses by itself after \
                    10 days unless made formal or withdrawn, and the formal report, made with the replacement \
                    application, cannot be undone. This is national practice reported by MOHRSS and the older \
                    Beijing rules; the lapse is a parameter.
                    """,
                german: """
                    Eine verlorene Karte wird vor oder mit dem Ersatzantrag als verloren gemeldet: Eine vorläufige \
                    Verlustmeldung (telefonisch, online, an einer Servicestelle oder bei der Bank) sperrt die Karte \
                    und erlischt nach 10 Tagen von selbst, wenn sie nicht in eine förmliche umgewandelt oder \
                    zurückgenommen wird; die förmliche Verlustmeldung erfolgt mit dem Ersatzantrag und kann nicht \
                    rückgängig gemacht werden. Das ist die landesweite Praxis laut dem Ministerium für \
                    Humanressourcen und soziale Sicherheit und den älteren Beijinger Regeln; die Frist bis zum \
                    Erlöschen ist ein Parameter.
                    """,
                chinese: """
                    社保卡丢失的，应在申请补卡之前或同时办理挂失：临时挂失（通过电话、网上、服务网点或银行办理）可冻\
                    结该卡，10日内未转为正式挂失或未解除的自动失效；正式挂失随补卡申请一并办理，不可撤销。此规则依据\
                    人力资源社会保障部介绍的全国通行做法和北京此前的规定；自动失效的期限为参数。
                    """
            ),
            sources: [.replacement]
        ),
        Rule(
            id: .replacementFee,
            title: LocalizedText(english: "Replacement fee", german: "Gebühr für die Ersatzkarte", chinese: "补换卡费用"),
            text: LocalizedText(
                english: "The replacement costs CNY 20.00 (production fee).",
                german: "Die Ersatzkarte kostet CNY 20.00 (Herstellungsgebühr).",
                chinese: "补换卡收取制卡工本费人民币20.00元。"
            ),
            sources: [.replacement]
        ),
        Rule(
            id: .replacementReady,
            title: LocalizedText(english: "Ready date", german: "Fertigstellungsdatum", chinese: "新卡制成日期"),
            text: LocalizedText(
                english: """
                    The new card is ready on the 4th working day after the application's acceptance date \
                    (CM-ACCEPTANCE; also EX-PRODUCTION): applied on Wednesday 2026-09-30, ready Monday 2026-10-12; \
                    applied on Saturday 2026-10-03 (National Day), accepted 2026-10-08, ready 2026-10-13. Postage \
                    time is not counted, and from 2026 the new card is third generation (EX-GENERATION).
                    """,
                german: """
                    Die neue Karte ist am 4. Arbeitstag nach dem Annahmedatum des Antrags fertig (CM-ACCEPTANCE; \
                    siehe auch EX-PRODUCTION): Antrag am Mittwoch, 2026-09-30, fertig am Montag, 2026-10-12; Antrag \
                    am Samstag, 2026-10-03 (Nationalfeiertag), angenommen am 2026-10-08, fertig am 2026-10-13. Die \
                    Postlaufzeit zählt nicht mit, und ab 2026 ist die neue Karte eine Karte der dritten Generation \
                    (EX-GENERATION).
                    """,
                chinese: """
                    新卡于申请受理日期之后的第4个工作日制成（CM-ACCEPTANCE；另见EX-PRODUCTION）：2026-09-30（星期\
                    三）申请的，2026-10-12（星期一）制成；2026-10-03（星期六，国庆节）申请的，2026-10-08受理，\
                    2026-10-13制成。邮寄时间不计算在内；自2026年起新卡为第三代社保卡（EX-GENERATION）。
                    """
            ),
            sources: [.replacement]
        ),
        Rule(
            id: .replacementReceipt,
            title: LocalizedText(
                english: "Receiving the new card",
                german: "Empfang der neuen Karte",
                chinese: "新卡领取"
            ),
            text: LocalizedText(
                english: """
                    The holder chooses to collect the card at a social security office or to have it sent by express \
                    delivery. On receipt the original valid identity document is presented, and a card is never \
                    handed to someone whose document does not match the holder; an agent shows both documents (by \
                    analogy with RP-DOCUMENTS: our reading).
                    """,
                german: """
                    Der Inhaber wählt, ob er die Karte bei einer Sozialversicherungsstelle abholt oder per \
                    Expresszustellung erhält. Beim Empfang wird das gültige Original-Ausweisdokument vorgelegt, und \
                    eine Karte wird nie an jemanden übergeben, dessen Dokument nicht zum Inhaber passt; ein \
                    Bevollmächtigter legt beide Dokumente vor (in Analogie zu RP-DOCUMENTS: unsere Lesart).
                    """,
                chinese: """
                    持卡人可自行选择到社保经办机构领取新卡或通过快递寄送。领卡时须出示有效身份证件原件，证件与持卡人\
                    不符的，一律不予发卡；代领人须同时出示双方的证件（参照RP-DOCUMENTS，这是我们的理解）。
                    """
            ),
            sources: [.replacement]
        ),
        Rule(
            id: .replacementCertificate,
            title: LocalizedText(
                english: "Certificate of replacement",
                german: "Bescheinigung über den Ersatz",
                chinese: "补换卡电子凭证"
            ),
            text: LocalizedText(
                english: """
                    After applying, the holder can look up and save the electronic "Certificate of New Issuance or \
                    Replacement (Renewal) of Social Security Card" on the personal information page.
                    """,
                german: """
                    Nach dem Antrag kann der Inhaber die elektronische „Bescheinigung über die Neuausstellung oder \
                    den Ersatz (die Erneuerung) der Sozialversicherungskarte“ auf der Seite mit den persönlichen \
                    Informationen abrufen und speichern.
                    """,
                chinese: "提交申请后，持卡人可在个人信息页面查询并保存电子版“社会保障卡新办或补换（换领）凭证”。"
            ),
            sources: [.replacement]
        ),
        Rule(
            id: .replacementSupersede,
            title: LocalizedText(english: "Old card superseded", german: "Alte Karte abgelöst", chinese: "旧卡被替代"),
            text: LocalizedText(
                english: "Activating the new card supersedes the lost or damaged one for good.",
                german: """
                    Mit der Aktivierung der neuen Karte ist die verlorene oder beschädigte Karte endgültig abgelöst.
                    """,
                chinese: "新卡激活后，丢失或损坏的旧卡即被永久替代。"
            ),
            sources: [.replacement]
        ),
    ]

    /// Foreigners' work permits on the card (WorkPermitIntegration, WORK-PERMIT-2024).
    private static let workPermitRules: [Rule] = [
        Rule(
            id: .workPermitEffective,
            title: LocalizedText(
                english: "Integration from 2024-12-01",
                german: "Integration ab dem 2024-12-01",
                chinese: "自2024-12-01起证卡融合"
            ),
            text: LocalizedText(
                english: """
                    From 2024-12-01 the foreigner's work permit and the social security card are integrated: the \
                    work permit information is loaded on the physical and the electronic card.
                    """,
                german: """
                    Ab dem 2024-12-01 sind die Arbeitserlaubnis für Ausländer und die Sozialversicherungskarte \
                    integriert: Die Informationen der Arbeitserlaubnis werden auf die physische und die \
                    elektronische Karte geladen.
                    """,
                chinese: """
                    自2024-12-01起，外国人工作许可与社会保障卡融合：外国人工作许可信息加载至实体社保卡和电子社保卡。
                    """
            ),
            sources: [.workPermit2024, .mohrss202475]
        ),
        Rule(
            id: .workPermitOnline,
            title: LocalizedText(
                english: "Work permit procedures online",
                german: "Arbeitserlaubnis vollständig online",
                chinese: "工作许可全程网办"
            ),
            text: LocalizedText(
                english: """
                    Applying for, extending, changing and cancelling a work permit is done fully online in the \
                    service system for foreigners working in China. After entry no physical work permit card is \
                    issued.
                    """,
                german: """
                    Beantragung, Verlängerung, Änderung und Aufhebung einer Arbeitserlaubnis werden vollständig \
                    online über das Servicesystem für die Verwaltung von in China arbeitenden Ausländern bearbeitet. \
                    Nach der Einreise wird keine physische Arbeitserlaubnis mehr ausgestellt.
                    """,
                chinese: """
                    外国人工作许可的申请、延期、变更和注销均通过外国人来华工作管理服务系统全程网上办理。入境后不再办\
                    理实体工作许可证。
                    """
            ),
            sources: [.workPermit2024]
        ),
        Rule(
            id: .workPermitNoChange,
            title: LocalizedText(
                english: "No change, no renewal",
                german: "Keine Änderung, keine Erneuerung",
                chinese: "不变不换"
            ),
            text: LocalizedText(
                english: """
                    "No change, no renewal": a physical work permit already issued stays valid as it is. Its next \
                    extension or change is handled under the integrated procedure, after which the permit lives on \
                    the social security card.
                    """,
                german: """
                    „Keine Änderung, keine Erneuerung“: Eine bereits ausgestellte physische Arbeitserlaubnis bleibt \
                    unverändert gültig. Ihre nächste Verlängerung oder Änderung wird nach dem integrierten Verfahren \
                    bearbeitet; danach befindet sich die Arbeitserlaubnis auf der Sozialversicherungskarte.
                    """,
                chinese: """
                    “不变不换”：已发放的实体工作许可证继续有效。下次申请延期或变更时按证卡融合的新程序办理，此后工作\
                    许可承载于社会保障卡。
                    """
            ),
            sources: [.workPermit2024]
        ),
        Rule(
            id: .workPermitVisa,
            title: LocalizedText(english: "Z visa", german: "Z-Visum", chinese: "Z字签证"),
            text: LocalizedText(
                english: "A Z (work) visa is applied for with the Notification Letter of Foreigner's Work Permit.",
                german: """
                    Ein Z-Visum (Arbeitsvisum) wird unter Vorlage der „Mitteilung über die Arbeitserlaubnis für \
                    Ausländer“ beantragt.
                    """,
                chinese: "外国人凭《外国人工作许可通知》申请Z字（工作）签证。"
            ),
            sources: [.workPermit2024]
        ),
        Rule(
            id: .workPermitElectronicCard,
            title: LocalizedText(
                english: "Registering the electronic card",
                german: "Registrierung der elektronischen Karte",
                chinese: "领取电子社保卡"
            ),
            text: LocalizedText(
                english: """
                    After entry the foreigner downloads the electronic social security card app and registers with \
                    name and either the work permit number or the social security number; after real-name and \
                    real-person verification the electronic card carries the work permit information. Once the \
                    physical card has been issued and received, the electronic card gives the standard services.
                    """,
                german: """
                    Nach der Einreise lädt der Ausländer die App der elektronischen Sozialversicherungskarte \
                    herunter und registriert sich mit Namen und entweder der Nummer der Arbeitserlaubnis oder der \
                    Sozialversicherungsnummer; nach der Verifizierung des echten Namens und der echten Person trägt \
                    die elektronische Karte die Informationen der Arbeitserlaubnis. Sobald die physische Karte \
                    ausgestellt und empfangen ist, bietet die elektronische Karte die Standarddienste.
                    """,
                chinese: """
                    外国人入境后下载电子社保卡APP，凭姓名及工作许可证号码或社会保障号码注册登录，完成实名、实人认证\
                    后，电子社保卡即载有工作许可信息。申领并领取实体社保卡后，电子社保卡提供标准服务。
                    """
            ),
            sources: [.workPermit2024]
        ),
        Rule(
            id: .workPermitResidence,
            title: LocalizedText(
                english: "Applying for the residence permit",
                german: "Antrag auf Aufenthaltserlaubnis",
                chinese: "申办工作类居留许可"
            ),
            text: LocalizedText(
                english: """
                    After entering on a Z visa, a foreigner holding the Notification Letter or an electronic card \
                    with work permit information applies for the residence permit at the exit-entry administration \
                    of the public security bureau where they work. The bureau verifies the permit through the \
                    information system, by checking the electronic card, or by scanning the work permit QR code.
                    """,
                german: """
                    Nach der Einreise mit einem Z-Visum beantragt ein Ausländer, der die „Mitteilung über die \
                    Arbeitserlaubnis für Ausländer“ oder eine elektronische Karte mit Informationen über die \
                    Arbeitserlaubnis besitzt, die Aufenthaltserlaubnis bei der Ausreise- und Einreiseverwaltung des \
                    Büros für öffentliche Sicherheit an seinem Arbeitsort. Die Behörde prüft die Arbeitserlaubnis \
                    über das Informationssystem, durch Einsicht in die elektronische Karte oder durch Scannen des \
                    QR-Codes der Arbeitserlaubnis.
                    """,
                chinese: """
                    持Z字签证入境后，持有《外国人工作许可通知》或含工作许可信息的电子社保卡的外国人，到工作地公安机\
                    关出入境管理机构申办工作类居留许可。该机构可通过信息系统核验，或查看电子社保卡、扫描工作许可二维\
                    码，核实其工作许可。
                    """
            ),
            sources: [.workPermit2024]
        ),
        Rule(
            id: .workPermitEnrolment,
            title: LocalizedText(
                english: "Social insurance enrolment",
                german: "Anmeldung zur Sozialversicherung",
                chinese: "参保登记"
            ),
            text: LocalizedText(
                english: """
                    The employer or the foreigner registers the foreigner for social insurance, in the online social \
                    insurance hall or at the social insurance agency, presenting the Notification Letter or the \
                    electronic card. The agency verifies the work permit and creates a social security number for \
                    those who qualify; the card service then issues the physical card.
                    """,
                german: """
                    Der Arbeitgeber oder der Ausländer selbst meldet den Ausländer über die Online-Bürohalle der \
                    Sozialversicherung oder bei der Sozialversicherungsanstalt zur Versicherung an und legt dabei \
                    die „Mitteilung über die Arbeitserlaubnis für Ausländer“ oder die elektronische Karte vor. Die \
                    Sozialversicherungsanstalt prüft die Arbeitserlaubnis und erstellt für Berechtigte eine \
                    Sozialversicherungsnummer; anschließend stellt der Kartenservice die physische Karte aus.
                    """,
                chinese: """
                    用人单位或外国人本人通过社会保险网上服务厅或到社会保险经办机构，凭《外国人工作许可通知》或电子社\
                    保卡办理参保登记。经办机构核验其工作许可，为符合参保条件者生成社会保障号码，再由社保卡服务部门制\
                    发实体社保卡。
                    """
            ),
            sources: [.workPermit2024]
        ),
        Rule(
            id: .workPermitNotification,
            title: LocalizedText(
                english: "Validity of the Notification Letter",
                german: "Gültigkeit der Mitteilung",
                chinese: "《外国人工作许可通知》有效期"
            ),
            text: LocalizedText(
                english: """
                    The Notification Letter of Foreigner's Work Permit is valid for 6 months from its issue (as on \
                    the older template; the period is a parameter).
                    """,
                german: """
                    Die „Mitteilung über die Arbeitserlaubnis für Ausländer“ ist ab ihrer Ausstellung 6 Monate \
                    gültig (nach der älteren Vorlage; die Dauer ist ein Parameter).
                    """,
                chinese: "《外国人工作许可通知》自签发之日起6个月内有效（依据旧版样式；有效期为参数）。"
            ),
            sources: [.workPermit2024]
        ),
        Rule(
            id: .workPermitResidenceDeadline,
            title: LocalizedText(
                english: "Residence permit deadline",
                german: "Frist für die Aufenthaltserlaubnis",
                chinese: "居留许可申请期限"
            ),
            text: LocalizedText(
                english: """
                    The residence permit is applied for within 30 calendar days of entry, counted by CM-PERIOD \
                    (entry 2026-03-02, last day 2026-04-01), and the public security organ decides within 15 days of \
                    accepting the application (counted as calendar days; a parameter). A work residence permit is \
                    valid for 90 days to 5 years.
                    """,
                german: """
                    Die Aufenthaltserlaubnis wird innerhalb von 30 Kalendertagen nach der Einreise beantragt, \
                    gezählt nach CM-PERIOD (Einreise 2026-03-02, letzter Tag 2026-04-01), und die Behörde für \
                    öffentliche Sicherheit entscheidet innerhalb von 15 Tagen nach Annahme des Antrags (als \
                    Kalendertage gezählt; ein Parameter). Eine Aufenthaltserlaubnis zum Zweck der Arbeit gilt 90 \
                    Tage bis 5 Jahre.
                    """,
                chinese: """
                    外国人应自入境之日起30个自然日内申请居留许可，按CM-PERIOD计算（2026-03-02入境，最后一日为\
                    2026-04-01）；公安机关出入境管理机构自受理申请之日起15日内作出决定（按自然日计算，为参数）。工作\
                    类居留许可的有效期为90日至5年。
                    """
            ),
            sources: [.workPermit2024, .eeal30, .civilCode]
        ),
        Rule(
            id: .workPermitCategory,
            title: LocalizedText(
                english: "Work permit categories",
                german: "Kategorien der Arbeitserlaubnis",
                chinese: "工作许可类别"
            ),
            text: LocalizedText(
                english: "Work permits are category A (high-end talent), B (professionals) or C (others).",
                german: """
                    Arbeitserlaubnisse gehören zur Kategorie A (Spitzenkräfte), B (Fachkräfte) oder C (sonstige \
                    Arbeitskräfte).
                    """,
                chinese: "外国人工作许可分为A类（外国高端人才）、B类（外国专业人才）和C类（其他外国人员）。"
            ),
            sources: [.workPermit2024]
        ),
        Rule(
            id: .workPermitServices,
            title: LocalizedText(
                english: "Electronic card services",
                german: "Dienste der elektronischen Karte",
                chinese: "电子社保卡服务"
            ),
            text: LocalizedText(
                english: """
                    With the electronic card a foreigner can query and download the work permit information, verify \
                    the work permit QR code and receive notifications, and use the BEIJING PASS services \
                    (CM-FUNCTIONS).
                    """,
                german: """
                    Mit der elektronischen Karte kann ein Ausländer die Informationen der Arbeitserlaubnis abfragen \
                    und herunterladen, den QR-Code der Arbeitserlaubnis prüfen, Benachrichtigungen erhalten und die \
                    Dienste der „All-in-One-Karte“ („BEIJING PASS“) nutzen (CM-FUNCTIONS).
                    """,
                chinese: """
                    外国人可通过电子社保卡查询和下载工作许可信息、核验工作许可二维码、接收消息通知，并享受“一卡通”\
                    （BEIJING PASS）服务（CM-FUNCTIONS）。
                    """
            ),
            sources: [.workPermit2024]
        ),
    ]
}
