// swift-tools-version:6.0
import PackageDescription

// Modules are the stages of a build; dependencies point one way, down:
// Core ← Source ← Markdown ← Model ← Render, Search ← Build ← practica.
let package = Package(
    name: "practica",
    platforms: [.macOS(.v14)],
    products: [.executable(name: "practica", targets: ["PracticaCLI"])],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .target(name: "PracticaCore"),
        .target(
            name: "PracticaSource",
            dependencies: ["PracticaCore", .product(name: "Yams", package: "Yams")]),
        .systemLibrary(
            name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .target(name: "PracticaMarkdown", dependencies: ["PracticaCore", "CCmarkGFM"]),
        .target(name: "PracticaModel", dependencies: ["PracticaCore", "PracticaSource", "PracticaMarkdown"]),
        .target(
            name: "PracticaTheme", path: "templates",
            exclude: ["README.md"],
            resources: [.embedInCode("layouts"), .embedInCode("partials"), .embedInCode("assets"), .embedInCode("i18n")]),
        .target(
            name: "PracticaRender",
            dependencies: [
                "PracticaCore", "PracticaSource", "PracticaMarkdown", "PracticaModel", "PracticaTheme",
                .product(name: "Mustache", package: "swift-mustache"),
            ]),
        .target(name: "PracticaSearch", dependencies: ["PracticaCore", "PracticaModel"]),
        .target(name: "PracticaBuild", dependencies: ["PracticaCore", "PracticaSource", "PracticaModel", "PracticaRender", "PracticaSearch"]),
        .executableTarget(
            name: "PracticaCLI",
            dependencies: ["PracticaBuild", "PracticaSource", "PracticaServe", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .target(
            name: "PracticaServe",
            dependencies: [
                "PracticaBuild", "PracticaCore", "PracticaRender",
                .product(name: "FlyingFox", package: "FlyingFox"), .product(name: "FlyingSocks", package: "FlyingFox"),
            ],
            resources: [.embedInCode("Assets")]),
        .testTarget(name: "PracticaCoreTests", dependencies: ["PracticaCore"]),
        .testTarget(name: "PracticaSourceTests", dependencies: ["PracticaSource", "PracticaCore"]),
        .testTarget(name: "PracticaMarkdownTests", dependencies: ["PracticaMarkdown"]),
        .testTarget(name: "PracticaModelTests", dependencies: ["PracticaModel", "PracticaSource", "PracticaCore"]),
        // The render and build tests drive swift-mustache directly, to pin what the theme's templates render.
        .testTarget(
            name: "PracticaRenderTests",
            dependencies: [
                "PracticaRender", "PracticaTheme", "PracticaModel", "PracticaMarkdown", "PracticaSource", "PracticaCore",
                .product(name: "Mustache", package: "swift-mustache"),
            ]),
        .testTarget(name: "PracticaSearchTests", dependencies: ["PracticaSearch"]),
        .testTarget(
            name: "PracticaBuildTests",
            dependencies: [
                "PracticaBuild", "PracticaRender", "PracticaSource", "PracticaCore", .product(name: "Mustache", package: "swift-mustache"),
            ],
            exclude: ["Golden"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PracticaServeTests", dependencies: ["PracticaServe", "PracticaBuild", "PracticaCore", "PracticaRender"]),
    ]
)
