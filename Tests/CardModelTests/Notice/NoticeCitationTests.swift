import CardModel
import Foundation
import TestSupport
import Testing

/// What a notice's text says about itself: title, document number, date of issue (CM-NOTICE).
@Suite struct NoticeCitationTests {
    @Test(
        "CM-NOTICE: a fixture's citation agrees with the shipped one wherever the text carries number and date",
        arguments: NoticeFixtures.years)
    func citationAgrees(year: Int) throws {
        let notice = try HolidayNotice(parsing: try NoticeFixtures.text(String(year)))
        let shipped = try NoticeFixtures.shipped(year).source
        #expect(notice.kind == .yearly)
        #expect(notice.citation.title == shipped.title)
        if let number = notice.citation.documentNumber { #expect(number == shipped.documentNumber) }
        if let issued = notice.citation.issued { #expect(issued == shipped.issued) }
    }

    @Test("CM-NOTICE: the 2026 notice gives 国办发明电〔2025〕7号 of 2025-11-04")
    func citation2026() throws {
        let notice = try HolidayNotice(parsing: try NoticeFixtures.text("2026"))
        #expect(notice.citation.documentNumber == "国办发明电〔2025〕7号")
        #expect(notice.citation.issued == date("2025-11-04"))
        #expect(
            notice.citation.description == "国务院办公厅关于2026年部分节假日安排的通知 (国办发明电〔2025〕7号, 2025-11-04)")
    }

    @Test("CM-NOTICE: a date line in Chinese numerals (二〇〇六年十二月十四日, 二○○九年十二月七日) is read")
    func chineseNumeralDateLine() throws {
        #expect(try HolidayNotice(parsing: try NoticeFixtures.text("2007")).citation.issued == date("2006-12-14"))
        #expect(try HolidayNotice(parsing: try NoticeFixtures.text("2010")).citation.issued == date("2009-12-07"))
        #expect(try HolidayNotice(parsing: try NoticeFixtures.text("2012")).citation.issued == date("2011-12-05"))
    }

    @Test("CM-NOTICE: a text without number or date line gives a citation without them")
    func missingNumberAndDate() throws {
        let notice = try HolidayNotice(parsing: try NoticeFixtures.text("2004"))
        #expect(notice.citation.documentNumber == nil)
        #expect(notice.citation.issued == nil)
        #expect(notice.citation.description == "国务院办公厅关于2004年部分节假日安排的通知")
    }

    @Test("CM-NOTICE: the amending notices are read as amendments of their year, with their own citations")
    func amendments() throws {
        let expected = [
            (2015, "国发明电〔2015〕1号", "2015-05-13"), (2019, "国办发明电〔2019〕3号", "2019-03-22"),
            (2020, "国办发明电〔2020〕1号", "2020-01-26"),
        ]
        for (year, number, issued) in expected {
            let amendment = try HolidayNotice(parsing: try NoticeFixtures.text("\(year)-amendment"))
            #expect(amendment.kind == .amendment)
            #expect(amendment.year == year)
            #expect(amendment.citation.documentNumber == number)
            #expect(amendment.citation.issued == date(issued))
            let amended = try NoticeFixtures.notice(year)
            #expect(amended.amendments == [amendment.citation])
            #expect(amended.citation == (try HolidayNotice(parsing: try NoticeFixtures.text(String(year)))).citation)
            #expect(amended.description.contains("amended by"))
        }
    }

    @Test("CM-NOTICE: a citation without number and date still decodes and encodes; old JSON still decodes")
    func codable() throws {
        let citation = NoticeCitation(documentNumber: nil, issued: nil, title: "国务院办公厅关于2027年部分节假日安排的通知")
        let decoded = try JSONDecoder().decode(NoticeCitation.self, from: try JSONEncoder().encode(citation))
        #expect(decoded == citation)
        let old = #"{"documentNumber":"国办发明电〔2025〕7号","issued":"2025-11-04","title":"t"}"#
        let full = try JSONDecoder().decode(NoticeCitation.self, from: Data(old.utf8))
        #expect(full.documentNumber == "国办发明电〔2025〕7号")
        #expect(full.issued == date("2025-11-04"))
    }
}
