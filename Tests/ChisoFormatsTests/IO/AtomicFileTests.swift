import ChisoFormats
import ChisoTestSupport
import Foundation
import Testing

@Suite struct AtomicFileTests {
    let dir = TemporaryDirectory("atomic")

    private func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.url.path).sorted()
    }

    private func write(_ file: AtomicFile, _ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Foundation.write(file.descriptor, $0.baseAddress, $0.count) }
    }

    @Test func writesBesideTheTargetUnderAHiddenTemporaryName() throws {
        let file = try AtomicFile(path: dir.path("out.csv"))
        write(file, "a,b\n")
        let temporary = URL(fileURLWithPath: file.temporaryPath).lastPathComponent
        #expect(temporary.hasPrefix(".out.csv."))
        #expect(temporary.hasSuffix(".tmp"))
        #expect(try names() == [temporary])
        try file.commit()
        #expect(try names() == ["out.csv"])
        #expect(try String(contentsOfFile: dir.path("out.csv"), encoding: .utf8) == "a,b\n")
    }

    @Test func givesTheFileOrdinaryPermissions() throws {
        let file = try AtomicFile(path: dir.path("out.csv"))
        try file.commit()
        let attributes = try FileManager.default.attributesOfItem(atPath: dir.path("out.csv"))
        let permissions = (attributes[.posixPermissions] as? Int) ?? 0
        #expect(permissions & 0o044 != 0, "readable by group or others, as umask allows: \(String(permissions, radix: 8))")
    }

    @Test func discardLeavesAnExistingFileAsItWas() throws {
        try dir.write("out.csv", "precious\n")
        let file = try AtomicFile(path: dir.path("out.csv"))
        write(file, "half a fi")
        file.discard()
        #expect(try names() == ["out.csv"])
        #expect(try String(contentsOfFile: dir.path("out.csv"), encoding: .utf8) == "precious\n")
    }

    @Test func anAbandonedFileRemovesItsTemporary() throws {
        do {
            let file = try AtomicFile(path: dir.path("out.csv"))
            write(file, "x")
        }
        #expect(try names() == [])
    }

    @Test func saysWhyWhenTheDirectoryIsMissing() throws {
        let path = dir.path("no/such/out.csv")
        #expect(throws: OutputError(message: "\(path): cannot create a file in \(dir.path("no/such")): No such file or directory")) {
            try AtomicFile(path: path)
        }
    }

    @Test func refusesADirectoryBeforeWritingAnything() throws {
        #expect(throws: OutputError(message: "\(dir.url.path) is a directory; give a file name")) {
            try AtomicFile(path: dir.url.path)
        }
        #expect(try names() == [])
    }
}
