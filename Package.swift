// swift-tools-version: 6.0
import PackageDescription

/// chiso: Vietnam's public-administration reform indicators in one SQLite file.
///
/// Layers, lowest first (docs/architecture.md draws them): `ChisoDomain` (periods, numbers,
/// names, value rules; pure Swift), `ChisoFormats` (CSV, xlsx and text renderers, layouts,
/// the I/O room), `ChisoStorage` (the only code that touches the SQLite C API),
/// `ChisoQuery` (reads: query language, reports, check, export) and `ChisoIngest` (writes:
/// load, import, add, extract) side by side with no edge between them, and the thin CLI.
let package = Package(
    name: "chiso",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "chiso", targets: ["chiso"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "ChisoDomain"),
        .target(name: "ChisoFormats", dependencies: ["ChisoDomain", "CZlib", "CLibXML2"]),
        .target(name: "ChisoStorage", dependencies: ["CSQLite", "ChisoDomain"]),
        .target(name: "ChisoQuery", dependencies: ["ChisoStorage", "ChisoDomain", "ChisoFormats"]),
        .target(name: "ChisoIngest", dependencies: ["ChisoStorage", "ChisoDomain", "ChisoFormats"]),
        .executableTarget(
            name: "chiso",
            dependencies: [
                "ChisoDomain", "ChisoFormats", "ChisoStorage", "ChisoQuery", "ChisoIngest",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "ChisoTestSupport",
            dependencies: ["ChisoStorage", "ChisoDomain", "ChisoFormats"],
            path: "Tests/ChisoTestSupport"
        ),
        .testTarget(name: "ChisoDomainTests", dependencies: ["ChisoDomain", "ChisoTestSupport"]),
        .testTarget(name: "ChisoFormatsTests", dependencies: ["ChisoFormats", "ChisoTestSupport"]),
        // Each test target names exactly the modules its files import.
        .testTarget(name: "ChisoStorageTests", dependencies: ["ChisoStorage", "ChisoDomain", "ChisoTestSupport"]),
        .testTarget(name: "ChisoQueryTests",
                    dependencies: ["ChisoQuery", "ChisoIngest", "ChisoStorage", "ChisoDomain", "ChisoFormats", "ChisoTestSupport"]),
        .testTarget(name: "ChisoIngestTests",
                    dependencies: ["ChisoIngest", "ChisoStorage", "ChisoDomain", "ChisoFormats", "ChisoTestSupport"]),
        // `chiso` is there to have the binary built: these tests run it, they import no CLI code.
        .testTarget(name: "ChisoCLITests",
                    dependencies: ["chiso", "ChisoStorage", "ChisoDomain", "ChisoFormats", "ChisoTestSupport"]),
    ]
)
