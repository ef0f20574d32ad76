import Foundation

/// Where things are in this package, found from this file's own path so tests work from any
/// working directory.
package enum PackagePaths {
    /// The package root (the folder holding Package.swift).
    package static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()   // ChisoTestSupport
        .deletingLastPathComponent()   // Tests
        .deletingLastPathComponent()

    package static var schema: URL { root.appendingPathComponent("Schema") }
    package static var seeds: URL { root.appendingPathComponent("Seeds") }

    /// The built `chiso` binary: next to the test bundle in the build products folder.
    package static var binary: URL {
        let candidates = [
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("chiso"),
            Bundle.main.bundleURL.appendingPathComponent("chiso"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("chiso"),
            root.appendingPathComponent(".build/debug/chiso"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[candidates.count - 1]
    }
}
