// The reviewed table of mainland China's official public-holiday arrangements (CM-WORKDAY, HOLIDAYS).
//
// One entry a year, each citing the State Council General Office notice (document number, date of
// issue, title). Holiday dates are public facts; each year was checked against two independent
// public sources (see Documentation/Calendar.md), and Tests/CardModelTests checks every year
// day by day against an independent reference table.

extension HolidaySchedule {
    /// Every official schedule the library ships, 2004 through 2026, in year order.
    static let official: [HolidaySchedule] = [
        // 2004: 国办发明电〔2003〕53号, 2003-12-18. Text: zh.wikisource (as quoted by the vsme/chinese-days data set).
        // Number and date not seen on a government page: as an open-source data set's import script gives them (citing
        // the Shaanxi provincial government's reprint of the notice). 元旦 is 1 January only.
        HolidaySchedule(
            unchecked: 2004, "国办发明电〔2003〕53号", issued: day(2003, 12, 18),
            title: "国务院办公厅关于2004年部分节假日安排的通知",
            [
                HolidayPeriod(
                    unchecked: .newYearsDay, off: day(2004, 1, 1), through: day(2004, 1, 1),
                    statutory: [day(2004, 1, 1)]),
                HolidayPeriod(
                    unchecked: .springFestival, off: day(2004, 1, 22), through: day(2004, 1, 28),
                    statutory: [day(2004, 1, 22), day(2004, 1, 23), day(2004, 1, 24)],
                    worked: [day(2004, 1, 17), day(2004, 1, 18)]),
                HolidayPeriod(
                    unchecked: .labourDay, off: day(2004, 5, 1), through: day(2004, 5, 7),
                    statutory: [day(2004, 5, 1), day(2004, 5, 2), day(2004, 5, 3)],
                    worked: [day(2004, 5, 8), day(2004, 5, 9)]),
                HolidayPeriod(
                    unchecked: .nationalDay, off: day(2004, 10, 1), through: day(2004, 10, 7),
                    statutory: [day(2004, 10, 1), day(2004, 10, 2), day(2004, 10, 3)],
                    worked: [day(2004, 10, 9), day(2004, 10, 10)]),
            ]),
        // 2005: 国办发明电〔2004〕52号, 2004-12-17. Text: a reprint quoted by the vsme/chinese-days data set. Number
        // and date not seen on a government page: as an open-source data set's import script gives them (citing a legal
        // database's reprint).
        HolidaySchedule(
            unchecked: 2005, "国办发明电〔2004〕52号", issued: day(2004, 12, 17),
            title: "国务院办公厅关于2005年部分节假日安排的通知",
            [
                HolidayPeriod(
                    unchecked: .newYearsDay, off: day(2005, 1, 1), through: day(2005, 1, 3),
                    statutory: [day(2005, 1, 1)]),
                HolidayPeriod(
                    unchecked: .springFestival, off: day(2005, 2, 9), through: day(2005, 2, 15),
                    statutory: [day(2005, 2, 9), day(2005, 2, 10), day(2005, 2, 11)],
                    worked: [day(2005, 2, 5), day(2005, 2, 6)]),
                HolidayPeriod(
                    unchecked: .labourDay, off: day(2005, 5, 1), through: day(2005, 5, 7),
                    statutory: [day(2005, 5, 1), day(2005, 5, 2), day(2005, 5, 3)],
                    worked: [day(2005, 4, 30), day(2005, 5, 8)]),
                HolidayPeriod(
                    unchecked: .nationalDay, off: day(2005, 10, 1), through: day(2005, 10, 7),
                    statutory: [day(2005, 10, 1), day(2005, 10, 2), day(2005, 10, 3)],
                    worked: [day(2005, 10, 8), day(2005, 10, 9)]),
            ]),
        // 2006: 国办发明电〔2005〕35号, 2005-12-16. Text, number and date: zh.wikisource.
        HolidaySchedule(
            unchecked: 2006, "国办发明电〔2005〕35号", issued: day(2005, 12, 16),
            title: "国务院办公厅关于2006年部分节假日安排的通知",
            [
                // The notice makes Saturday 2005-12-31 a working day ("12月31日(星期六)上班"); chinesecalendar 1.11.0
                // lists it as an ordinary weekend day. We follow the notice (Documentation/Calendar.md).
                HolidayPeriod(
                    unchecked: .newYearsDay, off: day(2006, 1, 1), through: day(2006, 1, 3),
                    statutory: [day(2006, 1, 1)], worked: [day(2005, 12, 31)]),
                HolidayPeriod(
                    unchecked: .springFestival, off: day(2006, 1, 29), through: day(2006, 2, 4),
                    statutory: [day(2006, 1, 29), day(2006, 1, 30), day(2006, 1, 31)],
                    worked: [day(2006, 1, 28), day(2006, 2, 5)]),
                HolidayPeriod(
                    unchecked: .labourDay, off: day(2006, 5, 1), through: day(2006, 5, 7),
                    statutory: [day(2006, 5, 1), day(2006, 5, 2), day(2006, 5, 3)],
                    worked: [day(2006, 4, 29), day(2006, 4, 30)]),
                HolidayPeriod(
                    unchecked: .nationalDay, off: day(2006, 10, 1), through: day(2006, 10, 7),
                    statutory: [day(2006, 10, 1), day(2006, 10, 2), day(2006, 10, 3)],
                    worked: [day(2006, 9, 30), day(2006, 10, 8)]),
            ]),
        // 2007: 国办发明电〔2006〕49号, 2006-12-14. Text, number and date (成文日期): the gov.cn gazette page as
        // reprinted by china.com.cn. Its New Year break makes 2006-12-30 and 2006-12-31 working days. The break of
        // 2007-12-30..2008-01-01 belongs to the 2008 notice.
        HolidaySchedule(
            unchecked: 2007, "国办发明电〔2006〕49号", issued: day(2006, 12, 14),
            title: "国务院办公厅关于2007年部分节假日安排的通知",
            [
                HolidayPeriod(
                    unchecked: .newYearsDay, off: day(2007, 1, 1), through: day(2007, 1, 3),
                    statutory: [day(2007, 1, 1)], worked: [day(2006, 12, 30), day(2006, 12, 31)]),
                HolidayPeriod(
                    unchecked: .springFestival, off: day(2007, 2, 18), through: day(2007, 2, 24),
                    statutory: [day(2007, 2, 18), day(2007, 2, 19), day(2007, 2, 20)],
                    worked: [day(2007, 2, 17), day(2007, 2, 25)]),
                HolidayPeriod(
                    unchecked: .labourDay, off: day(2007, 5, 1), through: day(2007, 5, 7),
                    statutory: [day(2007, 5, 1), day(2007, 5, 2), day(2007, 5, 3)],
                    worked: [day(2007, 4, 28), day(2007, 4, 29)]),
                HolidayPeriod(
                    unchecked: .nationalDay, off: day(2007, 10, 1), through: day(2007, 10, 7),
                    statutory: [day(2007, 10, 1), day(2007, 10, 2), day(2007, 10, 3)],
                    worked: [day(2007, 9, 29), day(2007, 9, 30)]),
            ]),
        // 2008: 国办发明电〔2007〕52号, 2007-12-15. Text: China News Service, 2007-12-18, and the gov.cn page linked by
        // NateScarlet/holiday-cn. Number and date not seen on a government page: as an open-source data set's
        // documentation gives them. The first year under the revised 全国年节及纪念日放假办法 (国务院令第513号):
        // Qingming, Dragon Boat and Mid-autumn become holidays; the New Year break starts on 2007-12-30.
        HolidaySchedule(
            unchecked: 2008, "国办发明电〔2007〕52号", issued: day(2007, 12, 15),
            title: "国务院办公厅关于2008年部分节假日安排的通知",
            [
                HolidayPeriod(
                    unchecked: .newYearsDay, off: day(2007, 12, 30), through: day(2008, 1, 1),
                    statutory: [day(2008, 1, 1)], worked: [day(2007, 12, 29)]),
                HolidayPeriod(
                    unchecked: .springFestival, off: day(2008, 2, 6), through: day(2008, 2, 12),
                    statutory: [day(2008, 2, 6), day(2008, 2, 7), day(2008, 2, 8)],
                    worked: [day(2008, 2, 2), day(2008, 2, 3)]),
                HolidayPeriod(
                    unchecked: .tombSweepingDay, off: day(2008, 4, 4), through: day(2008, 4, 6),
                    statutory: [day(2008, 4, 4)]),
                HolidayPeriod(
                    unchecked: .labourDay, off: day(2008, 5, 1), through: day(2008, 5, 3),
                    statutory: [day(2008, 5, 1)], worked: [day(2008, 5, 4)]),
                HolidayPeriod(
                    unchecked: .dragonBoatFestival, off: day(2008, 6, 7), through: day(2008, 6, 9),
                    statutory: [day(2008, 6, 8)]),
                HolidayPeriod(
                    unchecked: .midAutumnFestival, off: day(2008, 9, 13), through: day(2008, 9, 15),
                    statutory: [day(2008, 9, 14)]),
                HolidayPeriod(
                    unchecked: .nationalDay, off: day(2008, 9, 29), through: day(2008, 10, 5),
                    statutory: [day(2008, 10, 1), day(2008, 10, 2), day(2008, 10, 3)],
                    worked: [day(2008, 9, 27), day(2008, 9, 28)]),
            ]),
        // 2009: 国办发明电〔2008〕42号, 2008-12-04. Text and number: People's Daily / China News Service reprint of
        // 2008-12-10. The date is as an open-source data set's documentation gives it (provinces forwarded the notice
        // by 2008-12-08).
        HolidaySchedule(
            unchecked: 2009, "国办发明电〔2008〕42号", issued: day(2008, 12, 4),
            title: "国务院办公厅关于2009年部分节假日安排的通知",
            [
                HolidayPeriod(
                    unchecked: .newYearsDay, off: day(2009, 1, 1), through: day(2009, 1, 3),
                    statutory: [day(2009, 1, 1)], worked: [day(2009, 1, 4)]),
                HolidayPeriod(
                    unchecked: .springFestival, off: day(2009, 1, 25), through: day(2009, 1, 31),
                    statutory: [day(2009, 1, 25), day(2009, 1, 26), day(2009, 1, 27)],
                    worked: [day(2009, 1, 24), day(2009, 2, 1)]),
                HolidayPeriod(
                    unchecked: .tombSweepingDay, off: day(2009, 4, 4), through: day(2009, 4, 6),
                    statutory: [day(2009, 4, 4)]),
                HolidayPeriod(
                    unchecked: .labourDay, off: day(2009, 5, 1), through: day(2009, 5, 3),
                    statutory: [day(2009, 5, 1)]),
                HolidayPeriod(
                    unchecked: .dragonBoatFestival, off: day(2009, 5, 28), through: day(2009, 5, 30),
                    statutory: [day(2009, 5, 28)], worked: [day(2009, 5, 31)]),
                // One range "国庆节、中秋节：10月1日至8日": one period. Mid-autumn (2009-10-03) falls on a National Day
                // statutory day; the notice moves its rest day to 10-06, so 10-03 is listed once.
                HolidayPeriod(
                    unchecked: .nationalDay, off: day(2009, 10, 1), through: day(2009, 10, 8),
                    statutory: [day(2009, 10, 1), day(2009, 10, 2), day(2009, 10, 3)],
                    worked: [day(2009, 9, 27), day(2009, 10, 10)]),
            ]),
        // 2010: 国办发明电〔2009〕27号, 2009-12-07. Text, number and date (二○○九年十二月七日): reprints of the gov.cn
        // page of 2009-12-08.
        HolidaySchedule(
            unchecked: 2010, "国办发明电〔2009〕27号", issued: day(2009, 12, 7),
            title: "国务院办公厅关于2010年部分节假日安排的通知",
            [
                HolidayPeriod(
                    unchecked: .newYearsDay, off: day(2010, 1, 1), through: day(2010, 1, 3),
                    statutory: [day(2010, 1, 1)]),
                HolidayPeriod(
                    unchecked: .springFestival, off: day(2010, 2, 13), through: day(2010, 2, 19),
                    statutory: [day(2010, 2, 13), day(2010, 2, 14), day(2010, 2, 15)],
                    worked: [day(2010, 2, 20), day(2010, 2, 21)]),
                HolidayPeriod(
                    unchecked: .tombSweepingDay, off: day(2010, 4, 3), through: day(2010, 4, 5),
                    statutory: [day(2010, 4, 5)]),
                HolidayPeriod(
                    unchecked: .labourDay, off: day(2010, 5, 1), through: day(2010, 5, 3),
                    statutory: [day(2010, 5, 1)]),
                HolidayPeriod(
                    unchecked: .dragonBoatFestival, off: day(2010, 6, 14), through: day(2010, 6, 16),
                    statutory: [day(2010, 6, 16)], worked: [day(2010, 6, 12), day(2010, 6, 13)]),
                HolidayPeriod(
                    unchecked: .midAutumnFestival, off: day(2010, 9, 22), through: day(2010, 9, 24),
                    statutory: [day(2010, 9, 22)], worked: [day(2010, 9, 19), day(2010, 9, 25)]),
                HolidayPeriod(
                    unchecked: .nationalDay, off: day(2010, 10, 1), through: day(2010, 10, 7),
                    statutory: [day(2010, 10, 1), day(2010, 10, 2), day(2010, 10, 3)],
                    worked: [day(2010, 9, 26), day(2010, 10, 9)]),
            ]),
        // 2011: 国办发明电〔2010〕40号, 2010-12-09. Text, number and date: zh.wikisource and reprints. 2011-12-31
        // (worked) belongs to the 2012 notice.
        HolidaySchedule(
            unchecked: 2011, "国办发明电〔2010〕40号", issued: day(2010, 12, 9),
            title: "国务院办公厅关于2011年部分节假日安排的通知",
            [
                HolidayPeriod(
                    unchecked: .newYearsDay, off: day(2011, 1, 1), through: day(2011, 1, 3),
                    statutory: [day(2011, 1, 1)]),
                HolidayPeriod(
                    unchecked: .springFestival, off: day(2011, 2, 2), through: day(2011, 2, 8),
                    statutory: [day(2011, 2, 2), day(2011, 2, 3), day(2011, 2, 4)],
                    worked: [day(2011, 1, 30), day(2011, 2, 12)]),
                HolidayPeriod(
                    unchecked: .tombSweepingDay, off: day(2011, 4, 3), through: day(2011, 4, 5),
                    statutory: [day(2011, 4, 5)], worked: [day(2011, 4, 2)]),
                HolidayPeriod(
                    unchecked: .labourDay, off: day(2011, 4, 30), through: day(2011, 5, 2),
                    statutory: [day(2011, 5, 1)]),
                HolidayPeriod(
                    unchecked: .dragonBoatFestival, off: day(2011, 6, 4), through: day(2011, 6, 6),
                    statutory: [day(2011, 6, 6)]),
                HolidayPeriod(
                    unchecked: .midAutumnFestival, off: day(2011, 9, 10), through: day(2011, 9, 12),
                    statutory: [day(2011, 9, 12)]),
                HolidayPeriod(
                    unchecked: .nationalDay, off: day(2011, 10, 1), through: day(2011, 10, 7),
                    statutory: [day(2011, 10, 1), day(2011, 10, 2), day(2011, 10, 3)],
                    worked: [day(2011, 10, 8), day(2011, 10, 9)]),
            ]),
        // 2012: 国办发明电〔2011〕45号, 2011-12-05. Text, number and date (二〇一一年十二月五日): reprints of the
        // gov.cn page of 2011-12-06.
        HolidaySchedule(
            unchecked: 2012, "国办发明电〔2011〕45号", issued: day(2011, 12, 5),
            title: "国务院办公厅关于2012年部分节假日安排的通知",
            [
                HolidayPeriod(
                    unchecked: .newYearsDay, off: day(2012, 1, 1), through: day(2012, 1, 3),
                    statutory: [day(2012, 1, 1)], worked: [day(2011, 12, 31)]),
                HolidayPeriod(
                    unchecked: .springFestival, off: day(2012, 1, 22), through: day(2012, 1, 28),
                    statutory: [day(2012, 1, 22), day(2012, 1, 23), day(2012, 1, 24)],
                    worked: [day(2012, 1, 21), day(2012, 1, 29)]),
                HolidayPeriod(
                    unchecked: .tombSweepingDay, off: day(2012, 4, 2), through: day(2012, 4, 4),
                    statutory: [day(2012, 4, 4)], worked: [day(2012, 3, 31), day(2012, 4, 1)]),
                HolidayPeriod(
                    unchecked: .labourDay, off: day(2012, 4, 29), through: day(2012, 5, 1),
                    statutory: [day(2012, 5, 1)], worked: [day(2012, 4, 28)]),
                HolidayPeriod(
                    unchecked: .dragonBoatFestival, off: day(2012, 6, 22), through: day(2012, 6, 24),
                    statutory: [day(2012, 6, 23)]),
                // One range "中秋节、国庆节：9月30日至10月7日": one period named for National Day, whose statutory days
                // include Mid-autumn (2012-09-30).
                HolidayPeriod(
                    unchecked: .nationalDay, off: day(2012, 9, 30), through: day(2012, 10, 7),
                    statutory: [day(2012, 9, 30), day(2012, 10, 1), day(2012, 10, 2), day(2012, 10, 3)],
                    worked: [day(2012, 9, 29)]),
            ]),
        // 2013: 国办发明电〔2012〕33号, 2012-12-08. Text, number and date: reprints of the gov.cn page of 2012-12-10.
        HolidaySchedule(
            unchecked: 2013, "国办发明电〔2012〕33号", issued: day(2012, 12, 8),
            title: "国务院办公厅关于2013年部分节假日安排的通知",
            [
                HolidayPeriod(
                    unchecked: .newYearsDay, off: day(2013, 1, 1), through: day(2013, 1, 3),
                    statutory: [day(2013, 1, 1)], worked: [day(2013, 1, 5), day(2013, 1, 6)]),
                HolidayPeriod(
                    unchecked: .springFestival, off: day(2013, 2, 9), through: day(2013, 2, 15),
                    statutory: [day(2013, 2, 9), day(2013, 2, 10), day(2013, 2, 11)],
                    worked: [day(2013, 2, 16), day(2013, 2, 17)]),
                HolidayPeriod(
                    unchecked: .tombSweepingDay, off: day(2013, 4, 4), through: day(2013, 4, 6),
                    statutory: [day(2013, 4, 4)], worked: [day(2013, 4, 7)]),
                HolidayPeriod(
                    unchecked: .labourDay, off: day(2013, 4, 29), through: day(2013, 5, 1),
                    statutory: [day(2013, 5, 1)], worked: [day(2013, 4, 27), day(2013, 4, 28)]),
                HolidayPeriod(
                    unchecked: .dragonBoatFestival, off: day(2013, 6, 10), through: day(2013, 6, 12),
                    statutory: [day(2013, 6, 12)], worked: [day(2013, 6, 8), day(2013, 6, 9)]),
                HolidayPeriod(
                    unchecked: .midAutumnFestival, off: day(2013, 9, 19), through: day(2013, 9, 21),
                    statutory: [day(2013, 9, 19)], worked: [day(2013, 9, 22)]),
                HolidayPeriod(
                    unchecked: .nationalDay, off: day(2013, 10, 1), through: day(2013, 10, 7),
                    statutory: [day(2013, 10, 1), day(2013, 10, 2), day(2013, 10, 3)],
                    worked: [day(2013, 9, 29), day(2013, 10, 12)]),
            ]),
        // 2014: 国办发明电〔2013〕28号, 2013-12-11. Text, number and date: Xinhua reprints of 2013-12-11. From 2014 the
        // eve is no longer a statutory day. "放假，与周末连休" and "补休" breaks are modelled with their adjacent
        // weekend days.
        HolidaySchedule(
            unchecked: 2014, "国办发明电〔2013〕28号", issued: day(2013, 12, 11),
            title: "国务院办公厅关于2014年部分节假日安排的通知",
            [
                HolidayPeriod(
                    unchecked: .newYearsDay, off: day(2014, 1, 1), through: day(2014, 1, 1),
                    statutory: [day(2014, 1, 1)]),
                HolidayPeriod(
                    unchecked: .springFestival, off: day(2014, 1, 31), through: day(2014, 2, 6),
                    statutory: [day(2014, 1, 31), day(2014, 2, 1), day(2014, 2, 2)],
                    worked: [day(2014, 1, 26), day(2014, 2, 8)]),
                HolidayPeriod(
                    unchecked: .tombSweepingDay, off: day(2014, 4, 5), through: day(2014, 4, 7),
                    statutory: [day(2014, 4, 5)]),
                HolidayPeriod(
                    unchecked: .labourDay, off: day(2014, 5, 1), through: day(2014, 5, 3),
                    statutory: [day(2014, 5, 1)], worked: [day(2014, 5, 4)]),
                HolidayPeriod(
                    unchecked: .dragonBoatFestival, off: day(2014, 5, 31), through: day(2014, 6, 2),
                    statutory: [day(2014, 6, 2)]),
                HolidayPeriod(
                    unchecked: .midAutumnFestival, off: day(2014, 9, 6), through: day(2014, 9, 8),
                    statutory: [day(2014, 9, 8)]),
                HolidayPeriod(
                    unchecked: .nationalDay, off: day(2014, 10, 1), through: day(2014, 10, 7),
                    statutory: [day(2014, 10, 1), day(2014, 10, 2), day(2014, 10, 3)],
                    worked: [day(2014, 9, 28), day(2014, 10, 11)]),
            ]),
        // 2015: 国办发明电〔2014〕28号, 2014-12-16. Text, number and date: gov.cn reprints of 2014-12-17. The 3
        // September break comes from a second notice,
        // 国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知 (国发明电〔2015〕1号, 2015-05-13):
        // 9月3日至5日调休放假, 9月6日(星期日)上班.
        HolidaySchedule(
            unchecked: 2015, "国办发明电〔2014〕28号", issued: day(2014, 12, 16),
            title: "国务院办公厅关于2015年部分节假日安排的通知",
            [
                HolidayPeriod(
                    unchecked: .newYearsDay, off: day(2015, 1, 1), through: day(2015, 1, 3),
                    statutory: [day(2015, 1, 1)], worked: [day(2015, 1, 4)]),
                HolidayPeriod(
                    unchecked: .springFestival, off: day(2015, 2, 18), through: day(2015, 2, 24),
                    statutory: [day(2015, 2, 19), day(2015, 2, 20), day(2015, 2, 21)],
                    worked: [day(2015, 2, 15), day(2015, 2, 28)]),
                HolidayPeriod(
                    unchecked: .tombSweepingDay, off: day(2015, 4, 4), through: day(2015, 4, 6),
                    statutory: [day(2015, 4, 5)]),
                HolidayPeriod(
                    unchecked: .labourDay, off: day(2015, 5, 1), through: day(2015, 5, 3),
                    statutory: [day(2015, 5, 1)]),
                HolidayPeriod(
                    unchecked: .dragonBoatFestival, off: day(2015, 6, 20), through: day(2015, 6, 22),
                    statutory: [day(2015, 6, 20)]),
                HolidayPeriod(
                    unchecked: .victoryDay2015, off: day(2015, 9, 3), through: day(2015, 9, 5),
                    statutory: [day(2015, 9, 3)], worked: [day(2015, 9, 6)]),
                // "中秋节：9月27日放假" (a Sunday, no day in lieu): modelled as the weekend 09-26..27.
                HolidayPeriod(
                    unchecked: .midAutumnFestival, off: day(2015, 9, 26), through: day(2015, 9, 27),
                    statutory: [day(2015, 9, 27)]),
                HolidayPeriod(
                    unchecked: .nationalDay, off: day(2015, 10, 1), through: day(2015, 10, 7),
                    statutory: [day(2015, 10, 1), day(2015, 10, 2), day(2015, 10, 3)], worked: [day(2015, 10, 10)]),
            ]),
        // 2016: 国办发明电〔2015〕18号, 2015-12-10. Text, number and date: gov.cn
        // (zhengce/content/2015-12/10/content_10394.htm).
        HolidaySchedule(
            unchecked: 2016, "国办发明电〔2015〕18号", issued: day(2015, 12, 10),
            title: "国务院办公厅关于2016年部分节假日安排的通知",
            [
                HolidayPeriod(
                    unchecked: .newYearsDay, off: day(2016, 1, 1), through: day(2016, 1, 3),
                    statutory: [day(2016, 1, 1)]),
                HolidayPeriod(
                    unchecked: .springFestival, off: day(2016, 2, 7), through: day(2016, 2, 13),
                    statutory: [day(2016, 2, 8), day(2016, 2, 9), day(2016, 2, 10)],
                    worked: [day(2016, 2, 6), day(2016, 2, 14)]),
                HolidayPeriod(
                    unchecked: .tombSweepingDay, off: day(2016, 4, 2), through: day(2016, 4, 4),
                    statutory: [day(2016, 4, 4)]),
                HolidayPeriod(
                    unchecked: .labourDay, off: day(2016, 4, 30), through: day(2016, 5, 2),
                    statutory: [day(2016, 5, 1)]),
                HolidayPeriod(
                    unchecked: .dragonBoatFestival, off: day(2016, 6, 9), through: day(2016, 6, 11),
                    statutory: [day(2016, 6, 9)], worked: [day(2016, 6, 12)]),
                HolidayPeriod(
                    unchecked: .midAutumnFestival, off: day(2016, 9, 15), through: day(2016, 9, 17),
                    statutory: [day(2016, 9, 15)], worked: [day(2016, 9, 18)]),
                HolidayPeriod(
                    unchecked: .nationalDay, off: day(2016, 10, 1), through: day(2016, 10, 7),
                    statutory: [day(2016, 10, 1), day(2016, 10, 2), day(2016, 10, 3)],
                    worked: [day(2016, 10, 8), day(2016, 10, 9)]),
            ]),
        // 2017: 国办发明电〔2016〕17号, 2016-12-01. Text, number and date: zh.wikisource and reprints of gov.cn
        // content_5141603.
        HolidaySchedule(
            unchecked: 2017, "国办发明电〔2016〕17号", issued: day(2016, 12, 1),
            title: "国务院办公厅关于2017年部分节假日安排的通知",
            [
                // "1月1日放假，1月2日(星期一)补休": with Saturday 2016-12-31, a three-day break.
                HolidayPeriod(
                    unchecked: .newYearsDay, off: day(2016, 12, 31), through: day(2017, 1, 2),
                    statutory: [day(2017, 1, 1)]),
                HolidayPeriod(
                    unchecked: .springFestival, off: day(2017, 1, 27), through: day(2017, 2, 2),
                    statutory: [day(2017, 1, 28), day(2017, 1, 29), day(2017, 1, 30)],
                    worked: [day(2017, 1, 22), day(2017, 2, 4)]),
                HolidayPeriod(
                    unchecked: .tombSweepingDay, off: day(2017, 4, 2), through: day(2017, 4, 4),
                    statutory: [day(2017, 4, 4)], worked: [day(2017, 4, 1)]),
                HolidayPeriod(
                    unchecked: .labourDay, off: day(2017, 4, 29), through: day(2017, 5, 1),
                    statutory: [day(2017, 5, 1)]),
                HolidayPeriod(
                    unchecked: .dragonBoatFestival, off: day(2017, 5, 28), through: day(2017, 5, 30),
                    statutory: [day(2017, 5, 30)], worked: [day(2017, 5, 27)]),
                // One range "中秋节、国庆节：10月1日至8日": one period named for National Day, whose statutory days
                // include Mid-autumn (2017-10-04).
                HolidayPeriod(
                    unchecked: .nationalDay, off: day(2017, 10, 1), through: day(2017, 10, 8),
                    statutory: [day(2017, 10, 1), day(2017, 10, 2), day(2017, 10, 3), day(2017, 10, 4)],
                    worked: [day(2017, 9, 30)]),
            ]),
        // 2018: 国办发明电〔2017〕12号, 2017-11-30. Text, number and date: zh.wikisource and scgw.gov.cn's reprint.
        // "1月1日放假，与周末连休" takes in 2017-12-30 and 2017-12-31; the 2019 break (2018-12-30..2019-01-01) belongs
        // to the 2019 notice.
        HolidaySchedule(
            unchecked: 2018, "国办发明电〔2017〕12号", issued: day(2017, 11, 30),
            title: "国务院办公厅关于2018年部分节假日安排的通知",
            [
                HolidayPeriod(
                    unchecked: .newYearsDay, off: day(2017, 12, 30), through: day(2018, 1, 1),
                    statutory: [day(2018, 1, 1)]),
                HolidayPeriod(
                    unchecked: .springFestival, off: day(2018, 2, 15), through: day(2018, 2, 21),
                    statutory: [day(2018, 2, 16), day(2018, 2, 17), day(2018, 2, 18)],
                    worked: [day(2018, 2, 11), day(2018, 2, 24)]),
                HolidayPeriod(
                    unchecked: .tombSweepingDay, off: day(2018, 4, 5), through: day(2018, 4, 7),
                    statutory: [day(2018, 4, 5)], worked: [day(2018, 4, 8)]),
                HolidayPeriod(
                    unchecked: .labourDay, off: day(2018, 4, 29), through: day(2018, 5, 1),
                    statutory: [day(2018, 5, 1)], worked: [day(2018, 4, 28)]),
                HolidayPeriod(
                    unchecked: .dragonBoatFestival, off: day(2018, 6, 16), through: day(2018, 6, 18),
                    statutory: [day(2018, 6, 18)]),
                HolidayPeriod(
                    unchecked: .midAutumnFestival, off: day(2018, 9, 22), through: day(2018, 9, 24),
                    statutory: [day(2018, 9, 24)]),
                HolidayPeriod(
                    unchecked: .nationalDay, off: day(2018, 10, 1), through: day(2018, 10, 7),
                    statutory: [day(2018, 10, 1), day(2018, 10, 2), day(2018, 10, 3)],
                    worked: [day(2018, 9, 29), day(2018, 9, 30)]),
            ]),
        // 2019: 国办发明电〔2018〕15号, 2018-12-04. Text, number and date: a local government's (甘南州) reprint and
        // china.com.cn. Labour Day as amended by 国务院办公厅关于调整2019年劳动节假期安排的通知 (国办发明电〔2019〕3号,
        // 2019-03-22); the original notice gave 1 May only.
        HolidaySchedule(
            unchecked: 2019, "国办发明电〔2018〕15号", issued: day(2018, 12, 4),
            title: "国务院办公厅关于2019年部分节假日安排的通知",
            [
                HolidayPeriod(
                    unchecked: .newYearsDay, off: day(2018, 12, 30), through: day(2019, 1, 1),
                    statutory: [day(2019, 1, 1)], worked: [day(2018, 12, 29)]),
                HolidayPeriod(
                    unchecked: .springFestival, off: day(2019, 2, 4), through: day(2019, 2, 10),
                    statutory: [day(2019, 2, 5), day(2019, 2, 6), day(2019, 2, 7)],
                    worked: [day(2019, 2, 2), day(2019, 2, 3)]),
                HolidayPeriod(
                    unchecked: .tombSweepingDay, off: day(2019, 4, 5), through: day(2019, 4, 7),
                    statutory: [day(2019, 4, 5)]),
                HolidayPeriod(
                    unchecked: .labourDay, off: day(2019, 5, 1), through: day(2019, 5, 4),
                    statutory: [day(2019, 5, 1)], worked: [day(2019, 4, 28), day(2019, 5, 5)]),
                HolidayPeriod(
                    unchecked: .dragonBoatFestival, off: day(2019, 6, 7), through: day(2019, 6, 9),
                    statutory: [day(2019, 6, 7)]),
                HolidayPeriod(
                    unchecked: .midAutumnFestival, off: day(2019, 9, 13), through: day(2019, 9, 15),
                    statutory: [day(2019, 9, 13)]),
                HolidayPeriod(
                    unchecked: .nationalDay, off: day(2019, 10, 1), through: day(2019, 10, 7),
                    statutory: [day(2019, 10, 1), day(2019, 10, 2), day(2019, 10, 3)],
                    worked: [day(2019, 9, 29), day(2019, 10, 12)]),
            ]),
        // 2020: 国办发明电〔2019〕16号, 2019-11-21. Text, number and date: Xinhua reprints of 2019-11-21. Spring
        // Festival as extended by 国务院办公厅关于延长2020年春节假期的通知 (国办发明电〔2020〕1号, 2020-01-26): the
        // break runs to 2 February, work resumes on 3 February, so Saturday 1 February is no longer worked.
        HolidaySchedule(
            unchecked: 2020, "国办发明电〔2019〕16号", issued: day(2019, 11, 21),
            title: "国务院办公厅关于2020年部分节假日安排的通知",
            [
                HolidayPeriod(
                    unchecked: .newYearsDay, off: day(2020, 1, 1), through: day(2020, 1, 1),
                    statutory: [day(2020, 1, 1)]),
                HolidayPeriod(
                    unchecked: .springFestival, off: day(2020, 1, 24), through: day(2020, 1, 30),
                    statutory: [day(2020, 1, 25), day(2020, 1, 26), day(2020, 1, 27)], worked: [day(2020, 1, 19)]),
                HolidayPeriod(
                    unchecked: .springFestivalExtension2020, off: day(2020, 1, 31), through: day(2020, 2, 2),
                    statutory: []),
                HolidayPeriod(
                    unchecked: .tombSweepingDay, off: day(2020, 4, 4), through: day(2020, 4, 6),
                    statutory: [day(2020, 4, 4)]),
                HolidayPeriod(
                    unchecked: .labourDay, off: day(2020, 5, 1), through: day(2020, 5, 5),
                    statutory: [day(2020, 5, 1)], worked: [day(2020, 4, 26), day(2020, 5, 9)]),
                HolidayPeriod(
                    unchecked: .dragonBoatFestival, off: day(2020, 6, 25), through: day(2020, 6, 27),
                    statutory: [day(2020, 6, 25)], worked: [day(2020, 6, 28)]),
                // One range "国庆节、中秋节：10月1日至8日": one period. Mid-autumn falls on 2020-10-01 itself, a
                // National Day statutory day, so 10-01 is listed once.
                HolidayPeriod(
                    unchecked: .nationalDay, off: day(2020, 10, 1), through: day(2020, 10, 8),
                    statutory: [day(2020, 10, 1), day(2020, 10, 2), day(2020, 10, 3)],
                    worked: [day(2020, 9, 27), day(2020, 10, 10)]),
            ]),
        // 2021: 国办发明电〔2020〕27号, 2020-11-25. Text, number and date: reprints of the gov.cn page
        // (content_5564127).
        HolidaySchedule(
            unchecked: 2021, "国办发明电〔2020〕27号", issued: day(2020, 11, 25),
            title: "国务院办公厅关于2021年部分节假日安排的通知",
            [
                HolidayPeriod(
                    unchecked: .newYearsDay, off: day(2021, 1, 1), through: day(2021, 1, 3),
                    statutory: [day(2021, 1, 1)]),
                HolidayPeriod(
                    unchecked: .springFestival, off: day(2021, 2, 11), through: day(2021, 2, 17),
                    statutory: [day(2021, 2, 12), day(2021, 2, 13), day(2021, 2, 14)],
                    worked: [day(2021, 2, 7), day(2021, 2, 20)]),
                HolidayPeriod(
                    unchecked: .tombSweepingDay, off: day(2021, 4, 3), through: day(2021, 4, 5),
                    statutory: [day(2021, 4, 4)]),
                HolidayPeriod(
                    unchecked: .labourDay, off: day(2021, 5, 1), through: day(2021, 5, 5),
                    statutory: [day(2021, 5, 1)], worked: [day(2021, 4, 25), day(2021, 5, 8)]),
                HolidayPeriod(
                    unchecked: .dragonBoatFestival, off: day(2021, 6, 12), through: day(2021, 6, 14),
                    statutory: [day(2021, 6, 14)]),
                HolidayPeriod(
                    unchecked: .midAutumnFestival, off: day(2021, 9, 19), through: day(2021, 9, 21),
                    statutory: [day(2021, 9, 21)], worked: [day(2021, 9, 18)]),
                HolidayPeriod(
                    unchecked: .nationalDay, off: day(2021, 10, 1), through: day(2021, 10, 7),
                    statutory: [day(2021, 10, 1), day(2021, 10, 2), day(2021, 10, 3)],
                    worked: [day(2021, 9, 26), day(2021, 10, 9)]),
            ]),
        // 2022: 国办发明电〔2021〕11号, 2021-10-25. Text, number and date: beijing.gov.cn's copy. 2022-12-31 belongs to
        // the 2023 notice.
        HolidaySchedule(
            unchecked: 2022, "国办发明电〔2021〕11号", issued: day(2021, 10, 25),
            title: "国务院办公厅关于2022年部分节假日安排的通知",
            [
                HolidayPeriod(
                    unchecked: .newYearsDay, off: day(2022, 1, 1), through: day(2022, 1, 3),
                    statutory: [day(2022, 1, 1)]),
                HolidayPeriod(
                    unchecked: .springFestival, off: day(2022, 1, 31), through: day(2022, 2, 6),
                    statutory: [day(2022, 2, 1), day(2022, 2, 2), day(2022, 2, 3)],
                    worked: [day(2022, 1, 29), day(2022, 1, 30)]),
                HolidayPeriod(
                    unchecked: .tombSweepingDay, off: day(2022, 4, 3), through: day(2022, 4, 5),
                    statutory: [day(2022, 4, 5)], worked: [day(2022, 4, 2)]),
                HolidayPeriod(
                    unchecked: .labourDay, off: day(2022, 4, 30), through: day(2022, 5, 4),
                    statutory: [day(2022, 5, 1)], worked: [day(2022, 4, 24), day(2022, 5, 7)]),
                HolidayPeriod(
                    unchecked: .dragonBoatFestival, off: day(2022, 6, 3), through: day(2022, 6, 5),
                    statutory: [day(2022, 6, 3)]),
                HolidayPeriod(
                    unchecked: .midAutumnFestival, off: day(2022, 9, 10), through: day(2022, 9, 12),
                    statutory: [day(2022, 9, 10)]),
                HolidayPeriod(
                    unchecked: .nationalDay, off: day(2022, 10, 1), through: day(2022, 10, 7),
                    statutory: [day(2022, 10, 1), day(2022, 10, 2), day(2022, 10, 3)],
                    worked: [day(2022, 10, 8), day(2022, 10, 9)]),
            ]),
        // 2023: 国办发明电〔2022〕16号, 2022-12-08. Text, number and date: zh.wikisource (from the State Council
        // Gazette 2023 No. 1).
        HolidaySchedule(
            unchecked: 2023, "国办发明电〔2022〕16号", issued: day(2022, 12, 8),
            title: "国务院办公厅关于2023年部分节假日安排的通知",
            [
                HolidayPeriod(
                    unchecked: .newYearsDay, off: day(2022, 12, 31), through: day(2023, 1, 2),
                    statutory: [day(2023, 1, 1)]),
                HolidayPeriod(
                    unchecked: .springFestival, off: day(2023, 1, 21), through: day(2023, 1, 27),
                    statutory: [day(2023, 1, 22), day(2023, 1, 23), day(2023, 1, 24)],
                    worked: [day(2023, 1, 28), day(2023, 1, 29)]),
                HolidayPeriod(
                    unchecked: .tombSweepingDay, off: day(2023, 4, 5), through: day(2023, 4, 5),
                    statutory: [day(2023, 4, 5)]),
                HolidayPeriod(
                    unchecked: .labourDay, off: day(2023, 4, 29), through: day(2023, 5, 3),
                    statutory: [day(2023, 5, 1)], worked: [day(2023, 4, 23), day(2023, 5, 6)]),
                HolidayPeriod(
                    unchecked: .dragonBoatFestival, off: day(2023, 6, 22), through: day(2023, 6, 24),
                    statutory: [day(2023, 6, 22)], worked: [day(2023, 6, 25)]),
                // One range "中秋节、国庆节：9月29日至10月6日": one period named for National Day, whose statutory days
                // include Mid-autumn (2023-09-29).
                HolidayPeriod(
                    unchecked: .nationalDay, off: day(2023, 9, 29), through: day(2023, 10, 6),
                    statutory: [day(2023, 9, 29), day(2023, 10, 1), day(2023, 10, 2), day(2023, 10, 3)],
                    worked: [day(2023, 10, 7), day(2023, 10, 8)]),
            ]),
        // 2024: 国办发明电〔2023〕7号, 2023-10-25. Text, number and date: zh.wikisource (State Council Gazette 2023 No.
        // 31) and People's Daily. The eve (2024-02-09) was only encouraged as a day off, so it stays a working day.
        HolidaySchedule(
            unchecked: 2024, "国办发明电〔2023〕7号", issued: day(2023, 10, 25),
            title: "国务院办公厅关于2024年部分节假日安排的通知",
            [
                HolidayPeriod(
                    unchecked: .newYearsDay, off: day(2023, 12, 30), through: day(2024, 1, 1),
                    statutory: [day(2024, 1, 1)]),
                HolidayPeriod(
                    unchecked: .springFestival, off: day(2024, 2, 10), through: day(2024, 2, 17),
                    statutory: [day(2024, 2, 10), day(2024, 2, 11), day(2024, 2, 12)],
                    worked: [day(2024, 2, 4), day(2024, 2, 18)]),
                HolidayPeriod(
                    unchecked: .tombSweepingDay, off: day(2024, 4, 4), through: day(2024, 4, 6),
                    statutory: [day(2024, 4, 4)], worked: [day(2024, 4, 7)]),
                HolidayPeriod(
                    unchecked: .labourDay, off: day(2024, 5, 1), through: day(2024, 5, 5),
                    statutory: [day(2024, 5, 1)], worked: [day(2024, 4, 28), day(2024, 5, 11)]),
                HolidayPeriod(
                    unchecked: .dragonBoatFestival, off: day(2024, 6, 8), through: day(2024, 6, 10),
                    statutory: [day(2024, 6, 10)]),
                HolidayPeriod(
                    unchecked: .midAutumnFestival, off: day(2024, 9, 15), through: day(2024, 9, 17),
                    statutory: [day(2024, 9, 17)], worked: [day(2024, 9, 14)]),
                HolidayPeriod(
                    unchecked: .nationalDay, off: day(2024, 10, 1), through: day(2024, 10, 7),
                    statutory: [day(2024, 10, 1), day(2024, 10, 2), day(2024, 10, 3)],
                    worked: [day(2024, 9, 29), day(2024, 10, 12)]),
            ]),
        // 2025: 国办发明电〔2024〕12号, 2024-11-12. Text, number and date: Xinhua (gmw.cn) of 2024-11-12. The first
        // year under the 2024 revision of the 放假办法: the eve is statutory again and Labour Day has two statutory
        // days.
        HolidaySchedule(
            unchecked: 2025, "国办发明电〔2024〕12号", issued: day(2024, 11, 12),
            title: "国务院办公厅关于2025年部分节假日安排的通知",
            [
                HolidayPeriod(
                    unchecked: .newYearsDay, off: day(2025, 1, 1), through: day(2025, 1, 1),
                    statutory: [day(2025, 1, 1)]),
                HolidayPeriod(
                    unchecked: .springFestival, off: day(2025, 1, 28), through: day(2025, 2, 4),
                    statutory: [day(2025, 1, 28), day(2025, 1, 29), day(2025, 1, 30), day(2025, 1, 31)],
                    worked: [day(2025, 1, 26), day(2025, 2, 8)]),
                HolidayPeriod(
                    unchecked: .tombSweepingDay, off: day(2025, 4, 4), through: day(2025, 4, 6),
                    statutory: [day(2025, 4, 4)]),
                HolidayPeriod(
                    unchecked: .labourDay, off: day(2025, 5, 1), through: day(2025, 5, 5),
                    statutory: [day(2025, 5, 1), day(2025, 5, 2)], worked: [day(2025, 4, 27)]),
                HolidayPeriod(
                    unchecked: .dragonBoatFestival, off: day(2025, 5, 31), through: day(2025, 6, 2),
                    statutory: [day(2025, 5, 31)]),
                // One range "国庆节、中秋节：10月1日至8日": one period named for National Day, whose statutory days
                // include Mid-autumn (2025-10-06).
                HolidayPeriod(
                    unchecked: .nationalDay, off: day(2025, 10, 1), through: day(2025, 10, 8),
                    statutory: [day(2025, 10, 1), day(2025, 10, 2), day(2025, 10, 3), day(2025, 10, 6)],
                    worked: [day(2025, 9, 28), day(2025, 10, 11)]),
            ]),
        // 2026: 国办发明电〔2025〕7号, 2025-11-04. Text, number and date: Xinhua (gmw.cn) of 2025-11-04 and a reprint
        // naming the number.
        HolidaySchedule(
            unchecked: 2026, "国办发明电〔2025〕7号", issued: day(2025, 11, 4),
            title: "国务院办公厅关于2026年部分节假日安排的通知",
            [
                HolidayPeriod(
                    unchecked: .newYearsDay, off: day(2026, 1, 1), through: day(2026, 1, 3),
                    statutory: [day(2026, 1, 1)], worked: [day(2026, 1, 4)]),
                HolidayPeriod(
                    unchecked: .springFestival, off: day(2026, 2, 15), through: day(2026, 2, 23),
                    statutory: [day(2026, 2, 16), day(2026, 2, 17), day(2026, 2, 18), day(2026, 2, 19)],
                    worked: [day(2026, 2, 14), day(2026, 2, 28)]),
                HolidayPeriod(
                    unchecked: .tombSweepingDay, off: day(2026, 4, 4), through: day(2026, 4, 6),
                    statutory: [day(2026, 4, 5)]),
                HolidayPeriod(
                    unchecked: .labourDay, off: day(2026, 5, 1), through: day(2026, 5, 5),
                    statutory: [day(2026, 5, 1), day(2026, 5, 2)], worked: [day(2026, 5, 9)]),
                HolidayPeriod(
                    unchecked: .dragonBoatFestival, off: day(2026, 6, 19), through: day(2026, 6, 21),
                    statutory: [day(2026, 6, 19)]),
                HolidayPeriod(
                    unchecked: .midAutumnFestival, off: day(2026, 9, 25), through: day(2026, 9, 27),
                    statutory: [day(2026, 9, 25)]),
                HolidayPeriod(
                    unchecked: .nationalDay, off: day(2026, 10, 1), through: day(2026, 10, 7),
                    statutory: [day(2026, 10, 1), day(2026, 10, 2), day(2026, 10, 3)],
                    worked: [day(2026, 9, 20), day(2026, 10, 10)]),
            ]),
    ]
}
