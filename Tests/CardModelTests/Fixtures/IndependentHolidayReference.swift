// Generated from the PyPI package chinesecalendar 1.11.0 (an independent public source) by a one-off
// script; do not edit by hand. The script's source is at the bottom of this file.

enum IndependentHolidayReference {
    /// For each year, the weekdays (Mon–Fri) that are rest days, as "MM-DD" strings.
    static let restWeekdays: [Int: [String]] = [
        2004: [
            "01-01", "01-22", "01-23", "01-26", "01-27", "01-28", "05-03", "05-04", "05-05", "05-06", "05-07", "10-01",
            "10-04", "10-05", "10-06", "10-07",
        ],
        2005: [
            "01-03", "02-09", "02-10", "02-11", "02-14", "02-15", "05-02", "05-03", "05-04", "05-05", "05-06", "10-03",
            "10-04", "10-05", "10-06", "10-07",
        ],
        2006: [
            "01-02", "01-03", "01-30", "01-31", "02-01", "02-02", "02-03", "05-01", "05-02", "05-03", "05-04", "05-05",
            "10-02", "10-03", "10-04", "10-05", "10-06",
        ],
        2007: [
            "01-01", "01-02", "01-03", "02-19", "02-20", "02-21", "02-22", "02-23", "05-01", "05-02", "05-03", "05-04",
            "05-07", "10-01", "10-02", "10-03", "10-04", "10-05", "12-31",
        ],
        2008: [
            "01-01", "02-06", "02-07", "02-08", "02-11", "02-12", "04-04", "05-01", "05-02", "06-09", "09-15", "09-29",
            "09-30", "10-01", "10-02", "10-03",
        ],
        2009: [
            "01-01", "01-02", "01-26", "01-27", "01-28", "01-29", "01-30", "04-06", "05-01", "05-28", "05-29", "10-01",
            "10-02", "10-05", "10-06", "10-07", "10-08",
        ],
        2010: [
            "01-01", "02-15", "02-16", "02-17", "02-18", "02-19", "04-05", "05-03", "06-14", "06-15", "06-16", "09-22",
            "09-23", "09-24", "10-01", "10-04", "10-05", "10-06", "10-07",
        ],
        2011: [
            "01-03", "02-02", "02-03", "02-04", "02-07", "02-08", "04-04", "04-05", "05-02", "06-06", "09-12", "10-03",
            "10-04", "10-05", "10-06", "10-07",
        ],
        2012: [
            "01-02", "01-03", "01-23", "01-24", "01-25", "01-26", "01-27", "04-02", "04-03", "04-04", "04-30", "05-01",
            "06-22", "10-01", "10-02", "10-03", "10-04", "10-05",
        ],
        2013: [
            "01-01", "01-02", "01-03", "02-11", "02-12", "02-13", "02-14", "02-15", "04-04", "04-05", "04-29", "04-30",
            "05-01", "06-10", "06-11", "06-12", "09-19", "09-20", "10-01", "10-02", "10-03", "10-04", "10-07",
        ],
        2014: [
            "01-01", "01-31", "02-03", "02-04", "02-05", "02-06", "04-07", "05-01", "05-02", "06-02", "09-08", "10-01",
            "10-02", "10-03", "10-06", "10-07",
        ],
        2015: [
            "01-01", "01-02", "02-18", "02-19", "02-20", "02-23", "02-24", "04-06", "05-01", "06-22", "09-03", "09-04",
            "10-01", "10-02", "10-05", "10-06", "10-07",
        ],
        2016: [
            "01-01", "02-08", "02-09", "02-10", "02-11", "02-12", "04-04", "05-02", "06-09", "06-10", "09-15", "09-16",
            "10-03", "10-04", "10-05", "10-06", "10-07",
        ],
        2017: [
            "01-02", "01-27", "01-30", "01-31", "02-01", "02-02", "04-03", "04-04", "05-01", "05-29", "05-30", "10-02",
            "10-03", "10-04", "10-05", "10-06",
        ],
        2018: [
            "01-01", "02-15", "02-16", "02-19", "02-20", "02-21", "04-05", "04-06", "04-30", "05-01", "06-18", "09-24",
            "10-01", "10-02", "10-03", "10-04", "10-05", "12-31",
        ],
        2019: [
            "01-01", "02-04", "02-05", "02-06", "02-07", "02-08", "04-05", "05-01", "05-02", "05-03", "06-07", "09-13",
            "10-01", "10-02", "10-03", "10-04", "10-07",
        ],
        2020: [
            "01-01", "01-24", "01-27", "01-28", "01-29", "01-30", "01-31", "04-06", "05-01", "05-04", "05-05", "06-25",
            "06-26", "10-01", "10-02", "10-05", "10-06", "10-07", "10-08",
        ],
        2021: [
            "01-01", "02-11", "02-12", "02-15", "02-16", "02-17", "04-05", "05-03", "05-04", "05-05", "06-14", "09-20",
            "09-21", "10-01", "10-04", "10-05", "10-06", "10-07",
        ],
        2022: [
            "01-03", "01-31", "02-01", "02-02", "02-03", "02-04", "04-04", "04-05", "05-02", "05-03", "05-04", "06-03",
            "09-12", "10-03", "10-04", "10-05", "10-06", "10-07",
        ],
        2023: [
            "01-02", "01-23", "01-24", "01-25", "01-26", "01-27", "04-05", "05-01", "05-02", "05-03", "06-22", "06-23",
            "09-29", "10-02", "10-03", "10-04", "10-05", "10-06",
        ],
        2024: [
            "01-01", "02-12", "02-13", "02-14", "02-15", "02-16", "04-04", "04-05", "05-01", "05-02", "05-03", "06-10",
            "09-16", "09-17", "10-01", "10-02", "10-03", "10-04", "10-07",
        ],
        2025: [
            "01-01", "01-28", "01-29", "01-30", "01-31", "02-03", "02-04", "04-04", "05-01", "05-02", "05-05", "06-02",
            "10-01", "10-02", "10-03", "10-06", "10-07", "10-08",
        ],
        2026: [
            "01-01", "01-02", "02-16", "02-17", "02-18", "02-19", "02-20", "02-23", "04-06", "05-01", "05-04", "05-05",
            "06-19", "09-25", "10-01", "10-02", "10-05", "10-06", "10-07",
        ],
    ]

    /// For each year, the Saturdays and Sundays that are working days, as "MM-DD".
    static let workingWeekendDays: [Int: [String]] = [
        2004: [
            "01-17", "01-18", "05-08", "05-09", "10-09", "10-10",
        ],
        2005: [
            "02-05", "02-06", "04-30", "05-08", "10-08", "10-09",
        ],
        2006: [
            "01-28", "02-05", "04-29", "04-30", "09-30", "10-08", "12-30", "12-31",
        ],
        2007: [
            "02-17", "02-25", "04-28", "04-29", "09-29", "09-30", "12-29",
        ],
        2008: [
            "02-02", "02-03", "05-04", "09-27", "09-28",
        ],
        2009: [
            "01-04", "01-24", "02-01", "05-31", "09-27", "10-10",
        ],
        2010: [
            "02-20", "02-21", "06-12", "06-13", "09-19", "09-25", "09-26", "10-09",
        ],
        2011: [
            "01-30", "02-12", "04-02", "10-08", "10-09", "12-31",
        ],
        2012: [
            "01-21", "01-29", "03-31", "04-01", "04-28", "09-29",
        ],
        2013: [
            "01-05", "01-06", "02-16", "02-17", "04-07", "04-27", "04-28", "06-08", "06-09", "09-22", "09-29", "10-12",
        ],
        2014: [
            "01-26", "02-08", "05-04", "09-28", "10-11",
        ],
        2015: [
            "01-04", "02-15", "02-28", "09-06", "10-10",
        ],
        2016: [
            "02-06", "02-14", "06-12", "09-18", "10-08", "10-09",
        ],
        2017: [
            "01-22", "02-04", "04-01", "05-27", "09-30",
        ],
        2018: [
            "02-11", "02-24", "04-08", "04-28", "09-29", "09-30", "12-29",
        ],
        2019: [
            "02-02", "02-03", "04-28", "05-05", "09-29", "10-12",
        ],
        2020: [
            "01-19", "04-26", "05-09", "06-28", "09-27", "10-10",
        ],
        2021: [
            "02-07", "02-20", "04-25", "05-08", "09-18", "09-26", "10-09",
        ],
        2022: [
            "01-29", "01-30", "04-02", "04-24", "05-07", "10-08", "10-09",
        ],
        2023: [
            "01-28", "01-29", "04-23", "05-06", "06-25", "10-07", "10-08",
        ],
        2024: [
            "02-04", "02-18", "04-07", "04-28", "05-11", "09-14", "09-29", "10-12",
        ],
        2025: [
            "01-26", "02-08", "04-27", "09-28", "10-11",
        ],
        2026: [
            "01-04", "02-14", "02-28", "05-09", "09-20", "10-10",
        ],
    ]

    /// For each year, every rest day with the holiday's English name per chinesecalendar (its Holiday
    /// enum value's English name), "MM-DD": "Spring Festival". Days it gives no name (ordinary
    /// weekends) are left out.
    static let holidayNames: [Int: [String: String]] = [
        2004: [
            "01-01": "New Year's Day", "01-22": "Spring Festival", "01-23": "Spring Festival",
            "01-24": "Spring Festival", "01-25": "Spring Festival", "01-26": "Spring Festival",
            "01-27": "Spring Festival", "01-28": "Spring Festival", "05-01": "Labour Day", "05-02": "Labour Day",
            "05-03": "Labour Day", "05-04": "Labour Day", "05-05": "Labour Day", "05-06": "Labour Day",
            "05-07": "Labour Day", "10-01": "National Day", "10-02": "National Day", "10-03": "National Day",
            "10-04": "National Day", "10-05": "National Day", "10-06": "National Day", "10-07": "National Day",
        ],
        2005: [
            "01-01": "New Year's Day", "01-02": "New Year's Day", "01-03": "New Year's Day",
            "02-09": "Spring Festival", "02-10": "Spring Festival", "02-11": "Spring Festival",
            "02-12": "Spring Festival", "02-13": "Spring Festival", "02-14": "Spring Festival",
            "02-15": "Spring Festival", "05-01": "Labour Day", "05-02": "Labour Day", "05-03": "Labour Day",
            "05-04": "Labour Day", "05-05": "Labour Day", "05-06": "Labour Day", "05-07": "Labour Day",
            "10-01": "National Day", "10-02": "National Day", "10-03": "National Day", "10-04": "National Day",
            "10-05": "National Day", "10-06": "National Day", "10-07": "National Day",
        ],
        2006: [
            "01-01": "New Year's Day", "01-02": "New Year's Day", "01-03": "New Year's Day",
            "01-29": "Spring Festival", "01-30": "Spring Festival", "01-31": "Spring Festival",
            "02-01": "Spring Festival", "02-02": "Spring Festival", "02-03": "Spring Festival",
            "02-04": "Spring Festival", "05-01": "Labour Day", "05-02": "Labour Day", "05-03": "Labour Day",
            "05-04": "Labour Day", "05-05": "Labour Day", "05-06": "Labour Day", "05-07": "Labour Day",
            "10-01": "National Day", "10-02": "National Day", "10-03": "National Day", "10-04": "National Day",
            "10-05": "National Day", "10-06": "National Day", "10-07": "National Day",
        ],
        2007: [
            "01-01": "New Year's Day", "01-02": "New Year's Day", "01-03": "New Year's Day",
            "02-18": "Spring Festival", "02-19": "Spring Festival", "02-20": "Spring Festival",
            "02-21": "Spring Festival", "02-22": "Spring Festival", "02-23": "Spring Festival",
            "02-24": "Spring Festival", "05-01": "Labour Day", "05-02": "Labour Day", "05-03": "Labour Day",
            "05-04": "Labour Day", "05-05": "Labour Day", "05-06": "Labour Day", "05-07": "Labour Day",
            "10-01": "National Day", "10-02": "National Day", "10-03": "National Day", "10-04": "National Day",
            "10-05": "National Day", "10-06": "National Day", "10-07": "National Day", "12-30": "New Year's Day",
            "12-31": "New Year's Day",
        ],
        2008: [
            "01-01": "New Year's Day", "02-06": "Spring Festival", "02-07": "Spring Festival",
            "02-08": "Spring Festival", "02-09": "Spring Festival", "02-10": "Spring Festival",
            "02-11": "Spring Festival", "02-12": "Spring Festival", "04-04": "Tomb-sweeping Day",
            "04-05": "Tomb-sweeping Day", "04-06": "Tomb-sweeping Day", "05-01": "Labour Day", "05-02": "Labour Day",
            "05-03": "Labour Day", "06-07": "Dragon Boat Festival", "06-08": "Dragon Boat Festival",
            "06-09": "Dragon Boat Festival", "09-13": "Mid-autumn Festival", "09-14": "Mid-autumn Festival",
            "09-15": "Mid-autumn Festival", "09-29": "National Day", "09-30": "National Day", "10-01": "National Day",
            "10-02": "National Day", "10-03": "National Day", "10-04": "National Day", "10-05": "National Day",
        ],
        2009: [
            "01-01": "New Year's Day", "01-02": "New Year's Day", "01-03": "New Year's Day",
            "01-25": "Spring Festival", "01-26": "Spring Festival", "01-27": "Spring Festival",
            "01-28": "Spring Festival", "01-29": "Spring Festival", "01-30": "Spring Festival",
            "01-31": "Spring Festival", "04-04": "Tomb-sweeping Day", "04-05": "Tomb-sweeping Day",
            "04-06": "Tomb-sweeping Day", "05-01": "Labour Day", "05-02": "Labour Day", "05-03": "Labour Day",
            "05-28": "Dragon Boat Festival", "05-29": "Dragon Boat Festival", "05-30": "Dragon Boat Festival",
            "10-01": "National Day", "10-02": "National Day", "10-03": "Mid-autumn Festival", "10-04": "National Day",
            "10-05": "National Day", "10-06": "National Day", "10-07": "National Day", "10-08": "National Day",
        ],
        2010: [
            "01-01": "New Year's Day", "01-02": "New Year's Day", "01-03": "New Year's Day",
            "02-13": "Spring Festival", "02-14": "Spring Festival", "02-15": "Spring Festival",
            "02-16": "Spring Festival", "02-17": "Spring Festival", "02-18": "Spring Festival",
            "02-19": "Spring Festival", "04-03": "Tomb-sweeping Day", "04-04": "Tomb-sweeping Day",
            "04-05": "Tomb-sweeping Day", "05-01": "Labour Day", "05-02": "Labour Day", "05-03": "Labour Day",
            "06-14": "Dragon Boat Festival", "06-15": "Dragon Boat Festival", "06-16": "Dragon Boat Festival",
            "09-22": "Mid-autumn Festival", "09-23": "Mid-autumn Festival", "09-24": "Mid-autumn Festival",
            "10-01": "National Day", "10-02": "National Day", "10-03": "National Day", "10-04": "National Day",
            "10-05": "National Day", "10-06": "National Day", "10-07": "National Day",
        ],
        2011: [
            "01-01": "New Year's Day", "01-02": "New Year's Day", "01-03": "New Year's Day",
            "02-02": "Spring Festival", "02-03": "Spring Festival", "02-04": "Spring Festival",
            "02-05": "Spring Festival", "02-06": "Spring Festival", "02-07": "Spring Festival",
            "02-08": "Spring Festival", "04-03": "Tomb-sweeping Day", "04-04": "Tomb-sweeping Day",
            "04-05": "Tomb-sweeping Day", "04-30": "Labour Day", "05-01": "Labour Day", "05-02": "Labour Day",
            "06-04": "Dragon Boat Festival", "06-06": "Dragon Boat Festival", "09-10": "Mid-autumn Festival",
            "09-11": "Mid-autumn Festival", "09-12": "Mid-autumn Festival", "10-01": "National Day",
            "10-02": "National Day", "10-03": "National Day", "10-04": "National Day", "10-05": "National Day",
            "10-06": "National Day", "10-07": "National Day",
        ],
        2012: [
            "01-01": "New Year's Day", "01-02": "New Year's Day", "01-03": "New Year's Day",
            "01-22": "Spring Festival", "01-23": "Spring Festival", "01-24": "Spring Festival",
            "01-25": "Spring Festival", "01-26": "Spring Festival", "01-27": "Spring Festival",
            "01-28": "Spring Festival", "04-02": "Tomb-sweeping Day", "04-03": "Tomb-sweeping Day",
            "04-04": "Tomb-sweeping Day", "04-29": "Labour Day", "04-30": "Labour Day", "05-01": "Labour Day",
            "06-22": "Dragon Boat Festival", "06-24": "Dragon Boat Festival", "09-30": "Mid-autumn Festival",
            "10-01": "National Day", "10-02": "National Day", "10-03": "National Day", "10-04": "National Day",
            "10-05": "National Day", "10-06": "National Day", "10-07": "National Day",
        ],
        2013: [
            "01-01": "New Year's Day", "01-02": "New Year's Day", "01-03": "New Year's Day",
            "02-09": "Spring Festival", "02-10": "Spring Festival", "02-11": "Spring Festival",
            "02-12": "Spring Festival", "02-13": "Spring Festival", "02-14": "Spring Festival",
            "02-15": "Spring Festival", "04-04": "Tomb-sweeping Day", "04-05": "Tomb-sweeping Day",
            "04-06": "Tomb-sweeping Day", "04-29": "Labour Day", "04-30": "Labour Day", "05-01": "Labour Day",
            "06-10": "Dragon Boat Festival", "06-11": "Dragon Boat Festival", "06-12": "Dragon Boat Festival",
            "09-19": "Mid-autumn Festival", "09-20": "Mid-autumn Festival", "09-21": "Mid-autumn Festival",
            "10-01": "National Day", "10-02": "National Day", "10-03": "National Day", "10-04": "National Day",
            "10-05": "National Day", "10-06": "National Day", "10-07": "National Day",
        ],
        2014: [
            "01-01": "New Year's Day", "01-31": "Spring Festival", "02-01": "Spring Festival",
            "02-02": "Spring Festival", "02-03": "Spring Festival", "02-04": "Spring Festival",
            "02-05": "Spring Festival", "02-06": "Spring Festival", "04-05": "Tomb-sweeping Day",
            "04-06": "Tomb-sweeping Day", "04-07": "Tomb-sweeping Day", "05-01": "Labour Day", "05-02": "Labour Day",
            "05-03": "Labour Day", "06-02": "Dragon Boat Festival", "09-08": "Mid-autumn Festival",
            "10-01": "National Day", "10-02": "National Day", "10-03": "National Day", "10-04": "National Day",
            "10-05": "National Day", "10-06": "National Day", "10-07": "National Day",
        ],
        2015: [
            "01-01": "New Year's Day", "01-02": "New Year's Day", "01-03": "New Year's Day",
            "02-18": "Spring Festival", "02-19": "Spring Festival", "02-20": "Spring Festival",
            "02-21": "Spring Festival", "02-22": "Spring Festival", "02-23": "Spring Festival",
            "02-24": "Spring Festival", "04-05": "Tomb-sweeping Day", "04-06": "Tomb-sweeping Day",
            "05-01": "Labour Day", "06-20": "Dragon Boat Festival", "06-22": "Dragon Boat Festival",
            "09-03": "Anti-Fascist 70th Day", "09-04": "Anti-Fascist 70th Day", "09-27": "Mid-autumn Festival",
            "10-01": "National Day", "10-02": "National Day", "10-03": "National Day", "10-04": "National Day",
            "10-05": "National Day", "10-06": "National Day", "10-07": "National Day",
        ],
        2016: [
            "01-01": "New Year's Day", "02-07": "Spring Festival", "02-08": "Spring Festival",
            "02-09": "Spring Festival", "02-10": "Spring Festival", "02-11": "Spring Festival",
            "02-12": "Spring Festival", "02-13": "Spring Festival", "04-04": "Tomb-sweeping Day",
            "05-01": "Labour Day", "05-02": "Labour Day", "06-09": "Dragon Boat Festival",
            "06-10": "Dragon Boat Festival", "06-11": "Dragon Boat Festival", "09-15": "Mid-autumn Festival",
            "09-16": "Mid-autumn Festival", "09-17": "Mid-autumn Festival", "10-01": "National Day",
            "10-02": "National Day", "10-03": "National Day", "10-04": "National Day", "10-05": "National Day",
            "10-06": "National Day", "10-07": "National Day",
        ],
        2017: [
            "01-01": "New Year's Day", "01-02": "New Year's Day", "01-27": "Spring Festival",
            "01-28": "Spring Festival", "01-29": "Spring Festival", "01-30": "Spring Festival",
            "01-31": "Spring Festival", "02-01": "Spring Festival", "02-02": "Spring Festival",
            "04-02": "Tomb-sweeping Day", "04-03": "Tomb-sweeping Day", "04-04": "Tomb-sweeping Day",
            "05-01": "Labour Day", "05-28": "Dragon Boat Festival", "05-29": "Dragon Boat Festival",
            "05-30": "Dragon Boat Festival", "10-01": "National Day", "10-02": "National Day", "10-03": "National Day",
            "10-04": "Mid-autumn Festival", "10-05": "National Day", "10-06": "National Day", "10-07": "National Day",
            "10-08": "National Day",
        ],
        2018: [
            "01-01": "New Year's Day", "02-15": "Spring Festival", "02-16": "Spring Festival",
            "02-17": "Spring Festival", "02-18": "Spring Festival", "02-19": "Spring Festival",
            "02-20": "Spring Festival", "02-21": "Spring Festival", "04-05": "Tomb-sweeping Day",
            "04-06": "Tomb-sweeping Day", "04-07": "Tomb-sweeping Day", "04-29": "Labour Day", "04-30": "Labour Day",
            "05-01": "Labour Day", "06-18": "Dragon Boat Festival", "09-24": "Mid-autumn Festival",
            "10-01": "National Day", "10-02": "National Day", "10-03": "National Day", "10-04": "National Day",
            "10-05": "National Day", "10-06": "National Day", "10-07": "National Day", "12-30": "New Year's Day",
            "12-31": "New Year's Day",
        ],
        2019: [
            "01-01": "New Year's Day", "02-04": "Spring Festival", "02-05": "Spring Festival",
            "02-06": "Spring Festival", "02-07": "Spring Festival", "02-08": "Spring Festival",
            "02-09": "Spring Festival", "02-10": "Spring Festival", "04-05": "Tomb-sweeping Day",
            "04-06": "Tomb-sweeping Day", "04-07": "Tomb-sweeping Day", "05-01": "Labour Day", "05-02": "Labour Day",
            "05-03": "Labour Day", "05-04": "Labour Day", "06-07": "Dragon Boat Festival",
            "06-08": "Dragon Boat Festival", "06-09": "Dragon Boat Festival", "09-13": "Mid-autumn Festival",
            "09-14": "Mid-autumn Festival", "09-15": "Mid-autumn Festival", "10-01": "National Day",
            "10-02": "National Day", "10-03": "National Day", "10-04": "National Day", "10-05": "National Day",
            "10-06": "National Day", "10-07": "National Day",
        ],
        2020: [
            "01-01": "New Year's Day", "01-24": "Spring Festival", "01-25": "Spring Festival",
            "01-26": "Spring Festival", "01-27": "Spring Festival", "01-28": "Spring Festival",
            "01-29": "Spring Festival", "01-30": "Spring Festival", "01-31": "Spring Festival",
            "02-01": "Spring Festival", "02-02": "Spring Festival", "04-04": "Tomb-sweeping Day",
            "04-05": "Tomb-sweeping Day", "04-06": "Tomb-sweeping Day", "05-01": "Labour Day", "05-02": "Labour Day",
            "05-03": "Labour Day", "05-04": "Labour Day", "05-05": "Labour Day", "06-25": "Dragon Boat Festival",
            "06-26": "Dragon Boat Festival", "06-27": "Dragon Boat Festival", "10-01": "National Day",
            "10-02": "National Day", "10-03": "National Day", "10-04": "National Day", "10-05": "National Day",
            "10-06": "National Day", "10-07": "National Day", "10-08": "National Day",
        ],
        2021: [
            "01-01": "New Year's Day", "01-02": "New Year's Day", "01-03": "New Year's Day",
            "02-11": "Spring Festival", "02-12": "Spring Festival", "02-13": "Spring Festival",
            "02-14": "Spring Festival", "02-15": "Spring Festival", "02-16": "Spring Festival",
            "02-17": "Spring Festival", "04-03": "Tomb-sweeping Day", "04-04": "Tomb-sweeping Day",
            "04-05": "Tomb-sweeping Day", "05-01": "Labour Day", "05-02": "Labour Day", "05-03": "Labour Day",
            "05-04": "Labour Day", "05-05": "Labour Day", "06-12": "Dragon Boat Festival",
            "06-13": "Dragon Boat Festival", "06-14": "Dragon Boat Festival", "09-19": "Mid-autumn Festival",
            "09-20": "Mid-autumn Festival", "09-21": "Mid-autumn Festival", "10-01": "National Day",
            "10-02": "National Day", "10-03": "National Day", "10-04": "National Day", "10-05": "National Day",
            "10-06": "National Day", "10-07": "National Day",
        ],
        2022: [
            "01-01": "New Year's Day", "01-02": "New Year's Day", "01-03": "New Year's Day",
            "01-31": "Spring Festival", "02-01": "Spring Festival", "02-02": "Spring Festival",
            "02-03": "Spring Festival", "02-04": "Spring Festival", "02-05": "Spring Festival",
            "02-06": "Spring Festival", "04-03": "Tomb-sweeping Day", "04-04": "Tomb-sweeping Day",
            "04-05": "Tomb-sweeping Day", "04-30": "Labour Day", "05-01": "Labour Day", "05-02": "Labour Day",
            "05-03": "Labour Day", "05-04": "Labour Day", "06-03": "Dragon Boat Festival",
            "06-04": "Dragon Boat Festival", "06-05": "Dragon Boat Festival", "09-10": "Mid-autumn Festival",
            "09-11": "Mid-autumn Festival", "09-12": "Mid-autumn Festival", "10-01": "National Day",
            "10-02": "National Day", "10-03": "National Day", "10-04": "National Day", "10-05": "National Day",
            "10-06": "National Day", "10-07": "National Day", "12-31": "New Year's Day",
        ],
        2023: [
            "01-01": "New Year's Day", "01-02": "New Year's Day", "01-21": "Spring Festival",
            "01-22": "Spring Festival", "01-23": "Spring Festival", "01-24": "Spring Festival",
            "01-25": "Spring Festival", "01-26": "Spring Festival", "01-27": "Spring Festival",
            "04-05": "Tomb-sweeping Day", "04-29": "Labour Day", "04-30": "Labour Day", "05-01": "Labour Day",
            "05-02": "Labour Day", "05-03": "Labour Day", "06-22": "Dragon Boat Festival",
            "06-23": "Dragon Boat Festival", "06-24": "Dragon Boat Festival", "09-29": "Mid-autumn Festival",
            "09-30": "National Day", "10-01": "National Day", "10-02": "National Day", "10-03": "National Day",
            "10-04": "National Day", "10-05": "National Day", "10-06": "National Day", "12-30": "New Year's Day",
            "12-31": "New Year's Day",
        ],
        2024: [
            "01-01": "New Year's Day", "02-10": "Spring Festival", "02-11": "Spring Festival",
            "02-12": "Spring Festival", "02-13": "Spring Festival", "02-14": "Spring Festival",
            "02-15": "Spring Festival", "02-16": "Spring Festival", "02-17": "Spring Festival",
            "04-04": "Tomb-sweeping Day", "04-05": "Tomb-sweeping Day", "04-06": "Tomb-sweeping Day",
            "05-01": "Labour Day", "05-02": "Labour Day", "05-03": "Labour Day", "05-04": "Labour Day",
            "05-05": "Labour Day", "06-10": "Dragon Boat Festival", "09-15": "Mid-autumn Festival",
            "09-16": "Mid-autumn Festival", "09-17": "Mid-autumn Festival", "10-01": "National Day",
            "10-02": "National Day", "10-03": "National Day", "10-04": "National Day", "10-05": "National Day",
            "10-06": "National Day", "10-07": "National Day",
        ],
        2025: [
            "01-01": "New Year's Day", "01-28": "Spring Festival", "01-29": "Spring Festival",
            "01-30": "Spring Festival", "01-31": "Spring Festival", "02-01": "Spring Festival",
            "02-02": "Spring Festival", "02-03": "Spring Festival", "02-04": "Spring Festival",
            "04-04": "Tomb-sweeping Day", "04-05": "Tomb-sweeping Day", "04-06": "Tomb-sweeping Day",
            "05-01": "Labour Day", "05-02": "Labour Day", "05-03": "Labour Day", "05-04": "Labour Day",
            "05-05": "Labour Day", "05-31": "Dragon Boat Festival", "06-01": "Dragon Boat Festival",
            "06-02": "Dragon Boat Festival", "10-01": "National Day", "10-02": "National Day", "10-03": "National Day",
            "10-04": "National Day", "10-05": "National Day", "10-06": "Mid-autumn Festival", "10-07": "National Day",
            "10-08": "National Day",
        ],
        2026: [
            "01-01": "New Year's Day", "01-02": "New Year's Day", "01-03": "New Year's Day",
            "02-15": "Spring Festival", "02-16": "Spring Festival", "02-17": "Spring Festival",
            "02-18": "Spring Festival", "02-19": "Spring Festival", "02-20": "Spring Festival",
            "02-21": "Spring Festival", "02-22": "Spring Festival", "02-23": "Spring Festival",
            "04-04": "Tomb-sweeping Day", "04-05": "Tomb-sweeping Day", "04-06": "Tomb-sweeping Day",
            "05-01": "Labour Day", "05-02": "Labour Day", "05-03": "Labour Day", "05-04": "Labour Day",
            "05-05": "Labour Day", "06-19": "Dragon Boat Festival", "06-20": "Dragon Boat Festival",
            "06-21": "Dragon Boat Festival", "09-25": "Mid-autumn Festival", "09-26": "Mid-autumn Festival",
            "09-27": "Mid-autumn Festival", "10-01": "National Day", "10-02": "National Day", "10-03": "National Day",
            "10-04": "National Day", "10-05": "National Day", "10-06": "National Day", "10-07": "National Day",
        ],
    ]
}

// The generating script (Python 3, chinesecalendar 1.11.0):
//
// # Regenerates Tests/CardModelTests/Fixtures/IndependentHolidayReference.swift from chinesecalendar 1.11.0.
// # Usage: pip install chinesecalendar==1.11.0 && python3 make_reference.py > IndependentHolidayReference.swift
// import datetime as dt
// import inspect
// import chinese_calendar as cc
//
// assert cc.__version__ == "1.11.0", cc.__version__
// YEARS = range(2004, 2027)
// WIDTH = 120
//
//
// def days(year):
//     day = dt.date(year, 1, 1)
//     while day.year == year:
//         yield day
//         day += dt.timedelta(days=1)
//
//
// def wrapped(items, indent):
//     lines, line = [], " " * indent
//     for item in items:
//         if len(line) + len(item) + 1 > WIDTH and line.strip():
//             lines.append(line.rstrip())
//             line = " " * indent
//         line += item + " "
//     if line.strip():
//         lines.append(line.rstrip())
//     return lines
//
//
// def array_entry(year, values):
//     items = ['"%s",' % v for v in values]
//     if not items:
//         return ["        %d: []," % year]
//     return ["        %d: [" % year] + wrapped(items, 12) + ["        ],"]
//
//
// def dict_entry(year, pairs):
//     items = ['"%s": "%s",' % pair for pair in pairs]
//     if not items:
//         return ["        %d: [:]," % year]
//     return ["        %d: [" % year] + wrapped(items, 12) + ["        ],"]
//
//
// out = [
//     "// Generated from the PyPI package chinesecalendar 1.11.0 (an independent public source) by a one-off",
//     "// script; do not edit by hand. The script's source is at the bottom of this file.",
//     "",
//     "enum IndependentHolidayReference {",
//     "    /// For each year, the weekdays (Mon–Fri) that are rest days, as \"MM-DD\" strings.",
//     "    static let restWeekdays: [Int: [String]] = [",
// ]
// for y in YEARS:
//     out += array_entry(y, [d.strftime("%m-%d") for d in days(y) if d.weekday() < 5 and not cc.is_workday(d)])
// out += [
//     "    ]",
//     "",
//     "    /// For each year, the Saturdays and Sundays that are working days, as \"MM-DD\".",
//     "    static let workingWeekendDays: [Int: [String]] = [",
// ]
// for y in YEARS:
//     out += array_entry(y, [d.strftime("%m-%d") for d in days(y) if d.weekday() >= 5 and cc.is_workday(d)])
// out += [
//     "    ]",
//     "",
//     "    /// For each year, every rest day with the holiday's English name per chinesecalendar (its Holiday",
//     "    /// enum value's English name), \"MM-DD\": \"Spring Festival\". Days it gives no name (ordinary",
//     "    /// weekends) are left out.",
//     "    static let holidayNames: [Int: [String: String]] = [",
// ]
// for y in YEARS:
//     pairs = []
//     for d in days(y):
//         on_holiday, name = cc.get_holiday_detail(d)
//         if on_holiday and name is not None:
//             pairs.append((d.strftime("%m-%d"), cc.Holiday(name).value))
//     out += dict_entry(y, pairs)
// out += ["    ]", "}", "", "// The generating script (Python 3, chinesecalendar 1.11.0):", "//"]
// out += [("// " + line).rstrip() for line in inspect.getsource(inspect.getmodule(array_entry)).splitlines()]
// for line in out:
//     assert len(line) <= WIDTH, line
// print("\n".join(out))
