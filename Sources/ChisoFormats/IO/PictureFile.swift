import Foundation

/// A drawing written where the user asked: an SVG (or HTML) file, or standard output with no
/// `-o`; a PNG rendered from the SVG by `rsvg-convert` (librsvg, in every Linux distribution and
/// Homebrew), a real renderer rather than one of our own. Files appear whole or not at all
/// (`AtomicFile`).
package enum PictureFile {
    package enum Kind: String, Sendable, CaseIterable {
        case svg, png, html
    }

    /// The kind an `-o` name means by its extension, or nil for one that means none of them.
    package static func kind(ofPath path: String) -> Kind? {
        Kind(rawValue: URL(fileURLWithPath: path).pathExtension.lowercased())
    }

    /// Writes `text` (SVG or HTML) as `kind` to `path`, or to standard output when `path` is nil or "-".
    package static func write(_ text: String, as kind: Kind, to path: String?) throws {
        switch kind {
        case .svg, .html:
            guard let path, path != "-" else {
                let out = BufferedOutput.standardOutput()
                try out.write(text)
                try out.flush()
                return
            }
            let file = try AtomicFile(path: path)
            try file.writing {
                let out = BufferedOutput(file: file)
                try out.write(text)
                try out.flush()
            }
        case .png:
            guard let path, path != "-" else {
                throw OutputError(message: "a PNG needs a file: add -o FILE.png")
            }
            try rasterize(text, to: path)
        }
    }

    /// The `rsvg-convert` on PATH, or nil.
    package static func rasterizer() -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/rsvg-convert" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    private static func rasterize(_ svg: String, to path: String) throws {
        guard let tool = rasterizer() else {
            throw OutputError(message: "a PNG is drawn by rsvg-convert, which is not installed: apt-get install librsvg2-bin (Debian, Ubuntu), dnf install librsvg2-tools (Fedora) or brew install librsvg (macOS); or write -o FILE.svg")
        }
        let file = try AtomicFile(path: path)
        file.closeDescriptor()
        try file.writing {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: tool)
            // Twice the SVG's size: sharp on slides and high-density screens.
            process.arguments = ["--format", "png", "--zoom", "2", "--background-color", "white", "--output", file.temporaryPath]
            let input = Pipe(), errors = Pipe()
            process.standardInput = input
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            input.fileHandleForWriting.write(Data(svg.utf8))
            try input.fileHandleForWriting.close()
            let message = errors.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                let reason = String(decoding: message, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? "exit \(process.terminationStatus)"
                throw OutputError(message: "\(path): rsvg-convert could not draw the chart: \(reason)")
            }
        }
    }
}
