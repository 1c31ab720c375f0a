// swift-tools-version:5.4
// 5.4 on purpose: from 5.5 on, SwiftPM renames an executable's entry point to `<Target>_main` and
// links `main` to it, which fails for a fuzzer, whose `main` comes from libFuzzer.
import PackageDescription

/// The main package's language mode: a 5.4 manifest would otherwise compile its sources as Swift 5.
let swift6: [SwiftSetting] = [.unsafeFlags(["-swift-version", "6"])]

// libFuzzer targets for the parsers, built with `scripts/fuzz.sh` (or `make fuzz`), never by `swift build` at the root.
// The main package exports no library products, so the modules under test are compiled here again from
// symlinks into ../Sources: the same files, instrumented with -sanitize=fuzzer along with everything else.
let package = Package(
    name: "practica-fuzz",
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .target(name: "PracticaCore", swiftSettings: swift6),
        .target(name: "PracticaSource", dependencies: ["PracticaCore", .product(name: "Yams", package: "Yams")], swiftSettings: swift6),
        .systemLibrary(
            name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .target(name: "PracticaMarkdown", dependencies: ["PracticaCore", "CCmarkGFM"], swiftSettings: swift6),
        .target(name: "PracticaModel", dependencies: ["PracticaCore", "PracticaSource", "PracticaMarkdown"], swiftSettings: swift6),
        .target(name: "FuzzSupport", dependencies: ["PracticaCore", "PracticaSource", "PracticaModel"], swiftSettings: swift6),
        .executableTarget(name: "FuzzFrontMatter", dependencies: ["FuzzSupport"], swiftSettings: swift6),
        .executableTarget(name: "FuzzDocument", dependencies: ["FuzzSupport"], swiftSettings: swift6),
        .executableTarget(name: "FuzzMarkdown", dependencies: ["FuzzSupport", "PracticaMarkdown"], swiftSettings: swift6),
        .executableTarget(name: "FuzzValues", dependencies: ["FuzzSupport"], swiftSettings: swift6),
    ]
)
