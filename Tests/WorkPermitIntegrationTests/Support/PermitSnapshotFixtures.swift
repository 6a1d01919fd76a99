import CardModel
import Foundation
import TestSupport
import WorkPermitIntegration

/// The committed snapshot fixtures of the work permit and the electronic card
/// (`Fixtures/Snapshots/workpermit-*.json`, `ecard-*.json`): the cases they hold, built through public events,
/// and how they are read and written.
enum PermitSnapshotFixtures {
    /// The fixtures' folder, found from this file's path (`#filePath` here, not at the caller).
    static func folder() -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/Snapshots")
    }

    /// The encoder the fixtures were written with: sorted keys, pretty printed, one newline at the end.
    static func encoded(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value) + Data("\n".utf8)
    }

    /// A fixture's bytes.
    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: Self.folder().appendingPathComponent("\(name).json"))
    }

    /// The name of every fixture in the folder starting with `prefix` (`workpermit-`, `ecard-`), without `.json`.
    static func names(prefix: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: Self.folder().path)
            .filter { $0.hasPrefix(prefix) && $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// The permits the `workpermit-` fixtures hold, by name: one a phase and form, extended and changed.
    static func permits() throws -> [(name: String, phase: WorkPermit.Phase, permit: WorkPermit)] {
        let number = try Fixture.permitNumber()
        // Issued before the integration: a physical permit card.
        let physical = try WorkPermit.open(
            on: date("2024-11-30"), number: number, category: .a, validUntil: date("2026-11-29")
        ).opened
        // Issued from the integration: on the social security card.
        let integrated = try WorkPermit.open(
            on: date("2025-01-10"), number: number, category: .b, validUntil: date("2026-01-09")
        ).opened
        // A physical permit extended in 2025: integrated by its extension (WP-NO-CHANGE).
        var extended = try WorkPermit.open(
            on: date("2023-05-01"), number: number, category: .b, validUntil: date("2025-04-30")
        ).opened
        try extended.extend(on: date("2025-03-15"), validUntil: date("2026-04-30"))
        // A physical permit changed before the integration, then again after it.
        var changed = try WorkPermit.open(
            on: date("2023-05-01"), number: number, category: .c, validUntil: date("2026-04-30")
        ).opened
        try changed.change(on: date("2024-06-01"), .position)
        try changed.change(on: date("2024-12-01"), .employerInformation)
        // An integrated permit extended, then cancelled.
        var cancelled = try WorkPermit.open(
            on: date("2025-01-10"), number: number, category: .b, validUntil: date("2026-01-09")
        ).opened
        try cancelled.extend(on: date("2025-12-01"), validUntil: date("2027-01-09"))
        try cancelled.cancel(on: date("2026-06-30"))
        return [
            ("workpermit-issued-physical", .issued, physical), ("workpermit-issued-integrated", .issued, integrated),
            ("workpermit-extended", .issued, extended), ("workpermit-changed", .issued, changed),
            ("workpermit-cancelled", .cancelled, cancelled),
        ]
    }

    /// The cards the `ecard-` fixtures hold, by name: one a phase, a physical card received before the
    /// verifications, and a physical permit's card whose permit is loaded later.
    static func cards() throws -> [(name: String, phase: ElectronicCard.Phase, card: ElectronicCard)] {
        let registered = try ElectronicCard.open(on: date("2026-03-03"), try Fixture.registration()).opened
        var realName = registered
        try realName.verifyRealName(on: date("2026-03-03"))
        var verified = realName
        try verified.verifyRealPerson(on: date("2026-03-04"))
        var standard = verified
        try standard.receivePhysicalCard(on: date("2026-03-30"))
        // Registered with the social security number; the physical card first, then both verifications.
        var receivedFirst = try ElectronicCard.open(
            on: date("2026-04-10"), try Fixture.registration(byPermitNumber: false)
        ).opened
        try receivedFirst.receivePhysicalCard(on: date("2026-04-11"))
        try receivedFirst.verifyRealName(on: date("2026-04-12"))
        try receivedFirst.verifyRealPerson(on: date("2026-04-12"))
        // A physical permit's card (not yet integrated), its permit loaded by its extension (WP-NO-CHANGE).
        var loaded = try ElectronicCard.open(
            on: date("2025-02-01"), try Fixture.registration(byPermitNumber: false, integrated: false)
        ).opened
        try loaded.verifyRealName(on: date("2025-02-01"))
        try loaded.verifyRealPerson(on: date("2025-02-01"))
        try loaded.loadWorkPermitInformation(on: date("2025-03-15"), try Fixture.information())
        return [
            ("ecard-registered", .registered, registered), ("ecard-realNameVerified", .realNameVerified, realName),
            ("ecard-verified", .verified, verified), ("ecard-standardServices", .standardServices, standard),
            ("ecard-receivedBeforeVerification", .standardServices, receivedFirst),
            ("ecard-permitLoaded", .verified, loaded),
        ]
    }
}
