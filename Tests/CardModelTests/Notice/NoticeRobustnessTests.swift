import CardModel
import Testing

/// Inputs the fuzzer found or could find: refused with a typed error, never a trap (CM-NOTICE).
@Suite struct NoticeRobustnessTests {
    @Test(
        "CM-NOTICE: a clause ending in a number that is not a date, odd brackets and long numbers are refused or read",
        arguments: [
            "国务院办公厅关于2026年部分节假日安排的通知\n一、元旦：1月1日放假，共3",
            "国务院办公厅关于2026年部分节假日安排的通知\n一、元旦：1月1日（周四放假",
            "国务院办公厅关于2026年部分节假日安排的通知\n一、元旦：）1月1日放假（（",
            "国务院办公厅关于2026年部分节假日安排的通知\n一、元旦：123456789日放假",
            "国务院办公厅关于2026年部分节假日安排的通知\n一、元旦：1月1日至",
            "国务院办公厅关于2026年部分节假日安排的通知\n一、元旦：9999年1月1日放假",
            "国务院办公厅关于2026年部分节假日安排的通知\n一、、：1月1日放假",
            "国务院办公厅关于9999年部分节假日安排的通知\n一、元旦：1月1日放假",
            "国务院办公厅关于2026年部分节假日安排的通知\n二〇二五年十三月四日",
        ])
    func neverTraps(text: String) {
        let result = Result { () throws(HolidayNoticeError) in try HolidayNotice(parsing: text).schedule() }
        if case .failure(let error) = result {
            #expect(error.line.map { $0 >= 1 && $0 <= 2 } ?? true, "\(error)")
        }
    }
}
