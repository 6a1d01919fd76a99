// FuzzCaseDecoding: decoding untrusted JSON snapshots with Foundation's JSONDecoder.
//
// The whole input is decoded as each type below. Decoding must never trap; a value that decodes must encode,
// decode again to an equal value and encode to the same bytes (a snapshot is re-validated, never
// half-accepted), and its printed forms must not show a document number or name (CM-PRIVACY).

// ExchangePolicy, ReplacementWorkflow and WorkPermitIntegration are imported for their case types (see the TODO).
import CardModel
import ExchangePolicy
import Foundation
import FuzzSupport
import ReplacementWorkflow
import WorkPermitIntegration

/// libFuzzer calls this with each input; it returns 0, or -1 for an input not worth keeping in the corpus.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(fuzzInput(start, count))
    checkRoundTrip(WorkingDayCalendar.self, data)
    checkRoundTrip(HolidaySchedule.self, data)
    checkRoundTrip(HolidayPeriod.self, data)
    if let document = checkRoundTrip(IdentityDocument.self, data), document.revealedNumber.count >= 8 {
        checkNeverPrinted(document.revealedNumber, in: document, what: "IdentityDocument")
    }
    checkRoundTrip(PresentedDocument.self, data)
    if let holder = checkRoundTrip(CardHolder.self, data) {
        if holder.document.revealedNumber.count >= 8 {
            checkNeverPrinted(holder.document.revealedNumber, in: holder, what: "CardHolder's document")
        }
        // A name of one character, or one containing `*`, can look the same masked; other text of the printed forms
        // can contain a short name, hence the control value under another name.
        let name = holder.name.revealed
        if name.count >= 2, !name.contains("*"), let other = try? PersonName("Q") {
            checkNeverPrinted(name, in: holder.name, control: other, what: "PersonName")
            if let control = try? CardHolder(
                name: other, document: holder.document, birthDate: holder.birthDate, category: holder.category)
            {
                checkNeverPrinted(name, in: holder, control: control, what: "CardHolder's name")
            }
        }
        _ = holder.isMinor(on: holder.birthDate)
    }
    checkRoundTrip(Money.self, data)

    // Each module's case types: a snapshot that decodes is re-validated by replaying its history.
    checkRoundTrip(ExchangeCase.self, data)
    checkRoundTrip(ReplacementCase.self, data)
    checkRoundTrip(ForeignerOnboarding.self, data)
    checkRoundTrip(WorkPermit.self, data)
    checkRoundTrip(ElectronicCard.self, data)
    return 0
}

/// Decodes `data` as `T`; if that succeeds, checks encode → decode → equal and that encoding is stable.
@discardableResult
func checkRoundTrip<T: Codable & Equatable>(_: T.Type, _ data: Data) -> T? {
    guard let value = try? JSONDecoder().decode(T.self, from: data) else { return nil }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    do {
        let encoded = try encoder.encode(value)
        let decoded = try JSONDecoder().decode(T.self, from: encoded)
        fuzzCheck(decoded == value, "\(T.self): decoding its own encoding gives a different value")
        fuzzCheck(try encoder.encode(decoded) == encoded, "\(T.self): encoding is not stable")
    } catch {
        fuzzFailure("\(T.self): a decoded value does not round-trip: \(error)")
    }
    return value
}

/// The entry point: SwiftPM links it as `main`, and it hands over to libFuzzer (see `runLibFuzzer()`).
@main
enum FuzzCaseDecodingMain {
    static func main() { runLibFuzzer() }
}
