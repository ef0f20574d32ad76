import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file an output path must never be: the database a command works on, or an input it reads.
package struct ProtectedFile: Sendable, Equatable {
    package enum Role: Sendable, Equatable {
        /// A SQLite database: its `-wal`, `-shm` and `-journal` companions are protected too.
        case database
        /// A file the same command reads.
        case input
    }

    package let path: String
    package let role: Role

    package init(_ path: String, role: Role) {
        self.path = path
        self.role = role
    }

    package static func database(_ path: String) -> ProtectedFile { ProtectedFile(path, role: .database) }
    package static func input(_ path: String) -> ProtectedFile { ProtectedFile(path, role: .input) }
}

/// An output path that names a protected file: the message says which, and what to do.
package struct OutputPathError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    package let message: String
    package var description: String { message }
    package var errorDescription: String? { message }
}

/// Refuses an output path that is the database, one of its journal files, or an input of the
/// same command, before anything is opened for writing.
///
/// Writing such a path destroys data in silence: `--rejects x.db` replaced the database with
/// CSV text, `--rejects in.csv` truncated the input before it was read. "The same file" is
/// decided as the kernel sees it: the same device and inode when both exist (so a symlink or
/// a hard link to the database is caught), else the same path once the folders and any
/// symlinks on the way are resolved (so `./x.db`, `sub/../x.db` and a not-yet-created
/// `x.db-wal` are caught too).
package enum OutputPathGuard {
    /// Throws when `output` (given with `option`, e.g. `--rejects`) is one of `protected`.
    /// Standard streams (`-`) are never a protected file.
    package static func check(_ output: String, option: String, against protected: [ProtectedFile]) throws(OutputPathError) {
        guard output != "-", !output.isEmpty else { return }
        let target = FileIdentity(path: output)
        for file in protected where file.path != "-" {
            for (suffix, what) in companions(of: file) {
                let candidate = file.path + suffix
                guard target.isSameFile(as: FileIdentity(path: candidate)) else { continue }
                throw OutputPathError(message: message(output: output, option: option, file: file, candidate: candidate, what: what))
            }
        }
    }

    private static func companions(of file: ProtectedFile) -> [(suffix: String, what: String)] {
        switch file.role {
        case .input: [("", "the input file")]
        case .database: [("", "the database"), ("-wal", "the database's write-ahead log"),
                         ("-shm", "the database's shared-memory index"), ("-journal", "the database's rollback journal")]
        }
    }

    private static func message(output: String, option: String, file: ProtectedFile, candidate: String, what: String) -> String {
        let name = URL(fileURLWithPath: output).lastPathComponent
        let stem = name.contains(".") ? String(name[..<name.lastIndex(of: ".")!]) : name
        let same = candidate == output ? "" : " (\(candidate))"
        switch file.role {
        case .database:
            return "\(option) \(output) is \(what)\(same); writing it would destroy the database. Choose another file, e.g. \(option) \(stem).\(option == "--rejects" ? "rejects.csv" : "csv")"
        case .input:
            return "\(option) \(output) is \(what)\(same); writing it would truncate it before it is read. Choose another file, e.g. \(option) \(stem).\(option == "--rejects" ? "rejects.csv" : "out.csv")"
        }
    }
}

/// A path as the kernel sees it: its device and inode when it exists, and its resolved path.
struct FileIdentity: Equatable {
    let device: UInt64?
    let inode: UInt64?
    let resolvedPath: String

    init(path: String) {
        var info = stat()
        if stat(path, &info) == 0 {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        } else {
            device = nil
            inode = nil
        }
        resolvedPath = Self.resolve(path)
    }

    func isSameFile(as other: FileIdentity) -> Bool {
        if let device, let inode, let otherDevice = other.device, let otherInode = other.inode {
            return device == otherDevice && inode == otherInode
        }
        return resolvedPath == other.resolvedPath
    }

    /// The absolute path with `.`/`..` and symlinks resolved, also for a file that does not
    /// exist yet (its folder is resolved, and a dangling symlink is followed to its target).
    static func resolve(_ path: String) -> String {
        var current = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        for _ in 0..<40 {
            if let real = realPath(current) { return real }
            // The leaf does not exist: follow it if it is a (dangling) symlink, else resolve
            // its folder and keep the name.
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: current) {
                let folder = (current as NSString).deletingLastPathComponent
                current = target.hasPrefix("/") ? target : folder + "/" + target
                continue
            }
            let folder = (current as NSString).deletingLastPathComponent
            let name = (current as NSString).lastPathComponent
            let resolvedFolder = folder == current ? folder : resolve(folder)
            return (resolvedFolder as NSString).appendingPathComponent(name)
        }
        return current
    }

    private static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
