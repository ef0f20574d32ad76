import Foundation

/// `scripts/gen-observations`: a CSV of `count` valid generated figures over the areas and
/// catalogue of `database`, for tests that need a file bigger than the seeds.
package enum GeneratedObservations {
    /// Writes the CSV to `path`; throws when the generator fails.
    package static func write(count: Int, for database: String, to path: String) throws {
        let generator = Process()
        generator.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        generator.arguments = ["python3", PackagePaths.root.appendingPathComponent("scripts/gen-observations").path, database, String(count)]
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        generator.standardOutput = handle
        try generator.run()
        generator.waitUntilExit()
        try handle.close()
        guard generator.terminationStatus == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "scripts/gen-observations exited \(generator.terminationStatus)"])
        }
    }
}
