// swift-tools-version: 6.2
// 6.2 is the oldest toolchain that builds the package, so it is the version declared (checked for issue 13):
// - InlineArray (CardModel's identifier parsing, SE-0453) needs the Swift 6.2 compiler and standard library, and on
//   Apple platforms the OS 26 runtime: hence `platforms` below, whose `.v26` needs PackageDescription 6.2.
// - Everything else needs less: typed throws, `swiftLanguageModes` and InternalImportsByDefault 6.0, `package`
//   access 5.9, ExistentialAny and `#if hasFeature(…)` 5.8. The tests use Swift Testing's `#expect(throws:)`
//   returning the error (6.1) and exit tests, `#expect(processExitsWith:)` (6.2).
import PackageDescription

let package = Package(
    name: "BeijingSocialSecurityCard",
    // Linux has no deployment target; on Apple platforms InlineArray is available from the 26 releases on.
    platforms: [.macOS(.v26), .iOS(.v26), .tvOS(.v26), .watchOS(.v26), .visionOS(.v26)],
    products: [
        .library(name: "CardModel", targets: ["CardModel"]),
        .library(name: "ExchangePolicy", targets: ["ExchangePolicy"]),
        .library(name: "ReplacementWorkflow", targets: ["ReplacementWorkflow"]),
        .library(name: "WorkPermitIntegration", targets: ["WorkPermitIntegration"]),
        .executable(name: "sscard", targets: ["sscard"]),
        .executable(name: "sscard-benchmarks", targets: ["sscard-benchmarks"]),
    ],
    targets: [
        .target(name: "CardModel"),
        .target(name: "ExchangePolicy", dependencies: ["CardModel"]),
        .target(name: "ReplacementWorkflow", dependencies: ["CardModel"]),
        .target(name: "WorkPermitIntegration", dependencies: ["CardModel"]),
        .executableTarget(
            name: "sscard",
            dependencies: ["CardModel", "ExchangePolicy", "ReplacementWorkflow", "WorkPermitIntegration"]
        ),
        .executableTarget(
            name: "sscard-benchmarks",
            dependencies: ["CardModel", "ExchangePolicy", "ReplacementWorkflow", "WorkPermitIntegration"]
        ),
        // Seeded random numbers and fixtures shared by the test targets; not a product.
        .target(name: "TestSupport", dependencies: ["CardModel"], path: "Tests/Support"),
        .testTarget(name: "CardModelTests", dependencies: ["CardModel", "TestSupport"], exclude: ["Fixtures/Notices"]),
        .testTarget(
            name: "ExchangePolicyTests", dependencies: ["ExchangePolicy", "CardModel", "TestSupport"],
            exclude: ["Fixtures/Snapshots"]),
        .testTarget(
            name: "ReplacementWorkflowTests", dependencies: ["ReplacementWorkflow", "CardModel", "TestSupport"],
            exclude: ["Fixtures/Snapshots"]),
        .testTarget(
            name: "WorkPermitIntegrationTests", dependencies: ["WorkPermitIntegration", "CardModel", "TestSupport"],
            exclude: ["Fixtures/Snapshots"]),
        .testTarget(name: "sscardTests", dependencies: ["sscard", "CardModel", "ExchangePolicy", "TestSupport"]),
        // Cross-module audits: privacy of every printed form, and public names that stay unambiguous.
        .testTarget(
            name: "AuditTests",
            dependencies: ["CardModel", "ExchangePolicy", "ReplacementWorkflow", "WorkPermitIntegration"]),
        // The handbook's worked examples, compiled and run so they never go stale.
        .testTarget(
            name: "DocumentationTests",
            dependencies: ["CardModel", "ExchangePolicy", "ReplacementWorkflow", "WorkPermitIntegration"]),
    ],
    swiftLanguageModes: [.v6]
)

// The same upcoming features for every target, so all modules are held to one standard.
let upcoming = ["ExistentialAny", "InternalImportsByDefault"]
for target in package.targets {
    target.swiftSettings = (target.swiftSettings ?? []) + upcoming.map { .enableUpcomingFeature($0) }
}
