import Foundation

/// A pinned output: the test compares what the code makes with a file committed under
/// `Tests/Fixtures`. With `CHISO_UPDATE_GOLDEN=1` it writes the file instead (then review the
/// diff and commit it), so changing a chart on purpose is one command, and by accident a failure.
package enum GoldenFile {
    /// nil when `actual` matches the pinned file; otherwise what differs, for `#expect`.
    package static func mismatch(_ actual: String, pinnedAt relativePath: String) -> String? {
        let url = PackagePaths.root.appendingPathComponent("Tests/Fixtures").appendingPathComponent(relativePath)
        if ProcessInfo.processInfo.environment["CHISO_UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            return nil
        }
        guard let data = FileManager.default.contents(atPath: url.path), let pinned = String(data: data, encoding: .utf8) else {
            return "no pinned file at Tests/Fixtures/\(relativePath) (run with CHISO_UPDATE_GOLDEN=1 to write it)"
        }
        if pinned == actual { return nil }
        let a = pinned.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        let expected = line < a.count ? String(a[line]) : "<end>"
        let got = line < b.count ? String(b[line]) : "<end>"
        return "Tests/Fixtures/\(relativePath):\(line + 1) differs: expected «\(expected)», got «\(got)»"
    }
}
