// swift-tools-version: 6.2
// As the main package, which this one builds from source (its InlineArray needs the Swift 6.2 toolchain).
import PackageDescription

// libFuzzer targets for BeijingSocialSecurityCard: a package of its own, so the main package's graph stays free
// of fuzzing flags. Build and run with `.ci/fuzz` (see Documentation/Hardening.md); by hand, from Tests/Fuzz:
//   swift build -c release -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library
//   .build/release/FuzzCivilDate -dict=Dictionaries/FuzzCivilDate.dict <a copy of Corpus/FuzzCivilDate>

/// A library product of the main package, two levels up. The package is named explicitly, so this works
/// whatever the clone's directory is called (a path dependency's identity is otherwise its directory name).
func library(_ name: String) -> Target.Dependency {
    .product(name: name, package: "BeijingSocialSecurityCard")
}

let allLibraries = ["CardModel", "ExchangePolicy", "ReplacementWorkflow", "WorkPermitIntegration"].map(library)

let package = Package(
    name: "Fuzz",
    dependencies: [
        .package(name: "BeijingSocialSecurityCard", path: "../..")
    ],
    targets: [
        // libFuzzer's C entry points, and the checks shared by the harnesses (what counts as a finding, privacy of
        // printed forms, starting libFuzzer from the target's entry point).
        .target(name: "CLibFuzzer"),
        .target(name: "FuzzSupport", dependencies: [library("CardModel"), "CLibFuzzer"]),
        .executableTarget(name: "FuzzCivilDate", dependencies: [library("CardModel"), "FuzzSupport"]),
        .executableTarget(name: "FuzzIdentifiers", dependencies: [library("CardModel"), "FuzzSupport"]),
        .executableTarget(name: "FuzzHolidayNotice", dependencies: [library("CardModel"), "FuzzSupport"]),
        // `sscard` is an executable target, which a package cannot depend on. Sources/FuzzShell/Shell and
        // Sources/FuzzShell/Commands are symbolic links to ../../Sources/sscard/{Shell,Commands}, so the shell's
        // own files (all but its main.swift) are compiled into this target next to the harness.
        .executableTarget(name: "FuzzShell", dependencies: allLibraries + ["FuzzSupport"]),
        .executableTarget(name: "FuzzCaseDecoding", dependencies: allLibraries + ["FuzzSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

// The main package's upcoming features, so the shell's files compile here exactly as they do there.
let upcoming = ["ExistentialAny", "InternalImportsByDefault"]
for target in package.targets {
    target.swiftSettings = (target.swiftSettings ?? []) + upcoming.map { .enableUpcomingFeature($0) }
}
